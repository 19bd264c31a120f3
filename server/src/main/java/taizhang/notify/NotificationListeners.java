package taizhang.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import taizhang.assessment.AssessmentFeedback;
import taizhang.cycle.CycleOpened;
import taizhang.cycle.CycleService;
import taizhang.cycle.UnitReminded;
import taizhang.extension.ExtensionDecided;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureAssigned;
import taizhang.ledger.MeasuresAssigned;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.progress.ProgressReport;
import taizhang.progress.ReportReviewed;

/**
 * Turns what the features publish into notices, once their transaction has committed: a change
 * rolled back tells nobody, and a failure to tell is logged, never undoes or fails the change.
 */
@Component
public class NotificationListeners {

    private static final Logger log = LoggerFactory.getLogger(NotificationListeners.class);

    private final Notifications notifications;
    private final CycleService cycles;
    private final OrgService organisations;

    NotificationListeners(Notifications notifications, CycleService cycles, OrgService organisations) {
        this.notifications = notifications;
        this.cycles = cycles;
        this.organisations = organisations;
    }

    /** 调度开启: every unit that owes reports in the new cycle. */
    @TransactionalEventListener
    void on(CycleOpened event) {
        deliver(
                "cycle opened",
                () -> cycles.owingUnits(event.opened().cycle()).stream()
                        .map(unit -> NoticeTexts.cycleOpened(event.opened(), unit))
                        .toList());
    }

    @TransactionalEventListener
    void on(UnitReminded event) {
        deliver(
                "reminder",
                () -> List.of(
                        NoticeTexts.reminded(event.orgId(), name(event.orgId()), event.reminderId(), event.message())));
    }

    @TransactionalEventListener
    void on(ReportReviewed event) {
        ProgressReport report = event.report();
        deliver("report reviewed", () -> switch (report.status()) {
            case RETURNED -> List.of(NoticeTexts.returned(report, name(report.organisationId()), event.measureTitle()));
            case ACCEPTED -> List.of(NoticeTexts.accepted(report, name(report.organisationId()), event.measureTitle()));
            default -> List.of();
        });
    }

    /** The new lead and each new co-unit. */
    @TransactionalEventListener
    void on(MeasureAssigned event) {
        deliver("measure assigned", () -> {
            Measure m = event.measure();
            List<Notice> notices = new ArrayList<>();
            if (event.newLead() != null) {
                notices.add(NoticeTexts.assigned(
                        event.newLead(), name(event.newLead()), m.id(), m.version(), m.title(), m.deadline(), true));
            }
            for (long unit : event.newCoUnits()) {
                notices.add(
                        NoticeTexts.assigned(unit, name(unit), m.id(), m.version(), m.title(), m.deadline(), false));
            }
            return notices;
        });
    }

    /** Each unit an import or bulk assignment gave measures to, once, with its counts. */
    @TransactionalEventListener
    void on(MeasuresAssigned event) {
        deliver(
                "measures assigned",
                () -> event.units().entrySet().stream()
                        .map(e ->
                                NoticeTexts.assignedInBatch(e.getKey(), name(e.getKey()), event.batch(), e.getValue()))
                        .toList());
    }

    /** 延期审批: the unit that asked is told the office's decision. */
    @TransactionalEventListener
    void on(ExtensionDecided event) {
        deliver("extension decided", () -> List.of(NoticeTexts.extension(event, name(event.orgId()))));
    }

    /** 考核一对一反馈: each unit rated 一般 or 差 gets its own breakdown. */
    @TransactionalEventListener
    void on(AssessmentFeedback event) {
        deliver(
                "assessment feedback",
                () -> event.units().stream()
                        .map(unit -> NoticeTexts.assessment(event, unit))
                        .toList());
    }

    private String name(long orgId) {
        return organisations.find(orgId).map(Organisation::name).orElse("单位 " + orgId);
    }

    private void deliver(String what, Supplier<List<Notice>> notices) {
        try {
            notifications.deliverAll(notices.get());
        } catch (RuntimeException e) {
            log.error("Could not store the notices of a {} event", what, e);
        }
    }
}
