package taizhang.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import taizhang.assessment.DemoAssessment;
import taizhang.cycle.DemoCycles;
import taizhang.extension.DemoAnswers;
import taizhang.ledger.DemoLayers;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureFigures;
import taizhang.notice.DemoNotice;
import taizhang.org.DemoOrgTree;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.shared.Timeline;
import taizhang.supervision.DemoSupervision;
import taizhang.user.FirstStartEvent;
import taizhang.user.InitialPasswords;
import taizhang.user.UserService;

/**
 * The demo: on the first start of an empty database with the demo tree, the seed report (the
 * Inner Mongolia notice of 2021, shipped in the product) is imported and accepted as a
 * campaign, and one user per role is created, their passwords written to the owner-only file of
 * {@link InitialPasswords}. The story is told on the {@link Timeline}, each step on its own day, so
 * that the ledger has a past: the import on the eve of the first demo month (with the demo's today,
 * 2021-05-31), the units' 签收 and one approved extension ({@link DemoAnswers}) in the first days,
 * four closed months of 调度周期 and the open one ({@link DemoCycles}); in the open month, its
 * 对口督导 with a few findings and one accountability action ({@link DemoSupervision}), the year's 考核
 * with its feedback ({@link DemoAssessment}), the demo unit's split of one of its measures across two
 * banners ({@link DemoLayers}); and once all that has committed, on the demo's today, the office's
 * first notice, as of the end of the last closed month, published ({@link DemoNotice}), so the
 * public page shows it. Before the draft is accepted,
 * the illustrative 责任分工 of {@link DemoAssignments} gives every measure a lead unit, a leader and a
 * deadline.
 */
@Component
class DemoCampaign {

    static final String NAME = "十九届中央第七轮巡视反馈意见整改";
    private static final String SEED = "/demo/seed-report.txt";
    private static final int LIAISON_MEASURES = 12;

    private final ImportService imports;
    private final UserService users;
    private final InitialPasswords initialPasswords;
    private final OrgService organisations;
    private final DemoCycles demoCycles;
    private final DemoAnswers demoAnswers;
    private final DemoSupervision demoSupervision;
    private final DemoAssessment demoAssessment;
    private final MeasureFigures figures;
    private final DemoLayers demoLayers;
    private final DemoNotice demoNotice;
    private final Clock clock;
    private final Timeline timeline;
    private final boolean enabled;

    DemoCampaign(
            ImportService imports,
            UserService users,
            InitialPasswords initialPasswords,
            OrgService organisations,
            DemoCycles demoCycles,
            DemoAnswers demoAnswers,
            DemoSupervision demoSupervision,
            DemoAssessment demoAssessment,
            MeasureFigures figures,
            DemoLayers demoLayers,
            DemoNotice demoNotice,
            Clock clock,
            Timeline timeline,
            @Value("${taizhang.demo-campaign:true}") boolean enabled) {
        this.imports = imports;
        this.users = users;
        this.initialPasswords = initialPasswords;
        this.organisations = organisations;
        this.demoCycles = demoCycles;
        this.demoAnswers = demoAnswers;
        this.demoSupervision = demoSupervision;
        this.demoAssessment = demoAssessment;
        this.figures = figures;
        this.demoLayers = demoLayers;
        this.demoNotice = demoNotice;
        this.clock = clock;
        this.timeline = timeline;
        this.enabled = enabled;
    }

    @EventListener
    void onFirstStart(FirstStartEvent event) {
        if (event.demo() && enabled) {
            create();
        }
    }

    @Transactional
    public ImportService.Accepted create() {
        LocalDate today = LocalDate.now(clock);
        YearMonth open = DemoCycles.openMonth(today);
        try {
            return tell(today, open, DemoCycles.firstMonth(open));
        } finally {
            timeline.resume();
        }
    }

