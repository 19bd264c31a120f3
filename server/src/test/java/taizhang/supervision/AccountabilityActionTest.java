package taizhang.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.Role;

/** An accountability entry's own rules: what it must say, and who it names. */
class AccountabilityActionTest {

    private static final LocalDate TODAY = LocalDate.of(2021, 9, 30);
    private static final CurrentUser OFFICE = new CurrentUser(3, "office", "整改办", 1, "/1/", EnumSet.of(Role.OFFICE));

    private static AccountabilityAction.Terms terms(String person, LocalDate decidedOn, String decidedBy) {
        return new AccountabilityAction.Terms(
                6,
                person,
                person == null ? null : "副局长",
                AccountabilityKind.TALK,
                decidedOn,
                decidedBy,
                " 内纪〔2021〕3号 ",
                "",
                List.of(11L),
                null);
    }

    @Test
    void namesThePersonWithItsPostOrElseTheUnit() {
        var person = AccountabilityAction.record(1, terms("王某", TODAY, "自治区纪委监委"), OFFICE, Instant.EPOCH, TODAY);
        assertThat(person.subject("赤峰市")).isEqualTo("赤峰市 王某（副局长）");
        assertThat(person.documentNo()).isEqualTo("内纪〔2021〕3号");
        assertThat(person.description()).isNull();
        assertThat(person.measureIds()).containsExactly(11L);
        assertThat(person.itemIds()).isEmpty();
        var unit = AccountabilityAction.record(1, terms(null, TODAY, "自治区纪委监委"), OFFICE, Instant.EPOCH, TODAY);
        assertThat(unit.subject("赤峰市")).isEqualTo("赤峰市");
    }

    @Test
    void needsADecisionDayThatHasComeAndWhoDecided() {
        assertThatThrownBy(() -> AccountabilityAction.record(
                        1, terms(null, TODAY.plusDays(1), "纪委"), OFFICE, Instant.EPOCH, TODAY))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("决定日期");
        assertThatThrownBy(() -> AccountabilityAction.record(1, terms(null, TODAY, "  "), OFFICE, Instant.EPOCH, TODAY))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("请填写决定机关");
    }
}
