package taizhang.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureType;
import taizhang.report.InternalMarks;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;
import taizhang.support.StoryClock;

/**
 * Without signing in, a reader reaches the published notices' public versions and nothing else: not a
 * draft, not the full version with its internal measure, not the office's notice pages or the API.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(StoryClock.Config.class)
class PublicNoticeIntegrationTest {

    @Autowired
    StoryClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    InternalMarks internal;

    @Autowired
    NoticeService notices;

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousReadersReachOnlyPublishedPublicVersions() throws Exception {
        clock.set(LocalDate.of(2021, 9, 1));
        CurrentUser office = fixtures.actor("内蒙古自治区", Role.OFFICE).user();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        measure(office, problem, "推进草原生态保护修复");
        Measure hidden = measure(office, problem, "核查某旗违规问题线索");
        internal.mark(office, campaign, hidden.id(), true);
        clock.set(LocalDate.of(2021, 10, 8));
        Notice draft = notices.draft(office, campaign, LocalDate.of(2021, 9, 30), null);
        draft = notices.edit(office, draft.id(), draft.version(), Map.of(), "一是内部问题不公开。", "一是逐项督办。");
        Notice published = notices.publish(office, draft.id(), draft.version(), null);
        Notice unpublished = notices.draft(office, campaign, null, null);

        MockHttpServletResponse list = anonymous(get("/public/"));
        assertThat(list.getStatus()).isEqualTo(200);
        assertThat(list.getContentAsString())
                .contains("/public/notices/" + published.id())
                .contains(published.number())
                .doesNotContain("/public/notices/" + unpublished.id());

        MockHttpServletResponse page = anonymous(get("/public/notices/" + published.id()));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getHeader("Cache-Control")).contains("public").contains("max-age");
        assertThat(page.getContentAsString())
                .contains("推进草原生态保护修复")
                .contains("（公开版）")
                .contains("<table class=\"figures\">")
                .contains("一是内部问题不公开。")
                .doesNotContain("核查某旗违规问题线索")
                .doesNotContain("<script");

        assertThat(anonymous(get("/public/notices/" + unpublished.id())).getStatus())
                .isEqualTo(404);
        assertThat(anonymous(get("/public/notices/" + Long.MAX_VALUE)).getStatus())
                .isEqualTo(404);
        for (String internalPath : List.of(
                "/notices/" + published.id(),
                "/notices/" + published.id() + "/notice.docx",
                "/api/v1/notices/" + published.id(),
                "/api/v1/notices/" + published.id() + "/notice.docx?public=true",
                "/api/v1/campaigns/" + campaign + "/notices",
                "/notices?campaign=" + campaign)) {
            assertThat(anonymous(get(internalPath)).getStatus())
                    .as(internalPath)
                    .isIn(302, 401);
        }
        assertThat(anonymous(post("/public/")).getStatus()).isIn(302, 401, 403);
    }

    private Measure measure(CurrentUser office, long problem, String title) {
        return measures.create(
                office,
                problem,
                title,
                title + "，按期落实。",
                new MeasureService.Assignment(
                        fixtures.org("赤峰市").id(), List.of(), "负责人", LocalDate.of(2021, 12, 31), MeasureType.DEADLINE));
    }

    private MockHttpServletResponse anonymous(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(r -> {
                    r.setRemoteAddr("192.0.2.7");
                    return r;
                }))
                .andReturn()
                .getResponse();
    }
}
