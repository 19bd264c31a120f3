package taizhang.workbench;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.ledger.CampaignService;
import taizhang.ledger.ClosingApprover;
import taizhang.ledger.ClosingChainService;
import taizhang.ledger.ClosingRequest;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureRights;
import taizhang.ledger.MeasureService;
import taizhang.ledger.MeasureStatus;
import taizhang.ledger.Move;
import taizhang.ledger.RollUp;
import taizhang.ledger.SubMeasureLink;
import taizhang.ledger.SubMeasureService;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.Dates;
import taizhang.workbench.LayersPanel.Linked;

/** Builds the measure page's 分层建账 and 销号审批 panel from the ledger's services. */
@Service
class LayersPages {

    private final MeasureService measures;
    private final SubMeasureService subMeasures;
    private final ClosingChainService closing;
    private final CampaignService campaigns;
    private final OrgService organisations;
    private final ZoneId zone;

    LayersPages(
            MeasureService measures,
            SubMeasureService subMeasures,
            ClosingChainService closing,
            CampaignService campaigns,
            OrgService organisations,
            Clock clock) {
        this.measures = measures;
        this.subMeasures = subMeasures;
        this.closing = closing;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.zone = clock.getZone();
    }

    @Transactional(readOnly = true)
    LayersPanel panel(CurrentUser user, long id) {
        Measure m = measures.get(user, id);
        MeasureRights rights = measures.rights(user, m);
        int number = campaigns.problem(user, m.problemId()).number();
        SubMeasureLink link = subMeasures.link(id).orElse(null);
        RollUp rollUp = subMeasures.rollUp(id);
        boolean maySplit = rights.maySplit();
        return new LayersPanel(
                id,
                m.version(),
                link == null
                        ? null
                        : subMeasures
                                .visibleParent(user, link)
                                .map(p -> linked(p, number))
                                .orElse(null),
                link == null ? null : name(link.keeperOrgId()) + "整改办",
                subMeasures.visibleParts(user, rollUp).stream()
                        .map(s -> linked(s, number))
                        .toList(),
                rollUp.finished(),
                rollUp.open().size(),
                maySplit,
                maySplit ? below(user, m.leadOrgId()) : List.of(),
                rights.may(Move.REPORT_DONE)
                        && m.status() != MeasureStatus.DONE
                        && !rollUp.open().isEmpty(),
                closing(user, id));
    }

    private LayersPanel.Closing closing(CurrentUser user, long id) {
        ClosingChainService.ClosingState state = closing.state(user, id);
        ClosingRequest r = state.request();
        return new LayersPanel.Closing(
                state.chain().describe(),
                r,
                r == null ? null : r.status().label(),
                r == null ? null : r.current().map(ClosingApprover::label).orElse(null),
                r == null
                        ? List.of()
                        : r.decisions().stream()
                                .map(d -> new LayersPanel.Step(
                                        d.approver().label(),
                                        d.approved(),
                                        d.by(),
                                        Dates.minute(d.at(), zone),
                                        d.reason()))
                                .toList(),
                state.mayAsk(),
                state.decides() == null ? null : state.decides().label());
    }

    /** The units below the lead the reader may give a sub-measure to. */
    private List<LayersPanel.Unit> below(CurrentUser user, Long leadOrgId) {
        String leadPath = organisations.find(leadOrgId).map(Organisation::path).orElseThrow();
        return organisations.assignableTo(user).stream()
                .filter(o -> o.path().startsWith(leadPath) && !o.path().equals(leadPath))
                .map(o -> new LayersPanel.Unit(o.id(), o.name()))
                .toList();
    }

    private Linked linked(Measure m, int problemNumber) {
        return new Linked(
                m.id(),
                problemNumber + "-" + m.ordinal(),
                m.title(),
                name(m.leadOrgId()),
                m.deadline() == null ? "—" : m.deadline().toString(),
                m.status().label(),
                m.status().name());
    }

    private String name(Long orgId) {
        return orgId == null
                ? "未分配"
                : organisations.find(orgId).map(Organisation::name).orElse("—");
    }
}
