package taizhang.defect;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.extract.defect.Defect;
import taizhang.extract.defect.DefectFinder;
import taizhang.extract.defect.Script;
import taizhang.extract.text.Normalizer;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureWording;
import taizhang.shared.CurrentUser;
import taizhang.shared.NotFoundException;
import taizhang.shared.RuleViolationException;

/**
 * Attaches the text defects of newly accepted measures, and lets the office correct or check them.
 * The rights are the measure's: anyone who may see the measure sees its defects; its office acts.
 */
@Service
public class TextDefects {

    /** A measure just written from an imported report, with the text it was written with. */
    public record Accepted(long measureId, String title, String body) {}

    /** Longer stretches are not one defect's words (the column's width). */
    private static final int MAX_TEXT = 200;

    private final TextDefectRepository defects;
    private final MeasureService measures;
    private final MeasureWording wording;
    private final AuditTrail audit;
    private final Clock clock;

    TextDefects(
            TextDefectRepository defects,
            MeasureService measures,
            MeasureWording wording,
            AuditTrail audit,
            Clock clock) {
        this.defects = defects;
        this.measures = measures;
        this.wording = wording;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Reads each accepted measure's text again for defects and attaches those found: what the office
     * put right in the draft is not attached. Runs in the acceptance's transaction.
     *
     * @param script the report's script ({@code HANT} or {@code HANS}): Simplified-only chars are defects in Traditional text
     * @param source the imported file's name
     */
    public int attach(List<Accepted> accepted, String script, String source) {
        Script s = "HANT".equals(script) ? Script.HANT : Script.HANS;
        String from = source.length() > 500 ? source.substring(0, 500) : source;
        int attached = 0;
        for (Accepted a : accepted) {
            Set<String> found = new LinkedHashSet<>();
            String body = a.body() == null ? "" : a.body();
            found(body, s, found);
            if (!body.contains(a.title())) {
                found(a.title(), s, found);
            }
            for (String text : found) {
                defects.insert(
                        a.measureId(),
                        text.substring(0, text.indexOf(':')),
                        text.substring(text.indexOf(':') + 1),
                        from,
                        clock.instant());
                attached++;
            }
        }
        return attached;
    }

    /** Adds {@code kind:text} for each defect of the text short enough to keep. */
    private static void found(String text, Script script, Set<String> into) {
        for (Defect d : DefectFinder.find(text, Normalizer.normalize(text), script)) {
            if (d.text().length() <= MAX_TEXT) {
                into.add(d.kind().code() + ":" + d.text());
            }
        }
    }

    /** The measure's defects, open and settled, for anyone who may see it. */
    public List<TextDefect> of(CurrentUser user, long measureId) {
        measures.get(user, measureId);
        return defects.ofMeasure(measureId);
    }

    /** The open defects' words by measure: what a notice preview highlights. */
    public Map<Long, List<String>> openTexts(Collection<Long> measureIds) {
        return defects.openTexts(measureIds);
    }

    /** 核对无误: the office has read the words and keeps them as they are. Audited. */
    @Transactional
    public TextDefect check(CurrentUser user, long measureId, long defectId) {
        TextDefect d = open(user, measureId, defectId, "核对文字疑点");
        defects.check(defectId, user.username(), clock.instant());
        audit.record(
                user.username(),
                "measure.text-defect-checked",
                "measure",
                measureId,
                Map.of("文字疑点", d.text(), "类型", d.label()),
                Map.of("文字疑点", d.text(), "处理", "核对无误"));
        return defects.find(defectId).orElseThrow();
    }

    /** 改正: the defect's words replaced in the measure's wording and text (audited there); the defect closes. */
    @Transactional
    public Measure correct(CurrentUser user, long measureId, long defectId, String replacement) {
        TextDefect d = open(user, measureId, defectId, "改正措施文字");
        if (replacement.equals(d.text())) {
            throw new RuleViolationException("改正后的文字与原文相同");
        }
        return wording.correct(user, measureId, d.text(), replacement);
    }

    private TextDefect open(CurrentUser user, long measureId, long defectId, String act) {
        Measure measure = measures.get(user, measureId);
        measures.rights(user, measure).requireOffice(act);
        TextDefect d = defects.find(defectId)
                .filter(x -> x.measureId() == measureId)
                .orElseThrow(() -> NotFoundException.of("文字疑点", defectId));
        if (!d.open()) {
            throw new RuleViolationException("这处文字疑点已经处理过了");
        }
        return d;
    }
}
