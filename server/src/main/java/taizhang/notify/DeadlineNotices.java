package taizhang.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import taizhang.cycle.CycleOfCampaign;
import taizhang.cycle.CycleService;
import taizhang.cycle.UnitTally;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.JobLease;

/**
 * What the calendar brings to open cycles, for each unit that still owes reports: the due date
 * near (即将截止, from {@code dueSoonDays} before it), the due date passed (逾期未报), and still late
 * {@code escalateAfterDays} after it (逾期督办: its parent organisation and the campaign's office
 * are told). Daily on one node of several; every notice has its event key, so a second pass, on
 * any node, on any day, tells nobody twice.
 */
@Component
public class DeadlineNotices {

    private static final Logger log = LoggerFactory.getLogger(DeadlineNotices.class);

    /** What one pass did: the open cycles it looked at and the notices it stored (new ones only). */
    public record Pass(int cycles, int stored) {}

    private final CycleService cycles;
    private final OrgService organisations;
    private final Notifications notifications;
    private final JobLease lease;
    private final Clock clock;
    private final int dueSoonDays;
    private final int escalateAfterDays;

    DeadlineNotices(
            CycleService cycles,
            OrgService organisations,
            Notifications notifications,
            JobLease lease,
            Clock clock,
            @Value("${taizhang.notify.due-soon-days:3}") int dueSoonDays,
            @Value("${taizhang.notify.escalate-after-days:3}") int escalateAfterDays) {
        this.cycles = cycles;
        this.organisations = organisations;
        this.notifications = notifications;
        this.lease = lease;
        this.clock = clock;
        this.dueSoonDays = dueSoonDays;
        this.escalateAfterDays = escalateAfterDays;
    }

    /** The scheduled run: a pass as of today, on the node that takes the lease; false on the others. */
    @Scheduled(cron = "${taizhang.notify.cron:0 30 7 * * *}")
    public boolean scheduled() {
        return lease.run("notify-deadlines", Duration.ofHours(12), Duration.ofHours(12), () -> {
            Pass pass = runOnce(LocalDate.now(clock));
            log.info("Deadline notices: {} open cycles, {} notices stored", pass.cycles(), pass.stored());
        });
    }

    /** One pass as of {@code today}, without the lease: what the schedule runs, and what a test calls. */
    public Pass runOnce(LocalDate today) {
        int looked = 0;
        int stored = 0;
        for (CycleOfCampaign cycle : cycles.allOpen()) {
            long daysLeft = cycle.cycle().daysLeft(today);
            if (daysLeft > dueSoonDays) {
                continue;
            }
            looked++;
            List<Notice> notices = new ArrayList<>();
            for (UnitTally unit : cycles.owingUnits(cycle.cycle())) {
                notices.addAll(noticesFor(cycle, unit, daysLeft, today));
            }
            stored += notifications.deliverAll(notices);
        }
        return new Pass(looked, stored);
    }

    private List<Notice> noticesFor(CycleOfCampaign cycle, UnitTally unit, long daysLeft, LocalDate today) {
        if (daysLeft >= 0) {
            return List.of(NoticeTexts.dueSoon(cycle, unit, today));
        }
        List<Notice> notices = new ArrayList<>();
        notices.add(NoticeTexts.overdue(cycle, unit));
        if (-daysLeft >= escalateAfterDays) {
            organisations
                    .find(unit.orgId())
                    .map(Organisation::parentId)
                    .ifPresent(parent -> notices.add(NoticeTexts.escalated(cycle, unit, parent, today)));
            notices.add(NoticeTexts.escalated(cycle, unit, cycle.ownerOrgId(), today));
        }
        return notices;
    }
}
