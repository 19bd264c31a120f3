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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.browser.Browser;
import taizhang.browser.LoginPage;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;

/**
 * 赤峰市's office connects 克什克腾旗's gateway in a real browser: it types an address that is not a
 * web address and one inside the network (the cloud's metadata service) and is told so for each,
 * sets the gateway and its secret, sees only the secret's end, sends a test push and finds it
 * delivered in the log, then deletes the setting, confirming.
 */
@DatabaseTest
// The gateway runs on this machine: only its address is allowed, other internal ones stay refused.
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "taizhang.webhooks.allowed-hosts=127.0.0.1")
class WebhookBrowserIntegrationTest {

    static final String SECRET = "hexigten-gateway-secret-7x9Q";

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    WebhookDeliveries deliveries;

    @Autowired
    WebhookService webhooks;

    @Autowired
    JdbcClient jdbc;

    Browser browser;
    Receiver gateway;
    Actor office;

    @BeforeEach
    void setUp() throws Exception {
        browser = new Browser("http://localhost:" + port);
        gateway = new Receiver(nth -> 200);
        office = fixtures.actor("赤峰市", Role.OFFICE);
        jdbc.sql("delete from webhook where org_id = :o")
                .param("o", fixtures.org("克什克腾旗").id())
                .update();
    }

    @AfterEach
    void tearDown() throws Exception {
        browser.close();
        gateway.close();
    }

    @Test
    void theOfficeConnectsAGatewayAndSeesTheTestPushDelivered() {
        new LoginPage(browser)
                .signIn(office.user().username(), "password-" + office.user().username());
        browser.click(browser.find(By.linkText("外部推送")));
        new Select(browser.find(By.id("org"))).selectByVisibleText("克什克腾旗");
        browser.find(By.cssSelector("form[action='/webhooks'] button[type=submit]"))
                .click();
        browser.waitForText(By.id("h-settings"), "克什克腾旗的推送设置");

        fill("ftp://gateway.example.cn/hexigten", SECRET);
        assertThat(browser.find(By.cssSelector(".alert-error")).getText()).contains("http:// 或 https://");
        browser.driver().navigate().back();
        browser.waitForIdle();

        fill("http://169.254.169.254/latest/meta-data/", SECRET);
        assertThat(browser.find(By.cssSelector(".alert-error")).getText()).contains("链路本地地址", "已拒绝");
        browser.driver().navigate().back();
        browser.waitForIdle();

        fill(gateway.url(), SECRET);
        assertThat(browser.find(By.id("webhook-message")).getText()).isEqualTo("已保存推送设置");
        assertThat(browser.find(By.id("secret-hint")).getText()).isEqualTo("••••7x9Q");
        assertThat(browser.driver().getPageSource()).doesNotContain(SECRET);

        browser.click(browser.find(By.id("test-webhook")));
        assertThat(browser.find(By.id("webhook-message")).getText()).contains("已排入一条测试推送");
        assertThat(browser.find(By.id("deliveries")).getText()).contains("webhook.test", "待发送");

        deliveries.sendDue();
        browser.driver().navigate().refresh();
        WebElement log = browser.find(By.id("deliveries"));
        assertThat(log.getText()).contains("webhook.test", "已送达", "HTTP 200");
        assertThat(gateway.received()).hasSize(1);
        Receiver.Received push = gateway.received().get(0);
        assertThat(Signature.verify(SECRET, push.body(), push.header(Signature.HEADER)))
                .isTrue();

        WebElement delete = browser.find(By.id("delete-webhook"));
        delete.click();
        browser.confirm();
        browser.waitForStale(delete);
        assertThat(browser.find(By.id("webhook-message")).getText()).isEqualTo("已删除推送设置");
        assertThat(browser.driver().findElements(By.id("test-webhook"))).isEmpty();
        assertThat(webhooks.find(office.user(), fixtures.org("克什克腾旗").id())).isEmpty();
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
