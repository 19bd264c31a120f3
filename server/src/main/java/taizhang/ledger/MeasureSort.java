package taizhang.ledger;

import java.util.Map;
import taizhang.shared.InvalidRequestException;

/** The orders the ledger list offers. Only these reach the SQL: a sort is never spliced from input. */
public record MeasureSort(String column, boolean descending) {

    private static final Map<String, String> COLUMNS = Map.of(
            "id", "m.id",
            "deadline", "m.deadline",
            "status", "m.status",
            "warning", "m.warning",
            "updated", "m.updated_at",
            "ordinal", "m.problem_id, m.ordinal");

    public static MeasureSort parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return new MeasureSort("m.id", false);
        }
        boolean descending = spec.startsWith("-");
        String key = descending ? spec.substring(1) : spec;
        String column = COLUMNS.get(key);
        if (column == null) {
            throw new InvalidRequestException("sort", "不支持的排序字段：" + key + "；可用：" + String.join(", ", COLUMNS.keySet()));
        }
        return new MeasureSort(column, descending);
    }

    String orderBy() {
        String direction = descending ? " desc" : "";
        StringBuilder sql = new StringBuilder();
        for (String part : column.split(", ")) {
            sql.append(sql.isEmpty() ? "" : ", ").append(part).append(direction);
        }
        return sql.append(", m.id").append(direction).toString();
    }
}
