package taizhang.ledger;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import taizhang.shared.CurrentUser;

/** 签收 through the API: sign for a measure, read its assignments, what awaits signing, and the office's count. */
@RestController
@RequestMapping("/api/v1")
class SignController {

    /** Optional: the unit to sign for, when the user answers for several parts of the measure. */
    record SignRequest(Long orgId) {}

    record UnsignedCount(long campaignId, long unsignedMeasures) {}

    private final SignService signs;

    SignController(SignService signs) {
        this.signs = signs;
    }

    /**
     * 签收: signs for the unsigned assignments of the caller's subtree on the measure (or for the
     * unit named); answers with every assignment of the measure. 409 when there is none to sign.
     */
    @PostMapping("/measures/{id}/sign")
    List<UnitAssignment> sign(CurrentUser user, @PathVariable long id, @RequestBody(required = false) SignRequest r) {
        return signs.sign(user, id, r == null ? null : r.orgId());
    }

    /** Each unit's part in the measure and when it was signed for. */
    @GetMapping("/measures/{id}/assignments")
    List<UnitAssignment> assignments(CurrentUser user, @PathVariable long id) {
        return signs.assignments(user, id);
    }

    /** The assignments the caller's unit (and the units below it) have yet to sign for, oldest first. */
    @GetMapping("/me/awaiting-sign")
    List<Awaiting> awaiting(CurrentUser user) {
        return signs.awaiting(user);
    }

    /** How many of the campaign's measures are not yet signed for by every assigned unit. */
    @GetMapping("/campaigns/{id}/unsigned")
    UnsignedCount unsigned(CurrentUser user, @PathVariable long id) {
        return new UnsignedCount(id, signs.unsignedMeasures(user, id));
    }
}
