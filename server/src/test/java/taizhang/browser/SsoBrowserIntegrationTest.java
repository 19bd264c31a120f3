package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * 统一身份认证 in a real browser: the sign-in page's button leads to the OIDC provider's own
 * sign-in page (the in-process provider, interactive), a person types their name there and comes
 * back signed in to the office's pages; 退出 ends the session here and at the provider, which
 * sends the browser back to the sign-in page.
 */
class SsoBrowserIntegrationTest extends InBrowser {

    static final MockOAuth2Server PROVIDER =
            new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\":true}"));

    static {
        PROVIDER.start();
    }

    @DynamicPropertySource
    static void sso(DynamicPropertyRegistry properties) {
        properties.add("taizhang.sso.kind", () -> "oidc");
        properties.add(
                "taizhang.sso.oidc.issuer", () -> PROVIDER.issuerUrl("default").toString());
        properties.add("taizhang.sso.oidc.client-id", () -> "taizhang");
        properties.add("taizhang.sso.oidc.client-secret", () -> "secret");
        properties.add("taizhang.sso.unknown-users", () -> "create");
        properties.add("taizhang.sso.new-user-organisation", () -> "内蒙古自治区");
        properties.add("taizhang.sso.roles.taizhang-office", () -> "OFFICE");
        properties.add("taizhang.sso.organisation-attribute", () -> "dept");
        properties.add("taizhang.sso.organisations.tongliao", () -> "通辽市");
    }

    @AfterAll
    static void stop() {
        PROVIDER.shutdown();
    }

    @BeforeEach
    void open() throws Exception {}

    @Test
    void aPersonSignsInAtTheProviderWorksAndSignsOutOfBoth() {
        String name = "zhao." + UUID.randomUUID().toString().substring(0, 8);
        browser.open("/login");
        var button = browser.find(By.id("sso-login"));
        assertThat(button.getText()).isEqualTo("统一身份认证登录");

        button.click();
        browser.waitUntilUrlContains(
                PROVIDER.baseUrl().host() + ":" + PROVIDER.baseUrl().port());
        browser.find(By.name("username")).sendKeys(name);
        browser.find(By.name("claims"))
                .sendKeys("{\"name\":\"Zhao Liu\",\"groups\":[\"taizhang-office\"],\"dept\":\"tongliao\"}");
        browser.find(By.cssSelector("form [type=submit]")).click();

        browser.waitUntilUrlContains("localhost:" + port + "/dashboard");
        browser.waitForIdle();
        assertThat(browser.find(By.cssSelector("header .who")).getText()).isEqualTo("Zhao Liu · 通辽市");
        assertThat(browser.cspViolations()).as("signed in").isEmpty();

        LoginPage.signOut(browser);
        browser.waitUntilUrlContains("localhost:" + port + "/login?logout");
        assertThat(browser.find(By.id("login-message")).getText()).isEqualTo("您已退出登录");
        assertThat(browser.cspViolations())
                .as("signed out through the provider")
                .isEmpty();

        browser.open("/dashboard");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
    }
}
