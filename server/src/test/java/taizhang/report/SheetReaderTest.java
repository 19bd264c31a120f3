package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad uploads are refused with a message a person can act on, before anything is built in memory. */
class SheetReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsTextNumbersDatesAndFormulas() throws IOException {
        Path file = write(workbook -> {
            Sheet sheet = workbook.createSheet();
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("问题");
            row.createCell(1).setCellValue(12.5);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日"));
            row.createCell(2).setCellValue(LocalDate.of(2021, 12, 31));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellFormula("B1*2");
        });
        List<SheetReader.Row> rows = new ArrayList<>();

        SheetReader.read(file, rows::add);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).text(0)).isEqualTo("问题");
        assertThat(rows.get(0).text(1)).isEqualTo("12.5");
        assertThat(rows.get(0).cells().get(2).date()).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(rows.get(0).cells().get(3).formula()).isTrue();
    }

    @Test
    void refusesWhatIsNotASpreadsheet() throws IOException {
        Path text = Files.writeString(dir.resolve("a.xlsx"), "序号,问题,整改措施\n1,a,b\n");
        Path docx = dir.resolve("b.xlsx");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("不是表格");
            doc.write(out);
        }

        assertThatThrownBy(() -> SheetReader.read(text, row -> {}))
                .isInstanceOf(SheetRejectedException.class)
                .hasMessageContaining("不是 Excel 工作簿");
        assertThatThrownBy(() -> SheetReader.read(docx, row -> {}))
                .isInstanceOf(SheetRejectedException.class)
                .hasMessageContaining("Excel");
    }

    @Test
    void refusesAPasswordProtectedWorkbook() throws Exception {
        byte[] plain = Files.readAllBytes(write(
                workbook -> workbook.createSheet().createRow(0).createCell(0).setCellValue("x")));
        Path locked = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(plain));
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> SheetReader.read(locked, row -> {}))
                .isInstanceOf(SheetRejectedException.class)
                .hasMessageContaining("密码");
    }

    @Test
    void refusesAZipBomb() throws IOException {
        byte[] plain = Files.readAllBytes(write(
                workbook -> workbook.createSheet().createRow(0).createCell(0).setCellValue("x")));
        Path bomb = dir.resolve("bomb.xlsx");
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bomb))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 64; i++) {
                        out.write(blanks);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
                out.closeEntry();
            }
        }

        assertThatThrownBy(() -> SheetReader.read(bomb, row -> {}))
                .isInstanceOf(SheetRejectedException.class)
                .hasMessageContaining("压缩炸弹");
    }

    @Test
    void refusesAMillionRowsAtTheLimitWithoutReadingThemAll() throws IOException {
        Path big = dir.resolve("big.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100);
                OutputStream out = Files.newOutputStream(big)) {
            workbook.setCompressTempFiles(true);
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < 1_000_000; r++) {
                sheet.createRow(r).createCell(0).setCellValue(r);
            }
            workbook.write(out);
            workbook.dispose();
        }
        int[] seen = {0};

        assertThatThrownBy(() -> SheetReader.read(big, row -> seen[0]++))
                .isInstanceOf(SheetRejectedException.class)
                .hasMessageContaining("超过 " + SheetReader.MAX_ROWS + " 行");
        assertThat(seen[0]).isLessThanOrEqualTo(SheetReader.MAX_ROWS + 10);
    }

    @Test
    void readsDatesWrittenAsText() {
        assertThat(SheetValues.parseDate("2021-12-31")).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(SheetValues.parseDate("2021/6/1")).isEqualTo(LocalDate.of(2021, 6, 1));
        assertThat(SheetValues.parseDate("2021.06.30")).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(SheetValues.parseDate("2021年12月31日")).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(SheetValues.parseDate("2021年6月")).isEqualTo(LocalDate.of(2021, 6, 30));
        assertThat(SheetValues.parseDate("20211231")).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(SheetValues.parseDate("44561")).isEqualTo(LocalDate.of(2021, 12, 31));
        assertThat(SheetValues.parseDate("2021-13-01")).isNull();
        assertThat(SheetValues.parseDate("年底前")).isNull();
    }

    private Path write(java.util.function.Consumer<XSSFWorkbook> content) throws IOException {
        Path file = Files.createTempFile(dir, "sheet", ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            Files.write(file, out.toByteArray());
        }
        return file;
    }
}
