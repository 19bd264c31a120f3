package taizhang.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;

/**
 * A test that drives the running application through a real browser: one fresh browser per test,
 * running script unless the class says otherwise, and a person's sign-in.
 */
@DatabaseTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class InBrowser {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Fixtures fixtures;

    protected Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(baseUrl(), javascript());
    }

    @AfterEach
    void closeBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    /** Whether the browser of every test in the class runs script, as most people's does. */
    protected boolean javascript() {
        return true;
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** Signs in with the actor's test password and waits for the main navigation. */
    protected void signIn(Actor actor) {
        new LoginPage(browser)
                .signIn(actor.user().username(), "password-" + actor.user().username());
        browser.find(By.cssSelector("nav[aria-label='主导航']"));
    }

    /** Signs in from a browser that runs script or not; one that runs none posts every form itself. */
    protected void signIn(Actor actor, boolean javascript) throws Exception {
        if (javascript != javascript()) {
            browser.close();
            browser = new Browser(baseUrl(), javascript);
        }
        signIn(actor);
    }
}
