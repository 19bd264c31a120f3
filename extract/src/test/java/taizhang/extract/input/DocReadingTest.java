package taizhang.extract.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import taizhang.extract.DevelopmentSet;
import taizhang.extract.ExtractionException;
import taizhang.extract.ExtractionException.Kind;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;
import taizhang.extract.Report;
import taizhang.extract.entity.MeasureFields;
import taizhang.extract.entity.Status;
import taizhang.extract.entity.StatusCue;
import taizhang.extract.quantity.Quantity;
import taizhang.extract.structure.Layout;
import taizhang.extract.structure.Problem;
import taizhang.extract.structure.Section;

/**
 * Word 97–2003 documents ({@code .doc}) read as the same documents saved as DOCX: the files under
 * {@code doc/} are LibreOffice's Word 97 copies of the DOCX that {@link DocFixtureSources} writes
 * (the README there says how they were made), and each reads to the text its DOCX reads to.
 */
class DocReadingTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void theSeedAsADocReadsAsTheSeedDocxWithTheGoldOutlineAndTheSameFigures() {
        byte[] doc = file("seed.doc");

        DecodedText decoded = reader.read(doc, "通报.doc", null);
        assertThat(decoded.format()).isEqualTo("doc");
        assertThat(decoded.charset()).isNull();
        assertThat(decoded.text()).isEqualTo(String.join("\n", Fixtures.seedLines()));

