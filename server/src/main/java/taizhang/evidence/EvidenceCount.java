package taizhang.evidence;

import org.springframework.stereotype.Component;
import taizhang.ledger.ClosingEvidence;

/** Answers the ledger's question before 销号: how many files prove the work. */
@Component
class EvidenceCount implements ClosingEvidence {

    private final EvidenceRepository files;

    EvidenceCount(EvidenceRepository files) {
        this.files = files;
    }

    @Override
    public int files(long measureId) {
        return (int) files.count(measureId);
    }
}
