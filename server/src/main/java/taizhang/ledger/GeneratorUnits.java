package taizhang.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import taizhang.org.OrgKind;
import taizhang.org.OrgService;
import taizhang.org.Organisation;

/**
 * The units a generated ledger assigns work to. The demo tree has only a few banners and
 * counties; a real region has about a hundred, so a league's subtree holds a realistic
 * share of the work only when they exist. Missing ones are added once, under their real
 * league or city; departments likewise.
 */
final class GeneratorUnits {

    private static final Map<String, List<String>> COUNTIES = Map.ofEntries(
            Map.entry("呼和浩特市", List.of("新城区", "回民区", "玉泉区", "赛罕区", "土默特左旗", "托克托县", "和林格尔县", "清水河县", "武川县")),
            Map.entry("包头市", List.of("东河区", "昆都仑区", "青山区", "石拐区", "白云鄂博矿区", "九原区", "土默特右旗", "固阳县", "达尔罕茂明安联合旗")),
            Map.entry("乌海市", List.of("海勃湾区", "海南区", "乌达区")),
            Map.entry(
                    "赤峰市",
                    List.of(
                            "红山区", "元宝山区", "松山区", "阿鲁科尔沁旗", "巴林左旗", "巴林右旗", "林西县", "克什克腾旗", "翁牛特旗", "喀喇沁旗", "宁城县",
                            "敖汉旗")),
            Map.entry("通辽市", List.of("科尔沁区", "科尔沁左翼中旗", "科尔沁左翼后旗", "开鲁县", "库伦旗", "奈曼旗", "扎鲁特旗", "霍林郭勒市")),
            Map.entry("鄂尔多斯市", List.of("东胜区", "康巴什区", "达拉特旗", "准格尔旗", "鄂托克前旗", "鄂托克旗", "杭锦旗", "乌审旗", "伊金霍洛旗")),
            Map.entry(
                    "呼伦贝尔市",
                    List.of(
                            "海拉尔区",
                            "扎赉诺尔区",
                            "阿荣旗",
                            "莫力达瓦达斡尔族自治旗",
                            "鄂伦春自治旗",
                            "鄂温克族自治旗",
                            "陈巴尔虎旗",
                            "新巴尔虎左旗",
                            "新巴尔虎右旗",
                            "满洲里市",
                            "牙克石市",
                            "扎兰屯市",
                            "额尔古纳市",
                            "根河市")),
            Map.entry("巴彦淖尔市", List.of("临河区", "五原县", "磴口县", "乌拉特前旗", "乌拉特中旗", "乌拉特后旗", "杭锦后旗")),
            Map.entry(
                    "乌兰察布市",
                    List.of("集宁区", "卓资县", "化德县", "商都县", "兴和县", "凉城县", "察哈尔右翼前旗", "察哈尔右翼中旗", "察哈尔右翼后旗", "四子王旗", "丰镇市")),
            Map.entry("兴安盟", List.of("乌兰浩特市", "阿尔山市", "科尔沁右翼前旗", "科尔沁右翼中旗", "扎赉特旗", "突泉县")),
            Map.entry(
                    "锡林郭勒盟",
                    List.of(
                            "二连浩特市", "锡林浩特市", "阿巴嘎旗", "苏尼特左旗", "苏尼特右旗", "东乌珠穆沁旗", "西乌珠穆沁旗", "太仆寺旗", "镶黄旗", "正镶白旗",
                            "正蓝旗", "多伦县")),
            Map.entry("阿拉善盟", List.of("阿拉善左旗", "阿拉善右旗", "额济纳旗")));

    private static final List<String> DEPARTMENTS = List.of(
            "自治区工业和信息化厅",
            "自治区住房和城乡建设厅",
            "自治区交通运输厅",
            "自治区水利厅",
            "自治区农牧厅",
            "自治区商务厅",
            "自治区文化和旅游厅",
            "自治区卫生健康委员会",
            "自治区审计厅",
            "自治区应急管理厅",
            "自治区市场监督管理局",
            "自治区林业和草原局",
            "自治区人力资源和社会保障厅",
            "自治区民政厅",
            "自治区科学技术厅",
            "自治区国有资产监督管理委员会",
            "自治区统计局",
            "自治区医疗保障局",
            "自治区乡村振兴局",
            "自治区党委政法委员会");

    final Organisation root;
    private final List<Organisation> departments = new ArrayList<>();
    private final List<Organisation> cities = new ArrayList<>();
    private final List<Organisation> counties = new ArrayList<>();
    private final List<Organisation> all = new ArrayList<>();
    private UnitAncestors ancestors;

    private GeneratorUnits(Organisation root) {
        this.root = root;
    }

    /** The tree's units, after adding the counties and departments it lacks under the root. */
    static GeneratorUnits ensure(OrgService organisations) {
        Organisation root = organisations.all().stream()
                .filter(o -> o.parentId() == null)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no organisation tree: start the server once first"));
        for (String name : DEPARTMENTS) {
            ensure(organisations, root, name, OrgKind.DEPARTMENT);
        }
        organisations.all().stream()
                .filter(o -> o.kind() == OrgKind.CITY && root.isAncestorOrSelfOf(o))
                .forEach(city -> COUNTIES.getOrDefault(city.name(), List.of())
                        .forEach(county -> ensure(organisations, city, county, OrgKind.COUNTY)));
        GeneratorUnits units = new GeneratorUnits(root);
        for (Organisation o : organisations.all()) {
            if (o.parentId() != null && root.isAncestorOrSelfOf(o)) {
                (switch (o.kind()) {
                            case DEPARTMENT -> units.departments;
                            case CITY -> units.cities;
                            default -> units.counties;
                        })
                        .add(o);
                units.all.add(o);
            }
        }
        if (units.all.isEmpty()) {
            units.all.add(root);
        }
        units.ancestors = UnitAncestors.of(units.all);
        return units;
    }

    /** A lead unit: departments lead a third of the work, leagues and cities some, counties the most. */
    Organisation lead(RandomGenerator random) {
        int roll = random.nextInt(100);
        List<Organisation> kind = roll < 35 ? departments : roll < 50 ? cities : counties;
        return kind.isEmpty() ? any(random) : kind.get(random.nextInt(kind.size()));
    }

    int size() {
        return all.size();
    }

    Organisation any(RandomGenerator random) {
        return all.get(random.nextInt(all.size()));
    }

    /** Where the {@code measure_unit} rows of the measures come from. */
    UnitAncestors ancestors() {
        return ancestors;
    }

    private static void ensure(OrgService organisations, Organisation parent, String name, OrgKind kind) {
        if (organisations.findByName(name).isEmpty()) {
            organisations.createBySystem(parent, name, kind, null);
        }
    }
}
