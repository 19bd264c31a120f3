package taizhang.supervision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import taizhang.shared.CurrentUser;

/** 督导事项 through the API: record (and feed back at once), correct, feed back later, list and count. */
@RestController
@RequestMapping("/api/v1")
class SupervisionController {

    /**
     * A new item. {@code method}: 实地督导, 查阅资料, 座谈, 暗访, 个别谈话, 问卷调查 or 其他 (or its code);
     * {@code checkedOn} defaults to today. {@code createMeasure} sends the finding back to the unit
     * as a new measure (under {@code problemId}, the first concerned measure's problem, or the
     * campaign's 对口督导发现的问题), with an optional {@code deadline}; {@code returnMeasureId}
     * returns one of the unit's measures with the finding as the reason.
     */
    record CreateItemRequest(
            @NotNull Long campaignId,
            @NotNull Long unitId,
            @NotBlank String method,
            LocalDate checkedOn,
            @Size(max = SupervisionItem.FINDINGS_MAX) String findings,
            List<Long> measureIds,
            Boolean createMeasure,
            LocalDate deadline,
            Long problemId,
            Long returnMeasureId) {}

    record ReviseItemRequest(
            @NotNull Integer version,
            @NotBlank String method,
            LocalDate checkedOn,
            @Size(max = SupervisionItem.FINDINGS_MAX) String findings) {}

    record FeedbackRequest(LocalDate deadline, Long problemId) {}

    record ReturnRequest(@NotNull Long measureId) {}

    private final SupervisionService items;
    private final SupervisionOverview overview;

    SupervisionController(SupervisionService items, SupervisionOverview overview) {
        this.items = items;
        this.overview = overview;
    }

    /** 201 with the item's {@code id} and, when its finding became a measure, that measure's {@code measureId}. */
    @PostMapping("/supervision/items")
    @ResponseStatus(HttpStatus.CREATED)
    ItemView record(CurrentUser user, @Valid @RequestBody CreateItemRequest r) {
        return items.record(
                user,
                new NewItem(
                        r.campaignId(),
                        r.unitId(),
                        SupervisionMethod.parse(r.method()),
                        r.checkedOn(),
                        r.findings(),
                        r.measureIds(),
                        Boolean.TRUE.equals(r.createMeasure()),
                        r.deadline(),
                        r.problemId(),
                        r.returnMeasureId()));
    }

    /** A campaign's items the caller may read, newest first; {@code unitId} narrows to a unit's subtree. */
    @GetMapping("/supervision/items")
    List<ItemView> list(CurrentUser user, @RequestParam long campaignId, @RequestParam(required = false) Long unitId) {
        return items.inCampaign(user, campaignId, unitId);
    }

    @GetMapping("/supervision/items/{id}")
    ItemView get(CurrentUser user, @PathVariable long id) {
        return items.get(user, id);
    }

    /** Corrects an item: its recorder or the campaign's office. */
    @PutMapping("/supervision/items/{id}")
    ItemView revise(CurrentUser user, @PathVariable long id, @Valid @RequestBody ReviseItemRequest r) {
        return items.revise(user, id, r.version(), SupervisionMethod.parse(r.method()), r.checkedOn(), r.findings());
    }

    /** 一对一反馈整改: the item's finding becomes a new measure led by its unit. */
    @PostMapping("/supervision/items/{id}/measure")
    ItemView feedBack(CurrentUser user, @PathVariable long id, @RequestBody(required = false) FeedbackRequest r) {
        return items.feedBack(user, id, r == null ? null : r.deadline(), r == null ? null : r.problemId());
    }

    /** The item's finding returns one of the unit's measures (退回), the finding as the reason. */
    @PostMapping("/supervision/items/{id}/return")
    ItemView sendBack(CurrentUser user, @PathVariable long id, @Valid @RequestBody ReturnRequest r) {
        return items.sendBack(user, id, r.measureId());
    }

    /** The supervision items linked to a measure: whoever sees the measure. */
    @GetMapping("/measures/{id}/supervision-items")
    List<ItemView> forMeasure(CurrentUser user, @PathVariable long id) {
        return items.forMeasure(user, id);
    }

    /** Per unit and in total: items, items with findings, findings fed back, accountability actions. */
    @GetMapping("/campaigns/{id}/supervision/summary")
    SupervisionOverview.Summary summary(CurrentUser user, @PathVariable long id) {
        return overview.summary(user, id);
    }
}
