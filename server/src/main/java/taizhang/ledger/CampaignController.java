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

    private final CampaignService campaigns;

    CampaignController(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/campaigns")
    List<Campaign> list(CurrentUser user) {
        return campaigns.visible(user);
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

    @GetMapping("/campaigns/{id}/problems")
    List<Problem> problems(CurrentUser user, @PathVariable long id) {
        return campaigns.problems(user, id);
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
