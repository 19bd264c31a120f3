package taizhang.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;
import taizhang.shared.SqlCondition;

/** What other features may ask of the ledger's tables directly; the rest they read through its views (V62). */
@Repository
public class LedgerQueries {

    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    LedgerQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Changes whenever a measure is edited or a campaign added: the latest measure edit and the
     * latest campaign, each read from the end of an index (through a view H2 would scan the table).
     */
    public String changeMark() {
        return jdbc.sql("select (select max(updated_at) from measure), (select max(id) from campaign)")
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2))
                .single();
    }

    /**
     * The last id of the campaign's baseline, the measures the import that founded its ledger wrote
     * (V138); 0 when its ledger was not founded by an import.
     */
    public long baselineThrough(long campaignId) {
        Long last = jdbc.sql("select baseline_measure_id from campaign where id = :c")
                .param("c", campaignId)
                .query((rs, n) -> Jdbc.nullableLong(rs, "baseline_measure_id"))
                .optional()
                .orElse(null);
        return last == null ? 0 : last;
    }

    /**
     * How a measure is named beside other features' rows: its 编号 (problem number and ordinal),
     * title and lead unit.
     */
    public record MeasureLabel(long id, long campaignId, int problemNumber, int ordinal, String title, Long leadOrgId) {

        public String code() {
            return problemNumber + "-" + ordinal;
        }
    }

    /**
     * The campaign's measures (removed ones left out) with this 编号, the problem's number and the
     * measure's: usually one, several when an import repeated a problem number.
     */
    public List<MeasureLabel> byCode(long campaignId, int problemNumber, int ordinal) {
        return jdbc.sql("""
                        select m.id, m.campaign_id, p.number, m.ordinal, m.title, m.lead_org_id from measure m
                        join problem p on p.id = m.problem_id
                        where m.campaign_id = :campaign and p.number = :problem and m.ordinal = :ordinal
                          and m.removed_at is null order by m.id""")
                .param("campaign", campaignId)
                .param("problem", problemNumber)
                .param("ordinal", ordinal)
                .query((rs, n) -> label(rs))
                .list();
    }

    /** The labels of these measures by id, a thousand ids a query; unknown ids are left out. */
    public Map<Long, MeasureLabel> labels(Collection<Long> measureIds) {
        return labels(measureIds, "1 = 1", Map.of());
    }

    /** The labels of these measures in the order given; unknown ids are left out. */
    public List<MeasureLabel> labelsInOrder(List<Long> measureIds) {
        Map<Long, MeasureLabel> labels = labels(measureIds);
        return measureIds.stream().map(labels::get).filter(Objects::nonNull).toList();
    }

    /**
     * The labels of those of these measures that belong to the campaign and, for {@code scopeOrg}
     * not null, are assigned within its subtree ({@link AssignedUnits}).
     */
    public Map<Long, MeasureLabel> labelsInScope(long campaignId, Long scopeOrg, Collection<Long> measureIds) {
        Map<String, Object> params = new HashMap<>();
        params.put("campaign", campaignId);
        String condition = "m.campaign_id = :campaign";
        if (scopeOrg != null) {
            SqlCondition assigned = AssignedUnits.within(scopeOrg, "m.id");
            condition += " and " + assigned.sql();
            params.putAll(assigned.params());
        }
        return labels(measureIds, condition, params);
    }

    private Map<Long, MeasureLabel> labels(Collection<Long> measureIds, String condition, Map<String, ?> params) {
        Map<Long, MeasureLabel> labels = new HashMap<>();
        List<Long> ids = new ArrayList<>(new LinkedHashSet<>(measureIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("""
                    select m.id, m.campaign_id, p.number, m.ordinal, m.title, m.lead_org_id from measure m
                    join problem p on p.id = m.problem_id where m.id in (:ids) and\s""" + condition)
                    .params(params)
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(rs -> {
                        labels.put(rs.getLong(1), label(rs));
                    });
        }
        return labels;
    }

    private static MeasureLabel label(ResultSet rs) throws SQLException {
        return new MeasureLabel(
                rs.getLong(1),
                rs.getLong(2),
                rs.getInt(3),
                rs.getInt(4),
                rs.getString(5),
                Jdbc.nullableLong(rs, "lead_org_id"));
    }
}
