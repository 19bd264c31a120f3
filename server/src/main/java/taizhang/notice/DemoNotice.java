package taizhang.notice;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import taizhang.report.ProgressNotice.NoticeMeasure;
import taizhang.shared.CurrentUser;

/**
 * The demo's first published notice, so {@code /public/} shows something on first start. The office
 * drafts it as of the end of the last closed month (2021-09-30 with the demo's today), publishes it
 * on the demo's today with the year's first 文号, and, as an office would for a progress notice, shortens each measure's
 * paragraph in the preview to the first sentence of its official text (what the measure commits to)
 * followed by the period's accepted progress: the seed's own paragraphs run to pages, and a notice
 * of every one in full would be as long as the seed.
 */
@Component
public class DemoNotice {

    static final String ISSUER = "自治区巡视整改工作领导小组办公室";
    static final String CONTACT = "对整改落实情况，欢迎广大干部群众监督，意见建议可通过自治区纪委监委12388举报电话反映。";

    private final NoticeService notices;
    private final NoticeSettingsService settings;

    DemoNotice(NoticeService notices, NoticeSettingsService settings) {
        this.notices = notices;
        this.settings = settings;
    }

    /**
     * The campaign's notice settings as the demo's office keeps them, then its first notice, as of
     * the end of {@code month}, published; in a transaction of its own, as it is called after the
     * demo's has committed.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Notice publish(CurrentUser office, long campaignId, YearMonth month) {
        NoticeSettings current = settings.settings(office, campaignId);
        settings.save(office, campaignId, ISSUER, ISSUER, "内整改办发〔{year}〕{n}号", CONTACT, current.version());
        Notice draft = notices.draft(office, campaignId, month.atEndOfMonth(), null);
        Map<Long, String> rewrites = new HashMap<>();
        draft.full().sections().stream()
                .flatMap(s -> s.problems().stream())
                .flatMap(p -> p.measures().stream())
                .forEach(m -> rewrites.put(m.measureId(), shortened(m)));
        Notice edited = notices.edit(office, draft.id(), draft.version(), rewrites, draft.issues(), draft.nextSteps());
        return notices.publish(office, edited.id(), edited.version(), null);
    }

    /** The paragraph with only the first sentence of the official text; the progress and figures kept. */
    static String shortened(NoticeMeasure m) {
        return new NoticeMeasure(
                        m.measureId(),
                        m.ordinal(),
                        m.title(),
                        m.status(),
                        firstSentence(m.official()),
                        m.progress(),
                        m.period(),
                        m.figures(),
                        null)
                .generated();
    }

    static String firstSentence(String text) {
        int end = text.indexOf('。');
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
