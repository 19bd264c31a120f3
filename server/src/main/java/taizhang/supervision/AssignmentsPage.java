package taizhang.supervision;

import java.util.List;
import taizhang.org.Organisation;
import taizhang.user.User;

/**
 * 对口督导安排: who supervises which unit, the 督导组 with their members, and for an office the forms
 * that assign, remove and form groups ({@code candidates}: supervisors and leaders).
 */
public record AssignmentsPage(
        List<AssignmentView> assignments,
        List<SupervisionGroup> groups,
        List<Organisation> units,
        List<User> candidates,
        boolean office) {

    /** The supervisors among the candidates: whom a unit may be assigned to alone. */
    public List<User> supervisors() {
        return candidates.stream()
                .filter(u -> u.roles().contains(taizhang.shared.Role.SUPERVISOR))
                .toList();
    }

    public String memberNames(SupervisionGroup group) {
        return String.join(
                "、",
                candidates.stream()
                        .filter(u -> group.memberIds().contains(u.id()))
                        .map(User::displayName)
                        .toList());
    }
}
