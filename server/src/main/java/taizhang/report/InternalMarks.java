package taizhang.report;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.ledger.LedgerQueries;
import taizhang.ledger.LedgerQueries.MeasureLabel;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureCodes;
import taizhang.ledger.MeasureService;
import taizhang.shared.CurrentUser;
import taizhang.shared.NotFoundException;

/**
 * 内部事项: the office marks measures that stay out of the public version of the notice (a
 * measure about a named official, say). Only the campaign's office marks; every mark is audited.
 */
@Service
public class InternalMarks {

    private final ReportRepository reports;
    private final ReportAccess access;
    private final MeasureService measures;
    private final AuditTrail audit;
    private final LedgerQueries ledger;
    private final MeasureCodes codes;

    InternalMarks(
            ReportRepository reports,
            ReportAccess access,
            MeasureService measures,
            AuditTrail audit,
            LedgerQueries ledger,
            MeasureCodes codes) {
        this.reports = reports;
        this.access = access;
        this.measures = measures;
        this.audit = audit;
        this.ledger = ledger;
        this.codes = codes;
    }

    @Transactional
    public boolean mark(CurrentUser user, long campaignId, long measureId, boolean internal) {
        access.editable(user, campaignId);
        Measure measure = measures.get(user, measureId);
        if (measure.campaignId() != campaignId) {
            throw NotFoundException.of("整改措施", measureId);
        }
        boolean before = reports.isInternal(measureId);
        if (before != internal) {
            if (internal) {
                reports.markInternal(measureId, user.username());
            } else {
                reports.unmarkInternal(measureId);
            }
            audit.record(
                    user.username(),
                    "measure.internal",
                    "measure",
                    measureId,
                    Map.of("internal", before),
                    Map.of("internal", internal));
        }
        return internal;
    }

    /** Marks the measure the office names by its 编号 (3-2), as the ledger shows it; returns its label. */
    @Transactional
    public MeasureLabel mark(CurrentUser user, long campaignId, String code, boolean internal) {
        access.editable(user, campaignId);
        MeasureLabel named = codes.resolve(user, campaignId, code, "measure");
        mark(user, campaignId, named.id(), internal);
        return named;
    }

    /** The labels (编号, title) of the campaign's measures marked internal, as far as the reader's scope goes. */
    @Transactional(readOnly = true)
    public List<MeasureLabel> markedLabels(CurrentUser user, long campaignId) {
        return ledger.labelsInOrder(marked(user, campaignId));
    }

    /** The campaign's measures marked internal, as far as the reader's scope goes. */
    @Transactional(readOnly = true)
    public List<Long> marked(CurrentUser user, long campaignId) {
        ReportAccess.Readable readable = access.readable(user, campaignId);
        return reports.internalIn(readable.scope());
    }
}
