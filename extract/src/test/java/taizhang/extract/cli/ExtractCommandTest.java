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

    private int run(String... args) {
        CommandLine cl = ExtractMain.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }
}
