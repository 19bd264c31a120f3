package taizhang.evidence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.shared.CurrentUser;
import taizhang.shared.RuleViolationException;

/**
 * 销号 with evidence: the office closes a measure on an accepted report (the measure's own rule)
 * and at least one evidence file, which it may attach in the same step. Both or neither happen.
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
        if (evidence.count(measureId) == 0) {
            throw new RuleViolationException("销号需要佐证材料：请上传至少一个文件");
        }
        return measures.changeStatus(user, measureId, version, MeasureStatus.CLOSED);
    }
}
