package taizhang.notice;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import taizhang.report.ProgressNotice;
import taizhang.shared.CurrentUser;

/** The notices of a campaign through the API: draft, edit, publish, compare, and the documents. */
@RestController
@RequestMapping("/api/v1")
class NoticeController {

    record DraftRequest(LocalDate asOf, @Size(max = 10) String cycle) {}

    record EditRequest(
            @NotNull Integer version,
            Map<Long, String> rewrites,
            @NotNull @Size(max = Notice.MAX_SECTION) String issues,
            @NotNull @Size(max = Notice.MAX_SECTION) String nextSteps) {}

    record VersionRequest(@NotNull Integer version, LocalDate issuedOn) {}

    record SettingsRequest(
            @NotNull String issuer,
            @NotNull String signature,
            @NotNull String numberPattern,
            String contact,
            @NotNull Integer version) {}

    /** A notice with its document (the full version, with the office's edits and closing). */
    record NoticeView(
            long id,
            long campaignId,
            String status,
            LocalDate asOf,
            String cycle,
            String number,
            LocalDate issuedOn,
            int version,
            Map<Long, String> rewrites,
            List<String> lagging,
            ProgressNotice document) {}

    private final NoticeService notices;
    private final NoticeSettingsService settings;

    NoticeController(NoticeService notices, NoticeSettingsService settings) {
        this.notices = notices;
        this.settings = settings;
    }

    @GetMapping("/campaigns/{id}/notices")
    List<NoticeSummary> list(CurrentUser user, @PathVariable long id) {
        return notices.list(user, id);
    }

    @PostMapping("/campaigns/{id}/notices")
    @ResponseStatus(HttpStatus.CREATED)
    NoticeView draft(CurrentUser user, @PathVariable long id, @Valid @RequestBody DraftRequest r) {
        return view(user, notices.draft(user, id, r.asOf(), r.cycle()));
    }

    @GetMapping("/notices/{id}")
    NoticeView get(CurrentUser user, @PathVariable long id) {
        return view(user, notices.get(user, id));
    }

    @PutMapping("/notices/{id}")
    NoticeView edit(CurrentUser user, @PathVariable long id, @Valid @RequestBody EditRequest r) {
        Map<Long, String> rewrites = r.rewrites() == null ? Map.of() : r.rewrites();
        return view(user, notices.edit(user, id, r.version(), rewrites, r.issues(), r.nextSteps()));
    }

    @PostMapping("/notices/{id}/regenerate")
    NoticeView regenerate(CurrentUser user, @PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return view(user, notices.regenerate(user, id, r.version()));
    }

    @PostMapping("/notices/{id}/publish")
    NoticeView publish(CurrentUser user, @PathVariable long id, @Valid @RequestBody VersionRequest r) {
        return view(user, notices.publish(user, id, r.version(), r.issuedOn()));
    }

    /** This notice beside the previous published one; 404 when there is none. */
    @GetMapping("/notices/{id}/compare")
    NoticeComparison compare(CurrentUser user, @PathVariable long id) {
        return notices.compare(user, notices.get(user, id))
                .orElseThrow(() -> new taizhang.shared.NotFoundException("没有更早印发的通报可以比较"));
    }

    @GetMapping("/notices/{id}/brief")
    Brief brief(CurrentUser user, @PathVariable long id) {
        return notices.brief(user, notices.get(user, id));
    }

    @GetMapping("/campaigns/{id}/notice-settings")
    NoticeSettings settings(CurrentUser user, @PathVariable long id) {
        return settings.settings(user, id);
    }

    @PutMapping("/campaigns/{id}/notice-settings")
    NoticeSettings saveSettings(CurrentUser user, @PathVariable long id, @Valid @RequestBody SettingsRequest r) {
        return settings.save(user, id, r.issuer(), r.signature(), r.numberPattern(), r.contact(), r.version());
    }

    private NoticeView view(CurrentUser user, Notice n) {
        return new NoticeView(
                n.id(),
                n.campaignId(),
                n.status().name(),
                n.asOf(),
                n.cycle(),
                n.number(),
                n.issuedOn(),
                n.version(),
                n.rewrites(),
                n.lagging(),
                notices.document(user, n, false));
    }
}
