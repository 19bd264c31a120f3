package taizhang.org;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.Role;
import taizhang.shared.RuleViolationException;

/** The organisation tree: who exists, and what lies in whose subtree. */
@Service
public class OrgService {

    private final OrgRepository organisations;
    private final OrgAliasRepository aliases;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OrgService(
            OrgRepository organisations,
            OrgAliasRepository aliases,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.aliases = aliases;
        this.audit = audit;
        this.events = events;
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

    /**
     * The units of the user's subtree that may be given something new (a measure, a part of one): the
     * active ones. A deactivated unit keeps its history and is still listed where history is read.
     */
    public List<Organisation> assignableTo(CurrentUser user) {
        Set<Long> inactive = organisations.inactiveIds();
        return visibleTo(user).stream().filter(o -> !inactive.contains(o.id())).toList();
    }

    /** These organisations and every one below them, for a reader whose reach is more than its own subtree. */
    public List<Organisation> below(List<Organisation> tops) {
        List<Organisation> below = new java.util.ArrayList<>();
        for (Organisation top : tops) {
            below.addAll(organisations.subtree(top.path() + "%"));
        }
        return below;
    }

    /** Every unit's aliases (单位别名, kept by {@link OrgAliases}), by organisation id: what a report's names are matched against. */
    public java.util.Map<Long, List<String>> aliases() {
        return aliases.all();
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
        name = Organisation.validName(name);
        adminCode = Organisation.validCode(adminCode);
        String parentPath = null;
        if (parentId != null) {
            parentPath = requireActive(get(user, parentId), "上级单位").path();
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
        name = Organisation.validName(name);
        adminCode = Organisation.validCode(adminCode);
        Organisation before = get(user, id);
        organisations.rename(id, name, adminCode);
        Organisation after = new Organisation(id, before.parentId(), name, before.kind(), adminCode, before.path());
        audit.record(user.username(), "org.update", "organisation", id, before, after);
        return after;
    }

    /**
     * Moves a node under another parent, with its subtree; never under itself or its own
     * descendants, never the root, only within the administrator's subtree and under an active parent.
     */
    @Transactional
    public Organisation move(CurrentUser user, long id, long newParentId) {
        requireAdmin(user);
        Organisation node = get(user, id);
        Organisation parent = requireActive(get(user, newParentId), "新的上级单位");
        if (node.parentId() == null) {
            throw new InvalidRequestException("parentId", "根单位不能移动");
        }
        if (node.isAncestorOrSelfOf(parent)) {
            throw new InvalidRequestException("parentId", "不能把“" + node.name() + "”移到它自己或它的下级单位之下");
        }
        if (node.parentId() == parent.id()) {
            return node;
        }
        String newPath = Organisation.childPath(parent.path(), node.id());
        organisations.move(node, parent, newPath);
        Organisation after = organisations.find(id).orElseThrow();
        events.publishEvent(new OrganisationMoved(id, node.path(), newPath));
        audit.record(user.username(), "org.move", "organisation", id, node, after);
        return after;
    }

    /**
     * Deactivates a node (撤销、合并) or makes it active again. A deactivated node keeps its
     * history and measures but takes no new users or children; it is refused while it has active
     * children, or while another feature still has something live there ({@link OrganisationDeactivating}).
     */
    @Transactional
    public void setActive(CurrentUser user, long id, boolean active) {
        requireAdmin(user);
        Organisation node = get(user, id);
        if (organisations.isActive(id) == active) {
            return;
        }
        if (active) {
            if (node.parentId() != null) {
                requireActive(organisations.find(node.parentId()).orElseThrow(), "上级单位");
            }
        } else {
            if (node.parentId() == null || node.id() == user.organisationId()) {
                throw new InvalidRequestException("id", "不能停用根单位或自己所在的单位");
            }
            List<String> children = organisations.activeChildren(id);
            if (!children.isEmpty()) {
                throw new RuleViolationException(
                        "“" + node.name() + "”还有下级单位（" + String.join("、", children) + "），请先停用或移走它们");
            }
            events.publishEvent(new OrganisationDeactivating(id, node.name()));
        }
        organisations.setActive(id, active);
        audit.record(
                user.username(),
                active ? "org.activate" : "org.deactivate",
                "organisation",
                id,
                null,
                Map.of("name", node.name(), "active", active));
    }

    public boolean isActive(long id) {
        return organisations.isActive(id);
    }

    /** The ids of the deactivated organisations. */
    public Set<Long> inactiveIds() {
        return organisations.inactiveIds();
    }

    /** The organisation, refused (naming it as {@code role}) when it was deactivated: nothing new goes there. */
    public Organisation requireActive(Organisation org, String role) {
        if (!organisations.isActive(org.id())) {
            throw deactivated(role, org.name());
        }
        return org;
    }

    /** The refusal of a deactivated unit named {@code name} in the part {@code role} (牵头单位, 上级单位…). */
    public static InvalidRequestException deactivated(String role, String name) {
        return new InvalidRequestException("organisationId", role + "“" + name + "”已停用");
    }

    /** Only administrators change the tree, and read it whole for that. */
    public static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("只有系统管理员可以维护单位");
        }
    }
}
