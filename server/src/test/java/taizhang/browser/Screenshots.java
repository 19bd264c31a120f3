package taizhang.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;

/**
 * Takes the README's screenshots from a running server, at 1366×768 like the laptops the
 * offices use: {@code Screenshots BASE_URL USER PASSWORD CAMPAIGN_ID MEASURE_ID OUT_DIR [NEW_PASSWORD]}.
 * Run it against a server holding the demo campaign (see docs/README.md). A demo user's first
 * password must be replaced at the first sign-in: give the new one as NEW_PASSWORD then.
 */
public final class Screenshots {

    private Screenshots() {}

    public static void main(String[] args) throws Exception {
        try (Browser browser = new Browser(args[0])) {
            new LoginPage(browser).signIn(args[1], args[2]);
            if (browser.driver().getCurrentUrl().contains("/account?mustChange")) {
                if (args.length < 7) {
                    throw new IllegalArgumentException(
                            args[1] + " must replace its first password: give the new one as the seventh argument");
                }
                new AccountScreen(browser).changePassword(args[2], args[6]);
            }
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
