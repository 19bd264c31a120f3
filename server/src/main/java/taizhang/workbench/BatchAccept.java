package taizhang.workbench;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.Role;
import taizhang.shared.RuleViolationException;
import taizhang.shared.StaleVersionException;
import taizhang.workbench.ReviewQueueRepository.QueuedMeasure;

/**
 * 批量审核通过: several ticked reports accepted one by one, each in its own transaction through
 * {@link ProgressService#accept} — so each is audited as a single acceptance and meets every rule
 * a single one meets (separation of duties, the roll-up of sub-measures, a closed period) — and a
 * refusal of one is named without undoing the others.
 */
@Service
class BatchAccept {

    /** A ticked report as the form sends it: {@code id:version}. */
    record Target(long reportId, int version) {

        static Target parse(String idAndVersion) {
            String[] parts = idAndVersion.split(":");
            try {
                return new Target(Long.parseLong(parts[0]), Integer.parseInt(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidRequestException("ids", "所选报告的编号不合法");
            }
        }
    }

    /** How many were accepted, and each refusal with the report it concerns. */
    record Outcome(int accepted, List<String> refused) {

        String message() {
            String done = "已审核通过 " + accepted + " 份报告";
            return refused.isEmpty() ? done : done + "；以下 " + refused.size() + " 份未通过：" + String.join("；", refused);
        }
    }

    private final ProgressService reports;
    private final ReviewQueueRepository queue;

    BatchAccept(ProgressService reports, ReviewQueueRepository queue) {
        this.reports = reports;
        this.queue = queue;
    }

    Outcome accept(CurrentUser user, List<Target> targets) {
        if (!user.hasAny(Role.OFFICE, Role.ADMIN)) {
            throw new ForbiddenException("审核由整改办办理");
        }
        if (targets.isEmpty()) {
            throw new InvalidRequestException("ids", "请先勾选要审核通过的报告");
        }
        int accepted = 0;
        List<String> refused = new ArrayList<>();
        for (Target target : targets) {
            try {
                reports.accept(user, target.reportId(), target.version());
                accepted++;
            } catch (RuleViolationException
                    | ForbiddenException
                    | NotFoundException
                    | StaleVersionException
                    | InvalidRequestException e) {
                refused.add(name(user, target.reportId()) + "：" + e.getMessage());
            }
        }
        return new Outcome(accepted, refused);
    }

    /**
     * The refused report by its measure's code and title and the period, as its row shows it; by
     * its number alone when the reviewer may not see it.
     */
    private String name(CurrentUser user, long reportId) {
        ProgressReport report;
        try {
            report = reports.get(user, reportId);
        } catch (NotFoundException | ForbiddenException e) {
            return "报告 #" + reportId;
        }
        QueuedMeasure m = queue.measures(List.of(report.measureId())).get(report.measureId());
        return m == null ? "报告 #" + reportId : m.code() + " " + m.title() + "（" + report.period() + "）";
    }
}
