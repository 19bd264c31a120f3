package taizhang.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import taizhang.extract.Report;
import taizhang.extract.entity.DateMention;
import taizhang.extract.entity.MeasureFields;
import taizhang.extract.entity.StatusCue;
import taizhang.extract.quantity.Quantity;
import taizhang.extract.structure.Layout;
import taizhang.extract.structure.Measure;
import taizhang.extract.structure.Problem;
import taizhang.extract.text.Normalizer;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.org.Organisation;

/**
 * Turns what the extractor read into a draft ledger: problems and measures with their text,
 * suggested units (names in the text matched against the organisation tree), suggested status,
 * and figures as readings. Matching against an existing campaign is {@link LedgerMatcher}'s job.
 */
final class DraftBuilder {

    private static final int MAX_CO_UNITS = 6;
    private static final int MAX_LEADER = 30;

    private final Report report;
    private final String normalized;
    private final Map<String, Organisation> orgsByName = new LinkedHashMap<>();
    private final Map<String, Organisation> orgsByCode = new LinkedHashMap<>();
    private final UnitNames unitNames;
    private int readingKeys;
    private int measureKeys;

    DraftBuilder(Report report, List<Organisation> tree) {
        this(report, tree, Map.of());
    }

    /** @param aliases the organisations' aliases by id (单位别名), matched as their names are */
    DraftBuilder(Report report, List<Organisation> tree, Map<Long, List<String>> aliases) {
        this.report = report;
        this.normalized = Normalizer.normalize(report.text());
        this.unitNames = new UnitNames(tree, aliases);
        for (Organisation org : tree) {
            orgsByName.put(org.name(), org);
            if (org.adminCode() != null) {
                orgsByCode.putIfAbsent(org.adminCode(), org);
            }
        }
    }

    Draft build(Long campaignId, String campaignName) {
        List<Draft.DraftSection> sections = report.structure().sections().stream()
                .map(s -> new Draft.DraftSection(s.label(), s.title(), s.start(), null))
                .toList();
        List<DraftProblem> problems = new ArrayList<>();
        for (Problem p : report.structure().problems()) {
            List<DraftMeasure> measures =
                    p.measures().stream().map(this::measure).toList();
            problems.add(new DraftProblem(
                    "p" + (problems.size() + 1),
                    p.number(),
                    p.title(),
                    p.text(),
                    p.start(),
                    p.end(),
                    p.section() < 0 ? null : p.section(),
                    null,
                    measures));
        }
        return new Draft(
                report.doc(),
                report.reportYear(),
                report.script().name(),
                campaignId,
                campaignName,
                sections,
                problems,
                Marks.of(report),
                notes());
    }

    private DraftMeasure measure(Measure m) {
        MeasureFields fields = report.fields().stream()
                .filter(f -> f.measureStart() == m.start())
                .findFirst()
                .orElse(null);
        List<DraftMeasure.UnitSuggestion> stated = stated(fields);
        List<DraftMeasure.UnitSuggestion> units = stated.isEmpty() ? units(m) : stated;
        Long lead = units.isEmpty() ? null : units.get(0).orgId();
        List<Long> coUnits = units.stream()
                .skip(1)
                .limit(MAX_CO_UNITS)
                .map(DraftMeasure.UnitSuggestion::orgId)
                .toList();
        if (!stated.isEmpty() && fields.leadUnits().isEmpty()) {
            lead = null;
            coUnits = units.stream().map(DraftMeasure.UnitSuggestion::orgId).toList();
        }
        StatusCue cue = report.statuses().stream()
                .filter(s -> s.measureStart() == m.start())
                .findFirst()
                .orElse(null);
        MeasureStatus status = cue == null
                ? MeasureStatus.IN_PROGRESS
                : MeasureStatus.valueOf(cue.status().name());
        List<String> words = cue == null
                ? List.of()
                : cue.evidence().stream().map(StatusCue.Cue::text).toList();
        return new DraftMeasure(
                "m" + (++measureKeys),
                m.ordinal(),
                m.title(),
                m.text(),
                m.start(),
                m.end(),
                lead,
                coUnits,
                units,
                status,
                words,
                readings(m),
                null,
                duty(fields),
                false,
                unconfirmed(lead, coUnits));
    }

