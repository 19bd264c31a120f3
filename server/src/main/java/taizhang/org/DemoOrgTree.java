package taizhang.org;

import java.util.List;
import java.util.Map;

/**
 * The demo organisation tree: Inner Mongolia, its 12 leagues and cities (with their statistics
 * codes), a few banners and districts, and the regional bodies the seed report names or its measures
 * would fall to (人社厅, 水利厅, 农牧厅, 工信厅, 商务厅, 住建厅, 卫健委, 林草局…), which lead them in the
 * demo's illustrative assignments.
 */
public final class DemoOrgTree {

    public static final String REGION = "内蒙古自治区";

    record Node(String name, OrgKind kind, String code, List<Node> children) {
        static Node of(String name, OrgKind kind, String code, Node... children) {
            return new Node(name, kind, code, List.of(children));
        }
    }

    static final Node TREE = Node.of(
            REGION,
            OrgKind.REGION,
            "150000",
            Node.of("自治区党委", OrgKind.DEPARTMENT, null),
            Node.of("自治区纪委监委", OrgKind.DEPARTMENT, null),
            Node.of("自治区政府", OrgKind.DEPARTMENT, null),
            Node.of("自治区党委组织部", OrgKind.DEPARTMENT, null),
            Node.of("自治区党委宣传部", OrgKind.DEPARTMENT, null),
            Node.of("自治区党委统战部", OrgKind.DEPARTMENT, null),
            Node.of("自治区民族事务委员会", OrgKind.DEPARTMENT, null),
            Node.of("自治区发展和改革委员会", OrgKind.DEPARTMENT, null),
            Node.of("自治区教育厅", OrgKind.DEPARTMENT, null),
            Node.of("自治区公安厅", OrgKind.DEPARTMENT, null),
            Node.of("自治区司法厅", OrgKind.DEPARTMENT, null),
            Node.of("自治区财政厅", OrgKind.DEPARTMENT, null),
            Node.of("自治区自然资源厅", OrgKind.DEPARTMENT, null),
            Node.of("自治区生态环境厅", OrgKind.DEPARTMENT, null),
            Node.of("自治区能源局", OrgKind.DEPARTMENT, null),
            Node.of("自治区政务服务局", OrgKind.DEPARTMENT, null),
            Node.of("自治区科学技术厅", OrgKind.DEPARTMENT, null),
            Node.of("自治区工业和信息化厅", OrgKind.DEPARTMENT, null),
            Node.of("自治区人力资源和社会保障厅", OrgKind.DEPARTMENT, null),
            Node.of("自治区住房和城乡建设厅", OrgKind.DEPARTMENT, null),
            Node.of("自治区水利厅", OrgKind.DEPARTMENT, null),
            Node.of("自治区农牧厅", OrgKind.DEPARTMENT, null),
            Node.of("自治区商务厅", OrgKind.DEPARTMENT, null),
            Node.of("自治区卫生健康委员会", OrgKind.DEPARTMENT, null),
            Node.of("自治区林业和草原局", OrgKind.DEPARTMENT, null),
            Node.of("自治区乡村振兴局", OrgKind.DEPARTMENT, null),
            Node.of("自治区信访局", OrgKind.DEPARTMENT, null),
            Node.of(
                    "呼和浩特市",
                    OrgKind.CITY,
                    "150100",
                    Node.of("新城区", OrgKind.COUNTY, "150102"),
                    Node.of("赛罕区", OrgKind.COUNTY, "150105")),
            Node.of("包头市", OrgKind.CITY, "150200", Node.of("昆都仑区", OrgKind.COUNTY, "150203")),
            Node.of("乌海市", OrgKind.CITY, "150300"),
            Node.of(
                    "赤峰市",
                    OrgKind.CITY,
                    "150400",
                    Node.of("红山区", OrgKind.COUNTY, "150402"),
                    Node.of("克什克腾旗", OrgKind.COUNTY, "150425")),
            Node.of(
                    "通辽市",
                    OrgKind.CITY,
                    "150500",
                    Node.of("科尔沁区", OrgKind.COUNTY, "150502"),
                    Node.of("扎鲁特旗", OrgKind.COUNTY, "150526")),
            Node.of("鄂尔多斯市", OrgKind.CITY, "150600"),
            Node.of("呼伦贝尔市", OrgKind.CITY, "150700"),
            Node.of("巴彦淖尔市", OrgKind.CITY, "150800"),
            Node.of("乌兰察布市", OrgKind.CITY, "150900"),
            Node.of("兴安盟", OrgKind.CITY, "152200", Node.of("扎赉特旗", OrgKind.COUNTY, "152223")),
            Node.of("锡林郭勒盟", OrgKind.CITY, "152500"),
            Node.of("阿拉善盟", OrgKind.CITY, "152900"));

    private DemoOrgTree() {}

    /** Creates the tree; returns every node by name. */
    public static Map<String, Organisation> create(OrgService organisations) {
        Map<String, Organisation> byName = new java.util.LinkedHashMap<>();
        create(organisations, null, TREE, byName);
        return byName;
    }

    private static void create(
            OrgService organisations, Organisation parent, Node node, Map<String, Organisation> byName) {
        Organisation created = organisations.createBySystem(parent, node.name(), node.kind(), node.code());
        byName.put(node.name(), created);
        node.children().forEach(child -> create(organisations, created, child, byName));
    }
}
