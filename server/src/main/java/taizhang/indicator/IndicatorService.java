package taizhang.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.ledger.CampaignService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.WarningService;
import taizhang.shared.CurrentUser;
import taizhang.shared.Jdbc;
import taizhang.shared.NotFoundException;
import taizhang.shared.Period;

/** Indicators and their readings; who may see them follows the measure (or campaign) they belong to. */
@Service
public class IndicatorService {

    private static final String IMPORT_FIGURES = "导入指标数据";

    private final IndicatorRepository indicators;
    private final MeasureService measures;
    private final CampaignService campaigns;
    private final WarningService warnings;
    private final AuditTrail audit;
    private final Clock clock;

    IndicatorService(
            IndicatorRepository indicators,
            MeasureService measures,
            CampaignService campaigns,
            WarningService warnings,
            AuditTrail audit,
            Clock clock) {
        this.warnings = warnings;
        this.indicators = indicators;
        this.measures = measures;
        this.campaigns = campaigns;
        this.audit = audit;
        this.clock = clock;
    }

    /** An indicator with its readings and completion rate, as the API and pages show it. */
    public record IndicatorView(Indicator indicator, List<Reading> readings, BigDecimal completionRate) {}

    public Indicator get(CurrentUser user, long id) {
        Indicator indicator = indicators.find(id).orElseThrow(() -> NotFoundException.of("指标", id));
        try {
            if (indicator.measureId() != null) {
                measures.get(user, indicator.measureId());
            } else {
                campaigns.get(user, indicator.campaignId());
            }
        } catch (NotFoundException hidden) {
            throw NotFoundException.of("指标", id);
        }
        return indicator;
    }

    public IndicatorView view(CurrentUser user, long id) {
        return view(get(user, id));
    }

    public List<IndicatorView> forMeasure(CurrentUser user, long measureId) {
        measures.get(user, measureId);
        return indicators.forMeasure(measureId).stream().map(this::view).toList();
    }

