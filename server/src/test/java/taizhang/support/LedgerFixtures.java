package taizhang.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import taizhang.evidence.EvidenceService;
import taizhang.ledger.Campaign;
import taizhang.ledger.CampaignService;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureType;
import taizhang.ledger.Problem;
import taizhang.shared.CurrentUser;

/** Campaigns, problems and measures for tests, created through the services with unique names. */
@Component
public class LedgerFixtures {

    private final CampaignService campaigns;
    private final MeasureService measures;

    LedgerFixtures(CampaignService campaigns, MeasureService measures) {
        this.campaigns = campaigns;
        this.measures = measures;
    }

    /** A campaign owned by the office user's own organisation. */
    public Campaign campaign(CurrentUser office) {
        return campaigns.create(
                office,
                "测试任务-" + UUID.randomUUID(),
                "测试反馈",
                null,
                2021,
                LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 12, 31));
    }

    public Problem problem(CurrentUser office, long campaignId) {
        return campaigns.addProblem(office, campaignId, null, 1, "问题-" + UUID.randomUUID(), "描述", "（一）1");
    }

    public Measure measure(
            CurrentUser office,
            long problemId,
            String title,
            Long leadOrgId,
            List<Long> coUnitIds,
            LocalDate deadline,
            MeasureType type) {
        return measures.create(
                office,
                problemId,
                title,
                "措施正文：" + title,
                new MeasureService.Assignment(leadOrgId, coUnitIds, "负责人", deadline, type));
    }

    public Measure measure(CurrentUser office, long problemId, Long leadOrgId) {
        return measure(
                office,
                problemId,
                "措施-" + UUID.randomUUID(),
                leadOrgId,
                List.of(),
                LocalDate.of(2099, 12, 31),
                MeasureType.DEADLINE);
    }

    /** Gives the measure this official text ("" removes its own, leaving the title to stand for it), all else kept. */
    public Measure rewriteText(CurrentUser office, long measureId, String text) {
        Measure m = measures.get(office, measureId);
        return measures.edit(
                office,
                measureId,
                m.version(),
                m.title(),
                text,
                new MeasureService.Assignment(
                        m.leadOrgId(), m.coUnitIds(), m.responsibleLeader(), m.deadline(), m.type()));
    }

    /** An evidence file that passes the content check: what 销号 rests on, with an accepted report. */
    public static EvidenceService.Upload evidenceFile() {
        return new EvidenceService.Upload("验收.pdf", "%PDF-1.4 验收".getBytes(StandardCharsets.UTF_8));
    }
}
