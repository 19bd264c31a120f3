package taizhang.workbench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditEvent;
import taizhang.audit.AuditTrail;
import taizhang.evidence.EvidenceService;
import taizhang.extension.ExtensionService;
import taizhang.indicator.Indicator;
import taizhang.indicator.IndicatorPlan;
import taizhang.indicator.IndicatorService;
import taizhang.indicator.IndicatorService.IndicatorView;
import taizhang.indicator.PlanService;
import taizhang.ledger.CampaignService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureRights;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.Overdue;
import taizhang.ledger.Problem;
import taizhang.ledger.SignService;
import taizhang.ledger.UnitAssignment;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.progress.ReportStatus;
import taizhang.shared.CurrentUser;
import taizhang.shared.Cycle;
import taizhang.shared.Dates;
import taizhang.shared.Role;
import taizhang.supervision.SupervisionService;
import taizhang.workbench.MeasurePage.HistoryEntry;
import taizhang.workbench.MeasurePage.IndicatorEntry;
import taizhang.workbench.MeasurePage.ReportEntry;
import taizhang.workbench.MeasurePage.UnitShare;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Builds the measure page from the services of each feature. */
@Service
class MeasurePages {

    private final MeasureService measures;
    private final CampaignService campaigns;
    private final OrgService organisations;
    private final ProgressService reports;
    private final IndicatorService indicators;
    private final PlanService plans;
    private final EvidenceService evidence;
    private final AuditTrail audit;
    private final SignService signs;
    private final ExtensionService extensions;
    private final SupervisionService supervision;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;

