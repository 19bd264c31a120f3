package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.shared.InvalidRequestException;

/** 分层建账: what a split of a 盟市's measure across its 旗县 must satisfy before anything is written. */
class SplitTest {

    private static final String LEAGUE = "/1/5/";
    private static final String BANNER = "/1/5/51/";
    private static final String OTHER_BANNER = "/1/5/52/";
    private static final LocalDate PARENT_DEADLINE = LocalDate.of(2021, 12, 31);

    private static Split.Part part(String leadPath, LocalDate deadline) {
        return new Split.Part("子任务", leadPath, List.of(), deadline, MeasureType.DEADLINE);
    }

    @Test
    void acceptsSubMeasuresForUnitsBelowTheLeadDueByTheParentsDeadline() {
        Measure parent = MeasureTest.measure(MeasureStatus.IN_PROGRESS);
        assertThatCode(() -> Split.check(
                        parent,
                        LEAGUE,
                        List.of(
                                part(BANNER, PARENT_DEADLINE),
                                new Split.Part(
                                        "子任务二",
                                        OTHER_BANNER,
                                        List.of(BANNER),
                                        LocalDate.of(2021, 9, 30),
                                        MeasureType.DEADLINE))))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesUnitsThatAreNotBelowTheLead() {
        Measure parent = MeasureTest.measure(MeasureStatus.IN_PROGRESS);
        assertThatThrownBy(() -> Split.check(parent, LEAGUE, List.of(part(LEAGUE, PARENT_DEADLINE))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("下级单位");
        assertThatThrownBy(() -> Split.check(parent, LEAGUE, List.of(part("/1/6/61/", PARENT_DEADLINE))))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> Split.check(
                        parent,
                        LEAGUE,
                        List.of(new Split.Part(
                                "子任务", BANNER, List.of("/1/6/"), PARENT_DEADLINE, MeasureType.DEADLINE))))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void refusesASubMeasureDueAfterTheParentOrWithoutItsDeadline() {
        Measure parent = MeasureTest.measure(MeasureStatus.IN_PROGRESS);
        assertThatThrownBy(() -> Split.check(parent, LEAGUE, List.of(part(BANNER, PARENT_DEADLINE.plusDays(1)))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("不能晚于原措施的时限");
        assertThatThrownBy(() -> Split.check(parent, LEAGUE, List.of(part(BANNER, null))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("缺少整改时限");
    }

    @Test
    void refusesToSplitFinishedWorkOrNothingAtAll() {
        assertThatThrownBy(() -> Split.check(
                        MeasureTest.measure(MeasureStatus.DONE), LEAGUE, List.of(part(BANNER, PARENT_DEADLINE))))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> Split.check(MeasureTest.measure(MeasureStatus.IN_PROGRESS), LEAGUE, List.of()))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> Split.check(
                        MeasureTest.measure(MeasureStatus.IN_PROGRESS),
                        LEAGUE,
                        List.of(new Split.Part(" ", BANNER, List.of(), PARENT_DEADLINE, MeasureType.DEADLINE))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("缺少标题");
    }
}
