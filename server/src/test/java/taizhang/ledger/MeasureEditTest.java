package taizhang.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import taizhang.shared.RuleViolationException;

/** An office's edit of a measure's wording and assignment: only what differs changes, under the measure's rules. */
class MeasureEditTest {

    private static final Measure OPEN = MeasureTest.measure(MeasureStatus.IN_PROGRESS);

    private static MeasureEdit edit(
            Measure m,
            String title,
            Long lead,
            List<Long> coUnits,
            String leader,
            LocalDate deadline,
            MeasureType type) {
        return new MeasureEdit(m, title, new MeasureService.Assignment(lead, coUnits, leader, deadline, type));
    }

    private static MeasureEdit same(Measure m) {
        return edit(m, m.title(), m.leadOrgId(), m.coUnitIds(), m.responsibleLeader(), m.deadline(), m.type());
    }

    @Test
    void theSameValuesChangeNothingWhateverTheBlanksLineEndsAndCoUnitOrder() {
        Measure m = OPEN;
        assertThat(same(m).changes()).isEmpty();
        assertThat(edit(m, " " + m.title() + "\r\n", m.leadOrgId(), List.of(12L, 11L), " 张三 ", m.deadline(), m.type())
                        .changes())
                .isEmpty();
    }

    @Test
    void namesEachChangedFieldAndAppliesOnlyThose() {
        MeasureEdit edit = edit(OPEN, OPEN.title(), 20L, List.of(12L), "李四", OPEN.deadline(), MeasureType.IMMEDIATE);

        assertThat(edit.changes())
                .containsExactly(MeasureField.LEAD, MeasureField.CO_UNITS, MeasureField.LEADER, MeasureField.TYPE);
        Measure applied = edit.applied();
        assertThat(applied)
                .usingRecursiveComparison()
                .ignoringFields("leadOrgId", "coUnitIds", "responsibleLeader", "type")
                .isEqualTo(OPEN);
        assertThat(applied.leadOrgId()).isEqualTo(20L);
        assertThat(applied.coUnitIds()).containsExactly(12L);
        assertThat(applied.responsibleLeader()).isEqualTo("李四");
        assertThat(applied.type()).isEqualTo(MeasureType.IMMEDIATE);
        assertThat(applied.version()).isEqualTo(OPEN.version());
    }

    @Test
    void onlyUnitsTheMeasureDidNotNameAreAdded() {
        assertThat(edit(OPEN, OPEN.title(), 11L, List.of(10L, 30L), "张三", OPEN.deadline(), OPEN.type())
                        .addedUnits())
                .containsExactly(30L);
    }

    @Test
    void aClosedMeasureCannotBeRewordedOrReassigned() {
        Measure closed = MeasureTest.measure(MeasureStatus.CLOSED);

        assertThat(same(closed).changes()).isEmpty();
        assertThatThrownBy(() -> edit(closed, "新的措施", 10L, List.of(11L, 12L), "张三", closed.deadline(), closed.type())
                        .applied())
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("已销号的措施不能再修改");
        assertThatThrownBy(() -> edit(
                                closed, closed.title(), 10L, List.of(11L, 12L), "李四", closed.deadline(), closed.type())
                        .applied())
                .isInstanceOf(RuleViolationException.class)
                .hasMessage("已销号的措施不能再修改");
    }

    @Test
    void aContinuingMeasureTakesNoDeadline() {
        assertThatThrownBy(() -> edit(
                                OPEN,
                                OPEN.title(),
                                10L,
                                List.of(11L, 12L),
                                "张三",
                                OPEN.deadline(),
                                MeasureType.CONTINUING)
                        .applied())
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("长期坚持");
    }

    @Test
    void anAuditedValueIsWhatAPersonReads() {
        Map<Long, String> names = Map.of(10L, "自治区纪委监委", 11L, "赤峰市", 12L, "通辽市");

        assertThat(MeasureField.LEAD.value(OPEN, names::get)).isEqualTo("自治区纪委监委");
        assertThat(MeasureField.CO_UNITS.value(OPEN, names::get)).isEqualTo(List.of("赤峰市", "通辽市"));
        assertThat(MeasureField.DEADLINE.value(OPEN, names::get)).isEqualTo("2021-12-31");
        assertThat(MeasureField.TYPE.value(OPEN, names::get)).isEqualTo("限期整改");
    }

    private static final Measure LED = OPEN.reword(OPEN.title(), "一是全面落实主体责任。压实各级党委责任。");

    private static MeasureService.Assignment kept(Measure m) {
        return new MeasureService.Assignment(
                m.leadOrgId(), m.coUnitIds(), m.responsibleLeader(), m.deadline(), m.type());
    }

    @Test
    void aNewWordingCarriesIntoTheLeadOfTheOfficialTextAndTheTrailKeepsBoth() {
        MeasureEdit edit = new MeasureEdit(LED, "压紧压实主体责任", kept(LED));

        assertThat(edit.changes()).containsExactly(MeasureField.TITLE);
        Measure applied = edit.applied();
        assertThat(applied.body()).isEqualTo("一是压紧压实主体责任。压实各级党委责任。");
        assertThat(MeasureField.between(LED, applied)).containsExactly(MeasureField.TITLE, MeasureField.BODY);

        Measure noLead = OPEN.reword(OPEN.title(), "各级党委全面落实主体责任。");
        assertThat(new MeasureEdit(noLead, "压紧压实主体责任", kept(noLead)).applied().body())
                .as("a text that does not open with the wording keeps it")
                .isEqualTo("各级党委全面落实主体责任。");
    }

    @Test
    void theOfficesTextReplacesTheOfficialTextAndABlankOneRemovesIt() {
        MeasureEdit rewrite = new MeasureEdit(LED, LED.title(), "一是全面落实主体责任。每季度听取一次汇报。", kept(LED));
        assertThat(rewrite.changes()).containsExactly(MeasureField.BODY);
        assertThat(rewrite.applied().body()).isEqualTo("一是全面落实主体责任。每季度听取一次汇报。");
        assertThat(rewrite.applied().title()).isEqualTo(LED.title());

        assertThat(new MeasureEdit(LED, LED.title(), "  ", kept(LED)).applied().body())
                .isNull();
        assertThat(new MeasureEdit(LED, LED.title(), kept(LED)).changes())
                .as("an edit without a text leaves the text")
                .isEmpty();
        assertThat(MeasureField.BODY.value(rewrite.applied(), id -> "")).isEqualTo("一是全面落实主体责任。每季度听取一次汇报。");
    }

    @Test
    void theOfficialTextOfAClosedMeasureIsFixed() {
        Measure closed = MeasureTest.measure(MeasureStatus.CLOSED);
        assertThatThrownBy(() -> new MeasureEdit(closed, closed.title(), "改写", kept(closed)).applied())
                .isInstanceOf(RuleViolationException.class);
    }
}
