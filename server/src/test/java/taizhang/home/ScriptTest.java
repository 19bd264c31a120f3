package taizhang.home;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import taizhang.ledger.KeywordForms;

class ScriptTest {

    @Test
    void convertsPagesToTraditionalOnlyWhenChosen() {
        assertThat(Script.HANT.display("整改台账")).isEqualTo("整改臺賬");
        assertThat(Script.HANS.display("整改台账")).isEqualTo("整改台账");
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
