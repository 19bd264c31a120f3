package taizhang.ledger;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/** 分层建账's links from sub-measures to the measures they were split from. */
@Repository
class SubMeasureRepository {

    private final JdbcClient jdbc;

    SubMeasureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SubMeasureLink link, String by, Instant at) {
        jdbc.sql("""
                insert into measure_split (measure_id, parent_id, keeper_org_id, split_by, split_at)
                values (:measure, :parent, :keeper, :by, :at)""")
                .param("measure", link.measureId())
                .param("parent", link.parentId())
                .param("keeper", link.keeperOrgId())
                .param("by", by)
                .param("at", Jdbc.utc(at))
                .update();
    }

    Optional<SubMeasureLink> find(long measureId) {
        return jdbc.sql("select measure_id, parent_id, keeper_org_id from measure_split where measure_id = :m")
                .param("m", measureId)
                .query(SubMeasureLink.class)
                .optional();
    }

    /** The links of those of these measures that are sub-measures, by measure id: one query for a list. */
    Map<Long, SubMeasureLink> findAll(Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select measure_id, parent_id, keeper_org_id from measure_split where measure_id in (:ids)")
                .param("ids", measureIds)
                .query(SubMeasureLink.class)
                .list()
                .stream()
                .collect(Collectors.toMap(SubMeasureLink::measureId, l -> l));
    }

    /** The sub-measures of these parents with their statuses, by parent: one query for a batch. */
    Map<Long, List<RollUp.Part>> partsOf(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                select s.parent_id, m.id, m.status from measure_split s join measure m on m.id = s.measure_id
                where s.parent_id in (:parents) order by m.id""")
                .param("parents", parentIds)
                .query((rs, n) -> Map.entry(
                        rs.getLong("parent_id"),
                        new RollUp.Part(rs.getLong("id"), MeasureStatus.valueOf(rs.getString("status")))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The parent's sub-measures with their statuses, in the order they were split off. */
    List<RollUp.Part> parts(long parentId) {
        return jdbc.sql("""
                select m.id, m.status from measure_split s join measure m on m.id = s.measure_id
                where s.parent_id = :parent order by m.id""")
                .param("parent", parentId)
                .query((rs, n) -> new RollUp.Part(rs.getLong("id"), MeasureStatus.valueOf(rs.getString("status"))))
                .list();
    }
}
