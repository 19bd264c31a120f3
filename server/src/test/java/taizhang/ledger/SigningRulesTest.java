package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.Role;

/** 签收 without Spring: which parts a reassignment asks to sign again, the yellow rule, who answers for which part. */
class SigningRulesTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-09-01T02:00:00Z"), BEIJING);
    private static final Instant NOW = CLOCK.instant();
    private static final LocalDate FAR = LocalDate.of(2022, 12, 31);

    private static Measure assigned(Long lead, List<Long> coUnits) {
        return MeasureTest.measure(MeasureStatus.IN_PROGRESS).assign(lead, coUnits, "张三", FAR, MeasureType.DEADLINE);
    }

    private static WarningLevel unsignedFor(Duration waited) {
        return WarningLevel.of(
                MeasureStatus.IN_PROGRESS,
                FAR,
                NOW.minus(Duration.ofDays(1)),
                NOW,
                NOW.minus(waited),
                NOW,
                BEIJING,
                WarningRules.DEFAULT);
    }

    @Test
    void aNewMeasureAsksItsLeadAndEachCoUnitToSign() {
        assertThat(UnitAssignment.added(null, assigned(10L, List.of(11L, 12L))))
                .isEqualTo(Map.of(10L, true, 11L, false, 12L, false));
    }

    @Test
    void aReassignmentAsksOnlyTheNewUnitsAndDropsTheRemovedOnes() {
        Measure before = assigned(10L, List.of(11L, 12L));
        Measure after = assigned(20L, List.of(11L, 13L));
        assertThat(UnitAssignment.added(before, after)).isEqualTo(Map.of(20L, true, 13L, false));
        assertThat(UnitAssignment.removed(before, after)).isEqualTo(Map.of(10L, true, 12L, false));
    }

    @Test
    void aCoUnitMadeLeadSignsAgainForItsNewPart() {
        Measure before = assigned(10L, List.of(11L));
        Measure after = assigned(11L, List.of(10L));
        assertThat(UnitAssignment.added(before, after)).isEqualTo(Map.of(11L, true, 10L, false));
    }

    @Test
    void aLeadNamedAgainAsCoUnitHasOnePart() {
        assertThat(UnitAssignment.parts(assigned(10L, List.of(10L, 11L)))).isEqualTo(Map.of(10L, true, 11L, false));
    }

    @Test
    void unchangedUnitsAskNobodyToSign() {
        Measure before = assigned(10L, List.of(11L));
        assertThat(UnitAssignment.added(before, before.retitle("新标题"))).isEmpty();
        assertThat(UnitAssignment.removed(before, before.retitle("新标题"))).isEmpty();
    }

    @Test
    void anAssignmentUnsignedForThreeDaysTurnsTheMeasureYellow() {
        assertThat(WarningSettings.DEFAULT.unsignedDays()).isEqualTo(3);
        assertThat(unsignedFor(Duration.ofDays(3).minusMinutes(1))).isEqualTo(WarningLevel.GREEN);
        assertThat(unsignedFor(Duration.ofDays(3))).isEqualTo(WarningLevel.YELLOW);
        assertThat(WarningLevel.of(MeasureStatus.IN_PROGRESS, FAR, NOW, NOW, null, NOW, BEIJING, WarningRules.DEFAULT))
                .isEqualTo(WarningLevel.GREEN);
    }

    @Test
    void theCampaignSetsHowLongAnAssignmentMayStayUnsigned() {
        WarningSettings d = WarningSettings.DEFAULT;
        var sevenDays = new WarningRules(
                new WarningSettings(
                        d.dueSoonDays(),
                        d.overdueRed(),
                        d.overdueGraceDays(),
                        d.missedCyclesYellow(),
                        d.missedCyclesRed(),
                        7),
                List.of());
        Instant fourDaysAgo = NOW.minus(Duration.ofDays(4));
        assertThat(WarningLevel.of(MeasureStatus.IN_PROGRESS, FAR, NOW, NOW, fourDaysAgo, NOW, BEIJING, sevenDays))
                .isEqualTo(WarningLevel.GREEN);
        assertThat(WarningLevel.of(
                        MeasureStatus.IN_PROGRESS,
                        FAR,
                        NOW,
                        NOW,
                        NOW.minus(Duration.ofDays(7)),
                        NOW,
                        BEIJING,
                        sevenDays))
                .isEqualTo(WarningLevel.YELLOW);
    }

    @Test
    void unsignedFinishedWorkStaysGreenAndOverdueWorkStaysRed() {
        Instant longAgo = NOW.minus(Duration.ofDays(30));
        assertThat(WarningLevel.of(MeasureStatus.DONE, FAR, NOW, NOW, longAgo, NOW, BEIJING, WarningRules.DEFAULT))
                .isEqualTo(WarningLevel.GREEN);
        assertThat(WarningLevel.of(
                        MeasureStatus.IN_PROGRESS,
                        LocalDate.of(2021, 8, 1),
                        NOW,
                        NOW,
                        longAgo,
                        NOW,
                        BEIJING,
                        WarningRules.DEFAULT))
                .isEqualTo(WarningLevel.RED);
    }

    @Test
    void theMeasureCarriesItsSignStateIntoItsWarning() {
        Measure m = new Measure(
                7,
                1,
                2,
                1,
                "t",
                null,
                10L,
                List.of(),
                null,
                FAR,
                MeasureType.DEADLINE,
                MeasureStatus.IN_PROGRESS,
                WarningLevel.GREEN,
                NOW,
                NOW,
                0,
                0,
                null,
                NOW.minus(Duration.ofDays(4)));
        assertThat(m.withWarningAt(NOW, BEIJING, WarningRules.DEFAULT, null).warning())
                .isEqualTo(WarningLevel.YELLOW);
    }

    @Test
    void signingTwiceIsRefused() {
        UnitAssignment part = new UnitAssignment(7, 10, "通辽市", "/1/10/", true, NOW, null, null);
        UnitAssignment signed = part.sign("tongliao", NOW);
        assertThat(signed.signed()).isTrue();
        assertThat(signed.signedBy()).isEqualTo("tongliao");
        assertThatThrownBy(() -> signed.sign("other", NOW)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void aUserAnswersForThePartsOfItsSubtreeOnly() {
        CurrentUser city = new CurrentUser(1, "tongliao", "通辽市", 10, "/1/10/", Set.of(Role.UNIT));
        List<UnitAssignment> parts = List.of(
                new UnitAssignment(7, 10, "通辽市", "/1/10/", true, NOW, null, null),
                new UnitAssignment(7, 101, "科尔沁区", "/1/10/101/", false, NOW, null, null),
                new UnitAssignment(7, 20, "赤峰市", "/1/20/", false, NOW, null, null));
        assertThat(UnitAssignment.answeredBy(city, parts, null))
                .extracting(UnitAssignment::orgId)
                .containsExactly(10L, 101L);
        assertThat(UnitAssignment.answeredBy(city, parts, 101L))
                .extracting(UnitAssignment::orgId)
                .containsExactly(101L);
        assertThat(UnitAssignment.answeredBy(city, parts, 20L)).isEmpty();
        assertThatThrownBy(() -> UnitAssignment.answeredBy(city, parts, 99L))
                .isInstanceOf(InvalidRequestException.class);
    }
}
