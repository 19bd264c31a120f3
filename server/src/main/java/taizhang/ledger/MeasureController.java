package taizhang.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import taizhang.shared.CurrentUser;
import taizhang.shared.PageResult;

@RestController
@RequestMapping("/api/v1")
class MeasureController {

    record MeasureRequest(
            @NotBlank @Size(max = 1000) String title,
            @Size(max = Measure.MAX_BODY) String body,
            Long leadOrgId,
            List<Long> coUnitIds,
            @Size(max = 100) String responsibleLeader,
            LocalDate deadline,
            MeasureType type) {}

    record AssignmentRequest(
            @NotNull Integer version,
            Long leadOrgId,
            List<Long> coUnitIds,
            @Size(max = 100) String responsibleLeader,
            LocalDate deadline,
            MeasureType type) {}

    /**
     * 修改: every field the office words and assigns, as it should read; unchanged fields stay as they
     * are. {@code body}, the official text, is left as it is when absent and removed when blank.
     */
    record EditRequest(
            @NotNull Integer version,
            @NotBlank @Size(max = 1000) String title,
            @Size(max = Measure.MAX_BODY) String body,
            Long leadOrgId,
            List<Long> coUnitIds,
            @Size(max = 100) String responsibleLeader,
            LocalDate deadline,
            MeasureType type) {}

    record VersionRequest(@NotNull Integer version) {}

    /**
     * The outcome the office records: {@code DONE} (the default) or {@code SUBSTANTIALLY_DONE} (基本完成);
     * {@code overrideReason} records a parent done while some of its sub-measures are open (分层建账).
     */
    record DoneRequest(
            @NotNull Integer version,
            MeasureStatus outcome,
            @Size(max = 1000) String overrideReason) {}

    record ReasonRequest(
            @NotNull Integer version,
            @NotBlank @Size(max = 1000) String reason) {}

    /** @param removed why and when the office removed the measure; null while it is in the ledger */
    record Rights(Set<Move> moves, boolean edit, boolean report, boolean attach, Removal removed) {}

    private final MeasureService measures;
    private final LedgerRemoval removal;

    MeasureController(MeasureService measures, LedgerRemoval removal) {
        this.measures = measures;
        this.removal = removal;
    }

    /**
     * The ledger: filtered, sorted ({@code sort=deadline}, {@code sort=-updated}) and paged;
     * {@code unsigned=true} keeps the measures some assigned unit has not signed for (签收);
     * {@code textDefects=true} those with an open text defect from their import (文字疑点).
     */
    @GetMapping("/measures")
    PageResult<MeasureView> list(
            CurrentUser user,
            @RequestParam(required = false) Long campaignId,
            @RequestParam(required = false) Long problemId,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) Set<MeasureStatus> status,
            @RequestParam(required = false) Set<WarningLevel> warning,
            @RequestParam(required = false) Set<MeasureType> type,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineTo,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "false") boolean unsigned,
            @RequestParam(defaultValue = "false") boolean textDefects,
            @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestParam(defaultValue = "false") boolean withTotal) {
        MeasureFilter filter = new MeasureFilter(
                campaignId,
                problemId,
                unitId,
                orEmpty(status),
                orEmpty(warning),
                orEmpty(type),
                deadlineFrom,
                deadlineTo,
                q,
                unsigned,
                textDefects);
        return measures.list(user, filter, MeasureSort.parse(sort), page, size, withTotal);
    }

    @GetMapping("/measures/{id}")
    Measure get(CurrentUser user, @PathVariable long id) {
        return measures.get(user, id);
    }

    @PostMapping("/problems/{problemId}/measures")
    @ResponseStatus(HttpStatus.CREATED)
    Measure create(CurrentUser user, @PathVariable long problemId, @Valid @RequestBody MeasureRequest r) {
        return measures.create(
                user,
                problemId,
                r.title().strip(),
                r.body(),
                new MeasureService.Assignment(
                        r.leadOrgId(), r.coUnitIds(), r.responsibleLeader(), r.deadline(), r.type()));
    }

    @PutMapping("/measures/{id}/assignment")
    Measure assign(CurrentUser user, @PathVariable long id, @Valid @RequestBody AssignmentRequest r) {
        return measures.assign(
                user,
                id,
                r.version(),
                new MeasureService.Assignment(
                        r.leadOrgId(), r.coUnitIds(), r.responsibleLeader(), r.deadline(), r.type()));
    }

    /** What the user may do to the measure now: the moves, editing, reporting, attaching files. */
    @GetMapping("/measures/{id}/rights")
    Rights rights(CurrentUser user, @PathVariable long id) {
        MeasureRights rights = measures.rights(user, measures.get(user, id));
        return new Rights(
                rights.moves(),
                rights.mayEdit(),
                rights.mayReport(),
                rights.mayAttach(),
                measures.removal(id).orElse(null));
    }

    /** 修改 with optimistic locking: 409 when the measure changed since {@code version} was read. */
    @PutMapping("/measures/{id}")
    Measure edit(CurrentUser user, @PathVariable long id, @Valid @RequestBody EditRequest r) {
        return measures.edit(
                user,
                id,
                r.version(),
                r.title().strip(),
                r.body(),
                new MeasureService.Assignment(
                        r.leadOrgId(), r.coUnitIds(), r.responsibleLeader(), r.deadline(), r.type()));
    }

    /** 移除 with a reason: out of the ledger, statistics, notices, warnings and cycles until restored. */
    @PostMapping("/measures/{id}/remove")
    Measure remove(CurrentUser user, @PathVariable long id, @Valid @RequestBody ReasonRequest r) {
        return removal.removeMeasure(user, id, r.version(), r.reason());
    }

    @PostMapping("/measures/{id}/restore")
    Measure restore(CurrentUser user, @PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return removal.restoreMeasure(user, id, r.version());
    }

    @PostMapping("/measures/{id}/start")
    Measure start(CurrentUser user, @PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return measures.start(user, id, r.version());
    }

    @PostMapping("/measures/{id}/done")
    Measure reportDone(CurrentUser user, @PathVariable long id, @Valid @RequestBody DoneRequest r) {
        return measures.reportDone(
                user, id, r.version(), r.outcome() == null ? MeasureStatus.DONE : r.outcome(), r.overrideReason());
    }

    @PostMapping("/measures/{id}/return")
    Measure sendBack(CurrentUser user, @PathVariable long id, @Valid @RequestBody ReasonRequest r) {
        return measures.sendBack(user, id, r.version(), r.reason());
    }

    /** 销号: needs evidence files (upload them first, {@code POST /measures/{id}/evidence}) and an accepted report. */
    @PostMapping("/measures/{id}/close")
    Measure close(CurrentUser user, @PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return measures.close(user, id, r.version());
    }

    @PostMapping("/measures/{id}/reopen")
    Measure reopen(CurrentUser user, @PathVariable long id, @Valid @RequestBody ReasonRequest r) {
        return measures.reopen(user, id, r.version(), r.reason());
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
