package taizhang.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.Role;

/** A supervision item's own rules: its day, its findings, and the measure a finding becomes. */
class SupervisionItemTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 9, 30);
    private static final CurrentUser SUPERVISOR =
            new CurrentUser(7, "sv", "督导", 3, "/1/3/", EnumSet.of(Role.SUPERVISOR));

    private static SupervisionItem item(LocalDate checkedOn, String findings) {
        return SupervisionItem.record(
                1, 5, SupervisionMethod.FIELD_VISIT, checkedOn, findings, SUPERVISOR, Instant.EPOCH, TODAY);
    }

    @Test
    void isCheckedTodayUnlessADayIsGivenAndNeverLaterThanToday() {
        assertThat(item(null, null).checkedOn()).isEqualTo(TODAY);
        assertThat(item(TODAY.minusDays(3), null).checkedOn()).isEqualTo(TODAY.minusDays(3));
        assertThatThrownBy(() -> item(TODAY.plusDays(1), null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("督导日期不能晚于今天");
    }

    @Test
    void blankFindingsAreNoFindingsAndCannotBeSentBack() {
        SupervisionItem nothing = item(TODAY, "  \n ");
        assertThat(nothing.hasFindings()).isFalse();
        assertThatThrownBy(nothing::measureTitle).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(nothing::requireFindings).hasMessageContaining("没有督导发现");
    }

    @Test
    void rejectsFindingsLongerThanTheColumn() {
        assertThatThrownBy(() -> item(TODAY, "问".repeat(SupervisionItem.FINDINGS_MAX + 1)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void theMeasureIsTitledByTheFindingsFirstSentenceAndSaysWhereItCameFrom() {
        SupervisionItem found = item(LocalDate.of(2021, 6, 15), " 台账不全。部分项目未开工 ");
        assertThat(found.measureTitle()).isEqualTo("督导反馈：台账不全");
        assertThat(found.measureBody()).isEqualTo("台账不全。部分项目未开工\n（实地督导，2021-06-15，督导事项 0）");
        assertThat(item(TODAY, "长".repeat(100)).measureTitle())
                .hasSize("督导反馈：".length() + 61)
                .endsWith("…");
    }

    @Test
    void aRevisionKeepsTheUnitTheCampaignAndTheRecorder() {
        SupervisionItem revised = item(TODAY, "初稿").revise(SupervisionMethod.SYMPOSIUM, TODAY, "定稿", TODAY);
        assertThat(revised.findings()).isEqualTo("定稿");
        assertThat(revised.method()).isEqualTo(SupervisionMethod.SYMPOSIUM);
        assertThat(revised.orgId()).isEqualTo(5);
        assertThat(revised.recorderId()).isEqualTo(7);
    }

    @Test
    void methodsAndKindsAreReadInChineseOrByCode() {
        assertThat(SupervisionMethod.parse("暗访")).isEqualTo(SupervisionMethod.UNANNOUNCED_VISIT);
        assertThat(SupervisionMethod.parse("field_visit")).isEqualTo(SupervisionMethod.FIELD_VISIT);
        assertThatThrownBy(() -> SupervisionMethod.parse("电话"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("督导方式应为：实地督导、查阅资料");
        assertThat(AccountabilityKind.parse("诫勉谈话")).isEqualTo(AccountabilityKind.ADMONITION);
        assertThatThrownBy(() -> AccountabilityKind.parse("罚款")).isInstanceOf(InvalidRequestException.class);
    }
}
