package taizhang.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import taizhang.extract.text.Normalizer;
import taizhang.org.Organisation;

/**
 * Matches a unit as a report writes it ({@code 自治区人社厅}, {@code 人社厅}, {@code 自治區發展改革委})
 * to an organisation of the tree ({@code 内蒙古自治区人力资源和社会保障厅}): exactly, else by the
 * name's core with the region's prefix left out and the usual abbreviations written out.
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
    private final List<Organisation> tree;

    UnitNames(List<Organisation> tree) {
        this.tree = tree;
        for (Organisation org : tree) {
            byName.putIfAbsent(Normalizer.normalize(org.name()), org);
            byCore.putIfAbsent(core(org.name()), org);
        }
    }

    /** The organisation the written name stands for, or null. */
    Organisation match(String written) {
        String name = Normalizer.normalize(written.strip());
        Organisation exact = byName.get(name);
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
