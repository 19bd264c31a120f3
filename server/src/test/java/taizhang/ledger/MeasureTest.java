package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import taizhang.shared.RuleViolationException;

/** The measure's guarded changes: the office's moves, closing on evidence, reasons, assigning, accepted reports. */
class MeasureTest {

    private static final Instant CREATED = Instant.parse("2021-06-01T00:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.of(2021, 12, 31);

    static Measure measure(MeasureStatus status) {
        return new Measure(
                7,
                1,
                2,
                1,
                "全面落实主体责任",
                "一是…",
                10L,
                List.of(11L, 12L),
                "张三",
                DEADLINE,
                MeasureType.DEADLINE,
                status,
                WarningLevel.GREEN,
                null,
                CREATED,
                3);
    }

    /** The office's moves by status, as a 整改办 speaks of them; anything not listed is refused. */
    private static final Map<MeasureStatus, Set<Move>> MOVES = Map.of(
            MeasureStatus.NOT_STARTED, EnumSet.of(Move.START, Move.REPORT_DONE),
            MeasureStatus.IN_PROGRESS, EnumSet.of(Move.REPORT_DONE),
            MeasureStatus.SUBSTANTIALLY_DONE, EnumSet.of(Move.REPORT_DONE, Move.RETURN),
            MeasureStatus.DONE, EnumSet.of(Move.RETURN, Move.CLOSE),
            MeasureStatus.CLOSED, EnumSet.of(Move.REOPEN));

    private static final Measure.ClosingProof PROVEN = new Measure.ClosingProof(1, true);

    /** Makes the move with what it needs (a reason, evidence, an outcome other than the status). */
    private static Measure make(Measure m, Move move) {
        return switch (move) {
            case START -> m.start();
            case REPORT_DONE ->
                m.reportDone(m.status() == MeasureStatus.DONE ? MeasureStatus.SUBSTANTIALLY_DONE : MeasureStatus.DONE);
            case RETURN -> m.sendBack("佐证不足");
            case CLOSE -> m.close(PROVEN);
            case REOPEN -> m.reopen("回头看发现反弹");
        };
    }

    @Test
    void offersExactlyTheWorkflowsMovesFromEachStatus() {
        for (MeasureStatus status : MeasureStatus.values()) {
            assertThat(measure(status).moves()).as(status.name()).isEqualTo(MOVES.get(status));
        }
    }

    @Test
    void makesEveryOfferedMoveKeepingEverythingButTheStatus() {
        for (MeasureStatus from : MeasureStatus.values()) {
            for (Move move : MOVES.get(from)) {
                Measure moved = make(measure(from), move);
                assertThat(moved.status()).as("%s %s", from, move).isNotEqualTo(from);
                assertThat(moved)
                        .usingRecursiveComparison()
                        .ignoringFields("status", "reopened")
                        .isEqualTo(measure(from));
            }
        }
    }

    @Test
    void refusesEveryMoveNotOfferedNamingTheStatus() {
        for (MeasureStatus from : MeasureStatus.values()) {
            for (Move move : EnumSet.complementOf(EnumSet.copyOf(MOVES.get(from)))) {
                assertThatThrownBy(() -> make(measure(from), move))
                        .as("%s %s", from, move)
                        .isInstanceOf(IllegalTransitionException.class)
                        .isInstanceOf(RuleViolationException.class)
                        .hasMessageContaining(from.label())
                        .hasMessageContaining(move.label());
            }
        }
    }

    @Test
    void refusesClosingWithoutEvidence() {
        assertThatThrownBy(() -> measure(MeasureStatus.DONE).close(new Measure.ClosingProof(0, true)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("佐证材料");
    }

    @Test
    void refusesClosingWithoutAnAcceptedReport() {
        assertThatThrownBy(() -> measure(MeasureStatus.DONE).close(new Measure.ClosingProof(2, false)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("已审核通过的进展报告");
    }

    @Test
    void closesDoneWorkOnEvidenceAndAnAcceptedReport() {
        assertThat(measure(MeasureStatus.DONE).close(PROVEN).status()).isEqualTo(MeasureStatus.CLOSED);
    }

    @Test
    void refusesReturningOrReopeningWithoutAReason() {
        for (String blank : new String[] {null, "", "  "}) {
            assertThatThrownBy(() -> measure(MeasureStatus.DONE).sendBack(blank))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("理由");
            assertThatThrownBy(() -> measure(MeasureStatus.CLOSED).reopen(blank))
                    .isInstanceOf(IllegalTransitionException.class)
                    .hasMessageContaining("理由");
        }
    }

    @Test
    void sendsBackDoneAndSubstantiallyDoneWorkToInProgress() {
        assertThat(measure(MeasureStatus.DONE).sendBack("缺照片").status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(measure(MeasureStatus.SUBSTANTIALLY_DONE).sendBack("缺照片").status())
                .isEqualTo(MeasureStatus.IN_PROGRESS);
    }

    @Test
    void reopeningCountsEachTimeAndLeavesTheMeasureInProgress() {
        Measure once = measure(MeasureStatus.CLOSED).reopen("回头看发现反弹");
        assertThat(once.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(once.reopened()).isEqualTo(1);
        Measure twice = once.reportDone(MeasureStatus.DONE).close(PROVEN).reopen("再次反弹");
        assertThat(twice.reopened()).isEqualTo(2);
    }

    @Test
    void reportsDoneOnlyAsDoneOrSubstantiallyDone() {
        for (MeasureStatus outcome :
                List.of(MeasureStatus.NOT_STARTED, MeasureStatus.IN_PROGRESS, MeasureStatus.CLOSED)) {
            assertThatThrownBy(() -> measure(MeasureStatus.IN_PROGRESS).reportDone(outcome))
                    .as(outcome.name())
                    .isInstanceOf(IllegalTransitionException.class);
        }
    }

    @Test
    void aStatedStatusIsReachedByTheOfficesMovesAndNeverCloses() {
        for (MeasureStatus stated : List.of(
                MeasureStatus.NOT_STARTED,
                MeasureStatus.IN_PROGRESS,
                MeasureStatus.SUBSTANTIALLY_DONE,
                MeasureStatus.DONE)) {
            assertThat(measure(MeasureStatus.NOT_STARTED).statedAs(stated).status())
                    .isEqualTo(stated);
        }
        assertThatThrownBy(() -> measure(MeasureStatus.NOT_STARTED).statedAs(MeasureStatus.CLOSED))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("佐证材料");
    }

    @Test
    void assignsUnitsLeaderDeadlineAndType() {
        Measure assigned = measure(MeasureStatus.IN_PROGRESS)
                .assign(20L, List.of(21L), "李四", LocalDate.of(2022, 6, 30), MeasureType.IMMEDIATE);
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
        assertThatThrownBy(() ->
                        measure(MeasureStatus.CLOSED).assign(20L, List.of(), null, DEADLINE, MeasureType.DEADLINE))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("已销号");
    }

    @Test
    void rejectsADeadlineForContinuingWork() {
        assertThatThrownBy(() -> measure(MeasureStatus.NOT_STARTED)
                        .assign(20L, List.of(), null, DEADLINE, MeasureType.CONTINUING))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("长期坚持");
    }

    @Test
    void acceptsContinuingWorkWithoutDeadline() {
        Measure continuing =
                measure(MeasureStatus.NOT_STARTED).assign(20L, List.of(), null, null, MeasureType.CONTINUING);
        assertThat(continuing.type()).isEqualTo(MeasureType.CONTINUING);
        assertThat(continuing.deadline()).isNull();
    }

    @Test
    void acceptedReportRestartsTheWarningClockWhateverItClaims() {
        Instant at = Instant.parse("2021-09-01T08:00:00Z");
        for (MeasureStatus from : MeasureStatus.values()) {
            for (MeasureStatus claimed : MeasureStatus.values()) {
                Measure accepted = measure(from).acceptReport(claimed, at);
                assertThat(accepted.lastAcceptedAt())
                        .as("%s claiming %s", from, claimed)
                        .isEqualTo(at);
                assertThat(accepted)
                        .usingRecursiveComparison()
                        .ignoringFields("status", "lastAcceptedAt")
                        .isEqualTo(measure(from));
            }
        }
    }

    @Test
    void acceptedReportMovesToTheClaimedStatusWhereTheWorkflowAllows() {
        Instant at = Instant.parse("2021-09-01T08:00:00Z");
        assertThat(measure(MeasureStatus.NOT_STARTED)
                        .acceptReport(MeasureStatus.IN_PROGRESS, at)
                        .status())
                .isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(measure(MeasureStatus.NOT_STARTED)
                        .acceptReport(MeasureStatus.DONE, at)
                        .status())
                .isEqualTo(MeasureStatus.DONE);
        assertThat(measure(MeasureStatus.IN_PROGRESS)
                        .acceptReport(MeasureStatus.SUBSTANTIALLY_DONE, at)
                        .status())
                .isEqualTo(MeasureStatus.SUBSTANTIALLY_DONE);
        assertThat(measure(MeasureStatus.DONE)
                        .acceptReport(MeasureStatus.IN_PROGRESS, at)
                        .status())
                .isEqualTo(MeasureStatus.IN_PROGRESS);
    }

    @Test
    void acceptedReportKeepsTheStatusWhenTheClaimIsNoAllowedMove() {
        Instant at = Instant.parse("2021-09-01T08:00:00Z");
        assertThat(measure(MeasureStatus.IN_PROGRESS)
                        .acceptReport(MeasureStatus.IN_PROGRESS, at)
                        .status())
                .isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(measure(MeasureStatus.IN_PROGRESS)
                        .acceptReport(MeasureStatus.NOT_STARTED, at)
                        .status())
                .isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(measure(MeasureStatus.CLOSED)
                        .acceptReport(MeasureStatus.IN_PROGRESS, at)
                        .status())
                .isEqualTo(MeasureStatus.CLOSED);
    }

    @Test
    void acceptedReportNeverClosesTheMeasure() {
        Instant at = Instant.parse("2021-09-01T08:00:00Z");
        for (MeasureStatus from : MeasureStatus.values()) {
            assertThat(measure(from).acceptReport(MeasureStatus.CLOSED, at).status())
                    .as(from.name())
                    .isEqualTo(from);
        }
    }

    @Test
    void computesItsWarningWithTheGivenClock() {
        Measure overdue = measure(MeasureStatus.IN_PROGRESS)
                .withWarningAt(
                        Instant.parse("2022-01-05T00:00:00Z"), ZoneId.of("Asia/Shanghai"), WarningRules.DEFAULT, null);
        assertThat(overdue.warning()).isEqualTo(WarningLevel.RED);
    }

    @Test
    void copiesCoUnitsSoCallersCannotChangeThem() {
        List<Long> units = new java.util.ArrayList<>(List.of(1L));
        Measure m = new Measure(
                1,
                1,
                1,
                1,
                "t",
                null,
                null,
                units,
                null,
                null,
                MeasureType.DEADLINE,
                MeasureStatus.NOT_STARTED,
                WarningLevel.GREEN,
                null,
                CREATED,
                0);
        units.add(2L);
        assertThat(m.coUnitIds()).containsExactly(1L);
    }
}
