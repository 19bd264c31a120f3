package taizhang.assessment;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import taizhang.shared.CurrentUser;

/**
 * The demo campaign's 考核, after its cycles and extensions: the year of its closed cycles is
 * computed (the units without a demo user missed every report, so they rate low; the demo unit's
 * late month, returned report and extension show in its breakdown) and the units rated 一般 or 差
 * are sent their feedback, so their inboxes and 我的考核 show it on first start.
 */
@Component
public class DemoAssessment {

    private final AssessmentService assessments;

    DemoAssessment(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Transactional
    public Assessment seed(CurrentUser office, long campaignId) {
        Assessment computed = assessments.compute(office, campaignId, null);
        assessments.sendFeedback(office, campaignId, computed.year());
        return computed;
    }
}
