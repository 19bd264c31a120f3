package taizhang.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.RuleViolationException;

/** A report's review: draft → submitted → accepted, or returned with a reason and submitted again. */
class ProgressReportTest {

    private static final Instant T1 = Instant.parse("2021-09-01T02:00:00Z");
    private static final Instant T2 = Instant.parse("2021-09-03T02:00:00Z");

    static ProgressReport report(ReportStatus status) {
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
                status == ReportStatus.DRAFT ? null : T1,
                null,
                null,
                2,
                List.of(new ProgressReport.Figure(9, new BigDecimal("5772"))));
    }

    @Test
    void submitsADraft() {
        ProgressReport submitted = report(ReportStatus.DRAFT).submit(T1);
        assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(submitted.submittedAt()).isEqualTo(T1);
        assertThat(submitted.body()).isEqualTo("已建成5772个");
        assertThat(submitted.figures()).hasSize(1);
    }

    @Test
    void resubmitsAReturnedReport() {
        ProgressReport returned = report(ReportStatus.SUBMITTED).returnWith("缺少佐证材料", 50, T1);
        assertThat(returned.submit(T2).status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(returned.submit(T2).submittedAt()).isEqualTo(T2);
    }

    @Test
    void rejectsSubmittingASubmittedOrAcceptedReport() {
        for (ReportStatus status : List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED)) {
            assertThatThrownBy(() -> report(status).submit(T2))
                    .as(status.name())
                    .isInstanceOf(RuleViolationException.class);
        }
    }

    @Test
    void acceptsASubmittedReportRecordingReviewerAndTime() {
        ProgressReport accepted = report(ReportStatus.SUBMITTED).accept(50, T2);
        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.reviewerId()).isEqualTo(50L);
        assertThat(accepted.reviewedAt()).isEqualTo(T2);
        assertThat(accepted.submittedAt()).isEqualTo(T1);
        assertThat(accepted.returnReason()).isNull();
    }

    @Test
    void acceptingClearsAnEarlierReturnReason() {
        ProgressReport resubmitted =
                report(ReportStatus.SUBMITTED).returnWith("缺少佐证材料", 50, T1).submit(T2);
        assertThat(resubmitted.accept(50, T2).returnReason()).isNull();
    }

    @Test
    void rejectsReviewingAnythingNotSubmitted() {
        for (ReportStatus status : List.of(ReportStatus.DRAFT, ReportStatus.ACCEPTED, ReportStatus.RETURNED)) {
            assertThatThrownBy(() -> report(status).accept(50, T2))
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
            ProgressReport edited = report(status).edit("已建成6000个", MeasureStatus.DONE, List.of());
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
            assertThatThrownBy(() -> report(status).edit("改", MeasureStatus.DONE, List.of()))
                    .as(status.name())
                    .isInstanceOf(RuleViolationException.class);
        }
    }
}