    /** Every unit the reader set is a suggestion until the office confirms it. */
    private static List<Long> unconfirmed(Long lead, List<Long> coUnits) {
        List<Long> units = new ArrayList<>(coUnits);
        if (lead != null) {
            units.add(0, lead);
        }
        return units;
    }

    /** The units the report names for the measure (牵头单位, 配合单位), matched to the tree: lead first. */
    private List<DraftMeasure.UnitSuggestion> stated(MeasureFields fields) {
        if (fields == null) {
            return List.of();
        }
        Map<Long, DraftMeasure.UnitSuggestion> found = new LinkedHashMap<>();
        boolean leadFound = false;
        for (String name : fields.leadUnits()) {
            Organisation org = unitNames.match(name);
            if (org != null) {
                found.putIfAbsent(org.id(), new DraftMeasure.UnitSuggestion(org.id(), org.name(), name));
                leadFound = true;
            }
        }
        if (!leadFound && !fields.leadUnits().isEmpty()) {
            // The lead named is not in the tree: co-units alone must not pose as the lead.
            return List.of();
        }
        for (String name : fields.coUnits()) {
            Organisation org = unitNames.match(name);
            if (org != null) {
                found.putIfAbsent(org.id(), new DraftMeasure.UnitSuggestion(org.id(), org.name(), name));
            }
        }
        return List.copyOf(found.values());
    }

    private static DraftMeasure.Duty duty(MeasureFields fields) {
        if (fields == null) {
            return DraftMeasure.Duty.NONE;
        }
        MeasureType type = fields.type() == null
                ? null
                : switch (fields.type()) {
                    case IMMEDIATE -> MeasureType.IMMEDIATE;
                    case DEADLINE -> MeasureType.DEADLINE;
                    case CONTINUING -> MeasureType.CONTINUING;
                };
        String leader = fields.leader() != null ? fields.leader() : fields.person();
        // A long "leader" is a sentence the label ran into, not a name.
        leader = leader != null && leader.length() > MAX_LEADER ? null : leader;
        return new DraftMeasure.Duty(leader, fields.deadline(), type, fields.deadlineText(), fields.progress());
    }

    /** Bodies first (they lead), then places; each organisation once, in order of mention. */
    private List<DraftMeasure.UnitSuggestion> units(Measure m) {
        Map<Long, DraftMeasure.UnitSuggestion> bodies = new LinkedHashMap<>();
        java.util.Iterator<UnitNames.Mention> aliases =
                unitNames.aliasMentions(normalized, m.start(), m.end()).iterator();
        UnitNames.Mention alias = aliases.hasNext() ? aliases.next() : null;
        Map<Long, DraftMeasure.UnitSuggestion> places = new LinkedHashMap<>();
        for (var named : report.organisations()) {
            if (named.start() < m.start() || named.end() > m.end()) {
                continue;
            }
            Organisation org = orgsByName.get(named.name());
            if (org == null && named.code() != null) {
                org = orgsByCode.get(named.code());
            }
            if (org == null && named.kind() == taizhang.extract.entity.Organisation.Kind.BODY) {
                org = unitNames.match(named.name());
            }
            // A unit named by an alias before this mention is a body mentioned before it.
            while (alias != null && alias.start() < named.start()) {
                bodies.putIfAbsent(alias.org().id(), suggestion(alias));
                alias = aliases.hasNext() ? aliases.next() : null;
            }
            if (org != null) {
                var target = named.kind() == taizhang.extract.entity.Organisation.Kind.BODY ? bodies : places;
                target.putIfAbsent(org.id(), new DraftMeasure.UnitSuggestion(org.id(), org.name(), named.text()));
            }
        }
        for (; alias != null; alias = aliases.hasNext() ? aliases.next() : null) {
            bodies.putIfAbsent(alias.org().id(), suggestion(alias));
        }
        List<DraftMeasure.UnitSuggestion> all = new ArrayList<>(bodies.values());
        places.forEach((id, s) -> {
            if (!bodies.containsKey(id)) {
                all.add(s);
            }
        });
        return all;
    }

