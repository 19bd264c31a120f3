package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The columns of a 整改台账 table, known by the words of their header cells. */
enum Column {
    NUMBER("序号", "编号"),
    PROBLEM(
            "问题", "问题描述", "存在问题", "存在的问题", "反馈问题", "问题清单", "具体问题", "主要问题", "问题表现", "问题内容", "反馈意见", "隐患描述", "隐患内容",
            "存在隐患"),
    MEASURE("整改措施", "整改任务", "具体措施", "整改举措", "工作措施", "落实措施"),
    TARGET("整改目标", "目标要求", "整改要求"),
    LEAD("牵头单位", "责任单位", "责任部门", "牵头部门", "责任主体", "整改责任单位", "主责单位", "责任科室", "责任处室"),
    CO("配合单位", "协同单位", "参与单位", "配合部门", "协办单位", "协助单位"),
    LEADER("责任领导", "牵头领导", "分管领导", "领导"),
    PERSON("责任人", "具体责任人", "负责人", "联系人"),
    DEADLINE("整改时限", "完成时限", "时限", "整改期限", "完成时间", "时限要求", "时间节点", "完成节点"),
    PROGRESS("完成情况", "整改情况", "整改进展", "进展情况", "整改落实情况", "整改进度", "整改成效", "整改结果", "落实情况", "推进情况", "目前进展", "办理情况"),
    /** The aspect a problem belongs to (问题类别: 政治建设方面), merged over its problems: a section. */
    CATEGORY("问题类别", "问题分类", "问题方面", "问题领域", "类别", "分类", "方面"),
    /** 立行立改, 限期整改 or 长期坚持, beside the date in the deadline column. */
    TYPE("整改类型", "整改方式", "整改时效", "完成类型"),
    /** A column that answers only whether the measure is done: 是/否, 已完成/整改中. */
    STATE("是否完成", "是否完成整改", "是否整改完成", "是否整改到位", "是否办结", "是否销号", "整改状态", "完成状态", "状态"),
    NOTE("备注");

    /**
     * Columns named by their whole header only: 方面 inside another header names no category, and
     * 整改类型 ends as the kind columns do ({@link #KINDS}) but gives the measure's type.
     */
    private static final Set<Column> WHOLE_HEADER = EnumSet.of(Column.CATEGORY, Column.TYPE);

    /** Last words of header cells that say what kind of problem a row has, not what it is. */
    private static final List<String> KINDS = List.of("来源", "类型", "类别", "分类", "性质", "级别", "等级", "领域", "层级");

    private final String[] words;

    /** The name of a field column in {@link FieldCell#kind()}, null for the columns that are the outline itself. */
    String fieldKind() {
        return switch (this) {
            case NUMBER, PROBLEM, MEASURE, CATEGORY -> null;
            default -> name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    Column(String... words) {
        this.words = words;
    }

    private List<String> words() {
        return List.of(words);
    }

    /** The column a header cell names: the longest word it contains, or null. */
    static Column of(String cell) {
        String text = cell.replaceAll("\\s", "");
        for (Column whole : WHOLE_HEADER) {
            if (whole.words().contains(text)) {
                return whole;
            }
        }
        if (text.length() > 12 || describesAKind(text)) {
            return null;
        }
        Column best = null;
        int longest = 0;
        for (Column column : values()) {
            if (WHOLE_HEADER.contains(column)) {
                continue;
            }
            for (String word : column.words) {
                if (word.length() > longest && text.contains(word)) {
                    best = column;
                    longest = word.length();
                }
            }
        }
        return best;
    }

    /** {@code 问题来源}, {@code 问题类型}, {@code 整改类别}: a column about the problem that is not the problem. */
    private static boolean describesAKind(String text) {
        for (String kind : KINDS) {
            if (text.endsWith(kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The columns of a header over a second header row, as under a merged group cell ({@code 责任主体}
     * above {@code 牵头单位} and {@code 配合单位}); null when the row below is no header row: each of its
     * cells with text must name a column.
     */
    static List<Column> withSubHeader(List<Column> header, String n, List<int[]> cells) {
        List<Column> columns = new ArrayList<>(header);
        boolean any = false;
        for (int c = 0; c < cells.size(); c++) {
            int[] cell = cells.get(c);
            if (cell[0] >= cell[1]) {
                continue;
            }
            Column column = of(n.substring(cell[0], cell[1]));
            if (column == null || c >= columns.size()) {
                return null;
            }
            columns.set(c, column);
            any = true;
        }
        if (!any) {
            return null;
        }
        // A group cell's column gives way to the columns under it: 责任主体 to 牵头单位.
        List<Column> unique = new ArrayList<>(columns.size());
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            unique.add(column != null && columns.lastIndexOf(column) != c && header.get(c) == column ? null : column);
        }
        return unique;
    }

    /**
     * The columns of a header row, null when the row is no header: it must name a problem or a
     * measure column and at least one more column.
     */
    static List<Column> ofHeader(String n, List<int[]> cells) {
        if (cells.size() < 2) {
            return null;
        }
        List<Column> columns = new ArrayList<>(cells.size());
        int known = 0;
        boolean core = false;
        for (int[] cell : cells) {
            Column column = of(n.substring(cell[0], cell[1]));
            if (column != null && columns.contains(column)) {
                column = null;
            }
            columns.add(column);
            known += column == null ? 0 : 1;
            core |= column == PROBLEM || column == MEASURE;
        }
        return core && known >= 2 ? columns : null;
    }
}
