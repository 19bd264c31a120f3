package taizhang.indicator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/** Indicators' plans and their planned shares. */
@Repository
class PlanRepository {

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<IndicatorPlan> find(long indicatorId) {
        return plans("p.indicator_id = :id", Map.of("id", indicatorId)).stream().findFirst();
    }

    /** The plans of the campaign's indicators that belong to a measure. */
    List<IndicatorPlan> forCampaign(long campaignId) {
        return plans("i.campaign_id = :c and i.measure_id is not null", Map.of("c", campaignId));
    }

    List<IndicatorPlan> forIndicators(List<Long> ids) {
        return ids.isEmpty() ? List.of() : plans("p.indicator_id in (:ids)", Map.of("ids", ids));
    }

    List<IndicatorPlan> forMeasure(long measureId) {
        return plans("i.measure_id = :m", Map.of("m", measureId));
    }

    private List<IndicatorPlan> plans(String where, Map<String, Object> params) {
        Map<Long, List<IndicatorPlan.Share>> shares = new HashMap<>();
        jdbc.sql("select s.* from indicator_plan_share s join indicator i on i.id = s.indicator_id"
                        + " join indicator_plan p on p.indicator_id = s.indicator_id where " + where)
                .params(params)
                .query(rs -> {
                    shares.computeIfAbsent(rs.getLong("indicator_id"), k -> new ArrayList<>())
                            .add(new IndicatorPlan.Share(rs.getString("period"), Jdbc.decimal(rs, "percent")));
                });
        return jdbc.sql("select p.* from indicator_plan p join indicator i on i.id = p.indicator_id where " + where
                        + " order by p.indicator_id")
                .params(params)
                .query((rs, n) -> new IndicatorPlan(
                        rs.getLong("indicator_id"),
                        Jdbc.date(rs, "starts_on"),
                        Jdbc.date(rs, "target_date"),
                        shares.getOrDefault(rs.getLong("indicator_id"), List.of())))
                .list();
    }

    void replace(IndicatorPlan plan, String by, Instant at) {
        delete(plan.indicatorId());
        jdbc.sql("""
                insert into indicator_plan (indicator_id, starts_on, target_date, updated_by, updated_at)
                values (:i, :starts, :target, :by, :at)""")
                .param("i", plan.indicatorId())
                .param("starts", plan.startsOn())
                .param("target", plan.targetDate())
                .param("by", by)
                .param("at", Jdbc.utc(at))
                .update();
        for (IndicatorPlan.Share s : plan.shares()) {
            jdbc.sql("insert into indicator_plan_share (indicator_id, period, percent) values (:i, :p, :v)")
                    .param("i", plan.indicatorId())
                    .param("p", s.period())
                    .param("v", s.percent())
                    .update();
        }
    }

    boolean delete(long indicatorId) {
        return jdbc.sql("delete from indicator_plan where indicator_id = :i")
                        .param("i", indicatorId)
                        .update()
                > 0;
    }
}
