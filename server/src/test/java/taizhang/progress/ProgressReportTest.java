package taizhang.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;
import taizhang.shared.Role;
import taizhang.shared.RuleViolationException;

/**
 * A report's review: draft → submitted → accepted, or returned with a reason and submitted again;
 * written and submitted by its own unit only, accepted by someone who did neither.
 */
class ProgressReportTest {

    private static final Instant T1 = Instant.parse("2021-09-01T02:00:00Z");
    private static final Instant T2 = Instant.parse("2021-09-03T02:00:00Z");

    /** A user of the report's unit (organisation 30), the author of {@link #report}. */
    private static final CurrentUser WRITER = user(40, "tongliao", 30, Role.UNIT);
    /** Another user of the same unit. */
    private static final CurrentUser COLLEAGUE = user(41, "tongliao2", 30, Role.UNIT);
    /** A user of a co-unit of the same measure. */
    private static final CurrentUser SIBLING = user(42, "chifeng", 31, Role.UNIT);

    private static final CurrentUser REVIEWER = user(50, "office", 1, Role.OFFICE);

    private static CurrentUser user(long id, String name, long org, Role role) {
        return new CurrentUser(id, name, name, org, "/1/" + (org == 1 ? "" : org + "/"), Set.of(role));
    }

    static ProgressReport report(ReportStatus status) {
        return report(status, false);
    }

    static ProgressReport report(ReportStatus status, boolean officeNote) {
        return new ProgressReport(
                5,
                7,
                30,
                "2021-08",
                "已建成5772个",
                MeasureStatus.IN_PROGRESS,
                status,
                null,
                40,
                officeNote,
                status == ReportStatus.DRAFT ? null : T1,
                null,
                null,
                2,
                List.of(new ProgressReport.Figure(9, new BigDecimal("5772"))));
    }

    @Test
    void submitsADraft() {
        ProgressReport submitted = report(ReportStatus.DRAFT).submit(WRITER, T1);
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isEqualTo(T1);
        assertThat(submitted.body()).isEqualTo("已建成5772个");
        assertThat(submitted.figures()).hasSize(1);
    }

    @Test
    void resubmitsAReturnedReport() {
        ProgressReport returned = report(ReportStatus.SUBMITTED).returnWith("缺少佐证材料", 50, T1);
        assertThat(returned.submit(WRITER, T2).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(returned.submit(WRITER, T2).submittedAt()).isEqualTo(T2);
    }

    @Test
    void rejectsSubmittingASubmittedOrAcceptedReport() {
        for (ReportStatus status : List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)) {
            assertThatThrownBy(() -> report(status).submit(WRITER, T2))
                    .as(status.name())
                    .isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void acceptsASubmittedReportRecordingReviewerAndTime() {
        ProgressReport accepted = report(ReportStatus.SUBMITTED).accept(REVIEWER, Set.of("tongliao"), T2);
        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.reviewerId()).isEqualTo(REVIEWER.id());
        assertThat(accepted.reviewedAt()).isEqualTo(T2);
        assertThat(accepted.submittedAt()).isEqualTo(T1);
        assertThat(accepted.returnReason()).isNull();
    }

    @Test
    void acceptingClearsAnEarlierReturnReason() {
        ProgressReport resubmitted =
                report(ReportStatus.SUBMITTED).returnWith("缺少佐证材料", 50, T1).submit(WRITER, T2);
        assertThat(resubmitted.accept(REVIEWER, Set.of("tongliao"), T2).returnReason())
                .isNull();
    }

    @Test
    void rejectsReviewingAnythingNotSubmitted() {
        for (ReportStatus status : List.of(ReportStatus.DRAFT, ReportStatus.ACCEPTED, ReportStatus.RETURNED)) {
            assertThatThrownBy(() -> report(status).accept(REVIEWER, Set.of("tongliao"), T2))
                    .as(status.name())
                    .isInstanceOf(RuleViolationException.class);
            assertThatThrownBy(() -> report(status).returnWith("理由", 50, T2))
                    .as(status.name())
                    .isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void returnsWithAStrippedReason() {
        ProgressReport returned = report(ReportStatus.SUBMITTED).returnWith("  缺少佐证材料 ", 50, T2);
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("缺少佐证材料");
        assertThat(returned.reviewerId()).isEqualTo(50L);
    }

    @Test
    void rejectsReturningWithoutAReason() {
        for (String reason : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> report(ReportStatus.SUBMITTED).returnWith(reason, 50, T2))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("理由");
        }
    }

    @Test
    void editsDraftsAndReturnedReportsKeepingTheirStatus() {
        for (ReportStatus status : List.of(ReportStatus.DRAFT, ReportStatus.RETURNED)) {
            ProgressReport edited = report(status).edit(WRITER, "已建成6000个", MeasureStatus.DONE, List.of());
            assertThat(edited.body()).isEqualTo("已建成6000个");
            assertThat(edited.claimedStatus()).isEqualTo(MeasureStatus.DONE);
            assertThat(edited.figures()).isEmpty();
            assertThat(edited.status()).isEqualTo(status);
            assertThat(edited.version()).isEqualTo(2);
        }
    }

    @Test
    void rejectsEditingWhatTheOfficeHas() {
        for (ReportStatus status : List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)) {
            assertThatThrownBy(() -> report(status).edit(WRITER, "改", MeasureStatus.DONE, List.of()))
                    .as(status.name())
                    .isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void whoeverWroteOrSubmittedAReportCannotAcceptIt() {
        ProgressReport submitted = report(ReportStatus.SUBMITTED);
        for (Set<String> writers : List.of(Set.of("office"), Set.of("tongliao", "office"))) {
            assertThatThrownBy(() -> submitted.accept(REVIEWER, writers, T2))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("职责分离");
        }
        assertThat(submitted
                        .accept(REVIEWER, Set.of("tongliao", "tongliao2"), T2)
                        .status())
                .isEqualTo(ReportStatus.ACCEPTED);
    }

    @Test
    void aReportIsWrittenAndSubmittedByItsOwnUnitOnly() {
        ProgressReport draft = report(ReportStatus.DRAFT);
        assertThatThrownBy(() -> draft.edit(SIBLING, "覆盖", MeasureStatus.DONE, List.of()))
                .isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("只有填报单位");
        assertThatThrownBy(() -> draft.submit(SIBLING, T1)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> draft.edit(REVIEWER, "覆盖", MeasureStatus.DONE, List.of()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void theAuthorIsWhoeverLastWroteTheText() {
        assertThat(report(ReportStatus.DRAFT).authorId()).isEqualTo(WRITER.id());
        ProgressReport edited = report(ReportStatus.DRAFT).edit(COLLEAGUE, "补充", MeasureStatus.IN_PROGRESS, List.of());
        assertThat(edited.authorId()).isEqualTo(COLLEAGUE.id());
    }

    @Test
    void anOfficeNoteIsNeverSubmittedForReview() {
        ProgressReport note = report(ReportStatus.DRAFT, true);
        assertThatThrownBy(() -> note.submit(WRITER, T1))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("工作记录");
        assertThat(note.edit(WRITER, "记录", MeasureStatus.DONE, List.of()).officeNote())
                .isTrue();
    }

    @Test
    void anImportedTextIsRecordedAsTheOfficeRead() {
        ProgressReport imported = report(ReportStatus.DRAFT).importedBy(REVIEWER.id(), T2);
        assertThat(imported.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(imported.reviewerId()).isEqualTo(REVIEWER.id());
        assertThat(imported.submittedAt()).isEqualTo(T2);
    }
}
