package taizhang.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A supervision item as the API and the pages show it: the unit by name, the method in words, the
 * measures it is linked to, and {@code measureId}, the measure its finding became (一对一反馈整改).
 */
public record ItemView(
        long id,
        long campaignId,
        long unitId,
        String unitName,
        String method,
        SupervisionMethod methodCode,
        LocalDate checkedOn,
        String findings,
        String recordedBy,
        Instant recordedAt,
        int version,
        List<LinkView> measures,
        Long measureId,
        boolean mayChange) {

    /** A linked measure: how it is linked, and its title when the reader may see it. */
    public record LinkView(long measureId, ItemLink link, String linkLabel, String title) {}

    public boolean hasFindings() {
        return findings != null;
    }

    public boolean returned() {
        return measures.stream().anyMatch(l -> l.link() == ItemLink.RETURNED);
    }
}
