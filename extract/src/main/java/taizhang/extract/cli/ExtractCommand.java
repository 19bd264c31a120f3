package taizhang.extract.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import taizhang.extract.ExtractionException;
import taizhang.extract.Extractor;
import taizhang.extract.Hints;
import taizhang.extract.Report;
import taizhang.extract.json.ReportJson;

/**
 * {@code extract FILE...}: reads reports and prints what was found, as JSON in the gold format
 * or as a readable summary. Input that cannot be read gives one line on stderr and exit code 2;
 * the other files are still read.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Reads rectification reports: structure, quantities, dates, names, defects.")
public class ExtractCommand implements Callable<Integer> {

    static final int UNREADABLE = 2;
    static final int INTERNAL_ERROR = 1;

    enum Format {
        json,
        text
    }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Text, HTML, DOCX, DOC, XLSX, XLS or PDF files.")
    List<Path> files;

    @Option(names = "--format", defaultValue = "json", description = "json (default) or text.")
    Format format;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one NAME.json per file into DIR.")
    Path out;

    @Option(names = "--year", description = "The report year for relative dates; inferred from the text if absent.")
    Integer year;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int exit = 0;
        for (Path file : files) {
            try {
                emit(
                        file,
                        Extractor.extract(
                                Files.readAllBytes(file),
                                new Hints(file.getFileName().toString(), null, year)));
            } catch (ExtractionException e) {
                err.println(file + ": " + e.getMessage());
                exit = Math.max(exit, UNREADABLE);
            } catch (NoSuchFileException e) {
                err.println(file + ": 文件不存在 (no such file)");
                exit = Math.max(exit, UNREADABLE);
            } catch (IOException e) {
                err.println(file + ": 无法读取 (cannot read): " + e.getMessage());
                exit = Math.max(exit, UNREADABLE);
            } catch (RuntimeException e) {
                err.println(file + ": 内部错误 (internal error): " + e);
                exit = exit == 0 ? INTERNAL_ERROR : exit;
            }
            err.flush();
        }
        return exit;
    }

    private void emit(Path file, Report report) throws IOException {
        String rendered = format == Format.text ? TextSummary.render(report) : ReportJson.write(report);
        if (out == null) {
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(rendered);
            stdout.flush();
            return;
        }
        Files.createDirectories(out);
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        Files.writeString(
                out.resolve(base + (format == Format.text ? ".txt" : ".json")), rendered, StandardCharsets.UTF_8);
    }
}
