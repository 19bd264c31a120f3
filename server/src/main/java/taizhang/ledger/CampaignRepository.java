package taizhang.ledger;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.shared.CurrentUser;
import taizhang.shared.Jdbc;

/** Campaigns, their sections and problems. */
@Repository
class CampaignRepository {

    private static final RowMapper<Campaign> CAMPAIGN = (rs, n) -> new Campaign(
            rs.getLong("id"),
            rs.getString("name"),
            rs.getString("source"),
            rs.getLong("owner_org_id"),
            (Integer) rs.getObject("report_year", Integer.class),
            Jdbc.date(rs, "starts_on"),
            Jdbc.date(rs, "ends_on"),
            rs.getInt("version"),
            Jdbc.instant(rs, "archived_at"));
    private static final RowMapper<Section> SECTION = (rs, n) -> new Section(
            rs.getLong("id"),
            rs.getLong("campaign_id"),
            rs.getString("label"),
            rs.getString("title"),
            rs.getInt("position"));
    private static final RowMapper<Problem> PROBLEM = (rs, n) -> new Problem(
            rs.getLong("id"),
            rs.getLong("campaign_id"),
            Jdbc.nullableLong(rs, "section_id"),
            rs.getInt("number"),
            rs.getString("title"),
            rs.getString("description"),
            rs.getString("source_ref"),
            rs.getInt("version"),
            removal(rs));

    /**
     * A campaign is visible to the users of its owner's subtree, and to those above or below the
     * owner: a region's campaign concerns every unit in the region, a city's campaign no other city.
     * A supervisor sees it as the units it supervises would ({@link SupervisedUnits}).
     */
    private static final String VISIBLE_CAMPAIGN = """
            exists (select 1 from org_unit_view o where o.id = c.owner_org_id
                    and (o.path like :scope or :userPath like o.path || '%'
                         or exists (select 1 from org_unit_view so where so.id in (:supervised)
                                    and (so.path like o.path || '%' or o.path like so.path || '%'))))""";

    private final JdbcClient jdbc;
    private final Clock clock;

    CampaignRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Campaign> find(CurrentUser user, long id) {
        return jdbc.sql("select * from campaign c where c.id = :id and " + VISIBLE_CAMPAIGN)
                .param("id", id)
                .param("scope", user.subtreePattern())
                .param("userPath", user.organisationPath())
                .param("supervised", supervised(user))
                .query(CAMPAIGN)
                .optional();
    }

    /** The campaigns the user sees, newest first; archived ones only when asked for. */
    List<Campaign> visible(CurrentUser user, boolean withArchived) {
        return jdbc.sql("select * from campaign c where " + VISIBLE_CAMPAIGN
                        + (withArchived ? "" : " and c.archived_at is null") + " order by c.id desc")
                .param("scope", user.subtreePattern())
                .param("userPath", user.organisationPath())
                .param("supervised", supervised(user))
                .query(CAMPAIGN)
                .list();
    }

    List<Long> supervisedUnits(CurrentUser user) {
        return SupervisedUnits.of(jdbc, user);
    }

    /** The supervised units, or an id no organisation has: an empty list cannot be bound to {@code in}. */
    private List<Long> supervised(CurrentUser user) {
        List<Long> supervised = SupervisedUnits.of(jdbc, user);
        return supervised.isEmpty() ? List.of(-1L) : supervised;
    }

