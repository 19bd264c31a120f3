package taizhang.browser;

import java.nio.file.Path;
import org.openqa.selenium.By;

/**
 * Takes the README's screenshots from a running server, at 1366×768 like the laptops the offices
 * use and at 375 px like a phone:
 * {@code Screenshots BASE_URL USER PASSWORD CAMPAIGN_ID MEASURE_ID OUT_DIR [NEW_PASSWORD [UNIT_USER UNIT_PASSWORD UNIT_NEW_PASSWORD]]}.
 * Run it against a server holding the demo campaign (see README). A demo user's first password
 * must be replaced at the first sign-in: give the new one as NEW_PASSWORD then. With a unit's
 * sign-in, its 我的任务 is taken too.
 */
public final class Screenshots {

    private Screenshots() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[5]);
        try (Browser browser = new Browser(args[0])) {
            signIn(browser, args[1], args[2], args.length > 6 ? args[6] : null);
            browser.open("/dashboard?campaign=" + args[3]);
            browser.screenshot(out.resolve("dashboard.png"));
            browser.open("/ledger?campaign=" + args[3]);
            browser.screenshot(out.resolve("ledger.png"));
            browser.open("/measures/" + args[4]);
            browser.screenshot(out.resolve("measure.png"));
            browser.open("/review");
            browser.screenshot(out.resolve("review.png"));
            browser.viewport(375, 812);
            browser.open("/ledger?campaign=" + args[3]);
            browser.screenshot(out.resolve("phone-ledger.png"));
            browser.open("/measures/" + args[4]);
            browser.screenshot(out.resolve("phone-measure.png"));
            browser.open("/review");
            browser.screenshot(out.resolve("phone-review.png"));
        }
        if (args.length > 9) {
            try (Browser browser = new Browser(args[0])) {
                signIn(browser, args[7], args[8], args[9]);
                browser.open("/my");
                browser.screenshot(out.resolve("my.png"));
                browser.viewport(375, 812);
                browser.open("/my");
                browser.screenshot(out.resolve("phone-my.png"));
            }
        }
    }

    private static void signIn(Browser browser, String user, String password, String newPassword) {
        new LoginPage(browser).signIn(user, password);
        if (browser.driver().getCurrentUrl().contains("/account?mustChange")) {
            if (newPassword == null) {
                throw new IllegalArgumentException(user + " must replace its first password: give the new one");
            }
            new AccountScreen(browser).changePassword(password, newPassword);
        }
        browser.find(By.cssSelector("nav[aria-label='主导航']"));
    }
}
