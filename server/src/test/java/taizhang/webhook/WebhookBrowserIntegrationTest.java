package taizhang.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.browser.Browser;
import taizhang.browser.InBrowser;
import taizhang.browser.LoginPage;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;

/**
 * 赤峰市's office connects 克什克腾旗's gateway in a real browser: it types an address that is not a
 * web address and one inside the network (the cloud's metadata service) and is told so for each,
 * sets the gateway and its secret, sees only the secret's end, sends a test push and finds it
 * delivered in the log, then deletes the setting, confirming; each message stands beside the
 * settings and replaces the one before.
 */
// The gateway runs on this machine: only its address is allowed, other internal ones stay refused.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "taizhang.webhooks.allowed-hosts=127.0.0.1")
class WebhookBrowserIntegrationTest extends InBrowser {

    static final String SECRET = "hexigten-gateway-secret-7x9Q";

    @Autowired
    WebhookDeliveries deliveries;

    @Autowired
    WebhookService webhooks;

    @Autowired
    JdbcClient jdbc;

    Receiver gateway;
    Actor office;

    @BeforeEach
    void setUp() throws Exception {
        gateway = new Receiver(nth -> 200);
        office = fixtures.actor("赤峰市", Role.OFFICE);
        jdbc.sql("delete from webhook where org_id = :o")
                .param("o", fixtures.org("克什克腾旗").id())
                .update();
    }

    @AfterEach
    void tearDown() throws Exception {
        gateway.close();
    }

    @Test
    void theOfficeConnectsAGatewayAndSeesTheTestPushDelivered() {
        new LoginPage(browser)
                .signIn(office.user().username(), "password-" + office.user().username());
        browser.click(browser.find(By.linkText("外部推送")));
        new Select(browser.find(By.id("org"))).selectByVisibleText("克什克腾旗");
        browser.click(browser.find(By.cssSelector("form[action='/webhooks'] button[type=submit]")));
        browser.waitForText(By.id("h-settings"), "克什克腾旗的推送设置");

        fill("ftp://gateway.example.cn/hexigten", SECRET);
        assertThat(refusal()).contains("http:// 或 https://");
        assertThat(browser.messages()).hasSize(1);
        assertThat(browser.find(By.id("url")).getAttribute("value"))
                .as("the refused address stays as typed")
                .isEqualTo("ftp://gateway.example.cn/hexigten");

        fill("http://169.254.169.254/latest/meta-data/", SECRET);
        assertThat(refusal()).contains("链路本地地址", "已拒绝");
        assertThat(browser.messages())
                .as("the second refusal replaced the first")
                .hasSize(1);

        fill(gateway.url(), SECRET);
        assertThat(message()).isEqualTo("已保存推送设置");
        assertThat(browser.messages())
                .as("the save's message replaced the refusal")
                .containsExactly("已保存推送设置");
        assertThat(browser.find(By.id("secret-hint")).getText()).isEqualTo("••••7x9Q");
        assertThat(browser.driver().getPageSource()).doesNotContain(SECRET);

        browser.click(browser.find(By.id("test-webhook")));
        assertThat(message()).contains("已排入一条测试推送");
        assertThat(browser.messages()).hasSize(1);
        assertThat(browser.find(By.id("deliveries")).getText()).contains("webhook.test", "待发送");

        deliveries.sendDue();
        browser.driver().navigate().refresh();
        WebElement log = browser.find(By.id("deliveries"));
        assertThat(log.getText()).contains("webhook.test", "已送达", "HTTP 200");
        assertThat(gateway.received()).hasSize(1);
        Receiver.Received push = gateway.received().get(0);
        assertThat(Signature.verify(SECRET, push.body(), push.header(Signature.HEADER)))
                .isTrue();

        browser.clickAndConfirm(browser.find(By.id("delete-webhook")));
        assertThat(message()).isEqualTo("已删除推送设置");
        assertThat(browser.messages()).containsExactly("已删除推送设置");
        assertThat(browser.driver().findElements(By.id("test-webhook"))).isEmpty();
        assertThat(webhooks.find(office.user(), fixtures.org("克什克腾旗").id())).isEmpty();
    }

    @Test
    void withoutJavaScriptTheSettingsPostThemselvesAndTheMessageStandsBesideThem() throws Exception {
        try (Browser plain = new Browser(baseUrl(), false)) {
            new LoginPage(plain)
                    .signIn(
                            office.user().username(),
                            "password-" + office.user().username());
            plain.open("/webhooks?org=" + fixtures.org("克什克腾旗").id());
            plain.find(By.id("url")).sendKeys(gateway.url());
            plain.find(By.id("secret")).sendKeys(SECRET);
            plain.click(plain.find(By.id("save-webhook")));
            assertThat(plain.find(By.cssSelector("#webhook-settings .feedback .alert"))
                            .getText())
                    .isEqualTo("已保存推送设置");
            plain.click(plain.find(By.id("test-webhook")));
            assertThat(plain.messages()).hasSize(1).first().asString().contains("已排入一条测试推送");
            deliveries.sendDue();
            assertThat(gateway.received()).hasSize(1);
            plain.clickAndConfirm(plain.find(By.id("delete-webhook")));
            assertThat(plain.messages()).containsExactly("已删除推送设置");
        }
    }

    /** The message beside the settings acted on. */
    private String message() {
        return browser.find(By.cssSelector("#webhook-settings .feedback .alert"))
                .getText();
    }

    /** The refusal beside the settings acted on. */
    private String refusal() {
        return browser.find(By.cssSelector("#webhook-settings .feedback .alert-error"))
                .getText();
    }

    private void fill(String url, String secret) {
        WebElement field = browser.find(By.id("url"));
        field.clear();
        field.sendKeys(url);
        WebElement secretField = browser.find(By.id("secret"));
        secretField.clear(); // going back may have kept what was typed before
        secretField.sendKeys(secret);
        browser.click(browser.find(By.id("save-webhook")));
    }
}
