package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.shared.RuleViolationException;

/** The measure's guarded changes: status moves, closing on evidence, sending back, assigning. */
class MeasureTest {

    private static final Instant CREATED = Instant.parse("2021-06-01T00:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.of(2021, 12, 31);

    static Measure measure(MeasureStatus status) {
        return new Measure(7, 1, 2, 1, "全面落实主体责任", "一是…", 10L, List.of(11L, 12L), "张三", DEADLINE,
                MeasureType.DEADLINE, status, WarningLevel.GREEN, null, CREATED, 3);
    }

    @Test
    void movesAlongEveryAllowedTransitionKeepingEverythingElse() {
        for (MeasureStatus from : MeasureStatus.values()) {
            for (MeasureStatus to : from.next()) {
                Measure moved = measure(from).moveTo(to, true);
                assertThat(moved.status()).isEqualTo(to);
                assertThat(moved).usingRecursiveComparison().ignoringFields("status").isEqualTo(measure(from));
            }
        }
    }

    @Test
    void refusesEveryIllegalTransitionNamingBothStatuses() {
        for (MeasureStatus from : MeasureStatus.values()) {
            for (MeasureStatus to : MeasureStatus.values()) {
                if (from.canMoveTo(to)) {
                    continue;
                }
                assertThatThrownBy(() -> measure(from).moveTo(to, true)).as("%s -> %s", from, to)
                        .isInstanceOf(IllegalTransitionException.class)
                        .isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining(from.label()).hasMessageContaining(to.label());
            }
        }
    }

    @Test
    void rejectsClosingWithoutAcceptedReport() {
        assertThatThrownBy(() -> measure(MeasureStatus.DONE).moveTo(MeasureStatus.CLOSED, false))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("已审核通过的进展报告");
    }

    @Test
    void closesDoneWorkWithAnAcceptedReport() {
        assertThat(measure(MeasureStatus.DONE).moveTo(MeasureStatus.CLOSED, true).status())
                .isEqualTo(MeasureStatus.CLOSED);
    }

    @Test
    void otherMovesDoNotNeedAnAcceptedReport() {
        assertThat(measure(MeasureStatus.NOT_STARTED).moveTo(MeasureStatus.DONE, false).status())
                .isEqualTo(MeasureStatus.DONE);
        assertThat(measure(MeasureStatus.DONE).moveTo(MeasureStatus.IN_PROGRESS, false).status())
                .isEqualTo(MeasureStatus.IN_PROGRESS);
    }

    @Test
    void sendsBackDoneAndSubstantiallyDoneWorkToInProgress() {
        assertThat(measure(MeasureStatus.DONE).sendBack().status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(measure(MeasureStatus.SUBSTANTIALLY_DONE).sendBack().status())
                .isEqualTo(MeasureStatus.IN_PROGRESS);
    }

    @Test
    void rejectsSendingBackAnythingNotReportedDone() {
        for (MeasureStatus status : List.of(MeasureStatus.NOT_STARTED, MeasureStatus.IN_PROGRESS,
                MeasureStatus.CLOSED)) {
            assertThatThrownBy(() -> measure(status).sendBack()).as(status.name())
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining(status.label());
        }
    }

    @Test
    void assignsUnitsLeaderDeadlineAndType() {
        Measure assigned = measure(MeasureStatus.IN_PROGRESS).assign(20L, List.of(21L), "李四",
                LocalDate.of(2022, 6, 30), MeasureType.IMMEDIATE);
        assertThat(assigned.leadOrgId()).isEqualTo(20L);
        assertThat(assigned.coUnitIds()).containsExactly(21L);
        assertThat(assigned.responsibleLeader()).isEqualTo("李四");
        assertThat(assigned.deadline()).isEqualTo(LocalDate.of(2022, 6, 30));
        assertThat(assigned.type()).isEqualTo(MeasureType.IMMEDIATE);
        assertThat(assigned.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(assigned.version()).isEqualTo(3);
    }

    @Test
    void rejectsReassigningAClosedMeasure() {
        assertThatThrownBy(() -> measure(MeasureStatus.CLOSED).assign(20L, List.of(), null, DEADLINE,
                MeasureType.DEADLINE)).isInstanceOf(IllegalTransitionException.class).hasMessageContaining("已销号");
    }

    @Test
    void rejectsADeadlineForContinuingWork() {
        assertThatThrownBy(() -> measure(MeasureStatus.NOT_STARTED).assign(20L, List.of(), null, DEADLINE,
                MeasureType.CONTINUING)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("长期坚持");
    }

    @Test
    void acceptsContinuingWorkWithoutDeadline() {
        Measure continuing = measure(MeasureStatus.NOT_STARTED).assign(20L, List.of(), null, null,
                MeasureType.CONTINUING);
        assertThat(continuing.type()).isEqualTo(MeasureType.CONTINUING);
        assertThat(continuing.deadline()).isNull();
    }

    @Test
    void acceptedReportRestartsTheWarningClockWhateverItClaims() {
        Instant at = Instant.parse("2021-09-01T08:00:00Z");
        for (MeasureStatus from : MeasureStatus.values()) {
            for (MeasureStatus claimed : MeasureStatus.values()) {
                Measure accepted = measure(from).acceptReport(claimed, at);
                assertThat(accepted.lastAcceptedAt()).as("%s claiming %s", from, claimed).isEqualTo(at);
                assertThat(accepted).usingRecursiveComparison().ignoringFields("status", "lastAcceptedAt")
                        .isEqualTo(measure(from));
            }
        }
    }

    @Test
    void acceptedReportMovesToTheClaimedStatusWhereTheWorkflowAllows() {
        Instant at = Instant.parse("2021-09-01T08:00:00Z");
        assertThat(measure(MeasureStatus.NOT_STARTED).acceptReport(MeasureStatus.IN_PROGRESS, at).status())
                .isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(measure(MeasureStatus.NOT_STARTED).acceptReport(MeasureStatus.DONE, at).status())
                .isEqualTo(MeasureStatus.DONE);
        assertThat(measure(MeasureStatus.IN_PROGRESS).acceptReport(MeasureStatus.SUBSTANTIALLY_DONE, at).status())
                .isEqualTo(MeasureStatus.SUBSTANTIALLY_DONE);
        assertThat(measure(MeasureStatus.DONE).acceptReport(MeasureStatus.IN_PROGRESS, at).status())
                .isEqualTo(MeasureStatus.IN_PROGRESS);
    }

    @Test
    void acceptedReportKeepsTheStatusWhenTheClaimIsNoAllowedMove() {
        Instant at = Instant.parse("2021-09-01T08:00:00Z");
        assertThat(measure(MeasureStatus.IN_PROGRESS).acceptReport(MeasureStatus.IN_PROGRESS, at).status())
                .isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(measure(MeasureStatus.IN_PROGRESS).acceptReport(MeasureStatus.NOT_STARTED, at).status())
                .isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(measure(MeasureStatus.CLOSED).acceptReport(MeasureStatus.IN_PROGRESS, at).status())
                .isEqualTo(MeasureStatus.CLOSED);
    }

    @Test
    void acceptedReportNeverClosesTheMeasure() {
        Instant at = Instant.parse("2021-09-01T08:00:00Z");
        for (MeasureStatus from : MeasureStatus.values()) {
            assertThat(measure(from).acceptReport(MeasureStatus.CLOSED, at).status()).as(from.name()).isEqualTo(from);
        }
    }

    @Test
    void computesItsWarningWithTheGivenClock() {
        Measure overdue = measure(MeasureStatus.IN_PROGRESS)
                .withWarningAt(Instant.parse("2022-01-05T00:00:00Z"), ZoneId.of("Asia/Shanghai"));
        assertThat(overdue.warning()).isEqualTo(WarningLevel.RED);
    }

    @Test
    void copiesCoUnitsSoCallersCannotChangeThem() {
        List<Long> units = new java.util.ArrayList<>(List.of(1L));
        Measure m = new Measure(1, 1, 1, 1, "t", null, null, units, null, null, MeasureType.DEADLINE,
                MeasureStatus.NOT_STARTED, WarningLevel.GREEN, null, CREATED, 0);
        units.add(2L);
        assertThat(m.coUnitIds()).containsExactly(1L);
    }
}
