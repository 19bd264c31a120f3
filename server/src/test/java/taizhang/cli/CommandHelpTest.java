package taizhang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import taizhang.Taizhang;

/** Every command explains itself on --help and does nothing else: no server, no database. */
class CommandHelpTest {

    @Test
    void everyServerCommandPrintsItsUsageOnHelp() {
        for (String command : new String[] {"serve", "import", "generate", "verify-audit", "audit-checkpoints"}) {
            StringWriter out = new StringWriter();
            CommandLine cli = new CommandLine(new Taizhang());
            cli.setOut(new PrintWriter(out));
            assertThat(cli.execute(command, "--help")).as(command).isZero();
            assertThat(out.toString()).as(command).contains("Usage: taizhang " + command);
        }
    }
}
