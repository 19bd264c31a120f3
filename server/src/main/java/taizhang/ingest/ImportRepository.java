package taizhang.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;
import tools.jackson.databind.json.JsonMapper;

@Repository
class ImportRepository {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json;

    ImportRepository(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    long insert(
            Long campaignId,
            long ownerOrgId,
            String fileName,
            String sha256,
            String sourceText,
            DraftHead head,
            DraftSize size,
            String createdBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into import_draft (campaign_id, owner_org_id, file_name, sha256, status, source_text, head_json,
                                          note_count, created_by, problem_count, measure_count, reading_count, created_at)
                values (:campaign, :owner, :file, :sha, 'DRAFT', :text, :head, :notes, :by, :problems, :measures, :readings,
                        :at)""")
                .param("at", Jdbc.utc(clock.instant()))
                .param("campaign", campaignId)
                .param("owner", ownerOrgId)
                .param("file", fileName)
                .param("sha", sha256)
                .param("text", sourceText)
                .param("head", json.writeValueAsString(head))
                .param("notes", head.noteCount())
                .param("by", createdBy)
                .param("problems", size.problems())
                .param("measures", size.measures())
                .param("readings", size.readings())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * The whole JSON of a draft stored before drafts were stored as rows, taken off its import (so
     * that it is cut into rows once); empty when there is none.
     */
    Optional<String> takeWholeDraft(long id) {
        Optional<String> whole = jdbc.sql(
                        "select draft_json from import_draft where id = :id and draft_json is not null")
                .param("id", id)
                .query(String.class)
                .optional();
        if (whole.isEmpty()) {
            return whole;
        }
        int taken = jdbc.sql("update import_draft set draft_json = null where id = :id and draft_json is not null")
                .param("id", id)
                .update();
        return taken == 1 ? whole : Optional.empty();
    }

    void updateHead(long id, DraftHead head, DraftSize size) {
        jdbc.sql("""
                update import_draft set head_json = :head, note_count = :notes, problem_count = :problems,
                       measure_count = :measures, reading_count = :readings
                where id = :id""")
                .param("head", json.writeValueAsString(head))
                .param("notes", head.noteCount())
                .param("problems", size.problems())
                .param("measures", size.measures())
                .param("readings", size.readings())
                .param("id", id)
                .update();
    }

    Optional<ImportRecord> find(long id) {
        return jdbc.sql("select " + RECORD + " from import_draft d where id = :id")
                .param("id", id)
                .query(this::record)
                .optional();
    }

    /** An accepted import of exactly these bytes into a campaign the pattern's subtree owns. */
    Optional<ImportRecord> findAccepted(String sha256, String ownerPattern) {
        return jdbc.sql("select " + RECORD + """
                 from import_draft d join org_unit_view o on o.id = d.owner_org_id
                where d.sha256 = :sha and d.status = 'ACCEPTED' and o.path like :scope order by d.id limit 1""")
                .param("sha", sha256)
                .param("scope", ownerPattern)
                .query(this::record)
                .optional();
    }

    /** The latest imports of the pattern's subtree, without their drafts and text. */
    List<ImportRecord.Summary> recent(String ownerPattern, int limit) {
        return jdbc.sql("""
                select d.id, d.file_name, d.status, d.problem_count, d.measure_count, d.reading_count, d.created_by
                from import_draft d
                where d.owner_org_id in (select o.id from org_unit_view o where o.path like :scope)
                order by d.id desc limit :limit""")
                .param("scope", ownerPattern)
                .param("limit", limit)
                .query((rs, n) -> new ImportRecord.Summary(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        ImportRecord.Status.valueOf(rs.getString("status")),
                        rs.getObject("problem_count", Integer.class),
                        rs.getObject("measure_count", Integer.class),
                        rs.getObject("reading_count", Integer.class),
                        rs.getString("created_by")))
                .list();
    }

    /**
     * The stretch {@code [from, to)} of the import's source text, read in the database so that a page
     * holds only what it shows.
     */
    String sourceSpan(long id, int from, int to) {
        if (to <= from) {
            return "";
        }
        return jdbc.sql("select substring(source_text, :start, :length) from import_draft where id = :id")
                .param("start", from + 1)
                .param("length", to - from)
                .param("id", id)
                .query(String.class)
                .single();
    }

    /**
     * Takes the draft for an edit: its version moves on, so that a concurrent edit of the same
     * version waits for this one and then finds itself stale.
     */
    boolean takeForEditing(long id, int version) {
        return jdbc.sql("""
                update import_draft set version = version + 1
                where id = :id and version = :v and status = 'DRAFT'""").param("id", id).param("v", version).update() == 1;
    }

    void updateSize(long id, DraftSize size) {
        jdbc.sql("""
                update import_draft set problem_count = :problems, measure_count = :measures, reading_count = :readings
                where id = :id""")
                .param("problems", size.problems())
                .param("measures", size.measures())
                .param("readings", size.readings())
                .param("id", id)
                .update();
    }

    boolean markAccepted(long id, int version, long campaignId, Instant at) {
        return jdbc.sql("""
                update import_draft set status = 'ACCEPTED', campaign_id = :campaign, accepted_at = :at, version = version + 1
                where id = :id and version = :v and status = 'DRAFT'""")
                        .param("campaign", campaignId)
                        .param("at", Jdbc.utc(at))
                        .param("id", id)
                        .param("v", version)
                        .update()
                == 1;
    }

    boolean markDiscarded(long id) {
        return jdbc.sql(
                                "update import_draft set status = 'DISCARDED', version = version + 1 where id = :id and status = 'DRAFT'")
                        .param("id", id)
                        .update()
                == 1;
    }

    /** An import's columns but its source text and its draft's items. */
    private static final String RECORD = """
            d.id, d.campaign_id, d.owner_org_id, d.file_name, d.sha256, d.status, d.head_json, d.problem_count,
            d.measure_count, d.reading_count, d.created_by, d.created_at, d.accepted_at, d.version""";

    private ImportRecord record(ResultSet rs, int row) throws SQLException {
        String head = rs.getString("head_json");
        return new ImportRecord(
                rs.getLong("id"),
                Jdbc.nullableLong(rs, "campaign_id"),
                rs.getLong("owner_org_id"),
                rs.getString("file_name"),
                rs.getString("sha256"),
                ImportRecord.Status.valueOf(rs.getString("status")),
                head == null ? null : json.readValue(head, DraftHead.class),
                new DraftSize(rs.getInt("problem_count"), rs.getInt("measure_count"), rs.getInt("reading_count")),
                rs.getString("created_by"),
                Jdbc.instant(rs, "created_at"),
                Jdbc.instant(rs, "accepted_at"),
                rs.getInt("version"));
    }
}
