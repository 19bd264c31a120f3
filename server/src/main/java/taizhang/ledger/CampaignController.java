package taizhang.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import taizhang.shared.CurrentUser;

@RestController
@RequestMapping("/api/v1")
class CampaignController {

    /** Removed measures a campaign lists at most. */
    static final int REMOVED_LIMIT = 500;

    record CampaignRequest(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 1000) String source,
            Long ownerOrgId,
            @Min(2000) Integer reportYear,
            LocalDate startsOn,
            LocalDate endsOn) {}

    record SectionRequest(
            @NotBlank @Size(max = 20) String label,
            @NotBlank @Size(max = 1000) String title) {}

    record ProblemRequest(
            Long sectionId,
            @NotNull @Min(1) Integer number,
            @NotBlank @Size(max = 1000) String title,
            @Size(max = 100000) String description,
            @Size(max = 500) String sourceRef) {}

    record ProblemUpdate(
            @NotNull Integer version,
            @NotBlank @Size(max = 1000) String title,
            @Size(max = 100000) String description) {}

    record RenameRequest(
            @NotNull Integer version,
            @NotBlank @Size(max = 300) String name) {}

    record VersionRequest(@NotNull Integer version) {}

    record ReasonRequest(
            @NotNull Integer version,
            @NotBlank @Size(max = Removal.MAX_REASON) String reason) {}

    private final CampaignService campaigns;
    private final LedgerRemoval removal;

    CampaignController(CampaignService campaigns, LedgerRemoval removal) {
        this.campaigns = campaigns;
        this.removal = removal;
    }

    /** The campaigns the caller sees; archived ones (归档) only with {@code archived=true}. */
    @GetMapping("/campaigns")
    List<Campaign> list(CurrentUser user, @RequestParam(defaultValue = "false") boolean archived) {
        return campaigns.visible(user, archived);
    }

    @PostMapping("/campaigns/{id}/rename")
    Campaign rename(CurrentUser user, @PathVariable long id, @Valid @RequestBody RenameRequest r) {
        return campaigns.rename(user, id, r.version(), r.name());
    }

    /** 归档: read-only, and out of the default lists. */
    @PostMapping("/campaigns/{id}/archive")
    Campaign archive(CurrentUser user, @PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return campaigns.archive(user, id, r.version());
    }

    @PostMapping("/campaigns/{id}/unarchive")
    Campaign unarchive(CurrentUser user, @PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return campaigns.unarchive(user, id, r.version());
    }

    /** The campaign's removed measures, latest first: for its office, which may restore them. */
    @GetMapping("/campaigns/{id}/removed-measures")
    List<RemovedMeasure> removedMeasures(CurrentUser user, @PathVariable long id) {
        return removal.removedMeasures(user, id, REMOVED_LIMIT);
    }

    /** 移除问题 with a reason, and its measures with it. */
    @PostMapping("/problems/{id}/remove")
    Problem removeProblem(CurrentUser user, @PathVariable long id, @Valid @RequestBody ReasonRequest r) {
        return removal.removeProblem(user, id, r.version(), r.reason());
    }

    /** 恢复问题, and the measures removed with it. */
    @PostMapping("/problems/{id}/restore")
    Problem restoreProblem(CurrentUser user, @PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return removal.restoreProblem(user, id, r.version());
    }

    @GetMapping("/campaigns/{id}")
    Campaign get(CurrentUser user, @PathVariable long id) {
        return campaigns.get(user, id);
    }

    @PostMapping("/campaigns")
    @ResponseStatus(HttpStatus.CREATED)
    Campaign create(CurrentUser user, @Valid @RequestBody CampaignRequest r) {
        return campaigns.create(
                user, r.name().strip(), r.source(), r.ownerOrgId(), r.reportYear(), r.startsOn(), r.endsOn());
    }

    @GetMapping("/campaigns/{id}/sections")
    List<Section> sections(CurrentUser user, @PathVariable long id) {
        return campaigns.sections(user, id);
    }

    @PostMapping("/campaigns/{id}/sections")
    @ResponseStatus(HttpStatus.CREATED)
    Section addSection(CurrentUser user, @PathVariable long id, @Valid @RequestBody SectionRequest r) {
        return campaigns.addSection(user, id, r.label(), r.title());
    }

    /** The campaign's problems in the ledger; with {@code removed=true} those its office removed. */
    @GetMapping("/campaigns/{id}/problems")
    List<Problem> problems(
            CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean removed) {
        return removed ? removal.removedProblems(user, id) : campaigns.problems(user, id);
    }

    @PostMapping("/campaigns/{id}/problems")
    @ResponseStatus(HttpStatus.CREATED)
    Problem addProblem(CurrentUser user, @PathVariable long id, @Valid @RequestBody ProblemRequest r) {
        return campaigns.addProblem(user, id, r.sectionId(), r.number(), r.title(), r.description(), r.sourceRef());
    }

    @GetMapping("/problems/{id}")
    Problem problem(CurrentUser user, @PathVariable long id) {
        return campaigns.problem(user, id);
    }

    @PutMapping("/problems/{id}")
    Problem updateProblem(CurrentUser user, @PathVariable long id, @Valid @RequestBody ProblemUpdate r) {
        return campaigns.updateProblem(user, id, r.version(), r.title(), r.description());
    }
}
