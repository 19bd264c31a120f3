package taizhang.audit;

import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.Role;

/**
 * Who reads the audit trail: it records every organisation's changes, so only an administrator of
 * the root (whose path is just its own id, {@code /1/}) may read or verify it, by page or API.
 */
public final class AuditReaders {

    private AuditReaders() {}

    public static boolean mayRead(CurrentUser user) {
        boolean root = user.organisationPath().chars().filter(c -> c == '/').count() == 2;
        return user.has(Role.ADMIN) && root;
    }

    public static void require(CurrentUser user) {
        if (!mayRead(user)) {
            throw new ForbiddenException("只有顶级单位的系统管理员可以查看审计记录");
        }
    }
}
