package taizhang.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import taizhang.shared.CurrentUser;

/** 销号审批链 through the API: the campaign's chain, a measure's closing request and each step's decision. */
@RestController
@RequestMapping("/api/v1")
class ClosingChainController {

    /** The approvers in order ({@code LEAD_LEADER}, {@code OFFICE}, {@code LEADING_GROUP}); empty: no chain. */
    record ChainRequest(@NotNull @Size(max = 3) List<@NotNull ClosingApprover> steps) {}

    record VersionRequest(@NotNull Integer version) {}

    record ReasonRequest(
            @NotNull Integer version,
            @NotBlank @Size(max = 1000) String reason) {}

    /** A measure's closing: the campaign's chain, its latest request, and what the caller may do now. */
    record State(
            List<ClosingApprover> chain,
            ClosingRequest request,
            ClosingApprover currentStep,
            boolean mayAsk,
            boolean mayDecide) {}

    private final ClosingChainService closing;

    ClosingChainController(ClosingChainService closing) {
        this.closing = closing;
    }

    @GetMapping("/campaigns/{id}/closing-chain")
    ClosingChain chain(CurrentUser user, @PathVariable long id) {
        return closing.chain(user, id);
    }

    @PutMapping("/campaigns/{id}/closing-chain")
    ClosingChain setChain(CurrentUser user, @PathVariable long id, @Valid @RequestBody ChainRequest r) {
        return closing.setChain(user, id, new ClosingChain(r.steps()));
    }

    @GetMapping("/measures/{id}/closing")
    State state(CurrentUser user, @PathVariable long id) {
        ClosingChainService.ClosingState s = closing.state(user, id);
        ClosingApprover current =
                s.request() == null ? null : s.request().current().orElse(null);
        return new State(s.chain().steps(), s.request(), current, s.mayAsk(), s.decides() != null);
    }

    /** 销号申请: done work with evidence and an accepted report goes to the chain's first step. */
    @PostMapping("/measures/{id}/closing-requests")
    @ResponseStatus(HttpStatus.CREATED)
    ClosingRequest ask(CurrentUser user, @PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return closing.ask(user, id, r.version());
    }

    @PostMapping("/closing-requests/{id}/approve")
    ClosingRequest approve(CurrentUser user, @PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return closing.approve(user, id, r.version());
    }

    @PostMapping("/closing-requests/{id}/return")
    ClosingRequest sendBack(CurrentUser user, @PathVariable long id, @Valid @RequestBody ReasonRequest r) {
        return closing.sendBack(user, id, r.version(), r.reason());
    }
}
