package taizhang.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import taizhang.audit.AuditEvent;
import taizhang.audit.AuditTrail;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.MeasureType;
import taizhang.progress.ProgressReport;
import taizhang.progress.ProgressService;
import taizhang.report.ProgressNotice;
import taizhang.shared.CurrentUser;
import taizhang.shared.Role;
import taizhang.shared.RuleViolationException;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.LedgerFixtures;
import taizhang.support.StoryClock;

/**
 * A notice's life in 2021: the office sets the 落款 and 文号, drafts the notice as of 30 September,
 * finds the overdue measure and its unit named in 存在问题, rewrites a paragraph and publishes it.
 * The ledger then moves on; the published notice stays as it was, and the October notice compared
 * with it shows what moved.
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
@Import(StoryClock.Config.class)
class NoticeLifeIntegrationTest {

    @Autowired
    StoryClock clock;

    @Autowired
    Fixtures fixtures;

    @Autowired
    LedgerFixtures ledger;

    @Autowired
    MeasureService measures;

    @Autowired
    ProgressService progress;

    @Autowired
    NoticeService notices;

    @Autowired
    NoticeSettingsService settings;

    @Autowired
    AuditTrail audit;

    @Autowired
    MockMvc mvc;

    @Test
    void aPublishedNoticeStaysAsPublishedAndTheNextOneIsComparedWithIt() throws Exception {
        clock.set(LocalDate.of(2021, 8, 1));
        Fixtures.Actor officeActor = fixtures.actor("内蒙古自治区", Role.OFFICE);
        CurrentUser office = officeActor.user();
        Fixtures.Actor unitActor = fixtures.actor("赤峰市", Role.UNIT);
        CurrentUser city = unitActor.user();
        long campaign = ledger.campaign(office).id();
        long problem = ledger.problem(office, campaign).id();
        Measure late = measure(office, problem, "完善草原生态补偿机制", city, LocalDate.of(2021, 9, 15));
        Measure onTime = measure(office, problem, "推进农村牧区人居环境整治", city, LocalDate.of(2021, 12, 31));
        settings.save(
                office, campaign, "中共内蒙古自治区委员会", "中共内蒙古自治区委员会\n自治区整改办", "内整改发〔{year}〕{n}号", "监督电话：0471-12345678", -1);

        clock.set(LocalDate.of(2021, 10, 8));
        Notice draft = notices.draft(office, campaign, LocalDate.of(2021, 9, 30), null);
        assertThat(draft.status()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(draft.issues()).contains("完善草原生态补偿机制").contains("赤峰市").doesNotContain("推进农村牧区人居环境整治");
        assertThat(draft.lagging()).containsExactly("赤峰市");
        assertThat(draft.nextSteps()).contains("逾期未完成的1项整改措施");
        assertThat(notices.get(office, draft.id()).full().asOf()).isEqualTo(LocalDate.of(2021, 9, 30));

        Notice edited = notices.edit(
                office, draft.id(), draft.version(), Map.of(onTime.id(), "各地区已完成排查。"), "一是个别措施逾期。", "一是逐项督办。");
        ProgressNotice document = notices.document(office, edited, false);
        assertThat(paragraph(document, onTime.id())).isEqualTo("各地区已完成排查。");
        assertThat(paragraph(document, late.id())).isEqualTo("由责任单位牵头落实。");
        assertThat(document.closing().issues()).isEqualTo("一是个别措施逾期。");

        Notice published = notices.publish(office, draft.id(), edited.version(), LocalDate.of(2021, 10, 9));
        assertThat(published.number()).isEqualTo("内整改发〔2021〕1号");
        ProgressNotice asPublished = notices.document(office, published, false);
        assertThat(asPublished.signatureLines()).containsExactly("中共内蒙古自治区委员会", "自治区整改办");
        assertThat(asPublished.signatureDate()).isEqualTo("2021年10月9日");
        assertThat(asPublished.closing().contact()).isEqualTo("监督电话：0471-12345678");
        assertThatThrownBy(() -> notices.edit(office, draft.id(), published.version(), Map.of(), "", ""))
                .isInstanceOf(RuleViolationException.class);

        clock.set(LocalDate.of(2021, 10, 20));
        ProgressReport sent =
                progress.create(city, late.id(), "2021-10", "赤峰市已全部完成补偿发放。", MeasureStatus.DONE, List.of(), true);
        progress.accept(office, sent.id(), sent.version());
        settings.save(office, campaign, "自治区整改办", "自治区整改办", "内整改发〔{year}〕{n}号", "", 0);
        assertThat(notices.document(office, notices.get(office, published.id()), false))
                .as("the published notice after the ledger and the settings changed")
                .isEqualTo(asPublished);

        clock.set(LocalDate.of(2021, 11, 3));
        Notice october = notices.draft(office, campaign, LocalDate.of(2021, 10, 31), null);
        NoticeComparison comparison = notices.compare(office, october).orElseThrow();
        assertThat(comparison.of(NoticeComparison.Kind.FINISHED))
                .extracting(NoticeComparison.Change::measure)
                .containsExactly("一是完善草原生态补偿机制。");
        assertThat(comparison.of(NoticeComparison.Kind.RETOLD))
                .as("the rewritten paragraph of the first notice against the generated one of the second")
                .extracting(NoticeComparison.Change::measure)
                .containsExactly("二是推进农村牧区人居环境整治。");
        assertThat(comparison.measuresBefore().completed()).isZero();
        assertThat(comparison.measuresNow().completed()).isEqualTo(1);
        Brief brief = notices.brief(office, october);
        assertThat(brief.movement()).contains("内整改发〔2021〕1号").contains("新完成整改措施1项");
        Notice second = notices.publish(office, october.id(), october.version(), null);
        assertThat(second.number()).isEqualTo("内整改发〔2021〕2号");

        assertThat(audit.history("notice", published.id()))
                .extracting(AuditEvent::action)
                .containsExactly("notice.draft", "notice.edit", "notice.publish");

        mvc.perform(post("/api/v1/campaigns/" + campaign + "/notices")
                        .header("Authorization", unitActor.bearer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        Notice unpublished = notices.draft(office, campaign, null, null);
        mvc.perform(get("/api/v1/notices/" + unpublished.id()).header("Authorization", unitActor.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notices/" + published.id()).header("Authorization", unitActor.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get("/notices/" + unpublished.id()).header("Authorization", officeActor.bearer()))
                .andExpect(status().isOk());
        mvc.perform(post("/notices/" + unpublished.id() + "/edit")
                        .header("Authorization", officeActor.bearer())
                        .param("version", String.valueOf(unpublished.version()))
                        .param("rewrite-" + late.id(), "在页面上改写的段落。")
                        .param("rewrite-" + onTime.id(), "  ")
                        .param("issues", "一是页面修改的问题。")
                        .param("nextSteps", "一是页面修改的工作。"))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/notices/" + unpublished.id()));
        assertThat(notices.get(office, unpublished.id()).rewrites())
                .as("the form's rewrites, the blank one left to the generated paragraph")
                .isEqualTo(Map.of(late.id(), "在页面上改写的段落。"));
        mvc.perform(get("/notices?campaign=" + campaign).header("Authorization", officeActor.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get("/notices/" + second.id() + "/compare").header("Authorization", officeActor.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/notices/" + second.id() + "/brief.docx").header("Authorization", officeActor.bearer()))
                .andExpect(status().isOk());
    }

    private Measure measure(CurrentUser office, long problem, String title, CurrentUser lead, LocalDate deadline) {
        return measures.create(
                office,
                problem,
                title,
                title + "，由责任单位牵头落实。",
                new MeasureService.Assignment(lead.organisationId(), List.of(), "负责人", deadline, MeasureType.DEADLINE));
    }

    private static String paragraph(ProgressNotice notice, long measureId) {
        return notice.sections().stream()
                .flatMap(s -> s.problems().stream())
                .flatMap(p -> p.measures().stream())
                .filter(m -> m.measureId() == measureId)
                .findFirst()
                .orElseThrow()
                .body();
    }
}
