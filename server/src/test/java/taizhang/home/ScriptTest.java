package taizhang.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import taizhang.ledger.KeywordForms;

class ScriptTest {

    @Test
    void convertsTextIntoTheChosenScriptFromEither() {
        assertThat(Script.HANT.display("整改台账")).isEqualTo("整改臺賬");
        assertThat(Script.HANT.display("整改臺賬")).isEqualTo("整改臺賬");
        assertThat(Script.HANS.display("整改臺賬")).isEqualTo("整改台账");
        assertThat(Script.HANS.display("整改台账")).isEqualTo("整改台账");
    }

    /** The forms offices write, not the variants of HanLP's table; a place name keeps its characters. */
    @Test
    void writesTheStandardTraditionalForms() {
        assertThat(Script.HANT.display("审核、考核、核查")).isEqualTo("審核、考核、核查");
        assertThat(Script.HANT.display("赤峰市")).isEqualTo("赤峰市");
        assertThat(Script.HANT.display("通辽市")).isEqualTo("通遼市");
        assertThat(KeywordForms.of("考核")).containsExactly("考核");
        assertThat(KeywordForms.of("审核")).containsExactly("审核", "審核");
    }

    /** Every page passes through the Simplified conversion, so correct Simplified must survive it. */
    @Test
    void leavesCorrectSimplifiedAlone() {
        String simplified = "取得显著成效，著作权，著力推进，着力推进，干部，乾坤，皇后，后来，公里，头发，一只，表面，钟表，"
                + "出台，台风，余下，制度，征求意见，斗争，几乎，家具，尽管，树叶，沈阳，纤维，卷宗，症状，蒙古族，"
                + "于是，与会，了解，瞭望，复核，答复，重复，才能，面积，借鉴，经历，扎赉特旗，克什克腾旗，锡林郭勒盟";
        assertThat(Script.HANS.display(simplified)).isEqualTo(simplified);
    }

    @Test
    void convertsAPageButKeepsWhatAFormSendsBack() {
        String page = """
                <h1 title="整改臺賬">整改臺賬</h1>
                <input name="q" value="臺賬" placeholder="搜索標題">
                <input name="back" value='/ledger?q=臺賬'>
                <select name="unit"><option value="7">赤峰市環保局</option></select>
                <textarea name="text" rows="3">已完成臺賬整理</textarea>
                <p>整改臺賬</p>""";
        assertThat(Script.HANS.page(page)).isEqualTo("""
                <h1 title="整改台账">整改台账</h1>
                <input name="q" value="臺賬" placeholder="搜索标题">
                <input name="back" value='/ledger?q=臺賬'>
                <select name="unit"><option value="7">赤峰市环保局</option></select>
                <textarea name="text" rows="3">已完成臺賬整理</textarea>
                <p>整改台账</p>""");
        assertThat(Script.HANT.page("<textarea>台账</textarea><p>台账</p><input value=\"台账\">"))
                .isEqualTo("<textarea>台账</textarea><p>臺賬</p><input value=\"台账\">");
    }

    @Test
    void searchesAKeywordInBothScriptsWhicheverIsTyped() {
        assertThat(KeywordForms.of("民族团结")).containsExactly("民族团结", "民族團結");
        assertThat(KeywordForms.of(" 民族團結 ")).containsExactly("民族团结", "民族團結");
        assertThat(KeywordForms.of("5G")).containsExactly("5G");
    }

    @Test
    void theSwitchOnlyReturnsToPagesOfThisSite() {
        assertThat(ScriptController.localPath("/ledger?q=1")).isEqualTo("/ledger?q=1");
        assertThat(ScriptController.localPath("//evil.example")).isEqualTo("/");
        assertThat(ScriptController.localPath("https://evil.example")).isEqualTo("/");
    }
}
