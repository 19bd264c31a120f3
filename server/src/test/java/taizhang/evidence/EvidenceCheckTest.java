package taizhang.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import taizhang.shared.InvalidRequestException;

class EvidenceCheckTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0};

    @Test
    void acceptsFilesWhoseContentMatchesTheirName() {
        assertThat(EvidenceService.check("照片.PNG", new EvidenceService.Upload("照片.PNG", PNG)))
                .isEqualTo(FileKind.PNG);
        byte[] docx = "PK\u0003\u0004....word/document.xml....".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(EvidenceService.check("报告.docx", new EvidenceService.Upload("报告.docx", docx)))
                .isEqualTo(FileKind.DOCX);
    }

    @Test
    void acceptsWord97AndExcel97FilesByTheirStreams() throws Exception {
        byte[] doc;
        try (var in = EvidenceCheckTest.class.getResourceAsStream("/ingest/seed-report.doc")) {
            doc = in.readAllBytes();
        }
        assertThat(EvidenceService.check("报告.doc", new EvidenceService.Upload("报告.doc", doc)))
                .isEqualTo(FileKind.DOC);
        assertThatThrownBy(() -> EvidenceService.check("表.xls", new EvidenceService.Upload("表.xls", doc)))
                .hasMessageContaining("文件内容与扩展名不符");
        var xls = new java.io.ByteArrayOutputStream();
        try (var workbook = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            workbook.createSheet("台账").createRow(0).createCell(0).setCellValue("序号");
            workbook.write(xls);
        }
        assertThat(EvidenceService.check("台账.xls", new EvidenceService.Upload("台账.xls", xls.toByteArray())))
                .isEqualTo(FileKind.XLS);
        assertThatThrownBy(() -> EvidenceService.check("报告.doc", new EvidenceService.Upload("报告.doc", PNG)))
                .hasMessageContaining("文件内容与扩展名不符");
    }

    @Test
    void rejectsARenamedFile() {
        assertThatThrownBy(() -> EvidenceService.check("报告.pdf", new EvidenceService.Upload("报告.pdf", PNG)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("文件内容与扩展名不符");
        byte[] xlsx = "PK\u0003\u0004....xl/workbook.xml....".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> EvidenceService.check("表.docx", new EvidenceService.Upload("表.docx", xlsx)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void rejectsOtherTypesEmptyFilesAndFilesOverTheLimit() {
        assertThatThrownBy(() -> EvidenceService.check("a.exe", new EvidenceService.Upload("a.exe", PNG)))
                .hasMessageContaining("只接受");
        assertThatThrownBy(() -> EvidenceService.check("a.png", new EvidenceService.Upload("a.png", new byte[0])))
                .hasMessageContaining("不能为空");
        byte[] big = new byte[(int) EvidenceService.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertThatThrownBy(() -> EvidenceService.check("a.png", new EvidenceService.Upload("a.png", big)))
                .hasMessageContaining("20 MB");
    }

    @Test
    void keepsOnlyTheLastPathSegmentOfAName() {
        assertThat(EvidenceService.cleanName("C:\\Users\\办公室\\佐证.pdf")).isEqualTo("佐证.pdf");
        assertThat(EvidenceService.cleanName("../../etc/passwd\u0000.png")).isEqualTo("passwd.png");
    }
}
