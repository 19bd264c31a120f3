package taizhang.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.ledger.IllegalTransitionException;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Overdue;
import taizhang.ledger.WarningLevel;
import taizhang.ledger.WarningRules;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.RuleViolationException;

/** 申请延期 without Spring: what may be asked, the decision, and the deadlines an approval leaves on the measure. */
class ExtensionRequestTest {

    private static final Instant NOW = Instant.parse("2021-09-01T02:00:00Z");
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalDate DEADLINE = LocalDate.of(2021, 9, 30);
    private static final LocalDate LATER = LocalDate.of(2021, 12, 31);

    private static Measure measure(MeasureStatus status, LocalDate deadline, MeasureType type) {
        return new Measure(
                7,
                1,
                2,
                1,
                "全面落实主体责任",
                null,
                10L,
                List.of(11L),
                null,
                deadline,
                type,
                status,
                WarningLevel.GREEN,
                NOW,
                NOW,
                3);
    }

    private static Measure inProgress() {
        return measure(MeasureStatus.IN_PROGRESS, DEADLINE, MeasureType.DEADLINE);
    }

    private static ExtensionRequest ask(Measure m, LocalDate to, String reason, boolean pending) {
        return ExtensionRequest.ask(m, 10, to, reason, pending, "tongliao", NOW);
    }

    @Test
    void aUnitAsksForALaterDayWithAReason() {
        ExtensionRequest r = ask(inProgress(), LATER, "  资金未到位 ", false);
        assertThat(r.status()).isEqualTo(ExtensionStatus.PENDING);
        assertThat(r.deadlineBefore()).isEqualTo(DEADLINE);
        assertThat(r.requestedDeadline()).isEqualTo(LATER);
        assertThat(r.reason()).isEqualTo("资金未到位");
        assertThat(r.orgId()).isEqualTo(10);
    }

    @Test
    void refusesWhatCannotBeExtended() {
        assertThatThrownBy(() -> ask(inProgress(), LATER, " ", false)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ask(inProgress(), DEADLINE, "理由", false)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ask(inProgress(), null, "理由", false)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ask(measure(MeasureStatus.CLOSED, DEADLINE, MeasureType.DEADLINE), LATER, "理由", false))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(
                        () -> ask(measure(MeasureStatus.IN_PROGRESS, null, MeasureType.CONTINUING), LATER, "理由", false))
                .isInstanceOf(RuleViolationException.class);
    }

    @Test
    void oneRequestPendingPerMeasureAndUnit() {
        assertThatThrownBy(() -> ask(inProgress(), LATER, "理由", true))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("待审批");
    }

    @Test
    void theOfficeDecidesOnceAndRefusesOnlyWithAReason() {
        ExtensionRequest pending = ask(inProgress(), LATER, "理由", false);
        assertThatThrownBy(() -> pending.refuse("office", NOW, "")).isInstanceOf(InvalidRequestException.class);
        ExtensionRequest refused = pending.refuse("office", NOW, "理由不充分");
        assertThat(refused.status()).isEqualTo(ExtensionStatus.REFUSED);
        assertThat(refused.decisionReason()).isEqualTo("理由不充分");
        assertThatThrownBy(() -> refused.approve("office", NOW, null)).isInstanceOf(RuleViolationException.class);
        ExtensionRequest approved = pending.approve("office", NOW, " ");
        assertThat(approved.status()).isEqualTo(ExtensionStatus.APPROVED);
        assertThat(approved.decisionReason()).isNull();
        assertThat(approved.decidedBy()).isEqualTo("office");
    }

    @Test
    void anApprovalMovesTheDeadlineInForceAndKeepsTheFirstOne() {
        Measure once = inProgress().extendTo(LATER);
        assertThat(once.deadline()).isEqualTo(LATER);
        assertThat(once.originalDeadline()).isEqualTo(DEADLINE);
        assertThat(once.extended()).isTrue();
        Measure twice = once.extendTo(LATER.plusMonths(3));
        assertThat(twice.deadline()).isEqualTo(LATER.plusMonths(3));
        assertThat(twice.originalDeadline()).isEqualTo(DEADLINE);
    }

    @Test
    void warningsAndOverdueFollowTheApprovedDeadline() {
        LocalDate dayAfterOriginal = DEADLINE.plusDays(1);
        Measure extended = inProgress().extendTo(LATER);
        assertThat(Overdue.is(extended.status(), extended.deadline(), dayAfterOriginal))
                .isFalse();
        // 09:00 in Beijing: just under a month since it was last heard from, so silence does not decide.
        Instant thenInBeijing = dayAfterOriginal.atTime(9, 0).atZone(BEIJING).toInstant();
        assertThat(extended.withWarningAt(thenInBeijing, BEIJING, WarningRules.DEFAULT, null)
                        .warning())
                .isEqualTo(WarningLevel.GREEN);
        assertThat(inProgress()
                        .withWarningAt(thenInBeijing, BEIJING, WarningRules.DEFAULT, null)
                        .warning())
                .isEqualTo(WarningLevel.RED);
    }

    @Test
    void extendingNeedsUnfinishedWorkWithADeadlineAndALaterDay() {
        assertThatThrownBy(() -> inProgress().extendTo(DEADLINE)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> measure(MeasureStatus.DONE, DEADLINE, MeasureType.DEADLINE)
                        .extendTo(LATER))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> measure(MeasureStatus.IN_PROGRESS, null, MeasureType.CONTINUING)
                        .extendTo(LATER))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void theOfficeMakingTheMeasureContinuingDropsBothDeadlines() {
        Measure continuing = inProgress().extendTo(LATER).assign(10L, List.of(), null, null, MeasureType.CONTINUING);
        assertThat(continuing.deadline()).isNull();
        assertThat(continuing.originalDeadline()).isNull();
    }
}
