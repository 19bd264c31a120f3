package taizhang.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import taizhang.ledger.SubMeasureService.Part;
import taizhang.shared.InvalidRequestException;

class SplitRowsTest {

    @Test
    void readsAnyNumberOfRowsInTheOrderOfTheirNumbersWithCoUnitsAndLeader() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("row-10-title", "第十行");
        form.add("row-10-lead", "7");
        form.add("row-2-title", "第二行");
        form.add("row-2-lead", "5");
        form.add("row-2-co", "6");
        form.add("row-2-co", "8");
        form.add("row-2-leader", " 王副区长 ");
        form.add("row-2-deadline", "2099-03-31");
        form.add("row-3-title", "");
        form.add("row-3-lead", "9");
        form.add("_csrf", "token");

        List<Part> parts = SplitRows.parse(form);

        assertThat(parts).extracting(Part::title).containsExactly("第二行", "第十行");
        assertThat(parts.get(0).leadOrgId()).isEqualTo(5L);
        assertThat(parts.get(0).coUnitIds()).containsExactly(6L, 8L);
        assertThat(parts.get(0).responsibleLeader()).isEqualTo("王副区长");
        assertThat(parts.get(0).deadline()).isEqualTo(LocalDate.of(2099, 3, 31));
        assertThat(parts.get(1).coUnitIds()).isEmpty();
        assertThat(parts.get(1).responsibleLeader()).isNull();
        assertThat(parts.get(1).deadline()).isNull();
    }

    @Test
    void refusesAUnitThatIsNoNumberAndADateThatIsNoDate() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("row-1-title", "一");
        form.add("row-1-co", "x");
        assertThatThrownBy(() -> SplitRows.parse(form)).isInstanceOf(InvalidRequestException.class);

        MultiValueMap<String, String> dated = new LinkedMultiValueMap<>();
        dated.add("row-1-title", "一");
        dated.add("row-1-deadline", "2099-02-30");
        assertThatThrownBy(() -> SplitRows.parse(dated)).isInstanceOf(InvalidRequestException.class);
    }
}
