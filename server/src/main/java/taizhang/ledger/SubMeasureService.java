package taizhang.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.ForbiddenException;

/**
 * 分层建账: a lead unit splits its measure into sub-measures for the units below it. Each
 * sub-measure is a measure of the same campaign, created by the one path every measure takes
 * ({@link MeasureService#insert}), so it has its own units, deadline, 签收, cycles, warnings and
 * reports; its link names the parent and the level whose office keeps it.
 */
@Service
public class SubMeasureService {

    private final MeasureService measures;
    private final MeasureRepository measureRows;
    private final SubMeasureRepository links;
    private final CampaignService campaigns;
    private final OrgService organisations;
    private final AuditTrail audit;
    private final Clock clock;

    SubMeasureService(
            MeasureService measures,
            MeasureRepository measureRows,
            SubMeasureRepository links,
            CampaignService campaigns,
            OrgService organisations,
            AuditTrail audit,
            Clock clock) {
        this.measures = measures;
        this.measureRows = measureRows;
        this.links = links;
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A sub-measure as asked: what, who leads and co-operates, who answers for it, by when. */
    public record Part(
            String title,
            String body,
            Long leadOrgId,
            List<Long> coUnitIds,
            String responsibleLeader,
            LocalDate deadline,
            MeasureType type) {

        public Part {
            coUnitIds = coUnitIds == null ? List.of() : List.copyOf(coUnitIds);
            type = type == null ? MeasureType.DEADLINE : type;
        }
    }

    /** Splits the measure into these sub-measures, all or none; returns them as created. */
    @Transactional
    public List<Measure> split(CurrentUser user, long parentId, List<Part> parts) {
        Measure parent = measures.get(user, parentId);
        if (!measures.rights(user, parent).maySplit()) {
            throw new ForbiddenException("只有牵头单位或本任务整改办可以分解这项措施");
        }
        measureRows.lock(parentId);
        Split.check(
                parent,
                measures.path(parent.leadOrgId()),
                parts.stream().map(p -> asked(user, p)).toList());
        Problem problem = campaigns.problem(user, parent.problemId());
        Instant now = clock.instant();
        List<Measure> created = new ArrayList<>();
        for (Part p : parts) {
            Measure sub = measures.insert(
                    user,
                    problem,
                    p.title().strip(),
                    p.body(),
                    new MeasureService.Assignment(
                            p.leadOrgId(), p.coUnitIds(), p.responsibleLeader(), p.deadline(), p.type()));
            links.insert(new SubMeasureLink(sub.id(), parentId, parent.leadOrgId()), user.username(), now);
            created.add(sub);
        }
        audit.record(
                user.username(),
                "measure.split",
                "measure",
                parentId,
                null,
                Map.of("subMeasures", created.stream().map(Measure::id).toList()));
        return created;
    }

    /** The parent's link, if the measure is a sub-measure. */
    public Optional<SubMeasureLink> link(long measureId) {
        return links.find(measureId);
    }

    /** Where the parent's sub-measures stand, counted whoever reads (the parts themselves may be hidden). */
    public RollUp rollUp(long parentId) {
        return measures.rollUp(parentId);
    }

    /** The parent's sub-measures the user may see, in the order they were split off. */
    public List<Measure> visibleParts(CurrentUser user, RollUp rollUp) {
        return rollUp.parts().stream()
                .filter(p -> measureRows.visible(user, p.measureId()))
                .map(p -> measureRows.find(p.measureId()).orElseThrow())
                .toList();
    }

    /** The parent of a sub-measure, if the user may see it. */
    public Optional<Measure> visibleParent(CurrentUser user, SubMeasureLink link) {
        return measureRows.visible(user, link.parentId()) ? measureRows.find(link.parentId()) : Optional.empty();
    }

    private Split.Part asked(CurrentUser user, Part p) {
        return new Split.Part(
                p.title(),
                p.leadOrgId() == null ? null : path(user, p.leadOrgId()),
                p.coUnitIds().stream().map(id -> path(user, id)).toList(),
                p.deadline(),
                p.type());
    }

    private String path(CurrentUser user, long orgId) {
        Organisation org = organisations.get(user, orgId);
        return org.path();
    }
}
