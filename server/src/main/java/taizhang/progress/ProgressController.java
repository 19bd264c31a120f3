package taizhang.progress;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.CurrentUser;

@RestController
@RequestMapping("/api/v1")
class ProgressController {

    record FigureRequest(@NotNull Long indicatorId, @NotNull BigDecimal value) {}

    record ReportRequest(
            @NotBlank @Size(max = 10) String period,
            @NotBlank @Size(max = 20000) String body,
            @NotNull MeasureStatus claimedStatus,
            List<@Valid FigureRequest> figures,
            Boolean submit) {}

    record ReportEdit(
            @NotNull Integer version,
            @NotBlank @Size(max = 20000) String body,
            @NotNull MeasureStatus claimedStatus,
            List<@Valid FigureRequest> figures) {}

    record VersionRequest(@NotNull Integer version) {}

    /**
     * {@code overrideReason}: the office's reason to accept a lead's report claiming done on a parent
     * measure whose sub-measures are not all finished (分层建账); refused without it.
     */
    record AcceptRequest(
            @NotNull Integer version, @Size(max = 1000) String overrideReason) {}

    record BackfillRequest(
            @NotNull Long organisationId,
            @NotBlank @Size(max = 10) String period,
            @NotBlank @Size(max = 1000) String reason) {}

    record ReturnRequest(
            @NotNull Integer version,
            @NotBlank @Size(max = 1000) String reason) {}

    private final ProgressService reports;

    ProgressController(ProgressService reports) {
        this.reports = reports;
    }

    @GetMapping("/measures/{measureId}/reports")
    List<ProgressReport> forMeasure(CurrentUser user, @PathVariable long measureId) {
        return reports.forMeasure(user, measureId);
    }

    @PostMapping("/measures/{measureId}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    ProgressReport create(CurrentUser user, @PathVariable long measureId, @Valid @RequestBody ReportRequest r) {
        return reports.create(
                user,
                measureId,
                r.period(),
                r.body(),
                r.claimedStatus(),
                figures(r.figures()),
                Boolean.TRUE.equals(r.submit()));
    }

    /** 补报: the office lets a unit file for a period that has ended. */
    @PostMapping("/measures/{measureId}/backfills")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void allowBackfill(CurrentUser user, @PathVariable long measureId, @Valid @RequestBody BackfillRequest r) {
        reports.allowBackfill(user, measureId, r.organisationId(), r.period(), r.reason());
    }

    @GetMapping("/reports/{id}")
    ProgressReport get(CurrentUser user, @PathVariable long id) {
        return reports.get(user, id);
    }

    @PutMapping("/reports/{id}")
    ProgressReport edit(CurrentUser user, @PathVariable long id, @Valid @RequestBody ReportEdit r) {
        return reports.edit(user, id, r.version(), r.body(), r.claimedStatus(), figures(r.figures()));
    }

    @PostMapping("/reports/{id}/submit")
    ProgressReport submit(CurrentUser user, @PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return reports.submit(user, id, r.version());
    }

    @PostMapping("/reports/{id}/accept")
    ProgressReport accept(CurrentUser user, @PathVariable long id, @Valid @RequestBody AcceptRequest r) {
        return reports.accept(user, id, r.version(), r.overrideReason());
    }

    @PostMapping("/reports/{id}/return")
    ProgressReport returnToUnit(CurrentUser user, @PathVariable long id, @Valid @RequestBody ReturnRequest r) {
        return reports.returnToUnit(user, id, r.version(), r.reason());
    }

    private static List<ProgressReport.Figure> figures(List<FigureRequest> figures) {
        return figures == null
                ? List.of()
                : figures.stream()
                        .map(f -> new ProgressReport.Figure(f.indicatorId(), f.value()))
                        .toList();
    }
}
