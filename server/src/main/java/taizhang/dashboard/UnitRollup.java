package taizhang.dashboard;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import taizhang.dashboard.Dashboard.Row;
import taizhang.dashboard.DashboardRepository.Share;
import taizhang.org.Organisation;
import taizhang.shared.CurrentUser;

/**
 * Adds up per-lead-unit counts to the units directly below the reader's organisation: a
 * region's office compares its leagues, cities and departments; a city its banners. A supervisor
 * also compares the units it supervises (对口督导), each with the work led below it. Work led
 * by the reader's own organisation keeps its name; unassigned work is shown as such.
 */
final class UnitRollup {

    private final CurrentUser user;
    private final List<Organisation> supervised;
    private final Map<Long, Organisation> byId = new HashMap<>();

    /** {@code known}: the organisations a lead may be, by id; {@code supervised}: the units the reader supervises. */
    UnitRollup(CurrentUser user, List<Organisation> known, List<Organisation> supervised) {
        this.user = user;
        this.supervised = supervised;
        known.forEach(o -> byId.put(o.id(), o));
        supervised.forEach(o -> byId.put(o.id(), o));
    }

    List<Row> rows(List<Share> perLead, String ledger) {
        Map<Long, long[]> sums = new LinkedHashMap<>();
        for (Share share : perLead) {
            long unit = unitOf(share.id());
            long[] sum = sums.computeIfAbsent(unit, k -> new long[2]);
            sum[0] += share.total();
            sum[1] += share.finished();
        }
        return sums.entrySet().stream()
                .map(e -> new Row(
                        label(e.getKey()),
                        e.getValue()[0],
                        e.getValue()[1],
                        DashboardService.rate(e.getValue()[1], e.getValue()[0]),
                        e.getKey() > 0 ? ledger + "&unit=" + e.getKey() : ledger))
                .sorted(Comparator.comparing(Row::total).reversed().thenComparing(Row::label))
                .toList();
    }

    /**
     * The child of the reader's organisation on the lead's path; else the supervised unit the lead
     * lies under; else the lead itself.
     */
    private long unitOf(long leadId) {
        Organisation lead = byId.get(leadId);
        if (lead == null || lead.path().equals(user.organisationPath())) {
            return leadId;
        }
        if (lead.path().startsWith(user.organisationPath())) {
            String rest = lead.path().substring(user.organisationPath().length());
            return Long.parseLong(rest.substring(0, rest.indexOf('/')));
        }
        return supervised.stream()
                .filter(s -> lead.path().startsWith(s.path()))
                .map(Organisation::id)
                .findFirst()
                .orElse(leadId);
    }

    private String label(long unit) {
        if (unit == 0) {
            return "未分配";
        }
        Organisation org = byId.get(unit);
        return org == null ? "其他单位" : org.name();
    }
}
