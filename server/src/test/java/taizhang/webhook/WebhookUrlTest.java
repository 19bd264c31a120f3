package taizhang.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import taizhang.shared.InvalidRequestException;

/** Only absolute http(s) addresses with a host, told in Chinese otherwise; secrets shown by their end. */
class WebhookUrlTest {

    @Test
    void takesHttpAndHttpsAddresses() {
        assertThat(WebhookUrl.parse(" https://gateway.example.cn/taizhang?k=1 ").toString())
                .isEqualTo("https://gateway.example.cn/taizhang?k=1");
        assertThat(WebhookUrl.parse("http://10.1.2.3:8080/hook").getPort()).isEqualTo(8080);
    }

    @Test
    void refusesEverythingElseWithAChineseMessage() {
        for (String bad : new String[] {
            "ftp://gateway.example.cn/",
            "javascript:alert(1)",
            "/relative/path",
            "gateway.example.cn",
            "https://",
            "http://user:pw@host/x",
            "http://a b/"
        }) {
            assertThatThrownBy(() -> WebhookUrl.parse(bad))
                    .as(bad)
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("http:// 或 https://");
        }
        assertThatThrownBy(() -> WebhookUrl.parse("  ")).hasMessage("缺少推送地址");
        assertThatThrownBy(() -> WebhookUrl.parse("https://x.cn/" + "a".repeat(500)))
                .hasMessageContaining("不能超过 500 个字");
    }

    @Test
    void secretsAreLongEnoughAndShownOnlyByTheirLastFourCharacters() {
        assertThat(WebhookSecret.hint("0123456789abcdefWXYZ")).isEqualTo("••••WXYZ");
        assertThatThrownBy(() -> WebhookSecret.check("short")).hasMessageContaining("16 到 200 个字符");
        assertThatThrownBy(() -> WebhookSecret.check(" 0123456789abcdefgh")).hasMessageContaining("首尾不能有空格");
    }
}
