package taizhang.cycle;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import taizhang.ledger.MeasureType;
import taizhang.shared.CurrentUser;

/** 调度周期 through the API: open, list, who owes what, remind, close and reopen. */
@RestController
@RequestMapping("/api/v1")
class CycleController {

    /** A cycle to open; measures can be excluded by id and by type ({@code CONTINUING} for 长期坚持). */
    record OpenRequest(
            @NotBlank @Size(max = 10) String period,
            @NotNull LocalDate dueDate,
            Set<Long> excludedMeasureIds,
            Set<MeasureType> excludedTypes) {}

    record ReopenRequest(@NotBlank @Size(max = 1000) String reason) {}

    record RemindRequest(@NotNull RemindTarget target, Long orgId) {}

    private final CycleService cycles;
    private final CycleReminders reminders;

    CycleController(CycleService cycles, CycleReminders reminders) {
        this.cycles = cycles;
        this.reminders = reminders;
    }

    @PostMapping("/campaigns/{id}/cycles")
    @ResponseStatus(HttpStatus.CREATED)
    CycleView open(CurrentUser user, @PathVariable long id, @Valid @RequestBody OpenRequest r) {
        return CycleView.of(cycles.open(
                user,
                id,
                r.period(),
                r.dueDate(),
                r.excludedMeasureIds() == null ? Set.of() : r.excludedMeasureIds(),
                r.excludedTypes() == null ? Set.of() : r.excludedTypes()));
    }

    /**
     * The cycles the office has opened, latest first. ({@code GET .../cycles} is the reports' list of
     * periods that carry data, which predates 调度周期.)
     */
    @GetMapping("/campaigns/{id}/reporting-cycles")
    List<CycleView> list(CurrentUser user, @PathVariable long id) {
        return cycles.list(user, id).stream().map(CycleView::of).toList();
    }

    @GetMapping("/campaigns/{id}/cycles/{period}")
    CycleView get(CurrentUser user, @PathVariable long id, @PathVariable String period) {
        return CycleView.of(cycles.get(user, id, period));
    }

    /** The units that still owe reports, each with the measures it has not submitted. */
    @GetMapping("/campaigns/{id}/cycles/{period}/missing")
    List<MissingUnit> missing(CurrentUser user, @PathVariable long id, @PathVariable String period) {
        return cycles.missing(user, id, period);
    }

    /** Per unit: required, submitted, returned and owing counts, and the last reminder. */
    @GetMapping("/campaigns/{id}/cycles/{period}/units")
    List<UnitTally> units(CurrentUser user, @PathVariable long id, @PathVariable String period) {
        return cycles.units(user, id, period);
    }

    /** Per measure: submitted, returned-not-resubmitted, late or pending; a page at a time. */
    @GetMapping("/campaigns/{id}/cycles/{period}/obligations")
    List<Obligation> obligations(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable String period,
            @RequestParam(defaultValue = "false") boolean owing,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return cycles.obligations(user, id, period, owing, page, size);
    }

    @PostMapping("/campaigns/{id}/cycles/{period}/close")
    CycleView close(CurrentUser user, @PathVariable long id, @PathVariable String period) {
        return CycleView.of(cycles.close(user, id, period));
    }

    @PostMapping("/campaigns/{id}/cycles/{period}/reopen")
    CycleView reopen(
            CurrentUser user, @PathVariable long id, @PathVariable String period, @Valid @RequestBody ReopenRequest r) {
        return CycleView.of(cycles.reopen(user, id, period, r.reason()));
    }

    /** 催报: one unit ({@code UNIT} with its {@code orgId}), every late unit, or every unit that owes. */
    @PostMapping("/campaigns/{id}/cycles/{period}/remind")
    List<Reminder> remind(
            CurrentUser user, @PathVariable long id, @PathVariable String period, @Valid @RequestBody RemindRequest r) {
        return reminders.remind(user, id, period, r.target(), r.orgId());
    }

    /** The ledger as it stood when the cycle closed, a page of measures at a time. */
    @GetMapping("/campaigns/{id}/cycles/{period}/snapshot")
    List<SnapshotEntry> snapshot(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable String period,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return cycles.snapshot(user, id, period, page, size);
    }

    /** A measure as it stood when the cycle closed. */
    @GetMapping("/campaigns/{id}/cycles/{period}/snapshot/{measureId}")
    SnapshotEntry snapshot(
            CurrentUser user, @PathVariable long id, @PathVariable String period, @PathVariable long measureId) {
        return cycles.snapshot(user, id, period, measureId);
    }

    /** The reminders the office sent to the signed-in user's unit, newest first. */
    @GetMapping("/me/reminders")
    List<Reminder> myReminders(CurrentUser user, @RequestParam(defaultValue = "20") int limit) {
        return cycles.reminders(user, limit);
    }
}
