package taizhang.ledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import taizhang.org.OrgService;
import taizhang.shared.CurrentUser;

/**
 * The demo's 分层建账: the demo unit (通辽市) splits the first of its open measures that is due
 * later across its banners 科尔沁区 and 扎鲁特旗. The banners have no demo user, so the office records
 * that they signed (as the demo's other units), and their parts stay green; both are due with the
 * parent, so no figure of a past cycle or of the year's 考核 changes.
 */
@Component
public class DemoLayers {

    static final List<String> BANNERS = List.of("科尔沁区", "扎鲁特旗");

    private final SubMeasureService subMeasures;
    private final MeasureService measures;
    private final SignService signs;
    private final OrgService organisations;
    private final Clock clock;

    DemoLayers(
            SubMeasureService subMeasures,
            MeasureService measures,
            SignService signs,
            OrgService organisations,
            Clock clock) {
        this.subMeasures = subMeasures;
        this.measures = measures;
        this.signs = signs;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Splits one measure of the demo unit; returns the parent, or nothing when no measure fits. */
    @Transactional
    public Optional<Measure> seed(CurrentUser office, CurrentUser unit, long campaignId) {
        Optional<Measure> parent = splittable(office, campaignId, unit.organisationId());
        parent.ifPresent(p -> {
            List<SubMeasureService.Part> parts = BANNERS.stream()
                    .map(name -> new SubMeasureService.Part(
                            name + "：" + p.title(),
                            "按通辽市分工，由" + name + "负责本辖区落实。",
                            organisations.findByName(name).orElseThrow().id(),
                            List.of(),
                            p.responsibleLeader(),
                            p.deadline(),
                            MeasureType.DEADLINE))
                    .toList();
            for (Measure sub : subMeasures.split(unit, p.id(), parts)) {
                signs.sign(office, sub.id(), sub.leadOrgId());
            }
        });
        return parent;
    }

    private Optional<Measure> splittable(CurrentUser office, long campaignId, long leadOrgId) {
        LocalDate later = LocalDate.now(clock).plusMonths(1);
        MeasureFilter open = new MeasureFilter(
                campaignId,
                null,
                leadOrgId,
                Set.of(MeasureStatus.NOT_STARTED, MeasureStatus.IN_PROGRESS),
                Set.of(),
                Set.of(MeasureType.DEADLINE, MeasureType.IMMEDIATE),
                later,
                null,
                null);
        return measures
                .list(office, open, MeasureSort.parse("id"), 0, MeasureService.MAX_PAGE_SIZE, false)
                .items()
                .stream()
                .map(MeasureView::measure)
                .filter(m -> m.leadOrgId() == leadOrgId)
                .findFirst();
    }
}
