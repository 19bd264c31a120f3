package taizhang.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.util.HtmlUtils;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import taizhang.support.LedgerFixtures;
import taizhang.support.PageRequests;

/**
 * A form that asks before it changes something, posted without JavaScript: the server asks on a
 * page of its own and acts only once 确定 posts the form again; htmx posts as before. A refusal of
 * a plain post goes back to the page it came from with the message beside the form, drawn as an
 * error, and never to another site.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class NoScriptFormsIntegrationTest {

    private static final Pattern QUESTION = Pattern.compile(
            "<form[^>]*id=\"remove-form\"[^>]*>.*?name=\"_confirm\" value=\"([^\"]+)\"", Pattern.DOTALL);

    @Autowired
    MockMvc mvc;

    @Autowired
    PageRequests requests;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    Actor office;
    Measure measure;
    String page;
    String question;

    @BeforeEach
    void aMeasureOnItsPage() throws Exception {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long campaign = ledger.campaign(office.user()).id();
        measure = ledger.measure(
                office.user(),
                ledger.problem(office.user(), campaign).id(),
                fixtures.org("阿拉善盟").id());
        page = "/measures/" + measure.id();
        Matcher asked = QUESTION.matcher(requests.page(office, page));
        assertThat(asked.find()).as("the remove form states its question").isTrue();
        question = HtmlUtils.htmlUnescape(asked.group(1));
    }

    @Test
    void aPlainPostIsAskedFirstAndNothingIsRemoved() throws Exception {
        MockHttpServletResponse asked =
                requests.send(office, remove(measure.version()).header("Referer", here(page)));

        assertThat(asked.getStatus()).isEqualTo(200);
        String html = asked.getContentAsString();
        assertThat(question).startsWith("确定移除这项措施吗？");
        assertThat(html)
                .contains("<h2 id=\"h-confirm\">" + HtmlUtils.htmlEscape(question) + "</h2>")
                .contains("action=\"" + page + "/remove\"")
                .contains("<input type=\"hidden\" name=\"version\" value=\"" + measure.version() + "\">")
                .contains("<input type=\"hidden\" name=\"reason\" value=\"与第1项重复\">")
                .contains("<input type=\"hidden\" name=\"_at\" value=\"measure-edit\">")
                .contains("<input type=\"hidden\" name=\"_from\" value=\"" + page + "\">")
                .contains("<input type=\"hidden\" name=\"_confirmed\" value=\"true\">")
                .contains("<a href=\"" + page + "\" class=\"button secondary\" id=\"confirm-no\">取消</a>")
                .doesNotContain("name=\"_confirm\"");
        assertThat(measures.removal(measure.id()))
                .as("nothing removed before 确定")
                .isEmpty();
    }

    @Test
    void confirmedThePlainPostActs() throws Exception {
        MockHttpServletResponse done =
                requests.send(office, remove(measure.version()).param("_confirmed", "true"));

        assertThat(done.getStatus()).isEqualTo(303);
        assertThat(done.getRedirectedUrl()).isEqualTo(page);
        assertThat(measures.removal(measure.id()))
                .hasValueSatisfying(r -> assertThat(r.reason()).isEqualTo("与第1项重复"));
    }

    @Test
    void htmxPostsAtOnceAsBefore() throws Exception {
        MockHttpServletResponse done =
                requests.send(office, remove(measure.version()).header("HX-Request", "true"));

        assertThat(done.getStatus()).isEqualTo(204);
        assertThat(done.getHeader("HX-Redirect")).isEqualTo(page);
        assertThat(measures.removal(measure.id())).isPresent();
    }

    @Test
    void aRefusedPlainPostLandsBackWithTheMessageBesideTheForm() throws Exception {
        String stale = "已被他人修改";
        MvcResult refused = mvc.perform(confirmedStale().param("_from", page)).andReturn();

        assertThat(refused.getResponse().getStatus()).isEqualTo(303);
        assertThat(refused.getResponse().getRedirectedUrl())
                .as("the page opens at the form's part, however far down it stands")
                .isEqualTo(page + "#measure-edit");
        FlashMap flash = refused.getFlashMap();
        assertThat(flash.get("messageAt")).isEqualTo("measure-edit");
        assertThat(flash.get("messageError")).isEqualTo(true);
        assertThat((String) flash.get("message")).contains(stale);
        assertThat(measures.removal(measure.id())).isEmpty();

        String shown = followed(refused);
        assertThat(shown)
                .containsPattern("<p class=\"alert feedback-message alert-error\" role=\"alert\" id=\"edit-message\">"
                        + Pattern.quote(HtmlUtils.htmlEscape((String) flash.get("message"))));
    }

    /** Without {@code _from}, the Referer of this site; a form naming no part: the message at the top. */
    @Test
    void aRefusalOfAFormNamingNoPartShowsAtTheTopOfThePage() throws Exception {
        MvcResult refused = mvc.perform(post(page + "/remove")
                        .param("version", String.valueOf(measure.version() + 1))
                        .param("reason", "与第1项重复")
                        .param("_confirmed", "true")
                        .header("Authorization", office.bearer())
                        .header("Referer", here(page)))
                .andReturn();

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(page);
        FlashMap flash = refused.getFlashMap();
        assertThat(flash.keySet()).containsExactly("refused");

        String shown = followed(refused);
        assertThat(shown)
                .contains(
                        "<div id=\"flash\" class=\"flash\" role=\"status\" aria-live=\"polite\"><p class=\"alert alert-error\""
                                + " role=\"alert\" id=\"refused-message\">"
                                + HtmlUtils.htmlEscape((String) flash.get("refused")));
    }

    /**
     * A form posting to its own page's address (我的设置 posts to /settings): the Referer is that
     * address, and since a page answers GET there, the refusal goes back beside the form.
     */
    @Test
    void aRefusalOfAFormPostingToItsOwnPageGoesBackToThatPage() throws Exception {
        MvcResult refused = postedFromItsPage("/settings", "mail", "email", "不是邮箱");

        assertThat(refused.getResponse().getStatus()).isEqualTo(303);
        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/settings#mail");
        assertThat(followed(refused))
                .contains("<p class=\"alert feedback-message alert-error\" role=\"alert\" id=\"settings-message\">"
                        + "电子邮箱格式不正确：不是邮箱</p>");
    }

    /** So does 新建整改任务 on the list of campaigns. */
    @Test
    void aRefusedNewCampaignComesBackBesideItsForm() throws Exception {
        assertThat(requests.page(office, "/campaigns"))
                .contains("<input type=\"hidden\" name=\"_at\" value=\"campaign-new\">");
        MvcResult refused = postedFromItsPage("/campaigns", "campaign-new", "name", " ");

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/campaigns#campaign-new");
        assertThat(followed(refused))
                .containsPattern(
                        "<p class=\"alert feedback-message alert-error\" role=\"alert\" id=\"new-campaign-message\">"
                                + "[^<]*整改任务名称[^<]*</p>");
    }

    /** 预警设置 posts to its own address too; the rule it breaks is named beside its rules. */
    @Test
    void aRefusedWarningSettingComesBackBesideTheRules() throws Exception {
        String warnings = "/campaigns/" + measure.campaignId() + "/warnings";
        assertThat(requests.page(office, warnings)).contains("<input type=\"hidden\" name=\"_at\" value=\"rules\">");
        MvcResult refused = postedFromItsPage(
                warnings,
                "rules",
                "dueSoonDays",
                "7",
                "overdueGraceDays",
                "0",
                "missedCyclesYellow",
                "3",
                "missedCyclesRed",
                "2",
                "unsignedDays",
                "3");

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo(warnings + "#rules");
        assertThat(followed(refused))
                .contains("<p class=\"alert feedback-message alert-error\" role=\"alert\" id=\"warning-message\">"
                        + "红色预警的漏报周期数不能少于黄色预警的漏报周期数</p>");
    }

    /** Another site's Referer or a stated address off this site is no way back: the error page, as before. */
    @Test
    void aRefusalNeverRedirectsToAnotherSite() throws Exception {
        for (MockHttpServletRequestBuilder refusal : new MockHttpServletRequestBuilder[] {
            confirmedStale().header("Referer", "http://elsewhere.example" + page),
            confirmedStale().param("_from", "//elsewhere.example/"),
            confirmedStale().param("_from", "http://elsewhere.example/"),
            confirmedStale().param("_from", "/\\elsewhere.example/"),
            confirmedStale().param("_from", page + "/remove")
        }) {
            MockHttpServletResponse response = mvc.perform(refusal).andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(409);
            assertThat(response.getRedirectedUrl()).isNull();
            assertThat(response.getContentAsString()).contains("<p class=\"alert alert-error\" role=\"alert\">");
        }
    }

    /** A form of the page at {@code path} that posts to that same address, posted without htmx. */
    private MvcResult postedFromItsPage(String path, String at, String... fields) throws Exception {
        MockHttpServletRequestBuilder form = post(path)
                .param("_at", at)
                .header("Authorization", office.bearer())
                .header("Referer", here(path));
        for (int i = 0; i < fields.length; i += 2) {
            form.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(form).andReturn();
    }

    /** The page the refusal sent the browser to, with the session that holds its flash attributes. */
    private String followed(MvcResult redirect) throws Exception {
        return requests.send(
                        office,
                        get(redirect.getResponse().getRedirectedUrl())
                                .cookie(redirect.getResponse().getCookie("SESSION")))
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder confirmedStale() {
        return remove(measure.version() + 1).param("_confirmed", "true").header("Authorization", office.bearer());
    }

    /** The remove form as the page writes it, posted without htmx. */
    private MockHttpServletRequestBuilder remove(int version) {
        return post(page + "/remove")
                .param("version", String.valueOf(version))
                .param("_confirm", question)
                .param("_at", "measure-edit")
                .param("reason", "与第1项重复");
    }

    private static String here(String path) {
        return "http://localhost" + path;
    }
}
