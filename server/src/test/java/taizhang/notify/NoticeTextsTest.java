package taizhang.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import taizhang.cycle.CycleOfCampaign;
import taizhang.cycle.CycleStatus;
import taizhang.cycle.ReportingCycle;
import taizhang.cycle.UnitTally;
import taizhang.extension.ExtensionDecided;
import taizhang.extension.ExtensionStatus;
import taizhang.ledger.MeasureStatus;
import taizhang.progress.ProgressReport;
import taizhang.progress.ReportStatus;
import taizhang.shared.Cycle;

class NoticeTextsTest {

    private final CycleOfCampaign march = new CycleOfCampaign(
            new ReportingCycle(
                    7, 3, Cycle.month(2014, 3), LocalDate.of(2014, 3, 25), CycleStatus.OPEN, Set.of(), null, 0),
            "巡视整改",
            1);
    private final UnitTally hongshan = new UnitTally(52, "红山区", 3, 1, 0, null);

    @Test
    void cycleNoticesNameTheUnitTheCampaignThePeriodAndWhatIsOwed() {
        Notice due = NoticeTexts.dueSoon(march, hongshan, LocalDate.of(2014, 3, 23));
        assertThat(due.orgId()).isEqualTo(52);
        assertThat(due.kind()).isEqualTo(NotificationKind.DUE_SOON);
        assertThat(due.text()).contains("红山区", "“巡视整改”2014年3月", "2014-03-25", "还剩 2 天", "2 项措施未报送");
        assertThat(due.link()).isEqualTo("/my");
        assertThat(NoticeTexts.dueSoon(march, hongshan, LocalDate.of(2014, 3, 25))
                        .text())
                .contains("今天截止");
        assertThat(NoticeTexts.overdue(march, hongshan).text()).contains("红山区", "已逾期");
    }

    @Test
    void anEscalationGoesToAnotherOrganisationNamesTheLateUnitAndLinksToTheCycle() {
        Notice up = NoticeTexts.escalated(march, hongshan, 40, LocalDate.of(2014, 3, 28));
        assertThat(up.orgId()).isEqualTo(40);
        assertThat(up.text()).startsWith("红山区逾期未报").contains("逾期 3 天", "2 项措施");
        assertThat(up.link()).isEqualTo("/cycles?campaign=3&period=2014-03");
        assertThat(up.key())
                .as("one key per cycle and late unit: the parent and the office are each told once")
                .isEqualTo("cycle-escalated:7:52");
    }

    @Test
    void eachEventHasItsOwnKeySoAReportReturnedAgainIsToldAgain() {
        ProgressReport returned = report(ReportStatus.RETURNED, "缺少照片", 2);
        ProgressReport returnedAgain = report(ReportStatus.RETURNED, "仍缺少照片", 4);
        Notice first = NoticeTexts.returned(returned, "红山区", "整治河道");
        assertThat(first.text()).contains("红山区", "“整治河道”", "2014-03", "退回理由：缺少照片");
        assertThat(first.key())
                .isNotEqualTo(NoticeTexts.returned(returnedAgain, "红山区", "整治河道").key());
        assertThat(NoticeTexts.returned(returned, "红山区", "整治河道").key()).isEqualTo(first.key());
        assertThat(NoticeTexts.accepted(report(ReportStatus.ACCEPTED, null, 3), "红山区", "整治河道")
                        .link())
                .isEqualTo("/measures/11");
    }

    @Test
    void anExtensionDecisionSaysTheNewDeadlineOrTheReason() {
        ExtensionDecided approved = decided(5, ExtensionStatus.APPROVED, LocalDate.of(2014, 9, 30), "汛期施工受限");
        ExtensionDecided refused = decided(6, ExtensionStatus.REFUSED, LocalDate.of(2014, 6, 30), "理由不充分");
        assertThat(NoticeTexts.extension(approved, "红山区").text()).contains("红山区", "已批准", "2014-09-30");
        assertThat(NoticeTexts.extension(refused, "红山区").text()).contains("未获批准", "理由不充分");
    }

    private static ExtensionDecided decided(long id, ExtensionStatus outcome, LocalDate deadline, String reason) {
        return new ExtensionDecided(
                id,
                11,
                "整治河道",
                1,
                52,
                outcome,
                LocalDate.of(2014, 9, 30),
                deadline,
                reason,
                "office",
                Instant.parse("2014-06-01T02:00:00Z"));
    }

    private static ProgressReport report(ReportStatus status, String reason, int version) {
        return new ProgressReport(
                9,
                11,
                52,
                "2014-03",
                "进展",
                MeasureStatus.IN_PROGRESS,
                status,
                reason,
                1,
                false,
                Instant.parse("2014-03-20T04:00:00Z"),
                null,
                null,
                version,
                List.of());
    }
}
