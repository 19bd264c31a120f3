package taizhang.extension;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import taizhang.shared.CurrentUser;

/** 申请延期 through the API: a unit asks; the office lists, approves or refuses; counts for the assessment. */
@RestController
@RequestMapping("/api/v1")
class ExtensionController {

    /** {@code orgId} only when the caller answers for several parts of the measure. */
    record AskRequest(
            @NotNull LocalDate requestedDeadline,
            @NotBlank @Size(max = 1000) String reason,
            Long orgId) {}

    /** Optional for an approval, required for a refusal. */
    record DecisionRequest(@Size(max = 1000) String reason) {}

    private final ExtensionService extensions;

    ExtensionController(ExtensionService extensions) {
        this.extensions = extensions;
    }

    /** 申请延期: 201 with the pending request; 409 when the unit already has one pending for the measure. */
    @PostMapping("/measures/{id}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    ExtensionView ask(CurrentUser user, @PathVariable long id, @Valid @RequestBody AskRequest r) {
        return extensions.ask(user, id, r.orgId(), r.requestedDeadline(), r.reason());
    }

    /** The measure's extension requests, newest first. */
    @GetMapping("/measures/{id}/extensions")
    List<ExtensionView> forMeasure(CurrentUser user, @PathVariable long id) {
        return extensions.forMeasure(user, id);
    }

    @GetMapping("/extensions/{id}")
    ExtensionView get(CurrentUser user, @PathVariable long id) {
        return extensions.get(user, id);
    }

    /** The office approves: the measure's deadline in force becomes the requested one; the original is kept. */
    @PostMapping("/extensions/{id}/approve")
    ExtensionView approve(
            CurrentUser user, @PathVariable long id, @Valid @RequestBody(required = false) DecisionRequest r) {
        return extensions.approve(user, id, r == null ? null : r.reason());
    }

    /** The office refuses, with a reason. */
    @PostMapping("/extensions/{id}/refuse")
    ExtensionView refuse(CurrentUser user, @PathVariable long id, @Valid @RequestBody DecisionRequest r) {
        return extensions.refuse(user, id, r.reason());
    }

    /** The campaign's requests in a status (default {@code PENDING}), oldest first. */
    @GetMapping("/campaigns/{id}/extensions")
    List<ExtensionView> inCampaign(
            CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "PENDING") ExtensionStatus status) {
        return extensions.inCampaign(user, id, status);
    }

    /** Per measure and unit: extensions asked, approved and refused, for the annual assessment (考核). */
    @GetMapping("/campaigns/{id}/extension-counts")
    List<ExtensionCount> counts(CurrentUser user, @PathVariable long id) {
        return extensions.counts(user, id);
    }
}
