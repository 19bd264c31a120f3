package taizhang.extract.structure;

import java.util.List;

/**
 * The lines of a ledger's table that are no rows of it: notes under it (备注, 填表说明, who filled it in
 * and when) and rows of sums.
 */
final class TableNotes {

    private static final List<String> OPENINGS = List.of(
            "备注", "注:", "说明", "填表说明", "填报说明", "填报人", "填表人", "审核人", "制表人", "制表", "联系人", "联系电话", "填报单位", "填报日期", "报送单位",
            "单位负责人", "主要负责人");

    private TableNotes() {}

    /** A row of sums ({@code 合计}, {@code 小计}) counts the rows above; it is none of them. */
    static boolean isTotal(String n, int[] cell) {
        String text = n.substring(cell[0], cell[1]).replace(" ", "");
        return text.startsWith("合计") || text.startsWith("总计") || text.startsWith("小计");
    }

    static boolean isNote(String n, int[] cell) {
        String text = n.substring(cell[0], cell[1]).replace(" ", "");
        for (String opening : OPENINGS) {
            if (text.startsWith(opening)) {
                return true;
            }
        }
        return false;
    }
}
