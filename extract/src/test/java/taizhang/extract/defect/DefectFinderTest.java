package taizhang.extract.defect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import taizhang.extract.text.Normalizer;

class DefectFinderTest {

    @Test
    void findsOneMixedScriptDefectPerPinyinGloss() {
        String text = "加強監管(guān)工作,落實(luò)責任。";
        assertThat(find(text, Script.HANT))
                .extracting(Defect::text, Defect::kind)
                .containsExactly(tuple("(guān)", DefectKind.MIXED_SCRIPT), tuple("(luò)", DefectKind.MIXED_SCRIPT));
    }

    @Test
    void findsSimplifiedOnlyCharsInTraditionalTextButNotSharedOnes() {
        String text = "自治區幹部和干部關于这个問題";
        assertThat(find(text, ScriptDetector.detect(text)))
                .extracting(Defect::text)
                .containsExactly("这个");
    }

    @Test
    void tellsTheScripts() {
        assertThat(ScriptDetector.detect("全面加強和改進民族工作")).isEqualTo(Script.HANT);
        assertThat(ScriptDetector.detect("全面加强和改进民族工作")).isEqualTo(Script.HANS);
    }

    @Test
    void findsAMeasureWordWithoutItsNumber() {
        assertThat(find("系统受理办件件。完成扩面任务人。受理办件405万件。明确责任人。印发文件。", Script.HANS))
                .extracting(Defect::text)
                .containsExactly("受理办件件", "完成扩面任务人");
    }

    @Test
    void findsMiswrittenWordsInEitherScriptButNotTheRightForms() {
        assertThat(find("提高最低生活保障標注，保障生活必須品供應。", Script.HANT))
                .extracting(Defect::text, Defect::kind)
                .containsExactly(tuple("保障標注", DefectKind.TYPO), tuple("必須品", DefectKind.TYPO));
        assertThat(find("提高保障标准，必须保障生活必需品，标注风险点，按装机容量排序。", Script.HANS)).isEmpty();
    }

    private static List<Defect> find(String text, Script script) {
        return DefectFinder.find(text, Normalizer.normalize(text), script);
    }
}
