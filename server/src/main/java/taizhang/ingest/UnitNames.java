package taizhang.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import taizhang.extract.text.Normalizer;
import taizhang.org.Organisation;

/**
 * Matches a unit as a report writes it ({@code 自治区人社厅}, {@code 人社厅}, {@code 自治區發展改革委})
 * to an organisation of the tree ({@code 内蒙古自治区人力资源和社会保障厅}): exactly, else by the
 * name's core with the region's prefix left out and the usual abbreviations written out. The
 * aliases the office keeps per organisation ({@code taizhang.org.OrgAliases}) match as its names do.
 */
final class UnitNames {

    /** Short forms offices write, and the full form of the same words, longest first where they overlap. */
    private static final String[][] ABBREVIATIONS = {
        {"人社厅", "人力资源和社会保障厅"},
        {"人社局", "人力资源和社会保障局"},
        {"发展改革委", "发展和改革委员会"},
        {"发改委", "发展和改革委员会"},
        {"卫生健康委", "卫生健康委员会"},
        {"卫健委", "卫生健康委员会"},
        {"住建厅", "住房和城乡建设厅"},
        {"住建局", "住房和城乡建设局"},
        {"文旅厅", "文化和旅游厅"},
        {"文旅局", "文化和旅游局"},
        {"工信厅", "工业和信息化厅"},
        {"工信局", "工业和信息化局"},
        {"科技厅", "科学技术厅"},
        {"交通厅", "交通运输厅"},
        {"应急厅", "应急管理厅"},
        {"退役军人厅", "退役军人事务厅"},
        {"民委", "民族事务委员会"},
        {"国资委", "国有资产监督管理委员会"},
        {"市场监管局", "市场监督管理局"},
        {"医保局", "医疗保障局"},
        {"林草局", "林业和草原局"},
        {"农牧厅", "农牧厅"},
        {"统战部", "党委统战部"},
        {"组织部", "党委组织部"},
        {"宣传部", "党委宣传部"}
    };

    private static final String[] REGION_PREFIXES = {"内蒙古自治区", "内蒙古", "自治区"};
    /** A core shorter than this names too little to be matched by containment. */
    private static final int MIN_CORE = 3;

    private final Map<String, Organisation> byName = new HashMap<>();
    private final Map<String, Organisation> byCore = new HashMap<>();
    private final Map<String, Organisation> byAlias = new LinkedHashMap<>();
    private final List<Organisation> tree;

    /** A unit the text names by one of its aliases, where it stands. */
    record Mention(int start, int end, Organisation org) {}

    UnitNames(List<Organisation> tree) {
        this(tree, Map.of());
    }

    /** @param aliases the aliases by organisation id; those of organisations outside {@code tree} are left out */
    UnitNames(List<Organisation> tree, Map<Long, List<String>> aliases) {
        this.tree = tree;
        Map<Long, Organisation> byId = new HashMap<>();
        for (Organisation org : tree) {
            byName.putIfAbsent(Normalizer.normalize(org.name()), org);
            byCore.putIfAbsent(core(org.name()), org);
            byId.put(org.id(), org);
        }
        aliases.forEach((id, names) -> {
            Organisation org = byId.get(id);
            if (org != null) {
                names.forEach(alias -> byAlias.putIfAbsent(Normalizer.normalize(alias.strip()), org));
            }
        });
    }

    /** Where the normalised text names a unit by an alias between {@code from} and {@code to}, in text order. */
    List<Mention> aliasMentions(String normalized, int from, int to) {
        List<Mention> found = new ArrayList<>();
        for (Map.Entry<String, Organisation> alias : byAlias.entrySet()) {
            int at = normalized.indexOf(alias.getKey(), from);
            if (at >= 0 && at + alias.getKey().length() <= to) {
                found.add(new Mention(at, at + alias.getKey().length(), alias.getValue()));
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }

    /** The organisation the written name stands for, or null. */
    Organisation match(String written) {
        String name = Normalizer.normalize(written.strip());
        Organisation exact = byName.get(name);
        if (exact == null) {
            exact = byAlias.get(name);
        }
        if (exact != null) {
            return exact;
        }
        String core = core(name);
        Organisation byItsCore = byCore.get(core);
        if (byItsCore != null || core.length() < MIN_CORE) {
            return byItsCore;
        }
        Organisation best = null;
        for (Organisation org : tree) {
            String other = core(org.name());
            if (other.length() >= MIN_CORE
                    && other.endsWith(core)
                    && (best == null || other.length() < core(best.name()).length())) {
                best = org;
            }
        }
        return best;
    }

    /** The name without the region's prefix, abbreviations written out. */
    static String core(String name) {
        String core = Normalizer.normalize(name).replace(" ", "");
        for (String prefix : REGION_PREFIXES) {
            if (core.startsWith(prefix) && core.length() > prefix.length()) {
                core = core.substring(prefix.length());
                break;
            }
        }
        for (String[] abbreviation : ABBREVIATIONS) {
            if (core.endsWith(abbreviation[0]) && !core.endsWith(abbreviation[1])) {
                return core.substring(0, core.length() - abbreviation[0].length()) + abbreviation[1];
            }
        }
        return core;
    }
}
