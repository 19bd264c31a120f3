package taizhang.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Unmatched;
import taizhang.extract.ExtractionException;
import taizhang.ingest.ImportService;
import taizhang.shared.CurrentUser;
import taizhang.shared.RuleViolationException;
import taizhang.user.UserService;

@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = "Import reports into the ledger: each file becomes a draft, accepted unless --draft.")
public class ImportCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--campaign", description = "Existing campaign id: match the reports against its ledger")
    Long campaignId;

    @Option(
            names = "--new",
            paramLabel = "NAME",
            description = "Name of the campaign to create (default: the file name)")
    String campaignName;

    @Option(names = "--year", description = "The report year, when the text does not make it clear")
    Integer year;

    @Option(names = "--as", defaultValue = "admin", description = "Act as this user (an office user; default admin)")
    String username;

    @Option(names = "--draft", description = "Leave the drafts for review on the import page instead of accepting them")
    boolean draftOnly;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        try (var context = SpringContext.start(springArguments)) {
            ImportService imports = context.getBean(ImportService.class);
            CurrentUser user = context.getBean(UserService.class)
                    .login(username)
                    .map(UserService.Login::user)
                    .orElse(null);
            if (user == null) {
                System.err.println("没有用户 " + username);
                return 2;
            }
            int failures = 0;
            long started = System.nanoTime();
            for (Path file : files) {
                failures += importOne(imports, user, file) ? 0 : 1;
            }
            System.out.printf("%d 个文件，用时 %.1f 秒%n", files.size(), (System.nanoTime() - started) / 1e9);
            return failures == 0 ? 0 : 1;
        }
    }

    private boolean importOne(ImportService imports, CurrentUser user, Path file) {
        try {
            var upload = imports.upload(
                    user,
                    Files.readAllBytes(file),
                    file.getFileName().toString(),
                    null,
                    campaignId,
                    campaignName,
                    year);
            var record = upload.record();
            if (upload.alreadyImported()) {
                System.out.printf("%s：已导入过（导入 #%d，整改任务 %d），未做任何改动%n", file, record.id(), record.campaignId());
            } else if (draftOnly) {
                System.out.printf(
                        "%s：草稿 #%d，%d 个问题，%d 项措施，%d 个数据%n",
                        file,
                        record.id(),
                        record.size().problems(),
                        record.size().measures(),
                        record.size().readings());
            } else {
                var accepted = imports.accept(user, record.id(), record.version());
                System.out.printf(
                        "%s：已写入整改任务 %d：新增 %d 个问题、%d 项措施，%d 份进展，%d 个指标读数%n",
                        file,
                        accepted.campaignId(),
                        accepted.newProblems(),
                        accepted.newMeasures(),
                        accepted.progressReports(),
                        accepted.readings());
            }
            return true;
        } catch (IOException e) {
            System.err.println(file + "：无法读取文件（" + e.getMessage() + "）");
        } catch (ExtractionException | RuleViolationException e) {
            System.err.println(file + "：" + e.getMessage());
        }
        return false;
    }
}
