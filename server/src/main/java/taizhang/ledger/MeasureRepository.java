package taizhang.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.ledger.MeasureConditions.Reach;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.Database;
import taizhang.shared.Jdbc;
import taizhang.shared.SqlCondition;

@Repository
class MeasureRepository {

    private final JdbcClient jdbc;
    private final OrgService organisations;
    /**
     * On H2, the names it gave the primary key indexes of measure and measure_unit; null on
     * PostgreSQL. H2 is told which indexes to walk for a page; see {@link MeasureWalk}.
     */
    private final MeasureWalk.H2Keys h2Keys;

    MeasureRepository(JdbcClient jdbc, OrgService organisations, DataSource dataSource) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.h2Keys = Database.of(dataSource) == Database.H2
                ? new MeasureWalk.H2Keys(primaryKeyIndex("measure"), primaryKeyIndex("measure_unit"))
                : null;
    }

    /** The name H2 gave the table's primary key index. */
    private String primaryKeyIndex(String table) {
        return jdbc.sql("""
                select index_name from information_schema.indexes
                where table_schema = current_schema and table_name = :table and index_type_name = 'PRIMARY KEY'""").param("table", table).query(String.class).single();
    }

    Optional<Measure> find(long id) {
        return jdbc.sql("select * from measure m where m.id = :id")
                .param("id", id)
                .query((rs, n) -> measure(rs, List.of()))
                .optional()
                .map(this::withCoUnits);
    }

    /** The campaign's live (not removed) measures among these ids, with their co-units: a batch of them in two queries. */
    List<Measure> findAll(long campaignId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Measure> found = jdbc.sql(
                        "select * from measure m where m.id in (:ids) and m.campaign_id = :campaign and m.removed_at is null")
                .param("ids", ids)
                .param("campaign", campaignId)
                .query((rs, n) -> measure(rs, List.of()))
                .list();
        Map<Long, List<Long>> coUnits = coUnits(found.stream().map(Measure::id).toList());
        return found.stream()
                .map(m -> m.withCoUnits(coUnits.getOrDefault(m.id(), List.of())))
                .toList();
    }

    boolean visible(CurrentUser user, long id) {
        StringBuilder sql = new StringBuilder("select count(*) from " + MeasureWalk.byId(h2Keys) + " where m.id = :id");
        Map<String, Object> params = new HashMap<>();
        new MeasureConditions(sql, params).visibleTo(jdbc, user, null);
        return jdbc.sql(sql.toString())
                        .params(params)
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** True when the user's subtree holds the measure's lead unit or one of its co-units. */
    boolean responsible(CurrentUser user, long id) {
        Map<String, Object> params = new HashMap<>();
        String assigned = MeasureScope.of(user).assignedTo("unitOrg", "uu", params);
        return jdbc.sql("select count(*) from " + MeasureWalk.byId(h2Keys) + " where m.id = :id and " + assigned)
                        .params(params)
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** One page of the filtered ledger; the caller asks for one row more than it shows to know if there is a next page. */
    List<MeasureView> list(
            CurrentUser user, MeasureFilter filter, MeasureScope unit, MeasureSort sort, int offset, int limit) {
        return list(user, filter, unit, sort, offset, limit, conditions -> {});
    }

    /**
     * The same page with the caller's further conditions (the ledger page's section and
     * keyword in both scripts), appended to the same query so the two views cannot drift.
     */
    List<MeasureView> list(
            CurrentUser user,
            MeasureFilter filter,
            MeasureScope unit,
            MeasureSort sort,
            int offset,
            int limit,
            Consumer<MeasureConditions> more) {
        // The page's ids first, then their rows: skipping to a later page walks index entries
        // only, and the joins run for the rows shown, not for every row skipped.
        Reach reach = Reach.of(jdbc, user);
        Long unitKey = unit != null && unit.orgId() != null ? unit.orgId() : reach.unitKey(filter.campaignId());
        boolean denseRange = h2Keys != null
                && filter.problemId() == null
                && MeasureWalk.hasRange(filter)
                && holdsAtLeast(filter, MeasureWalk.DENSE_RANGE);
        MeasureWalk walk = MeasureWalk.of(h2Keys, filter, sort, unitKey, denseRange);
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        MeasureConditions conditions =
                new MeasureConditions(where, params, walk.drivingOrg()).visibleWith(reach, filter, unit);
        more.accept(conditions);
        if (walk.drivingOrg() != null) {
            params.put("drivingOrg", walk.drivingOrg());
        }
        String ids = walk.select(where.toString()) + " order by " + walk.orderBy() + " limit :limit offset :offset";
        String sql = "select m.*, p.number as problem_number, lo.name as lead_name from (" + ids + ") page"
                + " join measure m on m.id = page.id join problem p on p.id = m.problem_id"
                + " left join org_unit_view lo on lo.id = m.lead_org_id order by " + sort.orderBy();
        params.put("limit", limit);
        params.put("offset", offset);
        List<MeasureView> rows = jdbc.sql(sql)
                .params(params)
                .query((rs, n) ->
                        new MeasureView(measure(rs, List.of()), rs.getInt("problem_number"), rs.getString("lead_name")))
                .list();
        Map<Long, List<Long>> coUnits =
                coUnits(rows.stream().map(v -> v.measure().id()).toList());
        return rows.stream()
                .map(v -> new MeasureView(
                        v.measure().withCoUnits(coUnits.getOrDefault(v.measure().id(), List.of())),
                        v.problemNumber(),
                        v.leadName()))
                .toList();
    }

    /** Whether the filter's campaign and deadline range hold at least this many measures; reads no more index entries. */
    private boolean holdsAtLeast(MeasureFilter filter, int enough) {
        StringBuilder sql = new StringBuilder("select count(*) from (select 1 from measure m where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        new MeasureConditions(sql, params)
                .add(
                        new MeasureFilter(
                                filter.campaignId(),
                                null,
                                null,
                                Set.of(),
                                Set.of(),
                                Set.of(),
                                filter.deadlineFrom(),
                                filter.deadlineTo(),
                                null),
                        null);
        sql.append(" limit :enough) probe");
        return jdbc.sql(sql.toString())
                        .params(params)
                        .param("enough", enough)
                        .query(Long.class)
                        .single()
                >= enough;
    }

    long count(CurrentUser user, MeasureFilter filter, MeasureScope unit) {
        StringBuilder sql = new StringBuilder("select count(*) from measure m where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        new MeasureConditions(sql, params).visibleWith(Reach.of(jdbc, user), filter, unit);
        return jdbc.sql(sql.toString()).params(params).query(Long.class).single();
    }

    /** The same count with the caller's further conditions ({@link #list}), reading at most {@code limit} rows. */
    long countUpTo(
            CurrentUser user, MeasureFilter filter, MeasureScope unit, Consumer<MeasureConditions> more, int limit) {
        StringBuilder where = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        more.accept(new MeasureConditions(where, params).visibleWith(Reach.of(jdbc, user), filter, unit));
        return jdbc.sql("select count(*) from (select 1 from measure m where 1 = 1" + where + " limit :cap) counted")
                .params(params)
                .param("cap", limit)
                .query(Long.class)
                .single();
    }

    long insert(Measure m) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into measure (campaign_id, problem_id, ordinal, title, body, lead_org_id, responsible_leader,
                                     deadline, type, status, warning, created_at, updated_at)
                values (:campaign, :problem, :ordinal, :title, :body, :lead, :leader, :deadline, :type, :status,
                        :warning, :created, :created)""")
                .param("campaign", m.campaignId())
                .param("problem", m.problemId())
                .param("ordinal", m.ordinal())
                .param("title", m.title())
                .param("body", m.body())
                .param("lead", m.leadOrgId())
                .param("leader", m.responsibleLeader())
                .param("deadline", m.deadline())
                .param("type", m.type().name())
                .param("status", m.status().name())
                .param("warning", m.warning().name())
                .param("created", Jdbc.utc(m.createdAt()))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        replaceCoUnits(id, m);
        return id;
    }

    /** Writes every mutable field if the stored version is still the one read; false when it is not. */
    boolean update(Measure m, Instant now) {
        int updated = jdbc.sql("""
                update measure set title = :title, body = :body, lead_org_id = :lead, responsible_leader = :leader,
                       deadline = :deadline, type = :type, status = :status, warning = :warning,
                       last_accepted_at = :accepted, reopened = :reopened, original_deadline = :original,
                       updated_at = :now, version = version + 1
                where id = :id and version = :version""")
                .param("title", m.title())
                .param("body", m.body())
                .param("lead", m.leadOrgId())
                .param("leader", m.responsibleLeader())
                .param("deadline", m.deadline())
                .param("type", m.type().name())
                .param("status", m.status().name())
                .param("warning", m.warning().name())
                .param("accepted", Jdbc.utc(m.lastAcceptedAt()))
                .param("reopened", m.reopened())
                .param("original", m.originalDeadline())
                .param("now", Jdbc.utc(now))
                .param("id", m.id())
                .param("version", m.version())
                .update();
        if (updated == 1) {
            replaceCoUnits(m.id(), m);
        }
        return updated == 1;
    }

    /** Why and when the office removed the measure; empty while it is in the ledger. */
    Optional<Removal> removal(long id) {
        return jdbc.sql("select removed_at, removed_reason from measure where id = :id and removed_at is not null")
                .param("id", id)
                .query((rs, n) -> new Removal(Jdbc.instant(rs, "removed_at"), rs.getString("removed_reason")))
                .optional();
    }

    /**
     * Removes the measure (a removal) or restores it (null), if the stored version is still the one
     * read. A removed measure has no {@code measure_unit} rows, so no unit's walk of the ledger
     * meets it; a restored one gets them back from its lead and co-units.
     */
    boolean setRemoval(Measure m, Removal removal) {
        int updated = jdbc.sql("""
                update measure set removed_at = :at, removed_reason = :reason, version = version + 1
                where id = :id and version = :version""")
                .param("at", removal == null ? null : Jdbc.utc(removal.at()))
                .param("reason", removal == null ? null : removal.reason())
                .param("id", m.id())
                .param("version", m.version())
                .update();
        if (updated == 1 && removal != null) {
            jdbc.sql("delete from measure_unit where measure_id = :m")
                    .param("m", m.id())
                    .update();
        } else if (updated == 1) {
            replaceUnits(m.id(), m);
        }
        return updated == 1;
    }

    /** The problem's measures in the ledger (removedAt null), or those removed at that instant. */
    List<Measure> ofProblem(long problemId, Instant removedAt) {
        List<Measure> found = jdbc.sql("select * from measure m where m.problem_id = :p and "
                        + (removedAt == null ? Removal.live("m") : "m.removed_at = :at") + " order by m.ordinal, m.id")
                .param("p", problemId)
                .param("at", Jdbc.utc(removedAt))
                .query((rs, n) -> measure(rs, List.of()))
                .list();
        Map<Long, List<Long>> coUnits = coUnits(found.stream().map(Measure::id).toList());
        return found.stream()
                .map(m -> m.withCoUnits(coUnits.getOrDefault(m.id(), List.of())))
                .toList();
    }

    /** The campaign's removed measures, latest removal first, with their 编号 and reason. */
    List<RemovedMeasure> removed(long campaignId, int limit) {
        return jdbc.sql("""
                select m.id, p.number, m.ordinal, m.title, m.version, m.removed_at, m.removed_reason,
                       case when p.removed_at is null then 0 else 1 end as problem_removed
                from measure m join problem p on p.id = m.problem_id
                where m.campaign_id = :c and m.removed_at is not null order by m.removed_at desc, m.id limit :limit""")
                .param("c", campaignId)
                .param("limit", limit)
                .query((rs, n) -> new RemovedMeasure(
                        rs.getLong("id"),
                        rs.getInt("number") + "-" + rs.getInt("ordinal"),
                        rs.getString("title"),
                        rs.getInt("version"),
                        new Removal(Jdbc.instant(rs, "removed_at"), rs.getString("removed_reason")),
                        rs.getInt("problem_removed") == 1))
                .list();
    }

    /** Holds the measure's row until the transaction ends, so two filings for it cannot cross. */
    void lock(long id) {
        jdbc.sql("select id from measure where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    int nextOrdinal(long problemId) {
        return jdbc.sql("select coalesce(max(ordinal), 0) + 1 from measure where problem_id = :p")
                .param("p", problemId)
                .query(Integer.class)
                .single();
    }

    boolean hasAcceptedReport(long measureId) {
        return jdbc.sql("select count(*) from progress_report_view where measure_id = :m and status = 'ACCEPTED'")
                        .param("m", measureId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Sets the stored warning where the rules now give another; no version bump (nobody edited). */
    int updateWarning(long id, WarningLevel level) {
        return jdbc.sql("update measure set warning = :w where id = :id and warning <> :w")
                .param("w", level.name())
                .param("id", id)
                .update();
    }

    List<Measure> unfinishedAfter(long afterId, int limit) {
        SqlCondition finished = MeasureStatus.finishedSql("m.status");
        return jdbc.sql("select * from measure m where m.id > :after and not (" + finished.sql() + ") and "
                        + Removal.live("m") + " order by m.id limit :limit")
                .params(finished.params())
                .param("after", afterId)
                .param("limit", limit)
                .query((rs, n) -> measure(rs, List.of()))
                .list();
    }

    private void replaceCoUnits(long measureId, Measure m) {
        jdbc.sql("delete from measure_co_unit where measure_id = :m")
                .param("m", measureId)
                .update();
        for (Long org : m.coUnitIds()) {
            jdbc.sql("insert into measure_co_unit (measure_id, org_id) values (:m, :o)")
                    .param("m", measureId)
                    .param("o", org)
                    .update();
        }
        replaceUnits(measureId, m);
    }

    /**
     * Rewrites the measure's {@code measure_unit} rows from its lead and co-units (see migration
     * V30), by the rule the batch writers use ({@link UnitAncestors}), from the units' own paths.
     */
    private void replaceUnits(long measureId, Measure m) {
        jdbc.sql("delete from measure_unit where measure_id = :m")
                .param("m", measureId)
                .update();
        List<Organisation> assigned = new ArrayList<>();
        if (m.leadOrgId() != null) {
            organisations.find(m.leadOrgId()).ifPresent(assigned::add);
        }
        m.coUnitIds().forEach(org -> organisations.find(org).ifPresent(assigned::add));
        for (Long org : UnitAncestors.of(assigned).of(m.leadOrgId(), m.coUnitIds())) {
            jdbc.sql("""
                    insert into measure_unit (org_id, measure_id, campaign_id, problem_id, ordinal)
                    values (:org, :m, :campaign, :problem, :ordinal)""")
                    .param("org", org)
                    .param("m", measureId)
                    .param("campaign", m.campaignId())
                    .param("problem", m.problemId())
                    .param("ordinal", m.ordinal())
                    .update();
        }
    }

    private Map<Long, List<Long>> coUnits(List<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("select measure_id, org_id from measure_co_unit where measure_id in (:ids) order by org_id")
                .param("ids", measureIds)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(ArrayList::new))));
    }

    private Measure withCoUnits(Measure m) {
        return m.withCoUnits(coUnits(List.of(m.id())).getOrDefault(m.id(), List.of()));
    }

    private static Measure measure(ResultSet rs, List<Long> coUnits) throws SQLException {
        return new Measure(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getLong("problem_id"),
                rs.getInt("ordinal"),
                rs.getString("title"),
                rs.getString("body"),
                Jdbc.nullableLong(rs, "lead_org_id"),
                coUnits,
                rs.getString("responsible_leader"),
                Jdbc.date(rs, "deadline"),
                MeasureType.valueOf(rs.getString("type")),
                MeasureStatus.valueOf(rs.getString("status")),
                WarningLevel.valueOf(rs.getString("warning")),
                Jdbc.instant(rs, "last_accepted_at"),
                Jdbc.instant(rs, "created_at"),
                rs.getInt("version"),
                rs.getInt("reopened"),
                Jdbc.date(rs, "original_deadline"),
                Jdbc.instant(rs, "unsigned_since"));
    }
}