    private ImportService.Accepted tell(LocalDate today, YearMonth open, YearMonth first) {
        Map<String, String> passwords = new LinkedHashMap<>();
        timeline.moveTo(first.atDay(1).minusDays(1).atTime(9, 0));
        CurrentUser office = demoUser("office", "自治区整改办", "内蒙古自治区", EnumSet.of(Role.OFFICE), passwords);
        CurrentUser unit = demoUser("unit", "通辽市整改联络员", "通辽市", EnumSet.of(Role.UNIT), passwords);
        CurrentUser supervisor =
                demoUser("supervisor", "自治区纪委监委督导组", "自治区纪委监委", EnumSet.of(Role.SUPERVISOR), passwords);
        CurrentUser leader = demoUser("leader", "自治区领导", "内蒙古自治区", EnumSet.of(Role.LEADER), passwords);
        var upload = imports.upload(office, seed(), "内蒙古自治区巡视整改进展情况的通报.txt", "text/plain", null, NAME, 2021);
        // The seed's draft (about 400 items) is read as one page of the largest size.
        DraftPage whole = imports.page(office, upload.record().id(), 1, DraftPage.MAX_ITEMS)
                .page();
        if (!whole.last()) {
            throw new IllegalStateException("the demo's draft no longer fits one page");
        }
        ImportRecord assigned = imports.edit(
                office,
                upload.record().id(),
                upload.record().version(),
                DemoAssignments.edits(
                        whole.draft(),
                        DemoAssignments.read(),
                        name -> organisations.findByName(name).orElseThrow().id(),
                        organisations
                                .findByName(DemoOrgTree.REGION)
                                .orElseThrow()
                                .id(),
                        LocalDate.now(clock)));
        timeline.moveTo(first.atDay(1).minusDays(1).atTime(11, 0));
        var accepted = imports.accept(office, assigned.id(), assigned.version());
        List<CurrentUser> liaisons = liaisons(accepted.campaignId(), unit.organisationId(), passwords);
        timeline.moveTo(first.atDay(1).minusDays(1).atTime(15, 0));
        List<Measure> own = demoCycles.takeOver(office, unit, accepted.campaignId());
        timeline.moveTo(first.atDay(2).atTime(10, 0));
        demoAnswers.seed(office, unit, accepted.campaignId());
        demoCycles.seed(
                office,
                unit,
                own,
                liaisons.isEmpty() ? null : liaisons.get(0),
                liaisons.size() < 2 ? null : liaisons.get(1),
                accepted.campaignId(),
                open);
        // In the open month, after its first reports: the findings of the last weeks, the year's
        // 考核 (counting them), the split (due later: no past cycle or 考核 figure changes), and last
        // the notice of the closed months, as the office would issue it.
        timeline.moveTo(open.atDay(14).atTime(10, 0));
        demoSupervision.seed(office, supervisor, leader, accepted.campaignId());
        timeline.moveTo(open.atDay(14).atTime(15, 0));
        demoAssessment.seed(office, accepted.campaignId());
        demoLayers.seed(office, unit, accepted.campaignId());
        // The notice reads the ledger of a past day from the audit trail, which holds this
        // transaction's events once it has committed and they are sealed: so it is drafted and
        // published then, on the demo's today, in its own transaction.
        long campaignId = accepted.campaignId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                demoNotice.publish(office, campaignId, open.minusMonths(1));
            }
        });
        initialPasswords.announce(
                "演示数据：已导入“" + NAME + "”（" + accepted.newProblems() + " 个问题，" + accepted.newMeasures()
                        + " 项措施，" + first.getYear() + "年" + first.getMonthValue() + "月起的月调度，今天是"
                        + today + "）。演示用户：",
                passwords);
        return accepted;
    }

    /**
     * Liaisons (联络员) of the two units after the demo unit that lead the most measures, at most
     * {@value #LIAISON_MEASURES} each so the first start stays quick: their reports make the year's
     * 考核 tell a punctual unit and a slipping one from those that never reported.
     */
    private List<CurrentUser> liaisons(long campaignId, long demoUnit, Map<String, String> passwords) {
        List<CurrentUser> liaisons = new ArrayList<>();
        List<MeasureFigures.LeadShare> leads = figures.byLead(campaignId, null).stream()
                .filter(l -> l.leadOrgId() != 0 && l.leadOrgId() != demoUnit)
                .filter(l -> l.total() >= 2 && l.total() <= LIAISON_MEASURES)
                .sorted(Comparator.comparing(MeasureFigures.LeadShare::total)
                        .reversed()
                        .thenComparing(MeasureFigures.LeadShare::leadOrgId))
                .limit(2)
                .toList();
        for (MeasureFigures.LeadShare lead : leads) {
            String name = organisations.find(lead.leadOrgId()).orElseThrow().name();
            liaisons.add(demoUser(
                    "liaison" + (liaisons.size() + 1),
                    name + "整改联络员",
                    lead.leadOrgId(),
                    EnumSet.of(Role.UNIT),
                    passwords));
        }
        return liaisons;
    }

    private CurrentUser demoUser(
            String username, String displayName, String orgName, EnumSet<Role> roles, Map<String, String> passwords) {
        return demoUser(
                username,
                displayName,
                organisations.findByName(orgName).orElseThrow().id(),
                roles,
                passwords);
    }

    private CurrentUser demoUser(
            String username, String displayName, long orgId, EnumSet<Role> roles, Map<String, String> passwords) {
        String password = UserService.randomPassword();
        users.createBySystem(username, displayName, orgId, roles, password);
        passwords.put(username, password);
        return users.login(username).orElseThrow().user();
    }

    private static byte[] seed() {
        try (InputStream in = DemoCampaign.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("the demo report " + SEED + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
