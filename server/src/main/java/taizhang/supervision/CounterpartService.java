package taizhang.supervision;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.ledger.MeasureFeedback;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.Role;
import taizhang.shared.RuleViolationException;
import taizhang.user.User;
import taizhang.user.UserService;

/**
 * 对口督导 assignments: an office assigns a supervisor (a person with the supervisor role) or a 督导组
 * (its members supervisors or leaders) to units of its subtree, many to many. Each change is audited
 * and takes effect on the supervisor's next request: the ledger reads the assignments per query.
 */
@Service
public class CounterpartService {

    /** Who may be a member of a 督导组; a person assigned alone must be a supervisor. */
    static final Set<Role> MEMBER_ROLES = EnumSet.of(Role.SUPERVISOR, Role.LEADER);

    private final CounterpartRepository counterparts;
    private final OrgService organisations;
    private final UserService users;
    private final MeasureFeedback feedback;
    private final AuditTrail audit;
    private final Clock clock;

    CounterpartService(
            CounterpartRepository counterparts,
            OrgService organisations,
            UserService users,
            MeasureFeedback feedback,
            AuditTrail audit,
            Clock clock) {
        this.counterparts = counterparts;
        this.organisations = organisations;
        this.users = users;
        this.feedback = feedback;
        this.audit = audit;
        this.clock = clock;
    }

    /** Assigns a person (with the supervisor role) or a group of the office's subtree to a unit of it. */
    @Transactional
    public AssignmentView assign(CurrentUser office, long orgId, Long userId, Long groupId) {
        requireOffice(office);
        Organisation unit = organisations.get(office, orgId);
        if (unit.parentId() == null) {
            throw new InvalidRequestException("orgId", "根单位不需要对口督导，请选择下级单位");
        }
        organisations.requireActive(unit, "被督导单位");
        if ((userId == null) == (groupId == null)) {
            throw new InvalidRequestException("userId", "请指定一名督导人员或一个督导组（二选一）");
        }
        if (userId != null) {
            supervisor(userId, EnumSet.of(Role.SUPERVISOR), "只能指定具有督导角色的用户");
        } else {
            group(office, groupId);
        }
        if (counterparts.exists(orgId, userId, groupId)) {
            throw new RuleViolationException("该督导已是“" + unit.name() + "”的对口督导");
        }
        long id = counterparts.assign(orgId, userId, groupId, office.username(), clock.instant());
        AssignmentView view = view(counterparts.assignment(id).orElseThrow(), Map.of());
        audit.record(office.username(), "supervision.assign", "organisation", orgId, null, view);
        return view;
    }

    @Transactional
    public void unassign(CurrentUser office, long assignmentId) {
        requireOffice(office);
        CounterpartRepository.Assignment a = counterparts
                .assignment(assignmentId)
                .filter(found -> office.covers(
                        organisations.find(found.orgId()).orElseThrow().path()))
                .orElseThrow(() -> NotFoundException.of("对口督导安排", assignmentId));
        AssignmentView before = view(a, Map.of());
        counterparts.unassign(assignmentId);
        audit.record(office.username(), "supervision.unassign", "organisation", a.orgId(), before, null);
    }

    /** Forms a 督导组 of the office's organisation with its members (supervisors or leaders). */
    @Transactional
    public SupervisionGroup createGroup(CurrentUser office, String name, String leader, List<Long> memberIds) {
        requireOffice(office);
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new InvalidRequestException("name", "请填写督导组名称（200 字以内）");
        }
        List<Long> members =
                memberIds == null ? List.of() : memberIds.stream().distinct().toList();
        members.forEach(u -> supervisor(u, MEMBER_ROLES, "督导组成员应为督导或领导"));
        String head = leader == null || leader.isBlank() ? null : leader.strip();
        long id = counterparts.insertGroup(
                name.strip(), head, office.organisationId(), office.username(), clock.instant());
        members.forEach(u -> counterparts.addMember(id, u));
        SupervisionGroup group = counterparts.group(id).orElseThrow();
        audit.record(office.username(), "supervision.group-create", "supervision_group", id, null, group);
        return group;
    }

    /** Adds a member (a supervisor or leader) to a 督导组 of the office's subtree. */
    @Transactional
    public SupervisionGroup addMember(CurrentUser office, long groupId, long userId) {
        requireOffice(office);
        SupervisionGroup before = group(office, groupId);
        supervisor(userId, MEMBER_ROLES, "督导组成员应为督导或领导");
        if (!before.memberIds().contains(userId)) {
            counterparts.addMember(groupId, userId);
        }
        SupervisionGroup after = counterparts.group(groupId).orElseThrow();
        audit.record(office.username(), "supervision.group-member", "supervision_group", groupId, before, after);
        return after;
    }

    /** The assignments of the units in the user's subtree (offices and leaders), and those that give the user its reach. */
    public List<AssignmentView> assignments(CurrentUser user) {
        SupervisionAccess.requireReader(user, "对口督导安排");
        List<CounterpartRepository.Assignment> rows = user.hasAny(Role.OFFICE, Role.ADMIN, Role.LEADER)
                ? counterparts.assignments(user.subtreePattern())
                : counterparts.assignmentsOf(user.id());
        Map<Long, String> groupNames = groupNames(user);
        return rows.stream().map(a -> view(a, groupNames)).toList();
    }

    public List<SupervisionGroup> groups(CurrentUser user) {
        SupervisionAccess.requireReader(user, "督导组");
        return counterparts.groups(user.subtreePattern());
    }

    /** The people an office may assign or put in a group. */
    public List<User> candidates(CurrentUser office) {
        requireOffice(office);
        return users.withAnyRole(MEMBER_ROLES);
    }

    /** The units the user supervises, as the ledger's visibility reads them. */
    public List<Organisation> supervisedUnits(CurrentUser user) {
        return feedback.supervisedUnits(user);
    }

    private void supervisor(long userId, Set<Role> roles, String refusal) {
        User user = users.find(userId).orElseThrow(() -> new InvalidRequestException("userId", "找不到用户 " + userId));
        if (!user.enabled() || user.roles().stream().noneMatch(roles::contains)) {
            throw new InvalidRequestException("userId", refusal);
        }
    }

    private SupervisionGroup group(CurrentUser office, long groupId) {
        return counterparts
                .group(groupId)
                .filter(g -> office.covers(
                        organisations.find(g.ownerOrgId()).orElseThrow().path()))
                .orElseThrow(() -> new InvalidRequestException("groupId", "找不到督导组 " + groupId));
    }

    private Map<Long, String> groupNames(CurrentUser user) {
        Map<Long, String> names = new java.util.HashMap<>();
        counterparts.groups(user.subtreePattern()).forEach(g -> names.put(g.id(), g.name()));
        return names;
    }

    private AssignmentView view(CounterpartRepository.Assignment a, Map<Long, String> groupNames) {
        String supervisor = a.userId() != null
                ? users.find(a.userId()).map(User::displayName).orElse("—")
                : groupNames.containsKey(a.groupId())
                        ? groupNames.get(a.groupId())
                        : counterparts
                                .group(a.groupId())
                                .map(SupervisionGroup::name)
                                .orElse("—");
        String unit = organisations.find(a.orgId()).map(Organisation::name).orElse("—");
        return new AssignmentView(
                a.id(), a.orgId(), unit, a.userId(), a.groupId(), supervisor, a.assignedBy(), a.assignedAt());
    }

    private static void requireOffice(CurrentUser user) {
        if (!user.hasAny(Role.OFFICE, Role.ADMIN)) {
            throw new ForbiddenException("只有整改办可以安排对口督导");
        }
    }
}
