package taizhang.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;
import taizhang.user.UserQueries;

/** Notices, one per organisation and event, and the inbox rows that deliver them to users. */
@Repository
class NotificationRepository {

    /** A user to mail a notice to. */
    record MailRecipient(String displayName, String email) {}

    private final JdbcClient jdbc;
    private final UserQueries users;

    NotificationRepository(JdbcClient jdbc, UserQueries users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /**
     * Stores the notice unless the organisation already has one for the event; its id if stored.
     * The unique key decides, so two nodes or two passes racing store it once and neither fails.
     */
    Optional<Long> insertNotice(Notice notice, Instant at) {
        int stored = jdbc.sql("""
                insert into notice (org_id, kind, event_key, text, link, created_at)
                values (:org, :kind, :key, :text, :link, :at) on conflict do nothing""")
                .param("org", notice.orgId())
                .param("kind", notice.kind().name())
                .param("key", notice.key())
                .param("text", notice.text())
                .param("link", notice.link())
                .param("at", Jdbc.utc(at))
                .update();
        if (stored == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select id from notice where org_id = :org and event_key = :key")
                .param("org", notice.orgId())
                .param("key", notice.key())
                .query(Long.class)
                .single());
    }

    /** Puts the notice into the inbox of every enabled user of its organisation; how many. */
    int deliver(long noticeId, long orgId) {
        int delivered = 0;
        for (long user : users.enabledIn(orgId)) {
            delivered += jdbc.sql("insert into notification (notice_id, user_id) values (:notice, :user)")
                    .param("notice", noticeId)
                    .param("user", user)
                    .update();
        }
        return delivered;
    }

    /** The user's notifications, newest first, a page at a time. */
    List<Notification> inbox(long userId, boolean unreadOnly, int offset, int limit) {
        return jdbc.sql("select n.id, n.read_at, t.kind, t.text, t.link, t.created_at"
                        + " from notification n join notice t on t.id = n.notice_id where n.user_id = :user"
                        + (unreadOnly ? " and n.read_at is null" : "")
                        + " order by t.created_at desc, t.id desc limit :limit offset :offset")
                .param("user", userId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> notification(rs))
                .list();
    }

    Optional<Notification> find(long id) {
        return jdbc.sql("""
                select n.id, n.read_at, t.kind, t.text, t.link, t.created_at
                from notification n join notice t on t.id = n.notice_id where n.id = :id""").param("id", id).query((rs, n) -> notification(rs)).optional();
    }

    Optional<Long> owner(long id) {
        return jdbc.sql("select user_id from notification where id = :id")
                .param("id", id)
                .query(Long.class)
                .optional();
    }

    int unread(long userId) {
        return jdbc.sql("select count(*) from notification where user_id = :user and read_at is null")
                .param("user", userId)
                .query(Integer.class)
                .single();
    }

    /** Marks the user's notification read, or all of them when {@code id} is null; how many changed. */
    int markRead(long userId, Long id, Instant at) {
        JdbcClient.StatementSpec update = jdbc.sql(
                        "update notification set read_at = :at where user_id = :user and read_at is null"
                                + (id == null ? "" : " and id = :id"))
                .param("at", Jdbc.utc(at))
                .param("user", userId);
        return (id == null ? update : update.param("id", id)).update();
    }

    /** The users the notice reached who gave an address and want mail, in id order. */
    List<MailRecipient> mailRecipients(long noticeId) {
        List<Long> reached = jdbc.sql("select user_id from notification where notice_id = :notice")
                .param("notice", noticeId)
                .query(Long.class)
                .list();
        return users.mailAddresses(reached).stream()
                .map(a -> new MailRecipient(a.displayName(), a.email()))
                .toList();
    }

    private static Notification notification(ResultSet rs) throws SQLException {
        NotificationKind kind = NotificationKind.valueOf(rs.getString("kind"));
        return new Notification(
                rs.getLong("id"),
                kind,
                kind.label(),
                rs.getString("text"),
                rs.getString("link"),
                Jdbc.instant(rs, "created_at"),
                rs.getTimestamp("read_at") != null);
    }
}
