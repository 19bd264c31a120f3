package taizhang.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/**
 * The {@code measure_sign} rows (see migration V65) and the measure's {@code unsigned_since} derived
 * from them. Every writer that puts units on a measure or takes them off (the service, imports,
 * sheet edits) tells this repository what changed, in batches.
 */
@Repository
class SignRepository {

    private static final int BATCH = LedgerBatchWriter.BATCH;

    /** A measure's units before and after a change; {@code before} is null for a new measure. */
    record Change(Measure before, Measure after) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    SignRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Writes the assignments of measures just inserted, which carry their {@code unsigned_since}
     * already: an import of 100,000 lines saves updating every measure row again.
     */
    void created(List<Measure> measures, Instant now) {
        insert(measures.stream().map(m -> new Change(null, m)).toList(), now, false);
    }

    /** Writes the assignments the changes add (unsigned) and drops those they take away. */
    void assigned(List<Change> changes, Instant now) {
        insert(changes, now, true);
    }

    private void insert(List<Change> changes, Instant now, boolean refresh) {
        List<Object[]> removed = new ArrayList<>();
        List<Object[]> added = new ArrayList<>();
        List<Long> touched = new ArrayList<>();
        for (Change c : changes) {
            long id = c.after().id();
            Map<Long, Boolean> gone = UnitAssignment.removed(c.before(), c.after());
            Map<Long, Boolean> come = UnitAssignment.added(c.before(), c.after());
            gone.keySet().forEach(org -> removed.add(new Object[] {id, org}));
            come.forEach(
                    (org, lead) -> added.add(new Object[] {id, org, c.after().campaignId(), lead}));
            if (!gone.isEmpty() || !come.isEmpty()) {
                touched.add(id);
            }
        }
        batches.batchUpdate("delete from measure_sign where measure_id = ? and org_id = ?", removed, BATCH, (ps, r) -> {
            ps.setLong(1, (Long) r[0]);
            ps.setLong(2, (Long) r[1]);
        });
        batches.batchUpdate(
                "insert into measure_sign (measure_id, org_id, campaign_id, lead, assigned_at) values (?, ?, ?, ?, ?)",
                added,
                BATCH,
                (ps, r) -> {
                    ps.setLong(1, (Long) r[0]);
                    ps.setLong(2, (Long) r[1]);
                    ps.setLong(3, (Long) r[2]);
                    ps.setBoolean(4, (Boolean) r[3]);
                    ps.setObject(5, Jdbc.utc(now));
                });
        if (refresh) {
            refresh(touched);
        }
    }

    /** The measure's assignments, lead first, with the units' names. */
    List<UnitAssignment> forMeasure(long measureId) {
        return jdbc.sql("""
                select s.*, o.name as org_name, o.path as org_path from measure_sign s join org_unit_view o on o.id = s.org_id
                where s.measure_id = :m order by s.lead desc, o.path""")
                .param("m", measureId)
                .query((rs, n) -> new UnitAssignment(
                        rs.getLong("measure_id"),
                        rs.getLong("org_id"),
                        rs.getString("org_name"),
                        rs.getString("org_path"),
                        rs.getBoolean("lead"),
                        Jdbc.instant(rs, "assigned_at"),
                        Jdbc.instant(rs, "signed_at"),
                        rs.getString("signed_by")))
                .list();
    }

    /** Records the signatures; only rows still unsigned change. */
    int sign(long measureId, Collection<Long> orgIds, String by, Instant at) {
        int signed = jdbc.sql("""
                update measure_sign set signed_at = :at, signed_by = :by
                where measure_id = :m and org_id in (:orgs) and signed_at is null""")
                .param("at", Jdbc.utc(at))
                .param("by", by)
                .param("m", measureId)
                .param("orgs", orgIds)
                .update();
        refresh(List.of(measureId));
        return signed;
    }

    /** The unsigned assignments of units in the subtree, oldest first. */
    List<Awaiting> awaiting(String subtreePattern, int limit) {
        return jdbc.sql("""
                select s.measure_id, s.org_id, o.name as org_name, s.lead, s.assigned_at, m.title, m.deadline,
                       p.number, m.ordinal, c.name as campaign_name
                from measure_sign s join org_unit_view o on o.id = s.org_id
                join measure m on m.id = s.measure_id join problem p on p.id = m.problem_id
                join campaign c on c.id = m.campaign_id
                where s.signed_at is null and o.path like :subtree and m.removed_at is null
                order by s.assigned_at, s.measure_id, s.org_id limit :limit""")
                .param("subtree", subtreePattern)
                .param("limit", limit)
                .query((rs, n) -> new Awaiting(
                        rs.getLong("measure_id"),
                        rs.getInt("number") + "-" + rs.getInt("ordinal"),
                        rs.getString("title"),
                        rs.getString("campaign_name"),
                        rs.getLong("org_id"),
                        rs.getString("org_name"),
                        rs.getBoolean("lead"),
                        Jdbc.date(rs, "deadline"),
                        Jdbc.instant(rs, "assigned_at")))
                .list();
    }

    /** How many of the campaign's measures some assigned unit has not signed for. */
    long unsignedMeasures(long campaignId) {
        return jdbc.sql("""
                select count(distinct s.measure_id) from measure_sign s
                where s.campaign_id = :c and s.signed_at is null
                  and not exists (select 1 from measure m where m.id = s.measure_id and m.removed_at is not null)""").param("c", campaignId).query(Long.class).single();
    }

    /** Derives {@code unsigned_since} of these measures from their rows again. */
    private void refresh(List<Long> measureIds) {
        for (int from = 0; from < measureIds.size(); from += BATCH) {
            jdbc.sql("""
                    update measure set unsigned_since = (select min(s.assigned_at) from measure_sign s
                                                        where s.measure_id = measure.id and s.signed_at is null)
                    where id in (:ids)""")
                    .param("ids", measureIds.subList(from, Math.min(measureIds.size(), from + BATCH)))
                    .update();
        }
    }
}
