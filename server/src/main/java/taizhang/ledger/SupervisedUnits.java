package taizhang.ledger;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;

/**
 * 对口督导 in the ledger's visibility: the units a supervisor (a person, or a member of a 督导组)
 * is assigned to, whose measures it then sees across campaigns besides its own subtree. Who
 * supervises what is the supervision feature's, published in {@code supervision_reach_view}; it is
 * read before a measure query (a few rows per user), so the query binds ids and joins no view.
 * Only supervisors and leaders can hold such an assignment, so nobody else pays for the read.
 */
final class SupervisedUnits {

    private SupervisedUnits() {}

    static List<Long> of(JdbcClient jdbc, CurrentUser user) {
        if (!user.hasAny(Role.SUPERVISOR, Role.LEADER)) {
            return List.of();
        }
        return jdbc.sql("select distinct s.org_id from supervision_reach_view s where s.user_id = :user order by 1")
                .param("user", user.id())
                .query(Long.class)
                .list();
    }
}