    MeasurePages(
            MeasureService measures,
            CampaignService campaigns,
            OrgService organisations,
            ProgressService reports,
            IndicatorService indicators,
            PlanService plans,
            EvidenceService evidence,
            AuditTrail audit,
            SignService signs,
            ExtensionService extensions,
            SupervisionService supervision,
            JsonMapper json,
            Clock clock) {
        this.measures = measures;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.reports = reports;
        this.indicators = indicators;
        this.plans = plans;
        this.evidence = evidence;
        this.audit = audit;
        this.signs = signs;
        this.extensions = extensions;
        this.supervision = supervision;
        this.json = json;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    @Transactional(readOnly = true)
    MeasurePage page(CurrentUser user, long id) {
        Measure m = measures.get(user, id);
        Problem problem = campaigns.problem(user, m.problemId());
        List<IndicatorView> views = indicators.forMeasure(user, id);
        Map<Long, String> indicatorNames = views.stream()
                .collect(Collectors.toMap(
                        v -> v.indicator().id(), v -> v.indicator().name()));
        List<AuditEvent> events = audit.history("measure", id);
        List<ProgressReport> reported = reports.forMeasure(user, id);
        MeasureRights rights = measures.rights(user, m);
        return new MeasurePage(
                m,
                Overdue.is(m.status(), m.deadline(), Overdue.today(clock)),
                problem.number() + "-" + m.ordinal(),
                campaigns.get(user, m.campaignId()).name(),
                problem.number() + ". " + problem.title(),
                name(m.leadOrgId()),
                m.coUnitIds().stream().map(this::name).toList(),
                statusHistory(events),
                shares(m, reported),
                reported.stream().map(r -> entry(r, indicatorNames)).toList(),
                indicators(views),
                evidence.forMeasure(user, id),
                events.stream()
                        .map(e -> new HistoryEntry(Dates.minute(e.occurredAt(), zone), e.actor(), what(e)))
                        .toList(),
                rights,
                EvidenceService.ACCEPT,
                answers(user, m, rights),
                new MeasurePage.Supervision(
                        supervision.forMeasure(user, id),
                        user.hasAny(Role.OFFICE, Role.ADMIN, Role.LEADER, Role.SUPERVISOR)));
    }

    private MeasurePage.Answers answers(CurrentUser user, Measure m, MeasureRights rights) {
        List<UnitAssignment> parts = signs.assignments(user, m.id());
        List<UnitAssignment> mine =
                rights.mayAnswerAssignment() ? UnitAssignment.answeredBy(user, parts, null) : List.of();
        boolean mayAsk = rights.mayAnswerAssignment() && !m.status().isFinished() && m.deadline() != null;
        return new MeasurePage.Answers(
                parts,
                mine.stream().filter(a -> !a.signed()).toList(),
                extensions.forMeasure(user, m.id()),
                mine,
                mayAsk,
                rights.mayDecideExtension());
    }

    /**
     * Each reporting unit's part as its latest accepted report states it: the lead's share moved
     * the measure, a co-unit's records its own part.
     */
    private List<UnitShare> shares(Measure m, List<ProgressReport> reported) {
        Map<Long, ProgressReport> latest = new LinkedHashMap<>();
        for (ProgressReport r : reported) {
            if (r.status() == ReportStatus.ACCEPTED) {
                latest.merge(
                        r.organisationId(), r, (a, b) -> Cycle.LABEL_ORDER.compare(b.period(), a.period()) > 0 ? b : a);
            }
        }
        return latest.values().stream()
                .map(r -> new UnitShare(
                        name(r.organisationId()),
                        measures.carriesLead(m, r.organisationId()),
                        r.period(),
                        r.claimedStatus().label()))
                .sorted(Comparator.comparing(UnitShare::lead).reversed())
                .toList();
    }

    private String name(Long orgId) {
        return orgId == null
                ? "未分配"
                : organisations.find(orgId).map(Organisation::name).orElse("—");
    }

    /** The action; for a field edited in the Excel ledger or on the page, also the field with its old and new value. */
    private String what(AuditEvent e) {
        boolean fieldEdit =
                e.action().equals("measure.sheet-edit") || e.action().equals("measure.edit");
        if (!fieldEdit || e.beforeJson() == null || e.afterJson() == null) {
            return Labels.action(e.action());
        }
        JsonNode before = json.readTree(e.beforeJson());
        JsonNode after = json.readTree(e.afterJson());
        return after.propertyNames().stream()
                .map(field -> Labels.action(e.action()) + "：" + field + " " + Labels.value(before.path(field)) + " → "
                        + Labels.value(after.path(field)))
                .findFirst()
                .orElse(Labels.action(e.action()));
    }

    /** Creation and every change of status, read from the audit trail's before and after. */
    private List<HistoryEntry> statusHistory(List<AuditEvent> events) {
        List<HistoryEntry> history = new ArrayList<>();
        for (AuditEvent e : events) {
            String before = status(e.beforeJson());
            String after = status(e.afterJson());
            if (after != null && !Objects.equals(before, after)) {
                String what = before == null ? "创建，" + label(after) : label(before) + " → " + label(after);
                history.add(new HistoryEntry(
                        Dates.minute(e.occurredAt(), zone), e.actor(), what + "（" + Labels.action(e.action()) + "）"));
            }
        }
        return history;
    }

    private String status(String eventJson) {
        if (eventJson == null) {
            return null;
        }
        JsonNode status = json.readTree(eventJson).path("status");
        return status.isString() ? status.asString() : null;
    }

    private static String label(String status) {
        try {
            return MeasureStatus.valueOf(status).label();
        } catch (IllegalArgumentException unknown) {
            return status;
        }
    }

    private ReportEntry entry(ProgressReport r, Map<Long, String> indicatorNames) {
        List<String> figures = r.figures().stream()
                .map(f -> indicatorNames.getOrDefault(f.indicatorId(), "指标") + "："
                        + f.value().toPlainString())
                .toList();
        return new ReportEntry(
                r.id(),
                name(r.organisationId()),
                r.period(),
                r.officeNote() ? "整改办记录" : Labels.report(r.status()),
                r.claimedStatus().label(),
                r.body(),
                r.returnReason(),
                Dates.minute(r.submittedAt(), zone),
                Dates.minute(r.reviewedAt(), zone),
                figures);
    }

    private List<IndicatorEntry> indicators(List<IndicatorView> views) {
        Map<Long, IndicatorPlan> planned =
                plans.ofListed(views.stream().map(v -> v.indicator().id()).toList());
        return views.stream()
                .map(v -> indicator(v, planned.get(v.indicator().id())))
                .toList();
    }

    private IndicatorEntry indicator(IndicatorView v, IndicatorPlan plan) {
        var i = v.indicator();
        List<String[]> readings = v.readings().stream()
                .map(r -> new String[] {r.period(), r.value().toPlainString(), r.source() == null ? "" : r.source()})
                .toList();
        String latest = Indicator.latest(v.readings())
                .map(r -> r.value().toPlainString())
                .orElse(null);
        return new IndicatorEntry(
                i.id(),
                i.name(),
                i.unit(),
                plain(i.target()),
                latest,
                v.completionRate() == null ? null : v.completionRate().toPlainString(),
                readings,
                chart(v),
                plan == null ? null : plan.describe(),
                i.version());
    }

    private String chart(IndicatorView v) {
        Function<Object, List<Object>> perReading =
                value -> v.readings().stream().map(r -> value).toList();
        List<Map<String, Object>> series = new ArrayList<>();
        series.add(Map.of(
                "name",
                v.indicator().name(),
                "data",
                v.readings().stream().map(r -> r.value()).toList()));
        if (v.indicator().target() != null) {
            series.add(
                    Map.of("name", "目标", "data", perReading.apply(v.indicator().target())));
        }
        return json.writeValueAsString(Map.of(
                "kind",
                "line",
                "unit",
                v.indicator().unit(),
                "labels",
                v.readings().stream().map(r -> r.period()).toList(),
                "series",
                series,
                "links",
                List.of()));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
