package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import taizhang.extract.text.Normalizer;
import taizhang.org.OrgKind;
import taizhang.org.Organisation;

class UnitNamesTest {

    private static final Organisation REGION = new Organisation(1, null, "内蒙古自治区", OrgKind.REGION, null, "/1/");
    private static final Organisation LABOUR =
            new Organisation(2, 1L, "内蒙古自治区人力资源和社会保障厅", OrgKind.DEPARTMENT, null, "/1/2/");
    private static final Organisation VILLAGES =
            new Organisation(3, 1L, "内蒙古自治区乡村振兴局", OrgKind.DEPARTMENT, null, "/1/3/");

    @Test
    void matchesTheUsualAbbreviationsWithoutAliases() {
        UnitNames names = new UnitNames(List.of(REGION, LABOUR, VILLAGES));
        assertThat(names.match("自治区人社厅")).isEqualTo(LABOUR);
        assertThat(names.match("人社厅")).isEqualTo(LABOUR);
        assertThat(names.match("社保厅")).isNull();
        assertThat(names.match("扶贫办")).isNull();
    }

    @Test
    void matchesAnAliasTheOfficeKeepsInEitherScript() {
        UnitNames names = new UnitNames(
                List.of(REGION, LABOUR, VILLAGES), Map.of(2L, List.of("社保厅"), 3L, List.of("扶贫办"), 99L, List.of("别处")));
        assertThat(names.match("社保厅")).isEqualTo(LABOUR);
        assertThat(names.match("扶貧辦")).isEqualTo(VILLAGES);
        assertThat(names.match("别处")).isNull();
    }

    @Test
    void findsTheAliasesATextNamesInOrder() {
        UnitNames names =
                new UnitNames(List.of(REGION, LABOUR, VILLAGES), Map.of(2L, List.of("社保厅"), 3L, List.of("扶贫办")));
        String text = Normalizer.normalize("由扶貧辦牵头，社保厅配合。");
        assertThat(names.aliasMentions(text, 0, text.length()))
                .extracting(UnitNames.Mention::org, UnitNames.Mention::start)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(VILLAGES, 1),
                        org.assertj.core.groups.Tuple.tuple(LABOUR, 7));
        assertThat(names.aliasMentions(text, 5, text.length()))
                .extracting(UnitNames.Mention::org)
                .containsExactly(LABOUR);
    }
}
