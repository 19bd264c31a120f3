package taizhang.notice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.report.ProgressNotice;
import taizhang.shared.Jdbc;
import taizhang.shared.StaleVersionException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The notices and the campaigns' notice settings; the documents are kept as JSON, written once per change. */
@Repository
class NoticeRepository {

    private static final String SUMMARY =
            "select id, campaign_id, campaign_name, as_of, cycle, status, title, number, issued_on from notice_document ";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    NoticeRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    long insert(Notice n) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into notice_document (campaign_id, campaign_name, as_of, cycle, status, title, full_json, public_json,
                    rewrites_json, issues, next_steps, lagging_json, created_by, created_at)
                values (:campaign, :name, :asOf, :cycle, :status, :title, :full, :open, :rewrites, :issues, :nextSteps,
                    :lagging, :by, :at)""")
                .param("campaign", n.campaignId())
                .param("name", n.campaignName())
                .param("asOf", n.asOf())
                .param("cycle", n.cycle())
                .param("status", n.status().name())
                .param("title", n.full().title())
                .param("full", json.writeValueAsString(n.full()))
                .param("open", json.writeValueAsString(n.open()))
                .param("rewrites", json.writeValueAsString(n.rewrites()))
                .param("issues", n.issues())
                .param("nextSteps", n.nextSteps())
                .param("lagging", json.writeValueAsString(n.lagging()))
                .param("by", n.createdBy())
                .param("at", Jdbc.utc(n.createdAt()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Writes the notice as changed, when its stored version is still {@code n.version()}. */
    void update(Notice n) {
        int updated = jdbc.sql("""
                update notice_document set status = :status, title = :title, full_json = :full, public_json = :open,
                    rewrites_json = :rewrites, issues = :issues, next_steps = :nextSteps, lagging_json = :lagging,
                    number = :number, issued_on = :issuedOn, signature = :signature, contact = :contact,
                    published_by = :publishedBy, published_at = :publishedAt, version = version + 1
                where id = :id and version = :version and status = 'DRAFT'""")
                .param("id", n.id())
                .param("version", n.version())
                .param("status", n.status().name())
                .param("title", n.full().title())
                .param("full", json.writeValueAsString(n.full()))
                .param("open", json.writeValueAsString(n.open()))
                .param("rewrites", json.writeValueAsString(n.rewrites()))
                .param("issues", n.issues())
                .param("nextSteps", n.nextSteps())
                .param("lagging", json.writeValueAsString(n.lagging()))
                .param("number", n.number())
                .param("issuedOn", n.issuedOn())
                .param("signature", String.join("\n", n.signature()))
                .param("contact", n.contact())
                .param("publishedBy", n.publishedBy())
                .param("publishedAt", n.publishedAt() == null ? null : Jdbc.utc(n.publishedAt()))
                .update();
        if (updated != 1) {
            throw new StaleVersionException("通报", n.id());
        }
    }

    Optional<Notice> find(long id) {
        return jdbc.sql("select * from notice_document where id = :id")
                .param("id", id)
                .query(this::notice)
                .optional();
    }

    List<NoticeSummary> ofCampaign(long campaignId, boolean drafts) {
        return jdbc.sql(SUMMARY + "where campaign_id = :c" + (drafts ? "" : " and status = 'PUBLISHED'")
                        + " order by coalesce(issued_on, as_of) desc, id desc")
                .param("c", campaignId)
                .query(NoticeRepository::summary)
                .list();
    }

    /** The notice of the campaign published last before this one (by 印发日期, then id), if any. */
    Optional<Notice> previousPublished(long campaignId, LocalDate before, long beforeId) {
        return jdbc.sql("""
                select * from notice_document where campaign_id = :c and status = 'PUBLISHED' and id <> :id
                  and (issued_on < :on or (issued_on = :on and id < :id))
                order by issued_on desc, id desc limit 1""")
                .param("c", campaignId)
                .param("on", before)
                .param("id", beforeId)
                .query(this::notice)
                .optional();
    }

    /** The notices of the campaign published in {@code year}: the next one's serial is this plus one. */
    int publishedIn(long campaignId, int year) {
        return jdbc.sql("select count(*) from notice_document where campaign_id = :c and status = 'PUBLISHED'"
                        + " and issued_on between :first and :last")
                .param("c", campaignId)
                .param("first", LocalDate.of(year, 1, 1))
                .param("last", LocalDate.of(year, 12, 31))
                .query(Integer.class)
                .single();
    }

    /** Every published notice, campaign by campaign, newest first in each. */
    List<NoticeSummary> allPublished() {
        return jdbc.sql(SUMMARY + "where status = 'PUBLISHED' order by campaign_id, issued_on desc, id desc")
                .query(NoticeRepository::summary)
                .list();
    }

    private static NoticeSummary summary(ResultSet rs, int n) throws SQLException {
        return new NoticeSummary(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getString("campaign_name"),
                rs.getObject("as_of", LocalDate.class),
                rs.getString("cycle"),
                NoticeStatus.valueOf(rs.getString("status")),
                rs.getString("title"),
                rs.getString("number"),
                rs.getObject("issued_on", LocalDate.class));
    }

    private Notice notice(ResultSet rs, int n) throws SQLException {
        String signature = rs.getString("signature");
        return new Notice(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getString("campaign_name"),
                rs.getObject("as_of", LocalDate.class),
                rs.getString("cycle"),
                NoticeStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("full_json"), ProgressNotice.class),
                json.readValue(rs.getString("public_json"), ProgressNotice.class),
                json.readValue(rs.getString("rewrites_json"), new TypeReference<Map<Long, String>>() {}),
                rs.getString("issues"),
                rs.getString("next_steps"),
                json.readValue(rs.getString("lagging_json"), new TypeReference<List<String>>() {}),
                rs.getString("number"),
                rs.getObject("issued_on", LocalDate.class),
                signature == null || signature.isEmpty() ? List.of() : List.of(signature.split("\n")),
                rs.getString("contact"),
                rs.getString("created_by"),
                Jdbc.instant(rs, "created_at"),
                rs.getString("published_by"),
                Jdbc.instant(rs, "published_at"),
                rs.getInt("version"));
    }
}