    /**
     * The indicators (without readings) of measures the reader has just been shown by a list that
     * checked their visibility — a ledger list, or the review queue — by measure id: one query for
     * a whole page instead of a check, a query and a query per indicator for each row.
     */
    public Map<Long, List<Indicator>> forListedMeasures(Collection<Long> measureIds) {
        return indicators.forMeasures(measureIds).stream()
                .collect(Collectors.groupingBy(Indicator::measureId, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * Indicators that a list which checked their visibility has chosen (the dashboard's), with
     * their readings and completion rates, in the order given: two queries for the whole list.
     */
    public List<IndicatorView> viewsOfListed(List<Long> indicatorIds) {
        Map<Long, Indicator> byId =
                indicators.byIds(indicatorIds).stream().collect(Collectors.toMap(Indicator::id, i -> i));
        Map<Long, List<Reading>> readings = indicators.readingsOf(indicatorIds);
        return indicatorIds.stream()
                .filter(byId::containsKey)
                .map(byId::get)
                .map(i -> view(i, readings.getOrDefault(i.id(), List.of())))
                .toList();
    }

    @Transactional
    public Indicator create(
            CurrentUser user, long measureId, String name, String unit, BigDecimal target, BigDecimal baseline) {
        Measure measure = measures.get(user, measureId);
        campaigns.getForEditing(user, measure.campaignId());
        long id = indicators.insert(measure.campaignId(), measureId, name, unit == null ? "" : unit, target, baseline);
        Indicator created = indicators.find(id).orElseThrow();
        audit.record(user.username(), "indicator.create", "indicator", id, null, created);
        return created;
    }

    /** The office records a reading directly (figures from units arrive through accepted reports). */
    @Transactional
    public Reading addReading(CurrentUser user, long indicatorId, String period, BigDecimal value, String source) {
        Indicator indicator = get(user, indicatorId);
        campaigns.getForEditing(user, indicator.campaignId());
        if (indicator.measureId() != null) {
            measures.get(user, indicator.measureId()).requireInput("记录指标数据");
        }
        return record(user.username(), indicator, period, value, source, null);
    }

    /**
     * The measure's indicator of this name and unit, created (with the target, if given) when it
     * does not exist yet. For imports: a later report's figures land on the same indicator.
     */
    @Transactional
    public Indicator findOrCreate(CurrentUser user, long measureId, String name, String unit, BigDecimal target) {
        Measure measure = measures.get(user, measureId);
        campaigns.getForEditing(user, measure.campaignId());
        String unitOrEmpty = unit == null ? "" : unit;
        return indicators.forMeasure(measureId).stream()
                .filter(i -> i.name().equals(name) && i.unit().equals(unitOrEmpty))
                .findFirst()
                .orElseGet(() -> create(user, measureId, name, unitOrEmpty, target, null));
    }

    /** Adds a reading unless the indicator already has this value for this period; empty when it had. */
    @Transactional
    public Optional<Reading> addReadingIfNew(
            CurrentUser user, long indicatorId, String period, BigDecimal value, String source) {
        boolean known = indicators.readings(indicatorId).stream()
                .anyMatch(r -> r.period().equals(period) && r.value().compareTo(value) == 0);
        return known ? Optional.empty() : Optional.of(addReading(user, indicatorId, period, value, source));
    }

    /**
     * A figure a document states for one of a campaign's measures: the target of an indicator
     * (set when the indicator is new) or a reading for a period.
     */
    public record ImportedFigure(
            Measure measure, String name, String unit, BigDecimal value, boolean target, String period, String source) {

        long measureId() {
            return measure.id();
        }
    }

    /**
     * The figures of an accepted document, many measures at a time: what {@link #findOrCreate}
     * and {@link #addReadingIfNew} do one by one, with one read of the measures' indicators and one
     * of their readings, JDBC batches, and one audit append. The campaign is checked once; the
     * caller hands only measures of that campaign. A closed (销号) measure takes no new indicator or
     * reading: figures it already has are left alone, a new one is refused. Returns how many
     * readings were written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int recordImported(CurrentUser user, long campaignId, List<ImportedFigure> figures) {
        campaigns.getForEditing(user, campaignId);
        if (figures.isEmpty()) {
            return 0;
        }
        Map<String, Indicator> byKey = new HashMap<>();
        indicators
                .forMeasures(figures.stream()
                        .map(ImportedFigure::measureId)
                        .distinct()
                        .toList())
                .forEach(i -> byKey.putIfAbsent(key(i.measureId(), i.name(), i.unit()), i));
        List<AuditTrail.Entry> events = new ArrayList<>();
        createMissing(campaignId, figures, byKey, events);
        Map<Long, List<Reading>> known =
                indicators.readingsOf(byKey.values().stream().map(Indicator::id).toList());
        Set<String> seen = new HashSet<>();
        known.values().forEach(rs -> rs.forEach(r -> seen.add(readingKey(r.indicatorId(), r.period(), r.value()))));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Reading> fresh = new ArrayList<>();
        for (ImportedFigure f : figures) {
            Indicator indicator = byKey.get(key(f.measureId(), f.name(), unitOf(f.unit())));
            BigDecimal value = Jdbc.plain(f.value());
            if (!f.target() && seen.add(readingKey(indicator.id(), Period.require("period", f.period()), value))) {
                f.measure().requireInput(IMPORT_FIGURES);
                fresh.add(new Reading(0, indicator.id(), f.period(), value, f.source(), null, now));
            }
        }
        List<Long> ids = indicators.insertReadings(fresh);
        for (int i = 0; i < fresh.size(); i++) {
            Reading r = fresh.get(i);
            events.add(new AuditTrail.Entry(
                    "indicator.reading",
                    "indicator",
                    r.indicatorId(),
                    null,
                    new Reading(ids.get(i), r.indicatorId(), r.period(), r.value(), r.source(), null, r.recordedAt())));
        }
        audit.recordAll(user.username(), events);
        return fresh.size();
    }

    /** The batch's indicators not there yet, created with the target a figure gives; added to {@code byKey}. */
    private void createMissing(
            long campaignId,
            List<ImportedFigure> figures,
            Map<String, Indicator> byKey,
            List<AuditTrail.Entry> events) {
        Map<String, Indicator> missing = new LinkedHashMap<>();
        for (ImportedFigure f : figures) {
            String key = key(f.measureId(), f.name(), unitOf(f.unit()));
            if (!byKey.containsKey(key)) {
                f.measure().requireInput(IMPORT_FIGURES);
                missing.putIfAbsent(
                        key,
                        new Indicator(
                                0,
                                campaignId,
                                f.measureId(),
                                f.name(),
                                unitOf(f.unit()),
                                f.target() ? Jdbc.plain(f.value()) : null,
                                null,
                                0));
            }
        }
        List<Indicator> rows = List.copyOf(missing.values());
        List<Long> ids = indicators.insertAll(rows);
        int i = 0;
        for (Map.Entry<String, Indicator> e : missing.entrySet()) {
            Indicator row = e.getValue();
            Indicator created = new Indicator(
                    ids.get(i++), campaignId, row.measureId(), row.name(), row.unit(), row.target(), null, 0);
            byKey.put(e.getKey(), created);
            events.add(new AuditTrail.Entry("indicator.create", "indicator", created.id(), null, created));
        }
    }

    private static String unitOf(String unit) {
        return unit == null ? "" : unit;
    }

    private static String key(Long measureId, String name, String unit) {
        return measureId + "\u0000" + name + "\u0000" + unit;
    }

    private static String readingKey(long indicatorId, String period, BigDecimal value) {
        return indicatorId + "\u0000" + period + "\u0000" + value.toPlainString();
    }

    /** Records a figure from an accepted progress report; the caller has checked the reviewer. */
    @Transactional
    public Reading recordFromReport(String actor, long indicatorId, String period, BigDecimal value, long reportId) {
        Indicator indicator = indicators.find(indicatorId).orElseThrow(() -> NotFoundException.of("指标", indicatorId));
        return record(actor, indicator, period, value, "进展报告 #" + reportId, reportId);
    }

    private Reading record(
            String actor, Indicator indicator, String period, BigDecimal value, String source, Long reportId) {
        Period.require("period", period);
        // The services' clock, as imports use: lag against plan follows figures by when they were recorded.
        long id = indicators.insertReading(
                indicator.id(), period, value, source, reportId, clock.instant().truncatedTo(ChronoUnit.MICROS));
        Reading reading = indicators.readings(indicator.id()).stream()
                .filter(r -> r.id() == id)
                .findFirst()
                .orElseThrow();
        audit.record(actor, "indicator.reading", "indicator", indicator.id(), null, reading);
        if (indicator.measureId() != null) {
            // A new figure can put the measure behind its plan, or catch it up.
            warnings.planChanged(indicator.measureId());
        }
        return reading;
    }

    private IndicatorView view(Indicator indicator) {
        return view(indicator, indicators.readings(indicator.id()));
    }

    private static IndicatorView view(Indicator indicator, List<Reading> readings) {
        return new IndicatorView(
                indicator, readings, indicator.completionRate(readings).orElse(null));
    }
}
