package taizhang.ledger;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;

/**
 * 批量分派: the office sets lead unit, co-units, deadline or type on many measures at once. Each
 * measure goes through {@link MeasureService#assign} with the version the office saw, all in one
 * transaction: if any of them was changed meanwhile or breaks a rule, none is changed.
 */
@Service
public class BulkAssignment {

    /** A selected measure and the version it had on the office's screen. */
    public record Target(long id, int version) {}

    /** What to set; a null field (and {@code coUnitIds} null) keeps each measure's own value. */
    public record Change(
            Long leadOrgId, List<Long> coUnitIds, LocalDate deadline, boolean clearDeadline, MeasureType type) {

        boolean isEmpty() {
            return leadOrgId == null && coUnitIds == null && deadline == null && !clearDeadline && type == null;
        }
    }

    private final MeasureService measures;

    BulkAssignment(MeasureService measures) {
        this.measures = measures;
    }

    @Transactional
    public int apply(CurrentUser user, List<Target> targets, Change change) {
        if (targets.isEmpty()) {
            throw new InvalidRequestException("ids", "请先勾选要修改的措施");
        }
        if (targets.size() > MeasureService.MAX_PAGE_SIZE) {
            throw new InvalidRequestException("ids", "一次最多修改 " + MeasureService.MAX_PAGE_SIZE + " 项措施");
        }
        if (change.isEmpty()) {
            throw new InvalidRequestException("change", "请至少填写一项要修改的内容");
        }
        for (Target target : targets) {
            measures.assign(user, target.id(), target.version(), assignment(measures.get(user, target.id()), change));
        }
        return targets.size();
    }

    private static MeasureService.Assignment assignment(Measure m, Change change) {
        MeasureType type = change.type() != null ? change.type() : m.type();
        LocalDate deadline = change.clearDeadline() || type == MeasureType.CONTINUING
                ? null
                : change.deadline() != null ? change.deadline() : m.deadline();
        return new MeasureService.Assignment(
                change.leadOrgId() != null ? change.leadOrgId() : m.leadOrgId(),
                change.coUnitIds() != null ? change.coUnitIds() : m.coUnitIds(),
                m.responsibleLeader(),
                deadline,
                type);
    }
}
