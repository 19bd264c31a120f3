package taizhang.extract.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the extraction library alone from the command line:
 * {@code java -cp … taizhang.extract.cli.ExtractMain extract FILE}. The server's launcher
 * registers the same two commands under {@code ./taizhang}.
 */
@Command(
        name = "taizhang-extract",
        mixinStandardHelpOptions = true,
        subcommands = {ExtractCommand.class, EvaluateCommand.class, CommandLine.HelpCommand.class},
        description = "Reads rectification reports (整改进展报告) into structured data.")
public final class ExtractMain implements Runnable {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with the library's commands; no stack trace ever reaches the user. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new ExtractMain());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("内部错误 (internal error): " + e);
            return ExtractCommand.INTERNAL_ERROR;
        });
        return cl;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
