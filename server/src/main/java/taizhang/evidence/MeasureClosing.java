package taizhang.evidence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.shared.CurrentUser;

/**
 * 销号 with a file attached in the same step: the upload and the close (which, on every path,
 * needs an evidence file and an accepted report) both happen or neither does.
 */
@Service
public class MeasureClosing {

    private final EvidenceService evidence;
    private final MeasureService measures;

    MeasureClosing(EvidenceService evidence, MeasureService measures) {
        this.evidence = evidence;
        this.measures = measures;
    }

    @Transactional
    public Measure close(CurrentUser user, long measureId, int version, EvidenceService.Upload upload) {
        if (upload != null && !upload.isEmpty()) {
            evidence.upload(user, measureId, null, upload);
        }
        return measures.close(user, measureId, version);
    }
}
