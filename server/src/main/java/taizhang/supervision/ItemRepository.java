package taizhang.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/** The supervision items and their links to measures. */
@Repository
class ItemRepository {

    private final JdbcClient jdbc;

    ItemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(SupervisionItem item) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into supervision_item (campaign_id, org_id, method, checked_on, findings, recorded_by,
                                              recorder_id, recorded_at)
                values (:campaign, :org, :method, :checked, :findings, :by, :recorder, :at)""")
                .param("campaign", item.campaignId())
                .param("org", item.orgId())
                .param("method", item.method().name())
                .param("checked", item.checkedOn())
                .param("findings", item.findings())
                .param("by", item.recordedBy())
                .param("recorder", item.recorderId())
                .param("at", Jdbc.utc(item.recordedAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<SupervisionItem> find(long id) {
        return jdbc.sql("select * from supervision_item where id = :id")
                .param("id", id)
                .query(ItemRepository::item)
                .optional();
    }

    boolean update(SupervisionItem item) {
        return jdbc.sql("""
                        update supervision_item set method = :method, checked_on = :checked, findings = :findings,
                               version = version + 1
                        where id = :id and version = :version""")
                        .param("method", item.method().name())
                        .param("checked", item.checkedOn())
                        .param("findings", item.findings())
                        .param("id", item.id())
                        .param("version", item.version())
                        .update()
                > 0;
    }

    void link(long itemId, long measureId, ItemLink link, Instant at) {
        jdbc.sql("""
                insert into supervision_item_measure (item_id, measure_id, link, linked_at)
                select :item, :measure, :link, :at from (values (1)) one
                where not exists (select 1 from supervision_item_measure
                                  where item_id = :item and measure_id = :measure and link = :link)""")
                .param("item", itemId)
                .param("measure", measureId)
                .param("link", link.name())
                .param("at", Jdbc.utc(at))
                .update();
    }

    /** Each item's linked measures, in the order they were linked. */
    Map<Long, List<MeasureLink>> links(Collection<Long> itemIds) {
        Map<Long, List<MeasureLink>> links = new HashMap<>();
        if (itemIds.isEmpty()) {
            return links;
        }
        jdbc.sql("""
                select item_id, measure_id, link from supervision_item_measure
                where item_id in (:items) order by linked_at, measure_id""").param("items", itemIds).query(rs -> {
            links.computeIfAbsent(rs.getLong("item_id"), k -> new java.util.ArrayList<>())
                    .add(new MeasureLink(rs.getLong("measure_id"), ItemLink.valueOf(rs.getString("link"))));
        });
        return links;
    }

    /** The items linked to a measure, newest first, with how each is linked. */
    List<SupervisionItem> forMeasure(long measureId) {
        return jdbc.sql("""
                select * from supervision_item i where i.id in
                    (select l.item_id from supervision_item_measure l where l.measure_id = :m)
                order by i.checked_on desc, i.id desc""").param("m", measureId).query(ItemRepository::item).list();
    }

    /** A campaign's items within the scope (see {@link ListScope}), optionally of one unit's subtree, newest first. */
    List<SupervisionItem> inCampaign(long campaignId, String unitPath, List<String> subtrees, long reader, int limit) {
        Map<String, Object> params = new HashMap<>();
        String sql = "select * from supervision_item i where i.campaign_id = :c and "
                + ListScope.condition("i", subtrees, reader, params)
                + unitCondition(unitPath, params)
                + " order by i.checked_on desc, i.id desc limit :limit";
        return jdbc.sql(sql)
                .params(params)
                .param("c", campaignId)
                .param("limit", limit)
                .query(ItemRepository::item)
                .list();
    }

    /** Per unit of the campaign (within the scope): items, items with findings, findings fed back as measures. */
    Map<Long, UnitCount> countsByUnit(long campaignId, List<String> subtrees, long reader) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                select i.org_id, count(distinct i.id) as items,
                       count(distinct case when i.findings is not null then i.id end) as findings,
                       count(distinct case when l.link = 'CREATED' then l.measure_id end) as created,
                       count(distinct case when l.link = 'RETURNED' then l.measure_id end) as returned
                from supervision_item i left join supervision_item_measure l on l.item_id = i.id
                where i.campaign_id = :c and\s""" + ListScope.condition("i", subtrees, reader, params) + " group by i.org_id";
        Map<Long, UnitCount> counts = new LinkedHashMap<>();
        jdbc.sql(sql).params(params).param("c", campaignId).query(rs -> {
            counts.put(
                    rs.getLong("org_id"),
                    new UnitCount(
                            rs.getInt("items"), rs.getInt("findings"), rs.getInt("created"), rs.getInt("returned")));
        });
        return counts;
    }

    /** Items with findings per unit, checked within the days (both included). */
    Map<Long, Integer> findingsPerUnit(long campaignId, LocalDate from, LocalDate to) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                select org_id, count(*) from supervision_item
                where campaign_id = :c and findings is not null and checked_on between :from and :to
                group by org_id""").param("c", campaignId).param("from", from).param("to", to).query(rs -> {
            counts.put(rs.getLong(1), rs.getInt(2));
        });
        return counts;
    }

    private static String unitCondition(String unitPath, Map<String, Object> params) {
        if (unitPath == null) {
            return "";
        }
        params.put("unitPath", unitPath + "%");
        return " and exists (select 1 from org_unit_view uo where uo.id = i.org_id and uo.path like :unitPath)";
    }

    private static SupervisionItem item(ResultSet rs, int n) throws SQLException {
        return new SupervisionItem(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getLong("org_id"),
                SupervisionMethod.valueOf(rs.getString("method")),
                Jdbc.date(rs, "checked_on"),
                rs.getString("findings"),
                rs.getString("recorded_by"),
                rs.getLong("recorder_id"),
                Jdbc.instant(rs, "recorded_at"),
                rs.getInt("version"));
    }

    /** A measure linked to an item, and how. */
    record MeasureLink(long measureId, ItemLink link) {}

    /** A unit's supervision in a campaign: items, those with findings, measures fed back and returned. */
    record UnitCount(int items, int findings, int created, int returned) {}
}
