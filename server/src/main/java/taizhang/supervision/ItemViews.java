package taizhang.supervision;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import taizhang.ledger.Measure;
import taizhang.ledger.MeasureService;
import taizhang.org.OrgService;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;
import taizhang.shared.NotFoundException;

/** Turns stored items into what readers see: names, links with the titles the reader may see. */
@Component
class ItemViews {

    private final ItemRepository items;
    private final MeasureService measures;
    private final OrgService organisations;

    ItemViews(ItemRepository items, MeasureService measures, OrgService organisations) {
        this.items = items;
        this.measures = measures;
        this.organisations = organisations;
    }

    /** One item, its linked measures with their titles. */
    ItemView of(CurrentUser user, SupervisionItem item, SupervisionAccess access) {
        List<ItemView.LinkView> links = items.links(List.of(item.id())).getOrDefault(item.id(), List.of()).stream()
                .map(l ->
                        new ItemView.LinkView(l.measureId(), l.link(), l.link().label(), title(user, l.measureId())))
                .toList();
        return view(item, links, access);
    }

    /** A list of items, their links read at once and shown by number (a title would cost a visibility check each). */
    List<ItemView> list(List<SupervisionItem> listed, SupervisionAccess access) {
        Map<Long, List<ItemRepository.MeasureLink>> links =
                items.links(listed.stream().map(SupervisionItem::id).toList());
        return listed.stream()
                .map(i -> view(
                        i,
                        links.getOrDefault(i.id(), List.of()).stream()
                                .map(l -> new ItemView.LinkView(
                                        l.measureId(), l.link(), l.link().label(), null))
                                .toList(),
                        access))
                .toList();
    }

    private ItemView view(SupervisionItem item, List<ItemView.LinkView> links, SupervisionAccess access) {
        Long created = links.stream()
                .filter(l -> l.link() == ItemLink.CREATED)
                .map(ItemView.LinkView::measureId)
                .findFirst()
                .orElse(null);
        return new ItemView(
                item.id(),
                item.campaignId(),
                item.orgId(),
                unitName(item.orgId()),
                item.method().label(),
                item.method(),
                item.checkedOn(),
                item.findings(),
                item.recordedBy(),
                item.recordedAt(),
                item.version(),
                links,
                created,
                access.mayChange(item.recorderId()));
    }

    String unitName(long orgId) {
        return organisations.find(orgId).map(Organisation::name).orElse("—");
    }

    /** The measure's title, or null when the reader may not see it. */
    private String title(CurrentUser user, long measureId) {
        try {
            Measure m = measures.get(user, measureId);
            return m.title();
        } catch (NotFoundException hidden) {
            return null;
        }
    }
}
