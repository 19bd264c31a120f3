package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.InvalidRequestException;

/**
 * The units the reader suggests for a draft measure are suggestions until the office takes them:
 * one accepted is set exactly as the same units set by hand, one rejected is gone while the units
 * set stay, and taking every suggestion at once fills what is empty without undoing a lead the
 * office chose.
 */
class DraftUnitSuggestionsTest {

    private static final long DEVELOPMENT = 11;
    private static final long FINANCE = 12;
    private static final long CHIFENG = 13;
    private static final long TONGLIAO = 14;

    private static final DraftMeasure.UnitSuggestion LEAD =
            new DraftMeasure.UnitSuggestion(DEVELOPMENT, "自治区发展和改革委员会", "自治区发展改革委", true);
    private static final DraftMeasure.UnitSuggestion CO =
            new DraftMeasure.UnitSuggestion(FINANCE, "自治区财政厅", "自治区财政厅", false);
    private static final DraftMeasure.UnitSuggestion PLACE =
            new DraftMeasure.UnitSuggestion(CHIFENG, "赤峰市", "赤峰", false);

    private static DraftMeasure measure(String key, Long lead, List<DraftMeasure.UnitSuggestion> suggested) {
        return new DraftMeasure(
                key,
                1,
                "精简审批事项",
                "精简审批事项。",
                0,
                7,
                lead,
                List.of(),
                suggested,
                MeasureStatus.IN_PROGRESS,
                List.of(),
                List.of(),
                null,
                null,
                false);
    }

    private static Draft draft(DraftMeasure... measures) {
        DraftProblem problem = new DraftProblem("p1", 1, "审批效率不高", "1.审批效率不高。", 0, 20, null, null, List.of(measures));
        return new Draft("r.txt", 2021, "HANS", null, "任务", List.of(), List.of(problem), List.of(), List.of());
    }

    private static DraftMeasure only(Draft draft, int index) {
        return draft.problems().get(0).measures().get(index);
    }

    @Test
    void aSuggestionIsNoUnitUntilAcceptedAndThenIsSetAsTheSameUnitsSetByHand() {
        Draft suggested = draft(measure("m1", null, List.of(LEAD, CO, PLACE)));
        assertThat(only(suggested, 0).leadOrgId()).isNull();
        assertThat(only(suggested, 0).pendingSuggestions()).containsExactly(LEAD, CO, PLACE);

        Draft finance = DraftEditor.apply(suggested, DraftEdit.acceptSuggestions("m1", FINANCE));
        assertThat(only(finance, 0).leadOrgId()).isNull();
        assertThat(only(finance, 0).coUnitIds()).containsExactly(FINANCE);
        assertThat(only(finance, 0).pendingSuggestions()).containsExactly(LEAD, PLACE);

        Draft lead = DraftEditor.apply(finance, DraftEdit.acceptSuggestions("m1", DEVELOPMENT));
        Draft byHand = DraftEditor.apply(suggested, DraftEdit.units("m1", DEVELOPMENT, List.of(FINANCE)));
        assertThat(only(lead, 0)).isEqualTo(only(byHand, 0));
        assertThat(only(lead, 0).pendingSuggestions()).containsExactly(PLACE);
    }

    @Test
    void aLeadAcceptedByItselfReplacesTheLeadSetAndLeavesTheCoUnits() {
        Draft set = DraftEditor.apply(
                draft(measure("m1", null, List.of(LEAD, CO))),
                DraftEdit.units("m1", TONGLIAO, List.of(DEVELOPMENT, FINANCE)));
        Draft accepted = DraftEditor.apply(set, DraftEdit.acceptSuggestions("m1", DEVELOPMENT));
        assertThat(only(accepted, 0).leadOrgId()).isEqualTo(DEVELOPMENT);
        assertThat(only(accepted, 0).coUnitIds()).containsExactly(FINANCE);
        assertThat(only(accepted, 0).pendingSuggestions()).isEmpty();
    }

    @Test
    void aRejectedSuggestionIsGoneAndTheUnitsSetStay() {
        Draft set = DraftEditor.apply(
                draft(measure("m1", null, List.of(LEAD, CO, PLACE))), DraftEdit.acceptSuggestions("m1", FINANCE));
        Draft rejected = DraftEditor.apply(set, reject("m1", CHIFENG));
        assertThat(only(rejected, 0).suggestedUnits()).containsExactly(LEAD, CO);
        assertThat(only(rejected, 0).pendingSuggestions()).containsExactly(LEAD);
        assertThat(only(rejected, 0).coUnitIds()).containsExactly(FINANCE);
        // Rejected, it is no longer there to be taken with the rest.
        Draft all = DraftEditor.apply(rejected, DraftEdit.acceptSuggestions("*", null));
        assertThat(only(all, 0).leadOrgId()).isEqualTo(DEVELOPMENT);
        assertThat(only(all, 0).coUnitIds()).containsExactly(FINANCE);
    }

    @Test
    void takingEverySuggestionFillsEmptyLeadsButKeepsALeadTheOfficeChose() {
        Draft draft = DraftEditor.apply(
                draft(measure("m1", null, List.of(LEAD, CO)), measure("m2", null, List.of(LEAD, PLACE))),
                DraftEdit.units("m2", TONGLIAO, List.of()));
        Draft all = DraftEditor.apply(draft, DraftEdit.acceptSuggestions("*", null));
        assertThat(only(all, 0).leadOrgId()).isEqualTo(DEVELOPMENT);
        assertThat(only(all, 0).coUnitIds()).containsExactly(FINANCE);
        assertThat(only(all, 0).pendingSuggestions()).isEmpty();
        assertThat(only(all, 1).leadOrgId()).isEqualTo(TONGLIAO);
        assertThat(only(all, 1).coUnitIds()).containsExactly(CHIFENG);
        assertThat(only(all, 1).pendingSuggestions()).containsExactly(LEAD);
        // The same, measure by measure, as the office ticks them.
        Draft ticked = DraftEditor.apply(
                DraftEditor.apply(draft, DraftEdit.acceptSuggestions("m1", null)),
                DraftEdit.acceptSuggestions("m2", null));
        assertThat(ticked).isEqualTo(all);
    }

    @Test
    void refusesASuggestionTheMeasureDoesNotHave() {
        Draft draft = draft(measure("m1", null, List.of(LEAD)));
        assertThatThrownBy(() -> DraftEditor.apply(draft, DraftEdit.acceptSuggestions("m1", TONGLIAO)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("这项措施没有这个建议单位");
        assertThatThrownBy(() -> DraftEditor.apply(draft, reject("m1", TONGLIAO)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> DraftEditor.apply(draft, reject("m1", null)))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("请指明建议单位");
    }

    @Test
    void aStatusTheOfficeSetsIsMarkedAsSetAndStaysSoThroughLaterEdits() {
        DraftMeasure read = measure("m1", null, List.of());
        assertThat(read.statusSet()).isFalse();
        Draft set = DraftEditor.apply(draft(read), DraftEdit.status("m1", MeasureStatus.SUBSTANTIALLY_DONE));
        assertThat(only(set, 0).status()).isEqualTo(MeasureStatus.SUBSTANTIALLY_DONE);
        assertThat(only(set, 0).statusSet()).isTrue();
        Draft reassigned = DraftEditor.apply(set, DraftEdit.units("m1", TONGLIAO, List.of()));
        assertThat(only(reassigned, 0).statusSet()).isTrue();
    }

    private static DraftEdit reject(String key, Long orgId) {
        return new DraftEdit(
                DraftEdit.Op.REJECT_SUGGESTION,
                key,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                orgId);
    }
}
