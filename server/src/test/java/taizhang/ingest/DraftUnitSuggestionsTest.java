package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.InvalidRequestException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The units the reader sets for a draft measure are its units at once, each marked 建议（未确认）
 * until the office decides: 采纳 keeps the unit and drops the mark, 不采纳 takes the unit off the
 * measure, units set by hand replace the ones marked. A draft stored before the marks has none.
 */
class DraftUnitSuggestionsTest {

    private static final long DEVELOPMENT = 11;
    private static final long FINANCE = 12;
    private static final long CHIFENG = 13;
    private static final long TONGLIAO = 14;

    private static final List<DraftMeasure.UnitSuggestion> FOUND = List.of(
            new DraftMeasure.UnitSuggestion(DEVELOPMENT, "自治区发展和改革委员会", "自治区发展改革委"),
            new DraftMeasure.UnitSuggestion(FINANCE, "自治区财政厅", "自治区财政厅"),
            new DraftMeasure.UnitSuggestion(CHIFENG, "赤峰市", "赤峰"));

    /** A measure as the reader set it: lead, co-units, every one unconfirmed. */
    private static DraftMeasure suggested(String key) {
        return new DraftMeasure(
                key,
                1,
                "精简审批事项",
                "精简审批事项。",
                0,
                7,
                DEVELOPMENT,
                List.of(FINANCE, CHIFENG),
                FOUND,
                MeasureStatus.IN_PROGRESS,
                List.of(),
                List.of(),
                null,
                null,
                false,
                List.of(DEVELOPMENT, FINANCE, CHIFENG));
    }

    private static Draft draft(DraftMeasure... measures) {
        DraftProblem problem = new DraftProblem("p1", 1, "审批效率不高", "1.审批效率不高。", 0, 20, null, null, List.of(measures));
        return new Draft("r.txt", 2021, "HANS", null, "任务", List.of(), List.of(problem), List.of(), List.of());
    }

    private static DraftMeasure only(Draft draft, int index) {
        return draft.problems().get(0).measures().get(index);
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

    private static Draft apply(Draft draft, DraftEdit edit) {
        return DraftEditor.apply(draft, edit);
    }

    @Test
    void anAcceptedSuggestionStaysTheMeasuresUnitWithoutItsMark() {
        Draft draft = draft(suggested("m1"));
        assertThat(only(draft, 0).unconfirmed(FINANCE)).isTrue();
        assertThat(only(draft, 0).wording(DEVELOPMENT)).isEqualTo("自治区发展改革委");

        Draft accepted = apply(draft, DraftEdit.acceptSuggestions("m1", FINANCE));
        DraftMeasure m = only(accepted, 0);
        assertThat(m.leadOrgId()).isEqualTo(DEVELOPMENT);
        assertThat(m.coUnitIds()).containsExactly(FINANCE, CHIFENG);
        assertThat(m.unconfirmedUnits()).containsExactly(DEVELOPMENT, CHIFENG);

        // Confirmed once, it is no suggestion to take again.
        assertThatThrownBy(() -> apply(accepted, DraftEdit.acceptSuggestions("m1", FINANCE)))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> apply(accepted, reject("m1", FINANCE))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void aRejectedSuggestionLeavesTheMeasureAsLeadOrAsCoUnit() {
        Draft noLead = apply(draft(suggested("m1")), reject("m1", DEVELOPMENT));
        assertThat(only(noLead, 0).leadOrgId()).isNull();
        assertThat(only(noLead, 0).coUnitIds()).containsExactly(FINANCE, CHIFENG);
        assertThat(only(noLead, 0).unconfirmedUnits()).containsExactly(FINANCE, CHIFENG);

        Draft noPlace = apply(noLead, reject("m1", CHIFENG));
        assertThat(only(noPlace, 0).coUnitIds()).containsExactly(FINANCE);
        assertThat(only(noPlace, 0).unconfirmedUnits()).containsExactly(FINANCE);

        assertThatThrownBy(() -> apply(noPlace, reject("m1", TONGLIAO))).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> apply(noPlace, reject("m1", null))).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void acceptedForAMeasureOrTheWholeDraftEveryUnitStaysAndNoMarkIsLeft() {
        Draft draft = draft(suggested("m1"), suggested("m2"));

        Draft one = apply(draft, DraftEdit.acceptSuggestions("m1", null));
        assertThat(only(one, 0).unconfirmedUnits()).isEmpty();
        assertThat(only(one, 0).coUnitIds()).containsExactly(FINANCE, CHIFENG);
        assertThat(only(one, 1).unconfirmedUnits()).containsExactly(DEVELOPMENT, FINANCE, CHIFENG);

        for (String key : List.of("*", "p1")) {
            Draft all = apply(draft, DraftEdit.acceptSuggestions(key, null));
            for (int i = 0; i < 2; i++) {
                assertThat(only(all, i).unconfirmedUnits()).isEmpty();
                assertThat(only(all, i).leadOrgId()).isEqualTo(DEVELOPMENT);
                assertThat(only(all, i).coUnitIds()).containsExactly(FINANCE, CHIFENG);
            }
        }
    }

    @Test
    void unitsSetByHandReplaceTheSuggestedOnesAndTheirMarks() {
        // The page's form sets the lead and sends the co-units back as they are: those keep their mark.
        Draft lead = apply(draft(suggested("m1")), DraftEdit.units("m1", TONGLIAO, List.of(FINANCE, CHIFENG)));
        assertThat(only(lead, 0).leadOrgId()).isEqualTo(TONGLIAO);
        assertThat(only(lead, 0).unconfirmedUnits()).containsExactly(FINANCE, CHIFENG);

        Draft all = apply(lead, DraftEdit.units("m1", DEVELOPMENT, List.of(TONGLIAO)));
        assertThat(only(all, 0).coUnitIds()).containsExactly(TONGLIAO);
        assertThat(only(all, 0).unconfirmedUnits()).isEmpty();
    }

    @Test
    void aMeasureStoredBeforeTheMarksKeepsItsUnitsAndHasNoOpenSuggestion() {
        String stored = """
                {"key":"m1","ordinal":1,"title":"精简审批事项","text":"精简审批事项。","start":0,"end":7,
                 "leadOrgId":11,"coUnitIds":[12],
                 "suggestedUnits":[{"orgId":11,"name":"自治区发展和改革委员会","evidence":"自治区发展改革委"},
                                   {"orgId":12,"name":"自治区财政厅","evidence":"自治区财政厅"}],
                 "status":"IN_PROGRESS","statusWords":[],"readings":[],"match":null,
                 "duty":{"leader":null,"deadline":null,"type":null,"deadlineText":null,"progress":null}}""";
        DraftMeasure m = JsonMapper.builder().build().readValue(stored, DraftMeasure.class);
        assertThat(m.leadOrgId()).isEqualTo(DEVELOPMENT);
        assertThat(m.coUnitIds()).containsExactly(FINANCE);
        assertThat(m.unconfirmedUnits()).isEmpty();
        assertThat(m.unconfirmed(DEVELOPMENT)).isFalse();
    }
}
