package taizhang.ingest;

import java.util.List;
import org.springframework.stereotype.Component;
import taizhang.defect.TextDefects;
import taizhang.ledger.Measure;

/**
 * Hands the measures an acceptance wrote from the report to {@link TextDefects}, which attaches
 * the text defects found in them (文字疑点). Measures matched to the ledger keep their own text.
 */
@Component
class AcceptedDefects {

    private final TextDefects defects;

    AcceptedDefects(TextDefects defects) {
        this.defects = defects;
    }

    /** @param created measures the acceptance has just written from the draft (none matched to the ledger) */
    void attach(List<Measure> created, String script, String fileName) {
        defects.attach(
                created.stream()
                        .map(m -> new TextDefects.Accepted(m.id(), m.title(), m.body()))
                        .toList(),
                script,
                fileName);
    }
}
