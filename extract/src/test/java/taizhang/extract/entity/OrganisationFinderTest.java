package taizhang.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.extract.text.Normalizer;

class OrganisationFinderTest {

    @Test
    void matchesFullNamesAndShortFormsWithTheirCodes() {
        assertThat(find("通遼市、通遼和興安盟扎賚特旗開展工作"))
                .extracting(Organisation::text, Organisation::name, Organisation::code, Organisation::level)
                .containsExactly(
                        tuple("通遼市", "通辽市", "150500", "city"),
                        tuple("通遼", "通辽市", "150500", "city"),
                        tuple("興安盟", "兴安盟", "152200", "city"),
                        tuple("扎賚特旗", "扎赉特旗", "152223", "county"));
    }

    @Test
    void readsBodiesAfterADivisionOrTheRegion() {
        assertThat(find("呼和浩特市和自治區紀委監委、自治區公安廳、通遼市政府"))
                .extracting(Organisation::name, Organisation::kind, Organisation::code)
                .containsExactly(
                        tuple("呼和浩特市", Organisation.Kind.PLACE, "150100"),
                        tuple("自治区纪委监委", Organisation.Kind.BODY, "150000"),
                        tuple("自治区公安厅", Organisation.Kind.BODY, "150000"),
                        tuple("通辽市政府", Organisation.Kind.BODY, "150500"));
    }

    @Test
    void resolvesSharedNamesToTheReportsProvince() {
        assertThat(find("赤峰市、通辽市和新城区")).extracting(Organisation::code).containsExactly("150400", "150500", "150102");
    }

    @Test
    void skipsEverydayWordsThatAreAlsoPlaceNames() {
        assertThat(find("长治久安,四平八稳,防范县域风险,城区改造")).isEmpty();
    }

    private static List<Organisation> find(String text) {
        return OrganisationFinder.standard().find(text, Normalizer.normalize(text));
    }
}