    private DraftMeasure.UnitSuggestion suggestion(UnitNames.Mention alias) {
        return new DraftMeasure.UnitSuggestion(
                alias.org().id(), alias.org().name(), report.text().substring(alias.start(), alias.end()));
    }

    private List<DraftReading> readings(Measure m) {
        List<DraftReading> readings = new ArrayList<>();
        String previousLabel = "";
        for (Quantity q : report.quantities()) {
            if (q.start() < m.start() || q.end() > m.end()) {
                continue;
            }
            String label = ReadingLabels.label(normalized, m.start(), q.start(), q.end(), m.end());
            if (ReadingLabels.isPlanShare(label, q.unit())) {
                DraftReading target = planTarget(readings, q);
                if (target != null) {
                    readings.add(target);
                    continue;
                }
            }
            if (label.isEmpty()) {
                label = previousLabel;
            }
            previousLabel = label;
            boolean target = ReadingLabels.isTarget(label);
            readings.add(new DraftReading(
                    "r" + (++readingKeys),
                    target ? ReadingLabels.indicatorName(label) : label,
                    q.value(),
                    q.unit(),
                    q.qualifier() == null ? null : q.qualifier().name().toLowerCase(),
                    period(m, q),
                    target,
                    q.start(),
                    q.end(),
                    q.text()));
        }
        return readings;
    }

    /**
     * The target a plan share gives the figure before it: {@code 新增就业17.6万人,完成年度计划的88%}
     * → 新增就业 target 200,000 人. Null when no figure precedes it in the measure.
     */
    private DraftReading planTarget(List<DraftReading> readings, Quantity share) {
        DraftReading reached = null;
        for (int i = readings.size() - 1; i >= 0 && reached == null; i--) {
            DraftReading r = readings.get(i);
            if (!r.target() && !"%".equals(r.unit())) {
                reached = r;
            }
        }
        if (reached == null || share.value().signum() <= 0) {
            return null;
        }
        int scale = reached.value().stripTrailingZeros().scale() <= 0 ? 0 : 2;
        java.math.BigDecimal target = reached.value()
                .multiply(java.math.BigDecimal.valueOf(100))
                .divide(share.value(), scale, java.math.RoundingMode.HALF_UP);
        return new DraftReading(
                "r" + (++readingKeys),
                reached.label(),
                target,
                reached.unit(),
                null,
                reached.period().substring(0, 4),
                true,
                share.start(),
                share.end(),
                share.text());
    }

    /**
     * The period of the nearest date before the figure in its sentence, else the report's year.
     * Dates inside a document title ({@code 规划(2021—2027年)}) and plans beyond the report's
     * year say nothing about when a figure was reached.
     */
    private String period(Measure m, Quantity q) {
        DateMention nearest = null;
        for (DateMention d : report.dates()) {
            if (d.start() >= m.start()
                    && d.end() <= q.start()
                    && report.text().indexOf('。', d.end()) >= q.start()
                    && !insideTitle(d)
                    && (d.to() == null || d.to().getYear() <= report.reportYear())) {
                nearest = d;
            }
        }
        if (nearest == null || nearest.to() == null) {
            return String.valueOf(report.reportYear());
        }
        var to = nearest.to();
        boolean wholeYear = nearest.from() != null
                && nearest.from().getDayOfYear() == 1
                && to.getMonthValue() == 12
                && to.getDayOfMonth() == 31;
        return wholeYear ? String.valueOf(to.getYear()) : String.format("%d-%02d", to.getYear(), to.getMonthValue());
    }

    private boolean insideTitle(DateMention d) {
        return report.titles().stream().anyMatch(t -> t.start() <= d.start() && d.end() <= t.end());
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        // A document of no recognisable layout still gives a draft, but the office must know it is a guess.
        if (report.structure().layout() == Layout.PARAGRAPHS) {
            notes.add("没有在文件中识别出编号的问题：已按标题或段落生成草稿（每个标题或段落一个问题），请核对、合并或拆分后再接受");
        }
        report.defects().forEach(d -> notes.add("文本缺陷（" + d.kind().code() + "）：“" + d.text() + "”，位置 " + d.start()));
        return notes;
    }
}
