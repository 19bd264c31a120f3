package taizhang.report;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import taizhang.shared.ChineseScript;

/**
 * Where each ledger column is in an uploaded sheet, found from its header row by the names
 * offices give the columns (责任单位 for 牵头单位, 完成时限 for 整改时限 …), so sheets with columns
 * in another order, missing or extra columns, or a title row above the header are read alike.
 */
record SheetLayout(int headerRow, Map<LedgerColumn, Integer> columns, boolean traditional) {

    /** The header is looked for in the first rows only: above it there may be a title and a date line. */
    static final int HEADER_SEARCH_ROWS = 10;

    private static final Map<LedgerColumn, List<String>> NAMES = new EnumMap<>(Map.ofEntries(
            Map.entry(LedgerColumn.NUMBER, List.of("序号")),
            Map.entry(LedgerColumn.CODE, List.of("编号")),
            Map.entry(LedgerColumn.PROBLEM, List.of("问题", "反馈问题", "存在问题", "问题清单", "问题描述")),
            Map.entry(LedgerColumn.MEASURE, List.of("整改措施", "措施", "整改任务")),
            // Whole headers are compared, so 措施正文 and 整改措施内容 name this column, never 整改措施 or 措施.
            Map.entry(LedgerColumn.BODY, List.of("措施正文", "措施内容", "具体措施", "整改措施内容")),
            Map.entry(LedgerColumn.LEAD, List.of("牵头单位", "责任单位", "牵头部门")),
            Map.entry(LedgerColumn.CO_UNITS, List.of("配合单位", "协办单位", "配合部门")),
            Map.entry(LedgerColumn.LEADER, List.of("责任人", "责任领导")),
            Map.entry(LedgerColumn.DEADLINE, List.of("整改时限", "完成时限", "时限")),
            Map.entry(LedgerColumn.ORIGINAL_DEADLINE, List.of("原定时限")),
            Map.entry(LedgerColumn.TYPE, List.of("整改类型", "类型")),
            Map.entry(LedgerColumn.PROGRESS, List.of("整改进展", "进展情况", "整改进展情况")),
            Map.entry(LedgerColumn.STATUS, List.of("完成情况", "整改状态", "状态")),
            Map.entry(LedgerColumn.WARNING, List.of("预警")),
            Map.entry(LedgerColumn.EVIDENCE, List.of("佐证材料")),
            Map.entry(LedgerColumn.KEY, List.of("系统编号"))));

    /**
     * The columns whose cells are the ledger's own words (unit names, 完成情况, 整改类型, 立行立改),
     * read in Simplified characters from a sheet exported in Traditional; the texts keep their script.
     */
    private static final Set<LedgerColumn> WORDS = EnumSet.of(
            LedgerColumn.LEAD,
            LedgerColumn.CO_UNITS,
            LedgerColumn.DEADLINE,
            LedgerColumn.TYPE,
            LedgerColumn.STATUS,
            LedgerColumn.WARNING);

    /**
     * The layout if this row is a header: it must name at least the problem and the measure
     * columns, in either script (the ledger may have been exported in Traditional characters).
     */
    static Optional<SheetLayout> of(SheetReader.Row row) {
        Map<LedgerColumn, Integer> columns = new EnumMap<>(LedgerColumn.class);
        boolean[] traditional = {false};
        row.cells().forEach((index, cell) -> {
            String written = cell.text() == null ? "" : cell.text().replaceAll("\\s", "");
            String header = ChineseScript.simplified(written);
            NAMES.forEach((column, names) -> {
                if (names.contains(header) && !columns.containsKey(column)) {
                    columns.put(column, index);
                    traditional[0] |= !header.equals(written);
                }
            });
        });
        return columns.containsKey(LedgerColumn.PROBLEM) && columns.containsKey(LedgerColumn.MEASURE)
                ? Optional.of(new SheetLayout(row.number(), columns, traditional[0]))
                : Optional.empty();
    }

    String text(SheetReader.Row row, LedgerColumn column) {
        Integer index = columns.get(column);
        if (index == null) {
            return "";
        }
        String text = row.text(index);
        return traditional && WORDS.contains(column) ? ChineseScript.simplified(text) : text;
    }

    boolean has(LedgerColumn column) {
        return columns.containsKey(column);
    }

    Optional<SheetReader.Cell> cell(SheetReader.Row row, LedgerColumn column) {
        Integer index = columns.get(column);
        return index == null
                ? Optional.empty()
                : Optional.ofNullable(row.cells().get(index));
    }

    /** The Excel reference of a column in a row, such as {@code G12}, also for an empty cell. */
    String ref(int rowNumber, LedgerColumn column) {
        Integer index = columns.get(column);
        return index == null ? "—" : letters(index) + rowNumber;
    }

    static String letters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
