package taizhang.ledger;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import taizhang.org.Organisation;

/**
 * Each unit with its ancestors-or-self below the root, read from the units' paths: the
 * {@code measure_unit} rows a measure gets (see migration V30), computed in memory so that a
 * batch of measures needs no tree query per row.
 */
final class UnitAncestors {

    private final Map<Long, List<Long>> ancestors = new HashMap<>();

    private UnitAncestors() {}

    static UnitAncestors of(Collection<Organisation> organisations) {
        UnitAncestors units = new UnitAncestors();
        for (Organisation o : organisations) {
            if (o.parentId() != null) {
                units.ancestors.put(o.id(), belowRoot(o.path()));
            }
        }
        return units;
    }

    /** The {@code measure_unit} organisations of a measure: its lead's and co-units' ancestors-or-self below the root. */
    Set<Long> of(Long leadOrgId, List<Long> coUnitIds) {
        Set<Long> orgs = new LinkedHashSet<>();
        if (leadOrgId != null) {
            orgs.addAll(ancestors.getOrDefault(leadOrgId, List.of()));
        }
        coUnitIds.forEach(org -> orgs.addAll(ancestors.getOrDefault(org, List.of())));
        return orgs;
    }

    /** A path lists the ids from the root ({@code /1/24/76/}); all but the first. */
    private static List<Long> belowRoot(String path) {
        String[] ids = path.substring(1).split("/");
        List<Long> below = new ArrayList<>();
        for (int i = 1; i < ids.length; i++) {
            below.add(Long.parseLong(ids[i]));
        }
        return below;
    }
}
