package taizhang.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import taizhang.shared.CurrentUser;

/** 分层建账 through the API: split a measure into sub-measures, and read the roll-up. */
@RestController
@RequestMapping("/api/v1")
class SubMeasureController {

    record PartRequest(
            @NotBlank @Size(max = 1000) String title,
            @Size(max = Measure.MAX_BODY) String body,
            @NotNull Long leadOrgId,
            List<Long> coUnitIds,
            @Size(max = 100) String responsibleLeader,
            LocalDate deadline,
            MeasureType type) {}

    record SplitRequest(@NotEmpty @Size(max = 50) List<@Valid PartRequest> measures) {}

    /**
     * The roll-up of a measure: its parent ({@code null} unless it is a sub-measure the reader sees),
     * the count of its sub-measures by status ({@code total}, {@code finished}, {@code open},
     * {@code byStatus}), and those of them the reader sees.
     */
    record SubMeasures(
            Long parentId,
            int total,
            int finished,
            int open,
            Map<MeasureStatus, Integer> byStatus,
            List<Measure> subMeasures,
            boolean maySplit) {}

    private final SubMeasureService subMeasures;
    private final MeasureService measures;

    SubMeasureController(SubMeasureService subMeasures, MeasureService measures) {
        this.subMeasures = subMeasures;
        this.measures = measures;
    }

    /** Splits the measure: the lead unit (or the office) gives each sub-measure its units and deadline. */
    @PostMapping("/measures/{id}/sub-measures")
    @ResponseStatus(HttpStatus.CREATED)
    List<Measure> split(CurrentUser user, @PathVariable long id, @Valid @RequestBody SplitRequest r) {
        return subMeasures.split(
                user,
                id,
                r.measures().stream()
                        .map(p -> new SubMeasureService.Part(
                                p.title(),
                                p.body(),
                                p.leadOrgId(),
                                p.coUnitIds(),
                                p.responsibleLeader(),
                                p.deadline(),
                                p.type()))
                        .toList());
    }

    @GetMapping("/measures/{id}/sub-measures")
    SubMeasures read(CurrentUser user, @PathVariable long id) {
        Measure measure = measures.get(user, id);
        RollUp rollUp = subMeasures.rollUp(id);
        Long parentId = subMeasures
                .link(id)
                .flatMap(l -> subMeasures.visibleParent(user, l))
                .map(Measure::id)
                .orElse(null);
        return new SubMeasures(
                parentId,
                rollUp.parts().size(),
                rollUp.finished(),
                rollUp.open().size(),
                rollUp.byStatus(),
                subMeasures.visibleParts(user, rollUp),
                measures.rights(user, measure).maySplit());
    }
}
