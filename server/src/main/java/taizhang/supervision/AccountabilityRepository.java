package taizhang.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/** The accountability register and its links to measures and supervision items. */
@Repository
class AccountabilityRepository {

    private final JdbcClient jdbc;

    AccountabilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(AccountabilityAction a) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into accountability_action (campaign_id, org_id, person_name, person_post, kind, decided_on,
                        decided_by, document_no, description, recorded_by, recorder_id, recorded_at)
                values (:campaign, :org, :person, :post, :kind, :decidedOn, :decidedBy, :doc, :description, :by,
                        :recorder, :at)""")
                .param("campaign", a.campaignId())
                .param("org", a.orgId())
                .param("person", a.personName())
                .param("post", a.personPost())
                .param("kind", a.kind().name())
                .param("decidedOn", a.decidedOn())
                .param("decidedBy", a.decidedBy())
                .param("doc", a.documentNo())
                .param("description", a.description())
                .param("by", a.recordedBy())
                .param("recorder", a.recorderId())
                .param("at", Jdbc.utc(a.recordedAt()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        links(id, a);
        return id;
    }

    boolean update(AccountabilityAction a) {
        boolean updated = jdbc.sql("""
                        update accountability_action set person_name = :person, person_post = :post, kind = :kind,
                               decided_on = :decidedOn, decided_by = :decidedBy, document_no = :doc,
                               description = :description, version = version + 1
                        where id = :id and version = :version""")
                        .param("person", a.personName())
                        .param("post", a.personPost())
                        .param("kind", a.kind().name())
                        .param("decidedOn", a.decidedOn())
                        .param("decidedBy", a.decidedBy())
                        .param("doc", a.documentNo())
                        .param("description", a.description())
                        .param("id", a.id())
                        .param("version", a.version())
                        .update()
                > 0;
        if (updated) {
            jdbc.sql("delete from accountability_measure where action_id = :id")
                    .param("id", a.id())
                    .update();
            jdbc.sql("delete from accountability_item where action_id = :id")
                    .param("id", a.id())
                    .update();
            links(a.id(), a);
        }
        return updated;
    }

    private void links(long id, AccountabilityAction a) {
        for (long measure : a.measureIds().stream().distinct().toList()) {
            jdbc.sql("insert into accountability_measure (action_id, measure_id) values (:a, :m)")
                    .param("a", id)
                    .param("m", measure)
                    .update();
        }
        for (long item : a.itemIds().stream().distinct().toList()) {
            jdbc.sql("insert into accountability_item (action_id, item_id) values (:a, :i)")
                    .param("a", id)
                    .param("i", item)
                    .update();
        }
    }

    Optional<AccountabilityAction> find(long id) {
        return list("a.id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** A campaign's register within the scope (see {@link ListScope}), newest decision first. */
    List<AccountabilityAction> inCampaign(long campaignId, List<String> subtrees, long reader) {
        Map<String, Object> params = new HashMap<>();
        params.put("c", campaignId);
        return list("a.campaign_id = :c and " + ListScope.condition("a", subtrees, reader, params), params);
    }

    /** The register entries that name this supervision item. */
    List<AccountabilityAction> forItem(long itemId) {
        return list(
                "a.id in (select ai.action_id from accountability_item ai where ai.item_id = :i)", Map.of("i", itemId));
    }

    /** Actions per unit of the campaign, within the scope (see {@link ListScope}). */
    Map<Long, Integer> countsByUnit(long campaignId, List<String> subtrees, long reader) {
        Map<String, Object> params = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("select a.org_id, count(*) from accountability_action a where a.campaign_id = :c and "
                        + ListScope.condition("a", subtrees, reader, params) + " group by a.org_id")
                .params(params)
                .param("c", campaignId)
                .query(rs -> {
                    counts.put(rs.getLong(1), rs.getInt(2));
                });
        return counts;
    }

    /** Actions per unit, decided within the days (both included). */
    Map<Long, Integer> perUnit(long campaignId, LocalDate from, LocalDate to) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.sql("""
                select org_id, count(*) from accountability_action
                where campaign_id = :c and decided_on between :from and :to group by org_id""").param("c", campaignId).param("from", from).param("to", to).query(rs -> {
            counts.put(rs.getLong(1), rs.getInt(2));
        });
        return counts;
    }

    private List<AccountabilityAction> list(String condition, Map<String, Object> params) {
        List<AccountabilityAction> rows = jdbc.sql("select * from accountability_action a where " + condition
                        + " order by a.decided_on desc, a.id desc")
                .params(params)
                .query(AccountabilityRepository::action)
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        List<Long> ids = rows.stream().map(AccountabilityAction::id).toList();
        Map<Long, List<Long>> measures = linked("select action_id, measure_id from accountability_measure", ids);
        Map<Long, List<Long>> items = linked("select action_id, item_id from accountability_item", ids);
        return rows.stream()
                .map(a -> new AccountabilityAction(
                        a.id(),
                        a.campaignId(),
                        a.orgId(),
                        a.personName(),
                        a.personPost(),
                        a.kind(),
                        a.decidedOn(),
                        a.decidedBy(),
                        a.documentNo(),
                        a.description(),
                        measures.getOrDefault(a.id(), List.of()),
                        items.getOrDefault(a.id(), List.of()),
                        a.recordedBy(),
                        a.recorderId(),
                        a.recordedAt(),
                        a.version()))
                .toList();
    }

    private Map<Long, List<Long>> linked(String select, List<Long> ids) {
        Map<Long, List<Long>> linked = new HashMap<>();
        jdbc.sql(select + " where action_id in (:ids) order by 2")
                .param("ids", ids)
                .query(rs -> {
                    linked.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getLong(2));
                });
        return linked;
    }

    private static AccountabilityAction action(ResultSet rs, int n) throws SQLException {
        return new AccountabilityAction(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getLong("org_id"),
                rs.getString("person_name"),
                rs.getString("person_post"),
                AccountabilityKind.valueOf(rs.getString("kind")),
                Jdbc.date(rs, "decided_on"),
                rs.getString("decided_by"),
                rs.getString("document_no"),
                rs.getString("description"),
                List.of(),
                List.of(),
                rs.getString("recorded_by"),
                rs.getLong("recorder_id"),
                Jdbc.instant(rs, "recorded_at"),
                rs.getInt("version"));
    }
}
