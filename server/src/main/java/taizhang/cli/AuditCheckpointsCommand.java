package taizhang.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import taizhang.audit.AuditCheckpoints;
import taizhang.audit.Checkpoint;
import taizhang.audit.CheckpointFile;
import taizhang.audit.CheckpointKey;

@Command(
        name = "audit-checkpoints",
        mixinStandardHelpOptions = true,
        description = "Sign the audit chain's head now, export the signed checkpoints to a file kept away "
                + "from the database, or check such a file offline with the key.")
public class AuditCheckpointsCommand implements Callable<Integer> {

    static class Action {
        @Option(names = "--sign", description = "sign a checkpoint of the head now (needs the configured key)")
        boolean sign;

        @Option(
                names = "--export",
                paramLabel = "FILE",
                description = "write every checkpoint to FILE, one JSON line each")
        Path export;

        @Option(
                names = "--check",
                paramLabel = "FILE",
                description = "check an exported FILE without the database: signatures, numbering, order")
        Path check;
    }

    @ArgGroup(multiplicity = "1")
    Action action;

    @Option(names = "--key-file", paramLabel = "KEY", description = "the checkpoint key, for --check")
    Path keyFile;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (action.check != null) {
            return checkOffline();
        }
        try (var context = SpringContext.start(springArguments)) {
            AuditCheckpoints checkpoints = context.getBean(AuditCheckpoints.class);
            if (action.sign) {
                Optional<Checkpoint> signed = checkpoints.sign();
                System.out.println(
                        signed.map(c -> "已签检查点 #" + c.n() + "：事件 " + c.seq() + " / signed checkpoint #" + c.n())
                                .orElse("未签：未配置密钥，或链尾自上个检查点以来未变 / nothing signed"));
                return 0;
            }
            try (Writer out = Files.newBufferedWriter(action.export, StandardCharsets.UTF_8)) {
                int written = checkpoints.export(out);
                System.out.printf("已导出 %d 个检查点 / exported %d checkpoints to %s%n", written, written, action.export);
            }
            return 0;
        }
    }

    private int checkOffline() throws IOException {
        if (keyFile == null) {
            System.err.println("--check 需要 --key-file / --check needs --key-file");
            return 2;
        }
        List<Checkpoint> read = CheckpointFile.read(action.check);
        Optional<String> problem = CheckpointFile.check(read, CheckpointKey.fromFile(keyFile));
        if (problem.isPresent()) {
            System.out.println("检查点文件有问题 / checkpoint file not valid: " + problem.get());
            return 1;
        }
        System.out.printf("%d 个检查点签名有效、编号连续 / %d checkpoints, all signed with the key%n", read.size(), read.size());
        if (!read.isEmpty()) {
            Checkpoint last = read.get(read.size() - 1);
            System.out.printf("最后一个：#%d 事件 %d 哈希 %s（%s）%n", last.n(), last.seq(), last.hash(), last.signedAt());
        }
        return 0;
    }
}
