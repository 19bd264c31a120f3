package taizhang.extract.input;

import static taizhang.extract.input.LedgerFiles.ABOVE;
import static taizhang.extract.input.LedgerFiles.LEFT;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import taizhang.extract.input.LedgerFiles.Frame;
import taizhang.extract.input.LedgerFiles.Numbered;
import taizhang.extract.input.LedgerFiles.RichCell;
import taizhang.extract.input.LedgerFiles.Table;

/**
 * The DOCX sources of the {@code .doc} test files under {@code taizhang/extract/input/doc/}: a
 * one-off program, run by hand when a file is to be remade, because the Word 97–2003 files
 * themselves are made by LibreOffice, which the build does not need. The README beside the files
 * gives the commands. The same sources serve the tests as the {@code .docx} each {@code .doc} is
 * compared with.
 */
final class DocFixtureSources {

    private DocFixtureSources() {}

    /** The seed report as {@link Fixtures#docx} writes it: one paragraph per line. */
    static byte[] seed() {
        return Fixtures.docx(Fixtures.seedLines(), null);
    }

    /**
     * A table ledger built as {@link LedgerShapesTest} builds them: a title, notes, section rows
     * across the table, a problem cell merged down over two measure rows, a measure cell of two
     * paragraphs and measures numbered by Word inside a cell.
     */
    static byte[] ledger() {
        return LedgerFiles.docx(List.of(
                "附件2",
                "中共××局党组关于巡察反馈问题整改落实情况台账",
                "填报单位：××局党组（盖章）        填报日期：2021年7月5日",
                new Table(new Object[][] {
                    {"序号", "问题", "整改措施", "牵头单位", "配合单位", "整改时限", "完成情况"},
                    {"一、政治建设方面", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT},
                    {"1", "党组会议记录不规范", "规范会议记录。\n会前印发议程，会后三日内归档。", "办公室", "", "立行立改", "已完成"},
                    {ABOVE, ABOVE, "明确专人负责", "办公室", "综合科", "2021年底前", "正在推进"},
                    {"二、组织建设方面", LEFT, LEFT, LEFT, LEFT, LEFT, LEFT},
                    {
                        "2",
                        "固定资产账实不符",
                        new RichCell(new Numbered("开展资产清查。"), new Numbered("建立资产台账。")),
                        "财务科",
                        "审计科",
                        "2021年6月30日",
                        "正在推进"
                    }
                }),
                "备注：本表由各责任单位填写。"));
    }

    /**
     * A ledger framed in a one-cell table, as some offices lay a page out, with a table inside a
     * measure cell and another making up a unit cell.
     */
    static byte[] framed() {
        return LedgerFiles.docx(List.of(new Frame(
                "中共××局党组关于巡察反馈问题整改落实情况台账",
                new Table(new Object[][] {
                    {"序号", "问题", "整改措施", "责任单位", "整改时限"},
                    {
                        "1",
                        "党组会议记录不规范",
                        new RichCell(
                                "规范会议记录：", new Table(new String[][] {{"要素齐全", "专人记录"}, {"会后归档", "定期检查"}}), "由办公室督促落实。"),
                        new RichCell(new Table(new String[][] {{"党政办"}, {"审计科"}})),
                        "立行立改"
                    },
                    {"2", "固定资产账实不符", "开展资产清查", "财务科", "2021年6月30日"}
                }),
                "备注：本表由各责任单位填写。")));
    }

    /** Sections and problems numbered by Word's lists, as {@code DocxAndPdfReadingTest} numbers them. */
    static byte[] numbered() {
        return Fixtures.numberedDocx(
                List.of("堅持黨的全面領導", "全面加強和改進民族工作。", "壓實主體責任。", "聚焦民生", "推進穩就業。"), List.of(0, 1, 1, 0, 1));
    }

    /** A field (code and shown result), a hidden run, a page header and footer. */
    static byte[] fields() {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("页眉：内部资料");
            document.createFooter(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("页脚：第1页");
            XWPFParagraph field = document.createParagraph();
            field.createRun().setText("截至2021年8月底，完成整改任务");
            fieldChar(field, STFldCharType.BEGIN);
            field.createRun().getCTR().addNewInstrText().setStringValue(" MERGEFIELD 完成数 ");
            fieldChar(field, STFldCharType.SEPARATE);
            field.createRun().setText("82");
            fieldChar(field, STFldCharType.END);
            field.createRun().setText("项。");
            XWPFParagraph hidden = document.createParagraph();
            hidden.createRun().setText("开展民族团结政策宣讲38277场");
            XWPFRun vanished = hidden.createRun();
            vanished.setText("（批注：待核实）");
            vanished.setVanish(true);
            hidden.createRun().setText("。");
            document.createParagraph().createRun().setText("新建5G基站5772個。");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
        CTR run = paragraph.createRun().getCTR();
        run.addNewFldChar().setFldCharType(type);
    }

    /** Writes the sources into the folder given, to be converted by LibreOffice. */
    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args[0]));
        Files.write(folder.resolve("seed.docx"), seed());
        Files.write(folder.resolve("ledger.docx"), ledger());
        Files.write(folder.resolve("framed.docx"), framed());
        Files.write(folder.resolve("numbered.docx"), numbered());
        Files.write(folder.resolve("fields.docx"), fields());
    }
}
