package taizhang.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import taizhang.org.Organisation;

/**
 * Where an upload goes: its campaign, and the units a row may name. Names are looked up among
 * all units (spaces ignored), so that a row can keep a unit a higher office assigned; a unit a
 * row newly names must be in the importer's subtree, as {@code MeasureService} requires.
 */
record SheetTarget(long campaignId, Map<String, Long> unitsByName, Map<Long, String> unitNames, Set<Long> reachable) {

    static SheetTarget of(long campaignId, List<Organisation> all, List<Organisation> visible) {
        Map<String, Long> byName = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Organisation o : all) {
            byName.put(o.name().replaceAll("\\s", ""), o.id());
            names.put(o.id(), o.name());
        }
        Set<Long> reachable = new HashSet<>();
        visible.forEach(o -> reachable.add(o.id()));
        return new SheetTarget(campaignId, byName, names, reachable);
    }

    boolean reached(long unitId) {
        return reachable.contains(unitId);
    }

    static String outOfReach(String name) {
        return "单位“" + name + "”不在本单位及下级单位中，请使用系统中的单位全称";
    }
}
