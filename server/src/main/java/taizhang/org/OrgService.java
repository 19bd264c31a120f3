package taizhang.org;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.NotFoundException;
import taizhang.shared.Role;

/** The organisation tree: who exists, and what lies in whose subtree. */
@Service
public class OrgService {

    private final OrgRepository organisations;
    private final AuditTrail audit;

    OrgService(OrgRepository organisations, AuditTrail audit) {
        this.organisations = organisations;
        this.audit = audit;
    }

    /** The organisation, if the user may see it (it lies in the user's subtree). */
    public Organisation get(CurrentUser user, long id) {
        return organisations
                .find(id)
                .filter(o -> user.covers(o.path()))
                .orElseThrow(() -> NotFoundException.of("单位", id));
    }

    /** Any organisation, unchecked: for code that resolves references it then checks itself. */
    public Optional<Organisation> find(long id) {
        return organisations.find(id);
    }

    public Optional<Organisation> findByName(String name) {
        return organisations.findByName(name);
    }

    public List<Organisation> visibleTo(CurrentUser user) {
        return organisations.subtree(user.subtreePattern());
    }

    /** These organisations and every one below them, for a reader whose reach is more than its own subtree. */
    public List<Organisation> below(List<Organisation> tops) {
        List<Organisation> below = new java.util.ArrayList<>();
        for (Organisation top : tops) {
            below.addAll(organisations.subtree(top.path() + "%"));
        }
        return below;
    }

    public List<Organisation> all() {
        return organisations.all();
    }

    public boolean isEmpty() {
        return organisations.count() == 0;
    }

    @Transactional
    public Organisation create(CurrentUser user, Long parentId, String name, OrgKind kind, String adminCode) {
        requireAdmin(user);
        String parentPath = null;
        if (parentId != null) {
            parentPath = get(user, parentId).path();
        } else if (!isEmpty()) {
            throw new ForbiddenException("只能有一个根单位；请指定上级单位");
        }
        Organisation created = organisations.insert(parentId, parentPath, name, kind, adminCode);
        audit.record(user.username(), "org.create", "organisation", created.id(), null, created);
        return created;
    }

    /** Creates a node with no user acting: the demo tree and the first start. */
    @Transactional
    public Organisation createBySystem(Organisation parent, String name, OrgKind kind, String adminCode) {
        Organisation created = organisations.insert(
                parent == null ? null : parent.id(), parent == null ? null : parent.path(), name, kind, adminCode);
        audit.record("system", "org.create", "organisation", created.id(), null, created);
        return created;
    }

    @Transactional
    public Organisation rename(CurrentUser user, long id, String name, String adminCode) {
        requireAdmin(user);
        Organisation before = get(user, id);
        organisations.rename(id, name, adminCode);
        Organisation after = new Organisation(id, before.parentId(), name, before.kind(), adminCode, before.path());
        audit.record(user.username(), "org.update", "organisation", id, before, after);
        return after;
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("只有系统管理员可以维护单位");
        }
    }
}
