package taizhang.extract.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import taizhang.extract.DevelopmentSet;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsOneJsonDocumentForTheSeed() {
        int exit = run("extract", DevelopmentSet.seedFile().toString());
        assertThat(exit).isZero();
        assertThat(out.toString()).startsWith("{").contains("\"structure\"").contains("\"measures\"");
    }

    @Test
    void writesOneFilePerInputToTheOutFolder() throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "1.加强领导。一是建立机制。");
        Path b = Files.writeString(dir.resolve("b.txt"), "1.压实责任。一是明确分工。");
        assertThat(run("extract", "--out", dir.resolve("out").toString(), a.toString(), b.toString()))
                .isZero();
        assertThat(dir.resolve("out/a.json")).exists();
        assertThat(Files.readString(dir.resolve("out/b.json"))).contains("明确分工");
    }

    @Test
    void answersUnreadableInputWithOneLineAndExitCodeTwo() throws Exception {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThat(run("extract", empty.toString(), dir.resolve("missing.txt").toString()))
                .isEqualTo(2);
        assertThat(err.toString().lines()).hasSize(2).noneMatch(l -> l.contains("Exception") || l.startsWith("\tat "));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void printsAReadableSummary() {
        run(
                "extract",
                "--format",
                "text",
                "--year",
                "2021",
                DevelopmentSet.seedFile().toString());
        assertThat(out.toString()).contains("23 problems, 82 measures").contains("1. 全面加強和改進民族工作");
    }

    @Test
    void extractsAWord97Document() throws Exception {
        Path doc = dir.resolve("通报.doc");
        try (var in = ExtractCommandTest.class.getResourceAsStream("/taizhang/extract/input/doc/seed.doc")) {
            Files.write(doc, in.readAllBytes());
        }
        assertThat(run("extract", "--format", "text", "--year", "2021", doc.toString()))
                .isZero();
        assertThat(out.toString()).contains("23 problems, 82 measures").contains("1. 全面加強和改進民族工作");
    }

    @Test
    void evaluatesTheDevelopmentSet() {
        assertThat(run(
                        "evaluate",
                        DevelopmentSet.gold().toString(),
                        DevelopmentSet.corpus().toString(),
                        DevelopmentSet.layoutsGold().toString(),
                        DevelopmentSet.layoutsCorpus().toString()))
                .isZero();
        assertThat(out.toString())
                .contains(DevelopmentSet.SEED)
                .contains("overall")
                .contains("exact")
                .contains("problems P/R/F1")
                .contains("numbered")
                .contains("run-in")
                .contains("all layouts");
    }

    @Test
    void evaluatesAReportInAnyFormatItsGoldNames(@TempDir Path dir) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        byte[] docx = tableDocx(new String[][] {
            {"序号", "问题", "整改措施", "责任单位", "整改时限"},
            {"1", "低保标准偏低", "提高城乡低保标准", "民政厅", "2021年底前"},
            {"2", "办事渠道不畅", "畅通办事渠道", "政务服务局", "长期坚持"}
        });
        Files.write(corpus.resolve("ledger.docx"), docx);
        String text = new taizhang.extract.input.DocumentReader()
                .read(docx, "ledger.docx", null)
                .text();
        Files.writeString(gold.resolve("ledger.gold.json"), """
                {"doc": "ledger.docx", "script": "hans", "layout": "table",
                 "structure": {"problems": [
                   {"number": 1, "title": "低保标准偏低", "start": %d,
                    "measures": [{"ordinal": 1, "title": "提高城乡低保标准", "start": %d}]},
                   {"number": 2, "title": "办事渠道不畅", "start": %d,
                    "measures": [{"ordinal": 1, "title": "畅通办事渠道", "start": %d}]}]}}
                """.formatted(
                text.indexOf("低保标准偏低"), text.indexOf("提高城乡低保标准"), text.indexOf("办事渠道不畅"), text.indexOf("畅通办事渠道")));

        assertThat(run("evaluate", gold.toString(), corpus.toString())).isZero();
        assertThat(out.toString())
                .containsPattern("table\\s+1\\s+1\\.0000/1\\.0000/1\\.0000\\s+1\\.0000/1\\.0000/1\\.0000");
    }

    private static byte[] tableDocx(String[][] rows) throws java.io.IOException {
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                var out = new java.io.ByteArrayOutputStream()) {
            var table = document.createTable(rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    table.getRow(r).getCell(c).setText(rows[r][c]);
                }
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private int run(String... args) {
        CommandLine cl = ExtractMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }
}
