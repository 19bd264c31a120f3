package taizhang;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import taizhang.cli.AuditCheckpointsCommand;
import taizhang.cli.GenerateCommand;
import taizhang.cli.ImportCommand;
import taizhang.cli.ServeCommand;
import taizhang.cli.VerifyAuditCommand;
import taizhang.extract.cli.EvaluateCommand;
import taizhang.extract.cli.ExtractCommand;

/**
 * The one entry point of every command-line use, behind the {@code ./taizhang} launcher. With
 * no arguments it serves.
 */
@Command(
        name = "taizhang",
        mixinStandardHelpOptions = true,
        version = "Taizhang 0.1",
        description = "台账 Taizhang: the rectification ledger.",
        subcommands = {
            ServeCommand.class,
            ImportCommand.class,
            ExtractCommand.class,
            EvaluateCommand.class,
            GenerateCommand.class,
            VerifyAuditCommand.class,
            AuditCheckpointsCommand.class,
            CommandLine.HelpCommand.class
        })
public class Taizhang implements Runnable {

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new Taizhang());
        int code = cli.execute(args.length == 0 ? new String[] {"serve"} : args);
        CommandLine.ParseResult parsed = cli.getParseResult();
        boolean serving = code == 0
                && parsed != null
                && parsed.subcommand() != null
                && "serve".equals(parsed.subcommand().commandSpec().name());
        if (!serving) {
            System.exit(code);
        }
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
