package taizhang.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;
import taizhang.audit.AuditTrail;
import taizhang.audit.ChainVerification;
import taizhang.audit.Checkpoint;
import taizhang.audit.CheckpointFile;

@Command(
        name = "verify-audit",
        mixinStandardHelpOptions = true,
        description = "Check the audit trail's hash chain and its signed checkpoints "
                + "(key: --taizhang.audit.checkpoint-key-file=…); names the first broken event.")
public class VerifyAuditCommand implements Callable<Integer> {

    @Option(
            names = "--checkpoints",
            paramLabel = "FILE",
            description = "checkpoints exported earlier (audit-checkpoints --export), checked as well")
    List<Path> exported = new ArrayList<>();

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        List<Checkpoint> kept = new ArrayList<>();
        for (Path file : exported) {
            kept.addAll(CheckpointFile.read(file));
        }
        try (var context = SpringContext.start(springArguments)) {
            ChainVerification result = context.getBean(AuditTrail.class).verify(kept);
            print(result);
            return result.intact() ? 0 : 1;
        }
    }

    private static void print(ChainVerification result) {
        if (result.intact()) {
            System.out.printf("审计链完整：%d 个事件 / audit chain intact: %d events%n", result.events(), result.events());
        } else {
            System.out.printf(
                    "审计链被破坏：第一个异常事件 %d：%s%nAudit chain broken at event %d%n",
                    result.firstBrokenSeq(), result.reason(), result.firstBrokenSeq());
        }
        if (result.lastCheckpointSeq() != null) {
            System.out.printf(
                    "签名检查点：%d 个相符，最后一个相符的是事件 %d / checkpoints matching: %d, last at event %d%n",
                    result.checkpoints(), result.lastCheckpointSeq(), result.checkpoints(), result.lastCheckpointSeq());
        }
        if (result.unsealed() > 0) {
            System.out.printf(
                    "另有 %d 个事件已提交、尚未封存入链（服务器稍后封存）/ %d committed events not yet sealed%n",
                    result.unsealed(), result.unsealed());
        }
        if (result.note() != null) {
            System.out.println(result.note());
        }
    }
}