        Report fromDoc = Extractor.extract(doc, Hints.ofFile("通报.doc"));
        Report fromDocx = Extractor.extract(DocFixtureSources.seed(), Hints.ofFile("通报.docx"));
        assertThat(fromDoc.source().format()).isEqualTo("doc");
        assertThat(fromDoc.structure().sections())
                .hasSize(DevelopmentSet.seedGold()
                        .get("structure")
                        .get("sections")
                        .size());
        assertThat(fromDoc.structure().problems()).hasSize(23);
        assertThat(fromDoc.structure().measureCount()).isEqualTo(82);
        assertThat(fromDoc.structure()).isEqualTo(fromDocx.structure());
        assertThat(fromDoc.quantities()).hasSizeGreaterThan(250).isEqualTo(fromDocx.quantities());
        assertThat(fromDoc.quantities())
                .filteredOn(q -> q.text().startsWith("5772"))
                .extracting(Quantity::unit)
                .containsExactly("个");
        assertThat(fromDoc.fields()).isEqualTo(fromDocx.fields());
        assertThat(fromDoc.statuses()).isEqualTo(fromDocx.statuses());
    }

    @Test
    void aTableLedgerReadsAsItsDocxWithMergedProblemCellsSectionRowsAndWordNumberedMeasures() {
        byte[] doc = file("ledger.doc");
        assertThat(reader.read(doc, "台账.doc", null).text())
                .isEqualTo(
                        reader.read(DocFixtureSources.ledger(), "台账.docx", null).text());

        Report report = Extractor.extract(doc, Hints.ofFile("台账.doc").withReportYear(2021));
        assertThat(report.structure().layout()).isEqualTo(Layout.TABLE);
        assertThat(report.structure().sections()).extracting(Section::title).containsExactly("政治建设方面", "组织建设方面");
        assertThat(report.structure().problems())
                .extracting(
                        p -> p.number() + " " + p.title(),
                        Problem::section,
                        p -> p.measures().stream().map(m -> m.title()).toList())
                .containsExactly(
                        Tuple.tuple("1 党组会议记录不规范", 0, List.of("规范会议记录", "明确专人负责")),
                        Tuple.tuple("2 固定资产账实不符", 1, List.of("开展资产清查", "建立资产台账")));
        assertThat(report.structure().problems().get(0).measures().get(0).text())
                .contains("会前印发议程，会后三日内归档");
        List<MeasureFields> fields = report.fields();
        assertThat(fields)
                .extracting(MeasureFields::leadUnits)
                .containsExactly(List.of("办公室"), List.of("办公室"), List.of("财务科"), List.of("财务科"));
        assertThat(fields)
                .extracting(MeasureFields::coUnits)
                .containsExactly(List.of(), List.of("综合科"), List.of("审计科"), List.of("审计科"));
        assertThat(fields)
                .extracting(MeasureFields::deadline)
                .containsExactly(
                        null, LocalDate.of(2021, 12, 31), LocalDate.of(2021, 6, 30), LocalDate.of(2021, 6, 30));
        assertThat(fields.get(0).type()).isEqualTo(MeasureFields.DeadlineType.IMMEDIATE);
        assertThat(report.statuses())
                .extracting(StatusCue::problem, StatusCue::status)
                .containsExactly(
                        Tuple.tuple(1, Status.DONE),
                        Tuple.tuple(1, Status.IN_PROGRESS),
                        Tuple.tuple(2, Status.IN_PROGRESS),
                        Tuple.tuple(2, Status.IN_PROGRESS));
    }

    @Test
    void aLedgerFramedInAOneCellTableWithTablesInsideCellsKeepsEachPieceOnce() {
        byte[] doc = file("framed.doc");
        String text = reader.read(doc, "台账.doc", null).text();
        assertThat(text)
                .isEqualTo(
                        reader.read(DocFixtureSources.framed(), "台账.docx", null).text());
        for (String piece : List.of("整改落实情况台账", "要素齐全", "定期检查", "由办公室督促落实", "党政办", "审计科", "本表由各责任单位填写")) {
            assertThat(text.split(piece, -1)).as(piece).hasSize(2);
        }

        Report report = Extractor.extract(doc, Hints.ofFile("台账.doc").withReportYear(2021));
        assertThat(report.structure().problems()).extracting(Problem::title).containsExactly("党组会议记录不规范", "固定资产账实不符");
        assertThat(report.fields().get(0).leadUnits()).containsExactly("党政办", "审计科");
    }

    @Test
    void writesTheNumbersOfWordsListsAsWordDrawsThem() {
        assertThat(reader.read(file("numbered.doc"), "通报.doc", null).text())
                .isEqualTo("（一）堅持黨的全面領導\n1.全面加強和改進民族工作。\n2.壓實主體責任。\n" + "（二）聚焦民生\n1.推進穩就業。");
    }

    @Test
    void showsAFieldsResultOnceWithoutItsCodeAndLeavesPageHeadersOut() {
        String text = reader.read(file("fields.doc"), "通报.doc", null).text();

        assertThat(text)
                .isEqualTo(
                        reader.read(DocFixtureSources.fields(), "通报.docx", null).text());
        assertThat(text)
                .startsWith("截至2021年8月底，完成整改任务82项。\n")
                .doesNotContain("MERGEFIELD", "页眉", "页脚")
                .doesNotContainPattern("[\\x00-\\x08\\x0B-\\x1F]");
        assertThat(text.split("待核实", -1))
                .as("hidden text is kept once, as the DOCX reader keeps it")
                .hasSize(2);
    }

    @Test
    void readsADocByItsContentWhateverItIsCalled() {
        byte[] doc = file("ledger.doc");
        for (String name : Arrays.asList(null, "台账.txt", "upload.bin", "台账.docx", "台账.wps")) {
            DecodedText decoded = reader.read(doc, name, name == null ? null : "application/octet-stream");
            assertThat(decoded.format()).as(name).isEqualTo("doc");
            assertThat(decoded.text()).as(name).startsWith("附件2\n");
        }
    }

    @Test
    void tellsWordExcelPowerPointAndOtherOle2FilesApart() throws IOException {
        assertThat(reader.read(xls(), null, null).format()).isEqualTo("xls");
        assertThat(reader.read(xls(), "台账.doc", null).format()).isEqualTo("xls");

        ExtractionException ppt = rejected(ole2("PowerPoint Document"), "汇报.ppt", Kind.UNSUPPORTED_TYPE);
        assertThat(ppt.getMessage()).contains("PowerPoint", "另存为 PDF");
        ExtractionException other = rejected(ole2("Contents"), "通报.wps", Kind.UNSUPPORTED_TYPE);
        assertThat(other.getMessage()).contains("另存为 .docx");
    }

    @Test
    void aTruncatedDocIsMalformedWhereverItIsCut() {
        byte[] doc = file("seed.doc");
        for (int length : new int[] {600, 4096, doc.length / 3, doc.length / 2, doc.length - 1024}) {
            ExtractionException e = rejected(Arrays.copyOf(doc, length), "通报.doc", Kind.MALFORMED);
            assertThat(e.getMessage()).as("cut at %d", length).containsAnyOf("Word 文档", "Office 文件");
        }
    }

    @Test
    void aPasswordProtectedDocIsEncrypted() throws IOException {
        ExtractionException e = rejected(encrypted(file("ledger.doc")), "台账.doc", Kind.ENCRYPTED);
        assertThat(e.getMessage()).contains("已加密");
    }

    @Test
    void keepsToTheCharacterLimit() {
        DocumentReader small = new DocumentReader(ReadLimits.defaults().withMaxTextChars(1000));
        ExtractionException e =
                catchThrowableOfType(ExtractionException.class, () -> small.read(file("seed.doc"), "通报.doc", null));
        assertThat(e.kind()).isEqualTo(Kind.TOO_LARGE);
        BadInputTest.assertHumanMessage(e.getMessage());
    }

    private ExtractionException rejected(byte[] bytes, String name, Kind kind) {
        ExtractionException e = catchThrowableOfType(ExtractionException.class, () -> reader.read(bytes, name, null));
        assertThat(e).as(name).isNotNull();
        assertThat(e.kind()).as(e.getMessage()).isEqualTo(kind);
        BadInputTest.assertHumanMessage(e.getMessage());
        return e;
    }

    static byte[] file(String name) {
        try (InputStream in = DocReadingTest.class.getResourceAsStream("doc/" + name)) {
            return Objects.requireNonNull(in, name + " missing from the test class path")
                    .readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] xls() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("台账").createRow(0).createCell(0).setCellValue("党组会议记录不规范");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** An OLE2 file with one stream of the name given at its root. */
    private static byte[] ole2(String stream) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The document as Word saves it with a password to open: its streams encrypted in place. */
    private static byte[] encrypted(byte[] doc) throws IOException {
        try (HWPFDocument document = new HWPFDocument(new java.io.ByteArrayInputStream(doc));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            try {
                document.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
            return out.toByteArray();
        }
    }
}
