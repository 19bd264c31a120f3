package taizhang.extension;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import taizhang.ledger.MeasureFilter;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureSort;
import taizhang.ledger.MeasureView;
import taizhang.ledger.SignService;
import taizhang.ledger.UnitAssignment;
import taizhang.shared.CurrentUser;

/**
 * The demo campaign's 签收 and 申请延期, after its cycles: the demo unit signs for its parts but the
 * one assigned last (so 我的任务 shows one to sign), and asks to extend the first; the office
 * approves. The other units have no demo user, so the office records that they signed (audited
 * under its name); otherwise every demo measure would turn yellow three days after the first start.
 */
@Component
public class DemoAnswers {

    private final MeasureService measures;
    private final SignService signs;
    private final ExtensionService extensions;

    DemoAnswers(MeasureService measures, SignService signs, ExtensionService extensions) {
        this.measures = measures;
        this.signs = signs;
        this.extensions = extensions;
    }

    @Transactional
    public void seed(CurrentUser office, CurrentUser unit, long campaignId) {
        List<UnitAssignment> own = new ArrayList<>();
        for (UnitAssignment part : unsignedParts(office, campaignId)) {
            if (part.orgPath().startsWith(unit.organisationPath())) {
                own.add(part);
            } else {
                signs.sign(office, part.measureId(), part.orgId());
            }
        }
        own.sort(Comparator.comparing(UnitAssignment::assignedAt).thenComparing(UnitAssignment::measureId));
        for (UnitAssignment part : own.subList(0, Math.max(0, own.size() - 1))) {
            signs.sign(unit, part.measureId(), part.orgId());
        }
        own.stream()
                .map(part -> measures.get(unit, part.measureId()))
                .filter(m -> m.deadline() != null)
                .findFirst()
                .ifPresent(m -> {
                    long request = extensions
                            .ask(unit, m.id(), null, m.deadline().plusMonths(2), "涉及项目审批手续，需延长两个月完成")
                            .request()
                            .id();
                    extensions.approve(office, request, "同意延期，请按新时限抓好落实");
                });
    }

    private List<UnitAssignment> unsignedParts(CurrentUser office, long campaignId) {
        var unsigned = new MeasureFilter(campaignId, null, null, Set.of(), Set.of(), Set.of(), null, null, null, true);
        return measures
                .list(office, unsigned, MeasureSort.parse("id"), 0, MeasureService.MAX_PAGE_SIZE, false)
                .items()
                .stream()
                .map(MeasureView::measure)
                .flatMap(m -> signs.assignments(office, m.id()).stream())
                .filter(part -> !part.signed())
                .toList();
    }
}
