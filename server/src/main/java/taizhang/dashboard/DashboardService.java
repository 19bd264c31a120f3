package taizhang.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import taizhang.dashboard.Dashboard.IndicatorRow;
import taizhang.dashboard.Dashboard.Overall;
import taizhang.dashboard.Dashboard.OverdueRow;
import taizhang.dashboard.Dashboard.Row;
import taizhang.dashboard.Dashboard.TrendRow;
import taizhang.dashboard.DashboardCache.Key;
import taizhang.dashboard.DashboardCache.Snapshot;
import taizhang.dashboard.DashboardRepository.PeriodFigure;
import taizhang.dashboard.DashboardRepository.Scope;
import taizhang.dashboard.DashboardRepository.Share;
import taizhang.dashboard.DashboardRepository.StatusCount;
import taizhang.indicator.Indicator;
import taizhang.indicator.IndicatorService;
import taizhang.indicator.IndicatorService.IndicatorView;
import taizhang.indicator.Reading;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.ledger.CompletionRate;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.Overdue;
import taizhang.ledger.WarningLevel;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;

/** Assembles the dashboard of one campaign for a reader. */
@Service
public class DashboardService {

    static final int MAX_PROBLEMS = 60;
    static final int MAX_OVERDUE = 10;
    static final int MAX_INDICATORS = 12;
    /** The 预警 rows and slices, most urgent first. */
    static final List<WarningLevel> WARNING_ORDER = List.of(WarningLevel.RED, WarningLevel.YELLOW, WarningLevel.GREEN);

    private final DashboardRepository stats;
    private final DashboardCache cache;
    private final CampaignService campaigns;
    private final OrgService organisations;
    private final IndicatorService indicators;
    private final Charting charts;
    private final Clock clock;

    DashboardService(
            DashboardRepository stats,
            DashboardCache cache,
            CampaignService campaigns,
            OrgService organisations,
            IndicatorService indicators,
            Charting charts,
            Clock clock) {
        this.stats = stats;
        this.cache = cache;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.indicators = indicators;
        this.charts = charts;
        this.clock = clock;
    }

    /** The dashboard of the given campaign, or of the latest visible one when none is given. */
    public Dashboard dashboard(CurrentUser user, Long campaignId) {
        return snapshot(user, campaignId).dashboard();
    }

    /**
     * The dashboard as served, with when it was computed: a slow recompute runs in the background
     * while the reader gets the last figures, so this reads in its own short statements rather
     * than in one transaction.
     */
    Snapshot snapshot(CurrentUser user, Long campaignId) {
        // A supervisor's figures depend on the units it supervises, not only on its organisation.
        return cache.get(
                new Key(user.organisationId(), campaigns.supervisedUnits(user), campaignId),
                stats.fingerprint(),
                () -> compute(user, campaignId));
    }

    Freshness freshness(Snapshot snapshot) {
        LocalDateTime at =
                LocalDateTime.ofInstant(snapshot.computedAt(), clock.getZone()).truncatedTo(ChronoUnit.SECONDS);
        return new Freshness(at, snapshot.refreshing(), at.toLocalDate().equals(LocalDate.now(clock)));
    }

    private Dashboard compute(CurrentUser user, Long campaignId) {
        List<Campaign> visible = campaigns.visible(user);
        if (visible.isEmpty()) {
            return new Dashboard(
                    visible, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    null, true);
        }
        Campaign campaign = campaignId == null ? visible.get(0) : campaigns.get(user, campaignId);
        Scope scope = scope(user, campaign);
        LocalDate today = Overdue.today(clock);
        List<StatusCount> counts = stats.byStatus(scope, today);
        String ledger = "/ledger?campaign=" + campaign.id();
        List<Row> byProblem = rows(stats.byProblem(scope, MAX_PROBLEMS), ledger + "&problem=");
        List<Row> byUnit = rollup(user, scope).rows(stats.byLead(scope), ledger);
        List<Row> byWarning = byWarning(counts, ledger);
        List<IndicatorRow> indicators = this.indicators.viewsOfListed(stats.indicators(scope, MAX_INDICATORS)).stream()
                .map(DashboardService::indicatorRow)
                .toList();
        List<TrendRow> trend = stats.byPeriod(scope).stream()
                .sorted(Comparator.comparing(PeriodFigure::period, Cycle.LABEL_ORDER))
                .map(p -> new TrendRow(p.period(), p.reports(), p.accepted(), p.claimedDone()))
                .toList();
        List<OverdueRow> overdue = stats.overdue(scope, today, MAX_OVERDUE).stream()
                .map(o -> new OverdueRow(o.id(), o.title(), o.deadline().toString(), o.lead()))
                .toList();
        return new Dashboard(
                visible,
                campaign,
                overall(counts),
                byStatus(counts, ledger),
                byWarning,
                byProblem,
                byUnit,
                overdue,
                indicators,
                trend,
                charts.of(byProblem, byUnit, byWarning, indicators, trend),
                scope.orgIds() == null);
    }

