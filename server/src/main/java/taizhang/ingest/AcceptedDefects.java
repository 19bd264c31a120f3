package taizhang.ingest;

import java.util.ArrayList;
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

    /** @param placed the draft's measures as written, in draft order */
    void attach(Draft draft, List<Measure> placed) {
        List<TextDefects.Accepted> fresh = new ArrayList<>();
        int i = 0;
        for (DraftProblem p : draft.problems()) {
            for (DraftMeasure m : p.measures()) {
                Measure written = placed.get(i++);
                if (m.match() == null) {
                    fresh.add(new TextDefects.Accepted(written.id(), written.title(), written.body()));
                }
            }
        }
        defects.attach(fresh, draft.script(), draft.fileName());
    }
}
