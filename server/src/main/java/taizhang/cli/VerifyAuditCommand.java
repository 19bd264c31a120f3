package taizhang.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;
import taizhang.audit.AuditTrail;
import taizhang.audit.ChainVerification;

@Command(
        name = "verify-audit",
        mixinStandardHelpOptions = true,
        description = "Check the audit trail's hash chain; names the first broken event.")
public class VerifyAuditCommand implements Callable<Integer> {

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        try (var context = SpringContext.start(springArguments)) {
            ChainVerification result = context.getBean(AuditTrail.class).verify();
            if (result.intact()) {
                System.out.printf("审计链完整：%d 个事件 / audit chain intact: %d events%n", result.events(), result.events());
                return 0;
            }
            System.out.printf(
                    "审计链被破坏：第一个异常事件 %d：%s%nAudit chain broken at event %d%n",
                    result.firstBrokenSeq(), result.reason(), result.firstBrokenSeq());
            return 1;
        }
    }
}
