package taizhang.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;
import taizhang.shared.StaleVersionException;

/** The campaigns' notice settings: one row per campaign once its office saved them. */
@Repository
class NoticeSettingsRepository {

    private final JdbcClient jdbc;

    NoticeSettingsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NoticeSettings> settings(long campaignId) {
        return jdbc.sql("select issuer, signature, number_pattern, contact, version from notice_settings"
                        + " where campaign_id = :c")
                .param("c", campaignId)
                .query((rs, n) -> new NoticeSettings(
                        campaignId,
                        rs.getString(1),
                        List.of(rs.getString(2).split("\n")),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5)))
                .optional();
    }

    /** Inserts the first settings (version -1) or updates them when no one else has since. */
    void saveSettings(NoticeSettings s, String by, Instant at) {
        var spec = jdbc.sql(s.version() < 0 ? """
                insert into notice_settings (campaign_id, issuer, signature, number_pattern, contact, updated_by, updated_at)
                values (:c, :issuer, :signature, :pattern, :contact, :by, :at)""" : """
                update notice_settings set issuer = :issuer, signature = :signature, number_pattern = :pattern,
                       contact = :contact, updated_by = :by, updated_at = :at, version = version + 1
                where campaign_id = :c and version = :version""")
                .param("c", s.campaignId())
                .param("issuer", s.issuer())
                .param("signature", s.signatureText())
                .param("pattern", s.numberPattern())
                .param("contact", s.contact())
                .param("by", by)
                .param("at", Jdbc.utc(at));
        if ((s.version() < 0 ? spec : spec.param("version", s.version())).update() != 1) {
            throw new StaleVersionException("通报设置", s.campaignId());
        }
    }
}
