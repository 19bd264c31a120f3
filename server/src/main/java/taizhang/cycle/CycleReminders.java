package taizhang.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.RuleViolationException;

/**
 * 催报: the office reminds one unit, every late unit, or every unit that still owes reports for an
 * open cycle. Each reminder is recorded for the unit and in the audit trail in one transaction, and
 * published ({@link UnitReminded}) for the inbox to deliver to the unit's users.
 */
@Service
public class CycleReminders {

    private final CycleService cycles;
    private final ObligationRepository obligations;
    private final ReminderRepository records;
    private final CampaignService campaigns;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CycleReminders(
            CycleService cycles,
            ObligationRepository obligations,
            ReminderRepository records,
            CampaignService campaigns,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.records = records;
        this.cycles = cycles;
        this.obligations = obligations;
        this.campaigns = campaigns;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public List<Reminder> remind(CurrentUser user, long campaignId, String period, RemindTarget target, Long orgId) {
        Campaign owner = campaigns.getForEditing(user, campaignId);
        String campaign = owner.name();
        ReportingCycle cycle = cycles.find(campaignId, period);
        CycleOfCampaign about = new CycleOfCampaign(cycle, campaign, owner.ownerOrgId());
        if (!cycle.isOpen()) {
            throw new RuleViolationException(cycle.period().chinese() + "的调度周期已经关闭，无需催报");
        }
        LocalDate today = LocalDate.now(clock);
        List<UnitTally> owing = chosen(cycle, target, orgId, today);
        Instant now = clock.instant();
        List<Reminder> sent = new ArrayList<>();
        for (UnitTally unit : owing) {
            String message = message(campaign, cycle, unit, today);
            long id = records.insert(cycle.id(), unit.orgId(), unit.owing(), message, user.username(), now);
            Reminder reminder = new Reminder(
                    id,
                    campaignId,
                    cycle.period().label(),
                    cycle.dueDate(),
                    unit.orgId(),
                    unit.owing(),
                    message,
                    user.username(),
                    now);
            audit.record(user.username(), "cycle.remind", "reporting_cycle", cycle.id(), null, reminder);
            events.publishEvent(new UnitReminded(about, id, unit.orgId(), message));
            sent.add(reminder);
        }
        return sent;
    }

    private List<UnitTally> chosen(ReportingCycle cycle, RemindTarget target, Long orgId, LocalDate today) {
        List<UnitTally> owing = obligations.tallies(cycle, null).stream()
                .filter(t -> t.owing() > 0)
                .toList();
        return switch (target) {
            case ALL -> owing;
            case LATE -> cycle.isPastDue(today) ? owing : List.of();
            case UNIT -> {
                if (orgId == null) {
                    throw new InvalidRequestException("orgId", "催报单个单位时须指明单位");
                }
                yield List.of(owing.stream()
                        .filter(t -> t.orgId() == orgId)
                        .findFirst()
                        .orElseThrow(() -> new RuleViolationException(
                                "单位 " + orgId + " 在" + cycle.period().chinese() + "没有欠报的措施，无需催报")));
            }
        };
    }

    private static String message(String campaign, ReportingCycle cycle, UnitTally unit, LocalDate today) {
        long days = cycle.daysLeft(today);
        String when = days > 0 ? "距截止还有 " + days + " 天" : days == 0 ? "今天截止" : "已逾期 " + -days + " 天";
        return "请尽快报送“" + campaign + "”" + cycle.period().chinese() + "的整改进展：尚有 " + unit.owing() + " 项措施未报送，截止日期 "
                + cycle.dueDate() + "（" + when + "）";
    }
}
