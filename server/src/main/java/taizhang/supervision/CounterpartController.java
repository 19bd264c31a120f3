package taizhang.supervision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import taizhang.shared.CurrentUser;

/** 对口督导 assignments and 督导组 through the API. */
@RestController
@RequestMapping("/api/v1")
class CounterpartController {

    /** A person ({@code userId}, with the supervisor role) or a group ({@code groupId}) for the unit. */
    record AssignRequest(@NotNull Long orgId, Long userId, Long groupId) {}

    /** A 督导组: its name, the leader heading it (a name), and its members (supervisors or leaders). */
    record GroupRequest(@NotBlank String name, String leader, List<Long> memberIds) {}

    /** A unit the caller supervises. */
    record SupervisedUnit(long orgId, String name) {}

    /** Someone an office may assign. */
    record Candidate(long userId, String displayName, long organisationId, List<String> roles) {}

    private final CounterpartService counterparts;

    CounterpartController(CounterpartService counterparts) {
        this.counterparts = counterparts;
    }

    @GetMapping("/supervision/assignments")
    List<AssignmentView> assignments(CurrentUser user) {
        return counterparts.assignments(user);
    }

    @PostMapping("/supervision/assignments")
    @ResponseStatus(HttpStatus.CREATED)
    AssignmentView assign(CurrentUser user, @Valid @RequestBody AssignRequest r) {
        return counterparts.assign(user, r.orgId(), r.userId(), r.groupId());
    }

    @DeleteMapping("/supervision/assignments/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unassign(CurrentUser user, @PathVariable long id) {
        counterparts.unassign(user, id);
    }

    @GetMapping("/supervision/groups")
    List<SupervisionGroup> groups(CurrentUser user) {
        return counterparts.groups(user);
    }

    @PostMapping("/supervision/groups")
    @ResponseStatus(HttpStatus.CREATED)
    SupervisionGroup createGroup(CurrentUser user, @Valid @RequestBody GroupRequest r) {
        return counterparts.createGroup(user, r.name(), r.leader(), r.memberIds());
    }

    record MemberRequest(@NotNull Long userId) {}

    /** Adds a member (a supervisor or leader) to a 督导组. */
    @PostMapping("/supervision/groups/{id}/members")
    SupervisionGroup addMember(CurrentUser user, @PathVariable long id, @Valid @RequestBody MemberRequest r) {
        return counterparts.addMember(user, id, r.userId());
    }

    /** The people with the supervisor or leader role: whom an office may assign or put in a group. */
    @GetMapping("/supervision/candidates")
    List<Candidate> candidates(CurrentUser user) {
        return counterparts.candidates(user).stream()
                .map(u -> new Candidate(
                        u.id(),
                        u.displayName(),
                        u.organisationId(),
                        u.roles().stream().map(Enum::name).sorted().toList()))
                .toList();
    }

    /** The units the caller supervises (directly or through a 督导组). */
    @GetMapping("/me/supervised-units")
    List<SupervisedUnit> supervisedUnits(CurrentUser user) {
        return counterparts.supervisedUnits(user).stream()
                .map(o -> new SupervisedUnit(o.id(), o.name()))
                .toList();
    }
}
