package taizhang.ledger;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.*;
import taizhang.shared.CurrentUser;

/** 预警设置 through the API: read a campaign's warning settings, preview a change, change them. */
@RestController
@RequestMapping("/api/v1")
class WarningController {

    /** Settings as sent; their ranges are checked by {@link WarningSettings}. */
    record SettingsRequest(
            @NotNull Integer dueSoonDays,
            @NotNull Boolean overdueRed,
            @NotNull Integer overdueGraceDays,
            @NotNull Integer missedCyclesYellow,
            @NotNull Integer missedCyclesRed,
            @NotNull Integer unsignedDays) {

        WarningSettings settings() {
            return new WarningSettings(
                    dueSoonDays, overdueRed, overdueGraceDays, missedCyclesYellow, missedCyclesRed, unsignedDays);
        }
    }

    private final WarningService warnings;

    WarningController(WarningService warnings) {
        this.warnings = warnings;
    }

    @GetMapping("/campaigns/{id}/warning-settings")
    WarningSettings get(CurrentUser user, @PathVariable long id) {
        return warnings.settings(user, id);
    }

    /** How many measures the settings would move to red, to yellow and back to green; nothing is written. */
    @PostMapping("/campaigns/{id}/warning-settings/preview")
    WarningPreview preview(CurrentUser user, @PathVariable long id, @Valid @RequestBody SettingsRequest r) {
        return warnings.preview(user, id, r.settings());
    }

    /** Stores the settings (office of the campaign only) and recomputes the campaign's warnings. */
    @PutMapping("/campaigns/{id}/warning-settings")
    WarningService.Saved put(CurrentUser user, @PathVariable long id, @Valid @RequestBody SettingsRequest r) {
        return warnings.save(user, id, r.settings());
    }
}