    /**
     * The owner's office sees every measure of its campaign; anyone else the ones its units carry,
     * and a supervisor those of the units it supervises too.
     */
    private Scope scope(CurrentUser user, Campaign campaign) {
        return new Scope(campaign.id(), campaigns.unitsInReach(user, campaign));
    }

    /** Units below the reader, and each unit it supervises with the units below that. */
    private UnitRollup rollup(CurrentUser user, Scope scope) {
        List<Organisation> known = new ArrayList<>(organisations.visibleTo(user));
        List<Organisation> supervised = new ArrayList<>();
        if (scope.orgIds() != null) {
            for (long unit : campaigns.supervisedUnits(user)) {
                organisations.find(unit).ifPresent(supervised::add);
            }
            known.addAll(organisations.below(supervised));
        }
        return new UnitRollup(user, known, supervised);
    }

    private static Overall overall(List<StatusCount> counts) {
        long total = counts.stream().mapToLong(StatusCount::count).sum();
        long finished = counts.stream()
                .filter(c -> MeasureStatus.valueOf(c.status()).isFinished())
                .mapToLong(StatusCount::count)
                .sum();
        long overdue = counts.stream().mapToLong(StatusCount::overdue).sum();
        return new Overall(total, finished, rate(finished, total), overdue);
    }

    private static List<Row> byStatus(List<StatusCount> counts, String ledger) {
        Map<MeasureStatus, Long> by = new EnumMap<>(MeasureStatus.class);
        counts.forEach(c -> by.merge(MeasureStatus.valueOf(c.status()), c.count(), Long::sum));
        List<Row> rows = new ArrayList<>();
        for (MeasureStatus s : MeasureStatus.values()) {
            long n = by.getOrDefault(s, 0L);
            rows.add(new Row(s.label(), n, s.isFinished() ? n : 0, null, ledger + "&status=" + s.name()));
        }
        return rows;
    }

    private static List<Row> byWarning(List<StatusCount> counts, String ledger) {
        Map<WarningLevel, Long> by = new EnumMap<>(WarningLevel.class);
        counts.forEach(c -> by.merge(WarningLevel.valueOf(c.warning()), c.count(), Long::sum));
        List<Row> rows = new ArrayList<>();
        for (WarningLevel w : WARNING_ORDER) {
            rows.add(new Row(w.label() + "色预警", by.getOrDefault(w, 0L), 0, null, ledger + "&warning=" + w.name()));
        }
        return rows;
    }

    private static List<Row> rows(List<Share> shares, String href) {
        return shares.stream()
                .map(s -> new Row(s.label(), s.total(), s.finished(), rate(s.finished(), s.total()), href + s.id()))
                .toList();
    }

    private static IndicatorRow indicatorRow(IndicatorView v) {
        Indicator i = v.indicator();
        BigDecimal latest = Indicator.latest(v.readings()).map(Reading::value).orElse(null);
        return new IndicatorRow(
                i.name(),
                i.unit(),
                plain(i.target()),
                plain(latest),
                v.completionRate() == null ? null : v.completionRate().toPlainString());
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    /** The completion rate as the page writes it: 98.71. */
    static String rate(long finished, long total) {
        return CompletionRate.of(finished, total).toPlainString();
    }
}
