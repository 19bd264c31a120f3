package taizhang.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;

/**
 * Takes the README's screenshots from a running server, at 1366×768 like the laptops the
 * offices use: {@code Screenshots BASE_URL USER PASSWORD CAMPAIGN_ID MEASURE_ID OUT_DIR}.
 * Run it against a server holding the demo campaign (see docs/README.md).
 */
public final class Screenshots {

    private Screenshots() {}

    public static void main(String[] args) throws Exception {
        try (Browser browser = new Browser(args[0])) {
            new LoginPage(browser).signIn(args[1], args[2]);
            browser.find(By.cssSelector("nav[aria-label='主导航']"));
            Path out = Path.of(args[5]);
            browser.open("/dashboard?campaign=" + args[3]);
            browser.screenshot(out.resolve("dashboard.png"));
            browser.open("/ledger?campaign=" + args[3]);
            browser.screenshot(out.resolve("ledger.png"));
            browser.open("/measures/" + args[4]);
            browser.screenshot(out.resolve("measure.png"));
        }
    }
}
