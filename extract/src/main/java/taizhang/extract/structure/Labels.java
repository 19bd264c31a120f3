package taizhang.extract.structure;

/**
 * The labels reports put before a block of text: {@code 存在问题：}, {@code 整改措施：},
 * {@code 整改情况：}, {@code 责任单位：}. Asked only at line and sentence starts, so a plain scan of
 * a short list is fast enough.
 */
final class Labels {

    /** What a labelled block holds. */
    enum Kind {
        PROBLEM,
        MEASURE,
        PROGRESS,
        FIELD
    }

    /** A label found at a position: its kind and where the labelled text starts. */
    record Label(Kind kind, int start, int contentStart, boolean aloneOnLine) {}

    private static final String[] PROBLEM = {
        "问题清单", "存在问题", "存在的问题", "问题描述", "问题表现", "反馈问题", "主要问题", "具体问题", "问题内容", "巡察反馈问题", "巡视反馈问题", "问题"
    };
    private static final String[] MEASURE = {
        "整改措施", "整改任务", "整改举措", "整改要求", "整改目标", "工作措施", "具体措施", "落实措施", "主要措施", "措施"
    };
    private static final String[] PROGRESS = {
        "整改情况", "整改落实情况", "完成情况", "整改进展", "进展情况", "整改进度", "整改成效", "整改结果", "落实情况", "整改进展情况"
    };
    private static final String[] FIELD = {
        "责任单位", "牵头单位", "配合单位", "责任领导", "牵头领导", "责任人", "整改时限", "完成时限", "时限要求", "整改期限", "责任部门", "牵头部门"
    };
    /** A label alone on its line may omit the colon; inside a line it needs one. */
    private static final int MAX_LABEL_LINE = 12;

    private Labels() {}

    /** The label at {@code at} (spaces skipped), or null. */
    static Label at(String n, int at) {
        int i = at;
        while (i < n.length() && (n.charAt(i) == ' ' || n.charAt(i) == '\t')) {
            i++;
        }
        // 【存在问题】: a bracketed label, as notices of checks (曝光台, 督查通报) write them.
        boolean bracketed = i < n.length() && n.charAt(i) == '【';
        int word = bracketed ? i + 1 : i;
        Label found = match(n, i, word, bracketed, Kind.PROGRESS, PROGRESS);
        if (found == null) {
            found = match(n, i, word, bracketed, Kind.MEASURE, MEASURE);
        }
        if (found == null) {
            found = match(n, i, word, bracketed, Kind.FIELD, FIELD);
        }
        if (found == null) {
            found = match(n, i, word, bracketed, Kind.PROBLEM, PROBLEM);
        }
        return found;
    }

    /** The offset after a label at {@code at}, or {@code at} when there is none. */
    static int skip(String n, int at) {
        Label label = at(n, at);
        return label == null ? at : label.contentStart();
    }

    private static Label match(String n, int start, int at, boolean bracketed, Kind kind, String[] words) {
        Label best = null;
        for (String word : words) {
            if (!n.startsWith(word, at) || best != null && best.contentStart() - at > word.length()) {
                continue;
            }
            int end = at + word.length();
            // 问题1：, 问题一：
            if (kind == Kind.PROBLEM) {
                while (end < n.length()
                        && (Character.isDigit(n.charAt(end)) || ChineseOrdinal.isNumeralChar(n.charAt(end)))) {
                    end++;
                }
            }
            Label label = bracketed ? closed(n, start, end, kind) : after(n, at, end, kind);
            if (label != null && (best == null || label.contentStart() > best.contentStart())) {
                best = label;
            }
        }
        return best;
    }

    /** After a bracketed label's word comes its {@code 】}, then its text, on the same line or the next. */
    private static Label closed(String n, int start, int end, Kind kind) {
        if (end >= n.length() || n.charAt(end) != '】') {
            return null;
        }
        int content = end + 1;
        while (content < n.length() && n.charAt(content) == ' ') {
            content++;
        }
        boolean alone = content >= n.length() || n.charAt(content) == '\n' || n.charAt(content) == '\r';
        return new Label(kind, start, content, alone);
    }

    private static Label after(String n, int start, int end, Kind kind) {
        int i = end;
        while (i < n.length() && n.charAt(i) == ' ') {
            i++;
        }
        char c = i < n.length() ? n.charAt(i) : '\n';
        if (c == ':') {
            int content = i + 1;
            while (content < n.length() && n.charAt(content) == ' ') {
                content++;
            }
            boolean alone = content >= n.length() || n.charAt(content) == '\n' || n.charAt(content) == '\r';
            return new Label(kind, start, content, alone);
        }
        if ((c == '\n' || c == '\r') && end - start <= MAX_LABEL_LINE) {
            return new Label(kind, start, i, true);
        }
        return null;
    }
}
