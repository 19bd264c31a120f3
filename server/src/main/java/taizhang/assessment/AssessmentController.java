package taizhang.assessment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.*;
import taizhang.shared.CurrentUser;

/**
 * 考核 through the API: a campaign's results for a year (every unit for its office and leaders, the
 * caller's own unit for anyone else), each with the breakdown its score adds up from; the office's
 * settings, recomputation, adjustment and feedback; the results as Excel and as a DOCX 通报.
 */
@RestController
@RequestMapping("/api/v1/campaigns/{id}")
class AssessmentController {

    /** One line of a breakdown: {@code value} is a rate in percent or a count; {@code points} add up to the score. */
    record ComponentView(
            String rule, String label, BigDecimal weight, BigDecimal value, BigDecimal points, String detail) {}

    record AdjustmentView(BigDecimal score, String reason, String by, Instant at) {}

    /**
     * A unit's result: {@code score} and {@code rating} (好, 较好, 一般 or 差) are those that stand;
     * {@code computedScore} is the computed one, kept when the office adjusted it.
     */
    record UnitView(
            long orgId,
            String name,
            BigDecimal score,
            String rating,
            BigDecimal computedScore,
            AdjustmentView adjustment,
            int version,
            List<ComponentView> components) {

        static UnitView of(UnitResult u) {
            Adjustment a = u.adjustment();
            return new UnitView(
                    u.orgId(),
                    u.name(),
                    u.score(),
                    u.rating().label(),
                    u.computedScore(),
                    a == null ? null : new AdjustmentView(a.score(), a.reason(), a.by(), a.at()),
                    u.version(),
                    u.components().stream()
                            .map(c -> new ComponentView(
                                    c.rule(), c.label(), c.weight(), c.value(), c.points(), c.detail()))
                            .toList());
        }
    }

    record AssessmentView(
            long campaignId, String campaign, int year, String computedBy, Instant computedAt, List<UnitView> units) {

        static AssessmentView of(Assessment a) {
            return new AssessmentView(
                    a.campaignId(),
                    a.campaignName(),
                    a.year(),
                    a.computedBy(),
                    a.computedAt(),
                    a.units().stream().map(UnitView::of).toList());
        }
    }

    /** A rule's weight (full points) and, for the count rules, the points one occurrence deducts. */
    record RuleRequest(@NotNull Rule rule, @NotNull BigDecimal weight, BigDecimal deduction) {}

    /**
     * Every rule once, weights adding up to 100; the lowest score of 好, 较好 and 一般; the version
     * read (0 while the campaign has the defaults).
     */
    record SettingsRequest(
            @NotNull @Valid List<RuleRequest> rules,
            @NotNull BigDecimal good,
            @NotNull BigDecimal fairlyGood,
            @NotNull BigDecimal fair,
            int version) {

        AssessmentSettings settings() {
            return new AssessmentSettings(
                    rules.stream()
                            .map(r -> new RuleSetting(
                                    r.rule(), r.weight(), r.deduction() == null ? BigDecimal.ZERO : r.deduction()))
                            .toList(),
                    new Thresholds(good, fairlyGood, fair),
                    version);
        }
    }

    record SettingsView(List<RuleSetting> rules, Thresholds thresholds, int version) {

        static SettingsView of(AssessmentSettings s) {
            return new SettingsView(s.rules(), s.thresholds(), s.version());
        }
    }

    /** The score the unit stands at instead, why, and the result's version read. */
    record AdjustRequest(
            @NotNull BigDecimal score,
            @NotBlank @Size(max = 1000) String reason,
            int version) {}

    record FeedbackView(int year, int units) {}

    private final AssessmentService assessments;
    private final AssessmentExports exports;

    AssessmentController(AssessmentService assessments, AssessmentExports exports) {
        this.assessments = assessments;
        this.exports = exports;
    }

    /** The year's results (default: the latest year with a closed cycle), computed now if they never were. */
    @GetMapping("/assessment")
    AssessmentView get(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Integer year) {
        return AssessmentView.of(assessments.read(user, id, year));
    }

    /** The office computes the year again from the ledger as it stands; adjustments are kept. */
    @PostMapping("/assessment/compute")
    AssessmentView compute(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Integer year) {
        return AssessmentView.of(assessments.compute(user, id, year));
    }

    /** The office sets a unit's score with a written reason; 409 when the result changed since it was read. */
    @PutMapping("/assessment/units/{orgId}/adjustment")
    UnitView adjust(
            CurrentUser user,
            @PathVariable long id,
            @PathVariable long orgId,
            @RequestParam int year,
            @Valid @RequestBody AdjustRequest r) {
        return UnitView.of(assessments.adjust(user, id, year, orgId, r.score(), r.reason(), r.version()));
    }

    /** 一对一反馈: each unit rated 一般 or 差 is sent its own breakdown as a notification. */
    @PostMapping("/assessment/feedback")
    FeedbackView feedback(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Integer year) {
        Assessment read = assessments.read(user, id, year);
        return new FeedbackView(read.year(), assessments.sendFeedback(user, id, read.year()));
    }

    @GetMapping("/assessment-settings")
    SettingsView settings(CurrentUser user, @PathVariable long id) {
        return SettingsView.of(assessments.settings(user, id));
    }

    @PutMapping("/assessment-settings")
    SettingsView saveSettings(CurrentUser user, @PathVariable long id, @Valid @RequestBody SettingsRequest r) {
        return SettingsView.of(assessments.saveSettings(user, id, r.settings()));
    }

    /** The results the caller may see as an Excel workbook: the scores, then every unit's breakdown. */
    @GetMapping("/assessment/sheet")
    ResponseEntity<byte[]> sheet(
            CurrentUser user, @PathVariable long id, @RequestParam(required = false) Integer year) {
        return exports.sheet(assessments.read(user, id, year));
    }

    /** The results as a DOCX 考核结果通报. */
    @GetMapping("/assessment/notice")
    ResponseEntity<byte[]> notice(
            CurrentUser user, @PathVariable long id, @RequestParam(required = false) Integer year) {
        return exports.notice(assessments.read(user, id, year));
    }
}
