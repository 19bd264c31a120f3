package taizhang.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.CurrentUser;

/**
 * The ledger page's query: the measure list's own query ({@link MeasureRepository#list}), with
 * the page's section filter and the keyword in both scripts appended to its conditions, and
 * the co-units' names and open text defects (文字疑点) for the rows shown.
 */
@Repository
class LedgerSearch {

    private final MeasureRepository measures;
    private final JdbcClient jdbc;

    LedgerSearch(MeasureRepository measures, JdbcClient jdbc) {
        this.measures = measures;
        this.jdbc = jdbc;
    }

    /** One page, fetching one row more than asked so the caller knows whether there is a next page. */
    List<LedgerRow> page(CurrentUser user, LedgerCriteria criteria, MeasureScope unit, LocalDate today) {
        List<MeasureView> rows = measures.list(
                user,
                criteria.filter(today),
                unit,
                MeasureSort.parse(criteria.sort()),
                criteria.offset(),
                criteria.size() + 1,
                more(criteria));
        List<Long> ids = rows.stream().map(r -> r.measure().id()).toList();
        Map<Long, List<String>> coUnits = coUnitNames(ids);
        Set<Long> flagged = withOpenTextDefects(ids);
        return rows.stream()
                .map(r -> {
                    Measure m = r.measure();
                    return new LedgerRow(
                            m,
                            r.problemNumber(),
                            r.leadName(),
                            coUnits.getOrDefault(m.id(), List.of()),
                            Overdue.is(m.status(), m.deadline(), today),
                            flagged.contains(m.id()));
                })
                .toList();
    }

    /**
     * How many measures the view holds, counted up to {@code cap} and no further: at a million
     * measures an exact count would cost the page more than its rows.
     */
    LedgerPage.Total total(CurrentUser user, LedgerCriteria criteria, MeasureScope unit, LocalDate today, int cap) {
        long counted = measures.countUpTo(user, criteria.filter(today), unit, more(criteria), cap + 1);
        return new LedgerPage.Total(Math.min(counted, cap), counted > cap);
    }

    /** The page's own conditions: its section, and the keyword in both scripts. */
    private static Consumer<MeasureConditions> more(LedgerCriteria criteria) {
        List<String> keyword = criteria.q() == null ? List.of() : KeywordForms.of(criteria.q());
        return conditions -> conditions.inSection(criteria.section()).containingAny(keyword);
    }

    /** Which of these measures have an open text defect, by the filter's own condition. */
    private Set<Long> withOpenTextDefects(List<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                jdbc.sql("select m.id from measure m where m.id in (:ids) and " + MeasureConditions.OPEN_TEXT_DEFECT)
                        .param("ids", measureIds)
                        .query(Long.class)
                        .list());
    }

    private Map<Long, List<String>> coUnitNames(List<Long> measureIds) {
        Map<Long, List<String>> names = new LinkedHashMap<>();
        if (measureIds.isEmpty()) {
            return names;
        }
        jdbc.sql("""
                select cu.measure_id, o.name from measure_co_unit cu join org_unit_view o on o.id = cu.org_id
                where cu.measure_id in (:ids) order by o.path""").param("ids", measureIds).query(rs -> {
            names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
        });
        return names;
    }
}
