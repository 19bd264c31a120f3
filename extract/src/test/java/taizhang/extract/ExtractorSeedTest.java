package taizhang.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import taizhang.extract.defect.Defect;
import taizhang.extract.defect.DefectKind;
import taizhang.extract.defect.Script;
import taizhang.extract.entity.Organisation;
import tools.jackson.databind.JsonNode;

class ExtractorSeedTest {

    private final String text = DevelopmentSet.seedText();
    private final Report report = Extractor.extract(text, Hints.ofFile(DevelopmentSet.SEED + ".txt"));

    @Test
    void readsTheGoldOutline() {
        JsonNode gold = DevelopmentSet.seedGold().get("structure");
        assertThat(report.structure().sections()).hasSize(gold.get("sections").size());
        assertThat(report.structure().problems()).hasSize(23);
        assertThat(report.structure().measureCount()).isEqualTo(82);
    }

    @Test
    void findsBothLostNumbersAndNoOtherMissingNumber() {
        assertThat(report.defects())
                .filteredOn(d -> d.kind() == DefectKind.MISSING_NUMBER)
                .extracting(Defect::text, Defect::start, Defect::end)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("受理辦件件", 13347, 13352),
                        org.assertj.core.groups.Tuple.tuple("完成擴面任務人", 16306, 16313));
    }

    @Test
    void findsNoMixedScriptInTheSeedAndCallsItTraditional() {
        assertThat(report.script()).isEqualTo(Script.HANT);
        assertThat(report.defects()).noneMatch(d -> d.kind() == DefectKind.MIXED_SCRIPT);
    }

    @Test
    void leavesTheSiteFooterOut() {
        int footer = text.indexOf("Copyright");
        assertThat(report.bodyEnd()).isLessThan(footer);
        assertThat(report.structure().problems().get(22).text())
                .doesNotContain("Copyright")
                .endsWith("有序推進。");
        assertThat(report.dates()).allMatch(d -> d.end() <= report.bodyEnd());
        assertThat(report.organisations()).allMatch(o -> o.end() <= report.bodyEnd());
        assertThat(report.quantities()).allMatch(q -> q.end() <= report.bodyEnd());
    }

    @Test
    void namesTheRegionalCommitteeAndItsDisciplineCommission() {
        assertThat(report.organisations())
                .filteredOn(o -> o.kind() == Organisation.Kind.BODY)
                .extracting(Organisation::name)
                .contains("自治区党委", "自治区纪委监委", "自治区政府");
        assertThat(report.organisations())
                .filteredOn(o -> o.name().equals("自治区纪委监委"))
                .first()
                .satisfies(o -> {
                    assertThat(o.text()).isEqualTo("自治區紀委監委");
                    assertThat(o.code()).isEqualTo("150000");
                });
        assertThat(report.organisations()).extracting(Organisation::name).contains("通辽市", "赤峰市", "兴安盟", "扎赉特旗");
    }

    @Test
    void infersTheReportYear() {
        assertThat(report.reportYear()).isEqualTo(2021);
    }
}
