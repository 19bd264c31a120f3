package taizhang.ledger;

import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.shared.CurrentUser;
import taizhang.shared.RuleViolationException;
import taizhang.shared.StaleVersionException;

/**
 * 改正文字: the office puts a miswritten passage of a measure right wherever it stands in the
 * measure's wording and text (the report's text is not otherwise edited by hand), audited as a
 * {@code measure.edit} of 改正文字 (the passage, wrong → right).
 */
@Component
public class MeasureWording {

    /**
     * The passage put right, not the whole text: {@link MeasureField#BODY}'s name would have a past
     * day's notice ({@code MeasureThen}) take the passage for the text.
     */
    private static final String FIELD = "改正文字";

    private final MeasureService service;
    private final MeasureRepository measures;
    private final AuditTrail audit;
    private final Clock clock;

    MeasureWording(MeasureService service, MeasureRepository measures, AuditTrail audit, Clock clock) {
        this.service = service;
        this.measures = measures;
        this.audit = audit;
        this.clock = clock;
    }

    /** Replaces every {@code wrong} by {@code right}; refused when the measure does not contain {@code wrong}. */
    @Transactional
    public Measure correct(CurrentUser user, long id, String wrong, String right) {
        Measure before = service.get(user, id);
        MeasureRights rights = service.rights(user, before);
        rights.requireOffice("改正措施文字");
        String body = before.body() == null ? "" : before.body();
        if (wrong.isEmpty() || !(before.title().contains(wrong) || body.contains(wrong))) {
            throw new RuleViolationException("措施文字中已没有“" + wrong + "”");
        }
        Measure after = before.reword(
                before.title().replace(wrong, right), before.body() == null ? null : body.replace(wrong, right));
        if (!measures.update(after, clock.instant())) {
            throw new StaleVersionException("整改措施", id);
        }
        audit.record(user.username(), "measure.edit", "measure", id, Map.of(FIELD, wrong), Map.of(FIELD, right));
        return service.get(user, id);
    }
}
