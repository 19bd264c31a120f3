package taizhang.extract.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names under which divisions appear in reports: full names ({@code 通辽市},
 * {@code 扎赉特旗}) and the short forms writers use ({@code 通辽}, {@code 内蒙古}). Short forms
 * that are everyday words too ({@code 长治久安}, {@code 四平八稳}) are left out.
 */
final class Gazetteer {

    private static final String RESOURCE = "divisions.tsv";
    private static final Set<String> NOT_SHORT_FORMS = Set.of(
            "长治", "四平", "安康", "大同", "中山", "黄山", "北海", "白银", "三明", "来宾", "普洱", "白山", "河池", "金华", "吉安", "常德", "宁德", "玉林",
            "保山", "白城", "和田", "阿里", "海东", "山南", "三沙");
    private static final Map<String, String> PROVINCE_SHORT =
            Map.of("内蒙古自治区", "内蒙古", "广西壮族自治区", "广西", "西藏自治区", "西藏", "宁夏回族自治区", "宁夏", "新疆维吾尔自治区", "新疆");

    private Gazetteer() {}

    /** Every name, full or short, with the divisions it may denote. */
    static Map<String, List<Division>> names() {
        Map<String, List<Division>> names = new LinkedHashMap<>();
        for (Division d : load()) {
            if (d.level().equals("county") && d.name().length() <= 2) {
                // 城区, 郊区, 范县 (防范县域…): two-char county names are mostly false hits in running text.
                continue;
            }
            names.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
        }
        Map<String, List<Division>> shortForms = new LinkedHashMap<>();
        for (List<Division> ds : names.values()) {
            for (Division d : ds) {
                String s = shortForm(d);
                if (s != null && !names.containsKey(s) && !NOT_SHORT_FORMS.contains(s)) {
                    shortForms.computeIfAbsent(s, k -> new ArrayList<>()).add(d);
                }
            }
        }
        names.putAll(shortForms);
        return names;
    }

    private static String shortForm(Division d) {
        String name = d.name();
        if (PROVINCE_SHORT.containsKey(name)) {
            return PROVINCE_SHORT.get(name);
        }
        if (name.contains("自治") || name.contains("开发区") || name.contains("新区")) {
            return null;
        }
        if (d.level().equals("province") && (name.endsWith("省") || name.endsWith("市"))) {
            return name.substring(0, name.length() - 1);
        }
        if (d.level().equals("city") && name.endsWith("市") && name.length() >= 3) {
            return name.substring(0, name.length() - 1);
        }
        if ((name.endsWith("盟") || name.endsWith("旗") || name.endsWith("县")) && name.length() >= 4) {
            return name.substring(0, name.length() - 1);
        }
        if (name.endsWith("地区") && name.length() >= 5) {
            return name.substring(0, name.length() - 2);
        }
        return null;
    }

    private static List<Division> load() {
        InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is not on the class path; run tools/gazetteer/generate.sh");
        }
        List<Division> divisions = new ArrayList<>(4000);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                divisions.add(new Division(f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return divisions;
    }
}
