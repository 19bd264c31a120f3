package taizhang.notice;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the ledger says is wrong, as the 存在问题 and 下一步工作 of a notice open before the office
 * edits them: the measures overdue, those behind their plan, the units that missed a cycle's
 * reports, and the units these name (the lagging ones).
 *
 * @param asOf the date as the notice writes it
 */
record LedgerIssues(String asOf, List<Item> overdue, List<Item> behindPlan, List<String> lateUnits) {

    /** How many of each list a notice names before saying 等. */
    static final int NAMED = 5;

    /** A measure and the unit leading it (null when none). */
    record Item(String measure, String unit) {}

    LedgerIssues {
        overdue = List.copyOf(overdue);
        behindPlan = List.copyOf(behindPlan);
        lateUnits = List.copyOf(lateUnits);
    }

    /** The units named, each once: those leading overdue or lagging measures, then the late reporters. */
    List<String> lagging() {
        Set<String> units = new LinkedHashSet<>();
        Stream.concat(overdue.stream(), behindPlan.stream())
                .map(Item::unit)
                .filter(Objects::nonNull)
                .forEach(units::add);
        units.addAll(lateUnits);
        return List.copyOf(units);
    }

    String issues() {
        List<String> points = new ArrayList<>();
        if (!overdue.isEmpty()) {
            points.add("部分整改措施逾期未完成。截至" + asOf + "，有" + overdue.size() + "项整改措施超过整改时限仍未完成（" + named(overdue) + "）"
                    + units(overdue) + "。");
        }
        if (!behindPlan.isEmpty()) {
            points.add("部分指标进度滞后于计划。" + behindPlan.size() + "项整改措施的指标完成进度落后于计划（" + named(behindPlan) + "）"
                    + units(behindPlan) + "。");
        }
        if (!lateUnits.isEmpty()) {
            points.add("个别单位报送不及时。" + first(lateUnits) + "在调度周期内未按时报送整改进展情况。");
        }
        if (points.isEmpty()) {
            return "截至" + asOf + "，各项整改措施总体按计划推进，未发现逾期未完成、进度滞后或未按时报送的情况。";
        }
        return numbered(points);
    }

    String nextSteps() {
        List<String> points = new ArrayList<>();
        if (!overdue.isEmpty()) {
            points.add("对逾期未完成的" + overdue.size() + "项整改措施逐项督办，责任单位限期说明原因、明确完成时限，整改办跟踪问效。");
        }
        if (!behindPlan.isEmpty()) {
            points.add("对进度滞后的" + behindPlan.size() + "项整改措施加强调度，按月对照计划核查指标完成情况。");
        }
        if (!lateUnits.isEmpty()) {
            points.add("严格执行月调度、季通报工作机制，对未按时报送的单位进行提醒督促。");
        }
        points.add("坚持问题导向，对已完成整改的事项开展回头看，巩固整改成果，防止问题反弹。");
        return numbered(points);
    }

    private static String numbered(List<String> points) {
        String[] ordinals = {"一", "二", "三", "四", "五"};
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            lines.add(ordinals[i] + "是" + points.get(i));
        }
        return String.join("\n", lines);
    }

    private static String named(List<Item> items) {
        List<String> titles = items.stream().map(Item::measure).toList();
        return first(titles);
    }

    private static String units(List<Item> items) {
        List<String> names = items.stream()
                .map(Item::unit)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return names.isEmpty() ? "" : "，涉及" + first(names);
    }

    private static String first(List<String> names) {
        return String.join("、", names.subList(0, Math.min(NAMED, names.size()))) + (names.size() > NAMED ? "等" : "");
    }
}
