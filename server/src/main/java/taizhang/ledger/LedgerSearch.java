package taizhang.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.CurrentUser;
import taizhang.shared.Jdbc;

/**
 * The ledger page's query. It shares the measure list's visibility rule and filter conditions
 * ({@link MeasureRepository#VISIBLE_MEASURE}, {@link MeasureConditions}) and adds what the page
 * needs beyond them: the section filter, the keyword in both scripts, and the co-units' names.
 */
@Repository
class LedgerSearch {

    /** The measure list's unit condition: led by or co-assigned to the chosen unit's subtree. */
    private static final String UNIT_SCOPE = """
            (exists (select 1 from organisation ul where ul.id = m.lead_org_id and ul.path like :unitScope)
             or exists (select 1 from measure_co_unit ucu join organisation uco on uco.id = ucu.org_id
                        where ucu.measure_id = m.id and uco.path like :unitScope))""";

    private record Found(Measure measure, int problemNumber, String lead) {
    }

    private final JdbcClient jdbc;

    LedgerSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page, fetching one row more than asked so the caller knows whether there is a next page. */
    List<LedgerRow> page(CurrentUser user, LedgerCriteria criteria, String unitScope, LocalDate today) {
        StringBuilder sql = new StringBuilder("""
                select m.*, p.number as problem_number, lo.name as lead_name
                from measure m join problem p on p.id = m.problem_id
                left join organisation lo on lo.id = m.lead_org_id
                where """);
        Map<String, Object> params = where(sql, user, criteria, unitScope, today);
        sql.append(" order by ").append(MeasureSort.parse(criteria.sort()).orderBy())
                .append(" limit :limit offset :offset");
        params.put("limit", criteria.size() + 1);
        params.put("offset", criteria.page() * criteria.size());
        List<Found> rows = jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Found(measure(rs), rs.getInt("problem_number"), rs.getString("lead_name")))
                .list();
        Map<Long, List<String>> coUnits = coUnitNames(rows.stream().map(r -> r.measure().id()).toList());
        return rows.stream().map(r -> {
            Measure m = r.measure();
            boolean overdue = m.deadline() != null && m.deadline().isBefore(today) && !m.status().isFinished();
            return new LedgerRow(m, r.problemNumber(), r.lead(), coUnits.getOrDefault(m.id(), List.of()), overdue);
        }).toList();
    }

    private static Map<String, Object> where(StringBuilder sql, CurrentUser user, LedgerCriteria criteria,
            String unitScope, LocalDate today) {
        sql.append(MeasureRepository.VISIBLE_MEASURE);
        Map<String, Object> params = new HashMap<>();
        params.put("scope", user.subtreePattern());
        new MeasureConditions(sql, params).add(criteria.filter(today), unitScope, UNIT_SCOPE);
        if (criteria.section() != null) {
            sql.append(" and m.problem_id in (select sp.id from problem sp where sp.section_id = :section)");
            params.put("section", criteria.section());
        }
        if (criteria.q() != null) {
            List<String> forms = KeywordForms.of(criteria.q());
            StringBuilder any = new StringBuilder();
            for (int i = 0; i < forms.size(); i++) {
                any.append(i == 0 ? "" : " or ").append("m.title like :kw").append(i).append(" escape '\\'")
                        .append(" or m.body like :kw").append(i).append(" escape '\\'");
                params.put("kw" + i, "%" + escapeLike(forms.get(i)) + "%");
            }
            sql.append(" and (").append(any).append(')');
        }
        return params;
    }

    private Map<Long, List<String>> coUnitNames(List<Long> measureIds) {
        Map<Long, List<String>> names = new LinkedHashMap<>();
        if (measureIds.isEmpty()) {
            return names;
        }
        jdbc.sql("""
                select cu.measure_id, o.name from measure_co_unit cu join organisation o on o.id = cu.org_id
                where cu.measure_id in (:ids) order by o.path""")
                .param("ids", measureIds)
                .query(rs -> {
                    names.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return names;
    }

    /** A typed keyword is matched literally: its % and _ are not wildcards. */
    private static String escapeLike(String keyword) {
        return keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Measure measure(ResultSet rs) throws SQLException {
        return new Measure(rs.getLong("id"), rs.getLong("campaign_id"), rs.getLong("problem_id"),
                rs.getInt("ordinal"), rs.getString("title"), rs.getString("body"),
                Jdbc.nullableLong(rs, "lead_org_id"), List.of(), rs.getString("responsible_leader"),
                Jdbc.date(rs, "deadline"), MeasureType.valueOf(rs.getString("type")),
                MeasureStatus.valueOf(rs.getString("status")), WarningLevel.valueOf(rs.getString("warning")),
                Jdbc.instant(rs, "last_accepted_at"), Jdbc.instant(rs, "created_at"), rs.getInt("version"));
    }
}
