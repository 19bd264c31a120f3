package taizhang.ingest;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How large a draft may be and still be reviewed item by item: a document that proposes more
 * problems, measures or figures than these is refused at upload with the reason and how to split
 * it, whatever its size in bytes (a short text can hold many figures). Edits that would pass a
 * limit are refused the same way.
 */
public record DraftLimits(int maxProblems, int maxMeasures, int maxReadings) {

    public static final DraftLimits DEFAULT = new DraftLimits(2_000, 10_000, 50_000);

    public DraftLimits {
        if (maxProblems < 1 || maxMeasures < 1 || maxReadings < 1) {
            throw new IllegalArgumentException("draft limits must be positive");
        }
    }

    /** Refuses a draft past a limit, naming each limit passed and how to split the document. */
    public void check(Draft draft) {
        check(DraftSize.of(draft.problems()));
        // Sections travel with every page of the draft (its head), so they count against the problems' limit.
        if (draft.sections().size() > maxProblems) {
            throw new DraftTooLargeException(
                    "草稿过大，无法逐项审核：识别出 " + count(draft.sections().size()) + " 个章节，超过每份草稿 " + count(maxProblems)
                            + " 个章节的上限。请把文件按章节拆成几份，第一份新建整改任务，其余各份导入到该任务（更新进展）");
        }
    }

    /** Refuses a draft of this size past a limit. */
    public void check(DraftSize size) {
        StringBuilder over = new StringBuilder();
        over(over, "问题", size.problems(), maxProblems, "个");
        over(over, "措施", size.measures(), maxMeasures, "项");
        over(over, "数据", size.readings(), maxReadings, "个");
        if (!over.isEmpty()) {
            throw new DraftTooLargeException("草稿过大，无法逐项审核：" + over
                    + "。请把文件按章节或问题拆成几份（每份不超过 " + count(maxProblems) + " 个问题、" + count(maxMeasures)
                    + " 项措施、" + count(maxReadings) + " 个数据），第一份新建整改任务，其余各份导入到该任务（更新进展）");
        }
    }

    private static void over(StringBuilder over, String what, int found, int limit, String measureWord) {
        if (found > limit) {
            over.append(over.isEmpty() ? "" : "；")
                    .append("识别出 ")
                    .append(count(found))
                    .append(' ')
                    .append(measureWord)
                    .append(what)
                    .append("，超过每份草稿 ")
                    .append(count(limit))
                    .append(' ')
                    .append(measureWord)
                    .append(what)
                    .append("的上限");
        }
    }

    private static String count(int n) {
        return NumberFormat.getIntegerInstance(Locale.ROOT).format(n);
    }
}
