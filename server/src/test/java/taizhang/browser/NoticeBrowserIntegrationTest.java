package taizhang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import taizhang.ledger.Campaign;
import taizhang.ledger.Measure;
import taizhang.notice.Notice;
import taizhang.notice.NoticeService;
import taizhang.notice.NoticeSettingsService;
import taizhang.shared.Role;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;

/**
 * 通报印发 in a real browser: the office sets the 文号 pattern, drafts a notice of its own campaign,
 * rewrites a measure's paragraph in the preview, publishes it (frozen, listed with its 文号), reads its
 * 简报, regenerates the next draft from the ledger and compares it with the first.
 */
class NoticeBrowserIntegrationTest extends InBrowser {

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    NoticeService notices;

    @Autowired
    NoticeSettingsService settings;

    @Autowired
    Clock clock;

    Actor office;
    Campaign campaign;
    Measure measure;

    @BeforeEach
    void aCampaignWithAMeasure() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        campaign = ledger.campaign(office.user());
        measure = ledger.measure(
                office.user(),
                ledger.problem(office.user(), campaign.id()).id(),
                fixtures.ownUnit("通辽市").user().organisationId());
    }

    @Test
    void theOfficeDraftsRewritesPublishesAndComparesTheNextNoticeWithIt() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String pattern = "测" + tag + "发〔{year}〕{n}号";
        LocalDate today = LocalDate.now(clock);
        String firstNumber = "测" + tag + "发〔" + today.getYear() + "〕1号";
        signIn(office);
        NoticesScreen page = NoticesScreen.open(browser, campaign.id());

        assertThat(page.saveSettings("自治区整改办" + tag, "自治区整改办\n自治区督导组", pattern)).isEqualTo("已保存通报设置");
        assertThat(settings.settings(office.user(), campaign.id()).numberPattern())
                .isEqualTo(pattern);

        long first = page.draft();
        assertThat(page.status()).isEqualTo("草稿");
        assertThat(page.preview(measure.id())).contains("一是" + measure.title(), measure.body());
        String paragraph = "已完成排查" + tag + "，正在整改。";
        assertThat(page.rewrite(measure.id(), paragraph, "个别单位报送滞后" + tag)).isEqualTo("已保存修改");
        assertThat(page.field("rewrite-" + measure.id())).isEqualTo(paragraph);
        Notice edited = notices.get(office.user(), first);
        assertThat(edited.rewrites()).containsEntry(measure.id(), paragraph);
        assertThat(edited.issues()).isEqualTo("个别单位报送滞后" + tag);

        assertThat(page.publish(today)).isEqualTo("已印发：" + firstNumber);
        assertThat(page.status()).isEqualTo("已印发");
        assertThat(page.editable()).as("a published notice is frozen").isFalse();
        assertThat(page.document()).contains(firstNumber, paragraph, "个别单位报送滞后" + tag, "自治区督导组");
        Notice published = notices.get(office.user(), first);
        assertThat(published.published()).isTrue();
        assertThat(published.number()).isEqualTo(firstNumber);
        assertThat(published.issuedOn()).isEqualTo(today);

        assertThat(page.backToList()).anySatisfy(row -> assertThat(row).contains("已印发", firstNumber));
        assertThat(page.openListed(first).brief()).contains("整改措施");
        browser.click(browser.find(By.linkText("返回通报")));
        assertThat(page.compareOffer())
                .as("nothing was published before the first")
                .isNull();

        page.backToList();
        long second = NoticesScreen.open(browser, campaign.id()).draft();
        assertThat(second).isNotEqualTo(first);
        assertThat(page.regenerate()).isEqualTo("已按台账重新生成，改写的段落保留");
        assertThat(page.status()).isEqualTo("草稿");
        assertThat(notices.get(office.user(), second).version())
                .as("regenerated: stored again")
                .isPositive();
        assertThat(page.compareOffer()).contains(firstNumber);
        assertThat(page.compare()).contains("问题", "整改措施", "0/1");
        assertThat(browser.cspViolations()).isEmpty();
    }

    @Test
    void aRefusalStandsBesideTheFormAndKeepsWhatWasTyped() {
        signIn(office);
        NoticesScreen page = NoticesScreen.open(browser, campaign.id());
        String stored = settings.settings(office.user(), campaign.id()).numberPattern();
        assertThat(page.saveRefusedSettings("没有序号的文号")).contains("文号格式须含序号 {n}");
        assertThat(page.field("numberPattern")).as("the typed value stays").isEqualTo("没有序号的文号");
        assertThat(settings.settings(office.user(), campaign.id()).numberPattern())
                .isEqualTo(stored);

        long draft = page.draft();
        // Someone else saves the draft meanwhile: this page's version is stale.
        Notice other = notices.get(office.user(), draft);
        notices.edit(office.user(), draft, other.version(), Map.of(), "另一位同事的修改", other.nextSteps());
        String paragraph = "本页输入的改写" + UUID.randomUUID();
        assertThat(page.rewriteRefused(measure.id(), paragraph)).contains("已被他人修改");
        assertThat(page.field("rewrite-" + measure.id()))
                .as("the typed paragraph stays")
                .isEqualTo(paragraph);
        assertThat(notices.get(office.user(), draft).rewrites()).doesNotContainKey(measure.id());
        assertThat(browser.cspViolations()).isEmpty();
    }

    /**
     * Without script every form posts itself: a refusal comes back to the page beside the form acted
     * on, never at the top, and the page opens at that part (#part), however far down it stands.
     */
    @Test
    void withoutJavaScriptARefusalComesBackBesideItsFormAndInView() throws Exception {
        signIn(office, false);
        browser.viewport(1366, 600);
        NoticesScreen page = NoticesScreen.open(browser, campaign.id());
        String stored = settings.settings(office.user(), campaign.id()).numberPattern();

        String refused = page.saveRefusedSettings("没有序号的文号");
        assertThat(refused).contains("文号格式须含序号 {n}");
        assertThat(browser.driver().getCurrentUrl())
                .endsWith("/notices?campaign=" + campaign.id() + "#notice-settings");
        assertThat(browser.messages()).as("beside the form, not at the top").containsExactly(refused);
        assertThat(browser.scrollY())
                .as("the page opens at the settings, below the list")
                .isPositive();
        assertThat(browser.inView(browser.find(By.cssSelector("#notice-settings .feedback .alert-error"))))
                .isTrue();
        assertThat(settings.settings(office.user(), campaign.id()).numberPattern())
                .isEqualTo(stored);

        String notACycle = page.draftRefused("第三季度");
        assertThat(browser.driver().getCurrentUrl()).endsWith("#notice-draft");
        assertThat(browser.messages()).containsExactly(notACycle);
        assertThat(browser.inView(browser.find(By.cssSelector("#notice-draft .feedback .alert-error"))))
                .isTrue();

        long draft = page.draft();
        // Someone else saves the draft meanwhile: this page's version is stale.
        Notice other = notices.get(office.user(), draft);
        notices.edit(office.user(), draft, other.version(), Map.of(), "另一位同事的修改", other.nextSteps());
        assertThat(page.rewriteRefused(measure.id(), "本页输入的改写")).contains("已被他人修改");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/notices/" + draft + "#notice-save");
        assertThat(browser.messages()).hasSize(1);
        assertThat(browser.scrollY())
                .as("the page opens at the save button, below the preview")
                .isPositive();
        assertThat(browser.inView(browser.find(By.cssSelector("#edit-form .feedback .alert-error"))))
                .isTrue();
        assertThat(notices.get(office.user(), draft).rewrites()).doesNotContainKey(measure.id());

        LocalDate asOf = notices.get(office.user(), draft).asOf();
        assertThat(page.publishRefused(asOf.minusDays(1)))
                .as("asked on a page of its own, then refused beside the state panel")
                .isEqualTo("印发日期不能早于通报的截止日期" + asOf);
        assertThat(browser.driver().getCurrentUrl()).endsWith("/notices/" + draft + "#notice-state");
        assertThat(browser.messages()).hasSize(1);
        assertThat(page.status()).isEqualTo("草稿");
        assertThat(notices.get(office.user(), draft).published()).isFalse();
    }

    @Test
    void aPublishingDateBeforeTheNoticesDayIsRefusedBesideTheFormThenTheCorrectedOnePublishes() {
        signIn(office);
        NoticesScreen page = NoticesScreen.open(browser, campaign.id());
        long draft = page.draft();
        LocalDate asOf = notices.get(office.user(), draft).asOf();
        assertThat(page.regenerate()).isEqualTo("已按台账重新生成，改写的段落保留");

        assertThat(page.publishRefused(asOf.minusDays(1))).isEqualTo("印发日期不能早于通报的截止日期" + asOf);
        assertThat(browser.messages())
                .as("the refusal replaced the regeneration's message")
                .containsExactly("印发日期不能早于通报的截止日期" + asOf);
        assertThat(page.field("issuedOn"))
                .as("the chosen date stays")
                .isEqualTo(asOf.minusDays(1).toString());
        assertThat(page.status()).isEqualTo("草稿");
        assertThat(notices.get(office.user(), draft).published()).isFalse();

        assertThat(page.publish(asOf)).startsWith("已印发：");
        assertThat(browser.messages()).hasSize(1);
        assertThat(page.status()).isEqualTo("已印发");
        assertThat(notices.get(office.user(), draft).issuedOn()).isEqualTo(asOf);
        assertThat(browser.cspViolations()).isEmpty();
    }
}
