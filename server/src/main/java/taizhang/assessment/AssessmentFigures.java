package taizhang.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import taizhang.cycle.CycleQueries;
import taizhang.extension.ExtensionCount;
import taizhang.extension.ExtensionService;
import taizhang.ledger.MeasureFigures;
import taizhang.progress.ProgressQueries;
import taizhang.shared.Cycle;

/**
 * Gathers each unit's observations for a year from the features that keep them, each counted in
 * the database by one grouped query of its owner, so a year of a million measures and thousands of
 * units costs a few passes and a map per unit, never the measures themselves. A unit is assessed
 * when it leads a measure of the campaign or appears in any count.
 */
@Component
class AssessmentFigures {

    private final CycleQueries cycles;
    private final MeasureFigures measures;
    private final ProgressQueries progress;
    private final ExtensionService extensions;
    private final List<AssessmentSource> sources;

    AssessmentFigures(
            CycleQueries cycles,
            MeasureFigures measures,
            ProgressQueries progress,
            ExtensionService extensions,
            List<AssessmentSource> sources) {
        this.cycles = cycles;
        this.measures = measures;
        this.progress = progress;
        this.extensions = extensions;
        this.sources = sources;
    }

    /** Per unit id, in id order, what each rule observed in the campaign's {@code year} as of {@code today}. */
    Map<Long, Map<Rule, Observation>> observe(long campaignId, int year, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        LocalDate asOf = today.isAfter(last) ? last.plusDays(1) : today;
        LocalDate shown = asOf.isAfter(last) ? last : asOf;
        Map<Long, Map<Rule, Observation>> units = new HashMap<>();
        for (CycleQueries.UnitReporting r : cycles.reportingByLeadUnit(campaignId, first, last)) {
            put(units, r.orgId(), Texts.onTime(r));
        }
        for (MeasureFigures.LeadDeadlines d : measures.deadlinesByLead(campaignId, first, asOf)) {
            if (d.leadOrgId() != 0) {
                put(units, d.leadOrgId(), Texts.completion(d, shown));
                put(units, d.leadOrgId(), Texts.overdueRed(d.overdueRed(), shown));
            }
        }
        progress.returnedByUnit(periods(year), MeasureFigures.inCampaign(campaignId, "r.measure_id"))
                .forEach((org, n) -> put(units, org, Texts.returned(n)));
        Map<Long, long[]> asked = new HashMap<>();
        for (ExtensionCount c : extensions.countsRequestedIn(campaignId, year)) {
            long[] sum = asked.computeIfAbsent(c.orgId(), id -> new long[3]);
            sum[0] += c.requested();
            sum[1] += c.approved();
            sum[2] += c.refused();
        }
        asked.forEach((org, n) -> put(units, org, Texts.extensions(n[0], n[1], n[2])));
        for (Rule rule : List.of(Rule.SUPERVISION_FINDINGS, Rule.ACCOUNTABILITY)) {
            fromSources(rule, campaignId, year).forEach((org, n) -> put(units, org, Texts.sourced(rule, n)));
        }
        fillAbsent(units);
        return units;
    }

    /** Every period label of the year a report can be filed for: its months, quarters and the year. */
    static List<String> periods(int year) {
        List<String> labels = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            labels.add(Cycle.month(year, month).label());
        }
        for (int quarter = 1; quarter <= 4; quarter++) {
            labels.add(Cycle.quarter(year, quarter).label());
        }
        labels.add(String.valueOf(year));
        return labels;
    }

    private Map<Long, Double> fromSources(Rule rule, long campaignId, int year) {
        Map<Long, Double> values = new HashMap<>();
        for (AssessmentSource source : sources) {
            if (rule.name().equals(source.rule())) {
                source.valuesPerUnit(campaignId, year).forEach((org, n) -> values.merge(org, n, Double::sum));
            }
        }
        return values;
    }

    /** The rules nobody observed for a unit: none to count, with the reason in words. */
    private void fillAbsent(Map<Long, Map<Rule, Observation>> units) {
        TreeSet<String> fed = new TreeSet<>();
        sources.forEach(s -> fed.add(s.rule()));
        for (Map<Rule, Observation> observed : units.values()) {
            for (Rule rule : Rule.values()) {
                observed.computeIfAbsent(rule, r -> Texts.none(r, fed.contains(r.name())));
            }
        }
    }

    private static void put(Map<Long, Map<Rule, Observation>> units, long orgId, Observation o) {
        units.computeIfAbsent(orgId, id -> new EnumMap<>(Rule.class)).put(o.rule(), o);
    }
}