    long insert(
            String name,
            String source,
            long ownerOrgId,
            Integer reportYear,
            java.time.LocalDate startsOn,
            java.time.LocalDate endsOn) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into campaign (name, source, owner_org_id, report_year, starts_on, ends_on, created_at)
                values (:name, :source, :owner, :year, :starts, :ends, :at)""")
                .param("at", Jdbc.utc(clock.instant()))
                .param("name", name)
                .param("source", source)
                .param("owner", ownerOrgId)
                .param("year", reportYear)
                .param("starts", startsOn)
                .param("ends", endsOn)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    long insertSection(long campaignId, String label, String title, int position) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into section (campaign_id, label, title, position) values (:c, :label, :title, :pos)")
                .param("c", campaignId)
                .param("label", label)
                .param("title", title)
                .param("pos", position)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Section> sections(long campaignId) {
        return jdbc.sql("select * from section where campaign_id = :c order by position")
                .param("c", campaignId)
                .query(SECTION)
                .list();
    }

    long insertProblem(
            long campaignId, Long sectionId, int number, String title, String description, String sourceRef) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into problem (campaign_id, section_id, number, title, description, source_ref)
                values (:c, :s, :number, :title, :description, :ref)""")
                .param("c", campaignId)
                .param("s", sectionId)
                .param("number", number)
                .param("title", title)
                .param("description", description)
                .param("ref", sourceRef)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Problem> problem(long id) {
        return jdbc.sql("select * from problem where id = :id")
                .param("id", id)
                .query(PROBLEM)
                .optional();
    }

    /** Holds the campaign's row until the transaction ends, so that two writers cannot both add a problem they looked up. */
    void lock(long campaignId) {
        jdbc.sql("select id from campaign where id = :id for update")
                .param("id", campaignId)
                .query(Long.class)
                .list();
    }

    /** The campaign's first problem of this title, if any. */
    Optional<Problem> problemTitled(long campaignId, String title) {
        return jdbc.sql("select * from problem where campaign_id = :c and title = :t order by id limit 1")
                .param("c", campaignId)
                .param("t", title)
                .query(PROBLEM)
                .optional();
    }

    int nextProblemNumber(long campaignId) {
        return jdbc.sql("select coalesce(max(number), 0) + 1 from problem where campaign_id = :c")
                .param("c", campaignId)
                .query(Integer.class)
                .single();
    }

    /** One page of the campaign's problems in the ledger, in ledger order. */
    List<Problem> problemPage(long campaignId, int offset, int limit) {
        return jdbc.sql("select * from problem p where p.campaign_id = :c and " + Removal.live("p")
                        + " order by p.number, p.id limit :limit offset :offset")
                .param("c", campaignId)
                .param("limit", limit)
                .param("offset", offset)
                .query(PROBLEM)
                .list();
    }

    /** The campaign's problems in the ledger, or (removed true) those the office removed. */
    List<Problem> problems(long campaignId, boolean removed) {
        return jdbc.sql("select * from problem p where p.campaign_id = :c and "
                        + (removed ? "p.removed_at is not null" : Removal.live("p")) + " order by p.number, p.id")
                .param("c", campaignId)
                .query(PROBLEM)
                .list();
    }

    /** The problems of a campaign that have at least one measure the user may see. */
    List<Problem> problemsWithVisibleMeasures(long campaignId, CurrentUser user) {
        StringBuilder sql = new StringBuilder("""
                select * from problem p where p.campaign_id = :c and p.removed_at is null
                and p.id in (select m.problem_id from measure m where m.campaign_id = :c and m.removed_at is null""");
        Map<String, Object> params = new HashMap<>();
        new MeasureConditions(sql, params).visibleTo(jdbc, user, campaignId);
        sql.append(") order by p.number, p.id");
        return jdbc.sql(sql.toString())
                .params(params)
                .param("c", campaignId)
                .query(PROBLEM)
                .list();
    }

    /** True when the problem has at least one measure the user may see. */
    boolean hasVisibleMeasure(Problem problem, CurrentUser user) {
        StringBuilder sql = new StringBuilder(
                "select count(*) from (select 1 from measure m where m.problem_id = :p and m.campaign_id = :c"
                        + " and m.removed_at is null");
        Map<String, Object> params = new HashMap<>();
        new MeasureConditions(sql, params).visibleTo(jdbc, user, problem.campaignId());
        sql.append(" limit 1) hit");
        return jdbc.sql(sql.toString())
                        .params(params)
                        .param("p", problem.id())
                        .param("c", problem.campaignId())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** True when the campaign has more problems than this; counts no further (a campaign may have 250,000). */
    boolean hasMoreProblemsThan(long campaignId, int limit) {
        return jdbc.sql("select count(*) from (select 1 from problem p where p.campaign_id = :c and "
                                + Removal.live("p") + " limit :n) first")
                        .param("c", campaignId)
                        .param("n", limit + 1)
                        .query(Integer.class)
                        .single()
                > limit;
    }

    /** The campaign's problem with this number, if there is one. */
    Optional<Long> problemId(long campaignId, int number) {
        return jdbc.sql("select p.id from problem p where p.campaign_id = :c and p.number = :n and " + Removal.live("p")
                        + " order by p.id limit 1")
                .param("c", campaignId)
                .param("n", number)
                .query(Long.class)
                .optional();
    }

    boolean updateProblem(long id, int version, String title, String description) {
        return jdbc.sql("""
                update problem set title = :title, description = :description, version = version + 1
                where id = :id and version = :version""")
                        .param("title", title)
                        .param("description", description)
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    boolean rename(long id, int version, String name) {
        return jdbc.sql("update campaign set name = :name, version = version + 1 where id = :id and version = :v")
                        .param("name", name)
                        .param("id", id)
                        .param("v", version)
                        .update()
                == 1;
    }

    /** Archives the campaign (a time) or takes it out of the archive (null), if the version is still the one read. */
    boolean archive(long id, int version, java.time.Instant at) {
        return jdbc.sql("update campaign set archived_at = :at, version = version + 1 where id = :id and version = :v")
                        .param("at", Jdbc.utc(at))
                        .param("id", id)
                        .param("v", version)
                        .update()
                == 1;
    }

    /** Removes (a removal) or restores (null) the problem, if the version is still the one read. */
    boolean setRemoval(long id, int version, Removal removal) {
        return jdbc.sql("""
                update problem set removed_at = :at, removed_reason = :reason, version = version + 1
                where id = :id and version = :v""")
                        .param("at", removal == null ? null : Jdbc.utc(removal.at()))
                        .param("reason", removal == null ? null : removal.reason())
                        .param("id", id)
                        .param("v", version)
                        .update()
                == 1;
    }

    private static Removal removal(java.sql.ResultSet rs) throws java.sql.SQLException {
        java.time.Instant at = Jdbc.instant(rs, "removed_at");
        return at == null ? null : new Removal(at, rs.getString("removed_reason"));
    }
}
