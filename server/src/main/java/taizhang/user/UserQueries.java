package taizhang.user;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What other features may ask of the users' tables: who works in a unit, and how to mail them. */
@Repository
public class UserQueries {

    /** A user's name and mail address, for a user who gave one and wants mail. */
    public record MailAddress(long userId, String displayName, String email) {}

    private final JdbcClient jdbc;

    UserQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the organisation's enabled users, in id order. */
    public List<Long> enabledIn(long orgId) {
        return jdbc.sql("select id from app_user where organisation_id = :org and enabled order by id")
                .param("org", orgId)
                .query(Long.class)
                .list();
    }

    /** Of these users, those who gave a mail address and want mail, in id order. */
    public List<MailAddress> mailAddresses(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, display_name, email from app_user
                where id in (:ids) and email is not null and email_notifications order by id""")
                .param("ids", userIds)
                .query((rs, n) -> new MailAddress(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
