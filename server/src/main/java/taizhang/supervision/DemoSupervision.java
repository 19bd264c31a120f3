package taizhang.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import taizhang.ledger.MeasureFilter;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureSort;
import taizhang.ledger.MeasureView;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;

/**
 * The demo's 对口督导 and 责任追究, after its cycles: the demo supervisor is assigned to 通辽市 and
 * 赤峰市, a leader's 督导组 (the demo leader) to 呼伦贝尔市; they record a few items this year, one
 * of whose findings goes back to 通辽市 as a new measure (so the demo unit finds it to sign in
 * 我的任务), and the office registers one accountability action on another finding.
 */
@Component
public class DemoSupervision {

    /** Found again rather than formed twice when the demo runs on a database that has it (the tests' PostgreSQL). */
    static final String GROUP = "自治区领导督导组";

    private final CounterpartService counterparts;
    private final SupervisionService items;
    private final AccountabilityService register;
    private final MeasureService measures;
    private final OrgService organisations;
    private final Clock clock;

    DemoSupervision(
            CounterpartService counterparts,
            SupervisionService items,
            AccountabilityService register,
            MeasureService measures,
            OrgService organisations,
            Clock clock) {
        this.counterparts = counterparts;
        this.items = items;
        this.register = register;
        this.measures = measures;
        this.organisations = organisations;
        this.clock = clock;
    }

    @Transactional
    public void seed(CurrentUser office, CurrentUser supervisor, CurrentUser leader, long campaignId) {
        long tongliao = org("通辽市");
        long chifeng = org("赤峰市");
        long hulunbuir = org("呼伦贝尔市");
        counterparts.assign(office, tongliao, supervisor.id(), null);
        counterparts.assign(office, chifeng, supervisor.id(), null);
        SupervisionGroup group = counterparts.groups(office).stream()
                .filter(g -> g.name().equals(GROUP))
                .findFirst()
                .orElseGet(() -> counterparts.createGroup(office, GROUP, "自治区领导", List.of()));
        counterparts.addMember(office, group.id(), leader.id());
        boolean assigned = counterparts.assignments(office).stream()
                .anyMatch(a -> a.orgId() == hulunbuir && group.id() == (a.groupId() == null ? -1 : a.groupId()));
        if (!assigned) {
            counterparts.assign(office, hulunbuir, null, group.id());
        }

        LocalDate deadline = LocalDate.now(clock).plusMonths(2);
        items.record(
                supervisor,
                item(
                        campaignId,
                        tongliao,
                        SupervisionMethod.FIELD_VISIT,
                        40,
                        "部分旗县草原生态保护修复项目推进缓慢，整改台账记录不完整",
                        List.of(),
                        true,
                        deadline));
        items.record(
                supervisor, item(campaignId, tongliao, SupervisionMethod.SYMPOSIUM, 25, null, List.of(), false, null));
        List<Long> chifengMeasure = firstMeasureOf(office, campaignId, chifeng);
        ItemView paperwork = items.record(
                supervisor,
                item(
                        campaignId,
                        chifeng,
                        SupervisionMethod.DOCUMENT_REVIEW,
                        30,
                        "报送的整改进展与佐证材料不一致，存在“纸面整改”现象",
                        chifengMeasure,
                        false,
                        null));
        items.record(
                leader,
                item(
                        campaignId,
                        hulunbuir,
                        SupervisionMethod.UNANNOUNCED_VISIT,
                        15,
                        "个别整改事项群众知晓度不高，宣传解读不到位",
                        List.of(),
                        false,
                        null));

        register.record(
                office,
                campaignId,
                new AccountabilityAction.Terms(
                        chifeng,
                        "王某",
                        "赤峰市某局副局长",
                        AccountabilityKind.TALK,
                        day(20),
                        "自治区纪委监委",
                        "内纪督〔" + day(20).getYear() + "〕3号",
                        "整改进展报送不实，约谈提醒",
                        chifengMeasure,
                        List.of(paperwork.id())));
    }

    private NewItem item(
            long campaignId,
            long unit,
            SupervisionMethod method,
            int daysAgo,
            String findings,
            List<Long> concerned,
            boolean createMeasure,
            LocalDate deadline) {
        return new NewItem(
                campaignId, unit, method, day(daysAgo), findings, concerned, createMeasure, deadline, null, null);
    }

    /** Some days ago, but within this year: the assessment counts a year's findings. */
    private LocalDate day(int daysAgo) {
        LocalDate today = LocalDate.now(clock);
        LocalDate back = today.minusDays(daysAgo);
        return back.getYear() == today.getYear() ? back : today.withDayOfYear(1);
    }

    private List<Long> firstMeasureOf(CurrentUser office, long campaignId, long unit) {
        var filter = new MeasureFilter(campaignId, null, unit, Set.of(), Set.of(), Set.of(), null, null, null, false);
        return measures.list(office, filter, MeasureSort.parse("id"), 0, 1, false).items().stream()
                .map(MeasureView::measure)
                .map(m -> m.id())
                .toList();
    }

    private long org(String name) {
        return organisations.findByName(name).orElseThrow().id();
    }
}
