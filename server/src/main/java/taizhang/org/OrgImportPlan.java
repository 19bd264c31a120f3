package taizhang.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import taizhang.shared.CurrentUser;

/**
 * What an organisation sheet would do to the tree, decided before anything is written: the nodes
 * to create, parents first, or every row's fault. A row whose unit already stands under the same
 * parent is left as it is, so a sheet can be imported again after it was extended. A parent is an
 * active node of the administrator's subtree or another row of the sheet.
 */
record OrgImportPlan(List<NewNode> creations, int unchanged, List<RowError> errors) {

    /** A node to create under {@code parent} (an existing node's name or an earlier creation's). */
    record NewNode(int row, String name, String parent, OrgKind kind, String adminCode) {}

    /** A row's fault, named by the row as Excel numbers it. */
    record RowError(int row, String message) {

        @Override
        public String toString() {
            return "第 " + row + " 行：" + message;
        }
    }

    private static final Map<String, OrgKind> KINDS = Map.ofEntries(
            Map.entry("自治区", OrgKind.REGION),
            Map.entry("省", OrgKind.REGION),
            Map.entry("省级", OrgKind.REGION),
            Map.entry("盟市", OrgKind.CITY),
            Map.entry("市", OrgKind.CITY),
            Map.entry("盟", OrgKind.CITY),
            Map.entry("旗县区", OrgKind.COUNTY),
            Map.entry("旗县", OrgKind.COUNTY),
            Map.entry("县", OrgKind.COUNTY),
            Map.entry("区", OrgKind.COUNTY),
            Map.entry("旗", OrgKind.COUNTY),
            Map.entry("部门", OrgKind.DEPARTMENT),
            Map.entry("区直部门", OrgKind.DEPARTMENT),
            Map.entry("单位", OrgKind.DEPARTMENT));

    boolean accepted() {
        return errors.isEmpty();
    }

    /**
     * @param existing every node of the tree, by name (names are unique)
     * @param inactive the ids of deactivated nodes
     */
    static OrgImportPlan of(
            List<OrgSheet.Line> lines, Map<String, Organisation> existing, Set<Long> inactive, CurrentUser admin) {
        List<RowError> errors = new ArrayList<>();
        Map<String, OrgSheet.Line> rows = new LinkedHashMap<>();
        int unchanged = 0;
        for (OrgSheet.Line line : lines) {
            String fault = fault(line, existing, rows);
            if (fault != null) {
                errors.add(new RowError(line.number(), fault));
            } else if (existing.containsKey(line.name())) {
                unchanged++;
            } else {
                rows.put(line.name(), line);
            }
        }
        List<NewNode> creations = new ArrayList<>();
        Map<String, Boolean> placed = new HashMap<>();
        for (OrgSheet.Line line : rows.values()) {
            String fault = place(line, rows, existing, inactive, admin, placed, creations, new ArrayList<>());
            if (fault != null) {
                errors.add(new RowError(line.number(), fault));
            }
        }
        errors.sort(java.util.Comparator.comparingInt(RowError::row));
        return new OrgImportPlan(errors.isEmpty() ? List.copyOf(creations) : List.of(), unchanged, List.copyOf(errors));
    }

    /** What is wrong with the row on its own, or null. */
    private static String fault(
            OrgSheet.Line line, Map<String, Organisation> existing, Map<String, OrgSheet.Line> rows) {
        if (line.name().isEmpty()) {
            return "单位名称为空";
        }
        if (line.name().length() > Organisation.MAX_NAME) {
            return "单位名称超过 " + Organisation.MAX_NAME + " 字";
        }
        if (line.parent().isEmpty()) {
            return "上级单位为空（“" + line.name() + "”）";
        }
        if (line.parent().equals(line.name())) {
            return "“" + line.name() + "”的上级单位不能是它自己";
        }
        if (!line.kind().isEmpty() && !KINDS.containsKey(line.kind())) {
            return "类型“" + line.kind() + "”无法识别，应为 自治区、盟市、旗县区 或 部门";
        }
        if (!line.code().isEmpty()
                && !Organisation.ADMIN_CODE.matcher(line.code()).matches()) {
            return "行政区划代码“" + line.code() + "”应为 6 到 12 位数字";
        }
        OrgSheet.Line twin = rows.get(line.name());
        if (twin != null) {
            return "“" + line.name() + "”与第 " + twin.number() + " 行重复";
        }
        Organisation standing = existing.get(line.name());
        if (standing != null) {
            Organisation parent = standing.parentId() == null ? null : byId(existing, standing.parentId());
            if (parent == null || !parent.name().equals(line.parent())) {
                return "“" + line.name() + "”已存在，上级单位是“" + (parent == null ? "无" : parent.name()) + "”；移动单位请在单位管理中操作";
            }
        }
        return null;
    }

    /** Adds the row's node after its parent's; returns the fault when its parent cannot take it. */
    private static String place(
            OrgSheet.Line line,
            Map<String, OrgSheet.Line> rows,
            Map<String, Organisation> existing,
            Set<Long> inactive,
            CurrentUser admin,
            Map<String, Boolean> placed,
            List<NewNode> creations,
            List<String> chain) {
        if (placed.containsKey(line.name())) {
            return placed.get(line.name()) ? null : "上级单位“" + line.parent() + "”未能导入";
        }
        if (chain.contains(line.name())) {
            return "上级单位成环：" + String.join(" → ", chain) + " → " + line.name();
        }
        chain.add(line.name());
        String fault = null;
        Organisation parent = existing.get(line.parent());
        OrgSheet.Line parentRow = rows.get(line.parent());
        if (parent != null) {
            if (!admin.covers(parent.path())) {
                fault = "上级单位“" + line.parent() + "”不在您管理的范围内";
            } else if (inactive.contains(parent.id())) {
                fault = "上级单位“" + line.parent() + "”已停用";
            }
        } else if (parentRow == null) {
            fault = "上级单位“" + line.parent() + "”既不在系统中，也不在表格中";
        } else {
            String above = place(parentRow, rows, existing, inactive, admin, placed, creations, chain);
            if (above != null) {
                fault = above.startsWith("上级单位成环") ? above : "上级单位“" + line.parent() + "”未能导入";
            }
        }
        placed.put(line.name(), fault == null);
        if (fault == null) {
            creations.add(new NewNode(
                    line.number(),
                    line.name(),
                    line.parent(),
                    kind(line),
                    line.code().isEmpty() ? null : line.code()));
        }
        return fault;
    }

    /** The kind as written, or guessed from the name's ending when the column is empty. */
    static OrgKind kind(OrgSheet.Line line) {
        if (!line.kind().isEmpty()) {
            return KINDS.get(line.kind());
        }
        String name = line.name();
        if (name.endsWith("市") || name.endsWith("盟")) {
            return OrgKind.CITY;
        }
        if (name.endsWith("旗") || name.endsWith("县") || (name.endsWith("区") && !name.endsWith("自治区"))) {
            return OrgKind.COUNTY;
        }
        return OrgKind.DEPARTMENT;
    }

    private static Organisation byId(Map<String, Organisation> existing, long id) {
        return existing.values().stream().filter(o -> o.id() == id).findFirst().orElse(null);
    }
}
