package taizhang.report;

import java.math.BigDecimal;
import java.util.Map;
import taizhang.ledger.CompletionRate;
import taizhang.ledger.MeasureStatus;

/**
 * How many items there are and how far they have got, in the three classes a notice counts:
 * 完成整改 (finished: {@link MeasureStatus#isFinished}), 基本完成 (substantially done) and 未完成
 * (everything else).
 *
 * @param noun what is counted, 问题 or 整改措施
 * @param measureWord its measure word, 个 or 项
 */
public record Tally(String noun, String measureWord, long total, long completed, long substantiallyDone) {

    public static Tally problems(long total, long completed, long substantiallyDone) {
        return new Tally("问题", "个", total, completed, substantiallyDone);
    }

    public static Tally measures(long total, long completed, long substantiallyDone) {
        return new Tally("整改措施", "项", total, completed, substantiallyDone);
    }

    /** Measures counted by status into the three classes: the one place a status is classed. */
    public static Tally measures(Map<MeasureStatus, Long> countsByStatus) {
        long total = 0;
        long completed = 0;
        long substantially = 0;
        for (Map.Entry<MeasureStatus, Long> e : countsByStatus.entrySet()) {
            total += e.getValue();
            completed += e.getKey().isFinished() ? e.getValue() : 0;
            substantially += e.getKey() == MeasureStatus.SUBSTANTIALLY_DONE ? e.getValue() : 0;
        }
        return measures(total, completed, substantially);
    }

    public Tally {
        if (completed < 0 || substantiallyDone < 0 || completed + substantiallyDone > total) {
            throw new IllegalArgumentException(
                    "counts do not add up: " + total + "/" + completed + "/" + substantiallyDone);
        }
    }

    public long unfinished() {
        return total - completed - substantiallyDone;
    }

    /** 总体完成率: completed over all, by {@link CompletionRate} (688/697 → 98.71). */
    public BigDecimal rate() {
        return CompletionRate.of(completed, total);
    }

    /** The sentence a notice carries: 反馈的697个问题，完成整改688个，基本完成4个，未完成5个，总体完成率98.71%. */
    public String sentence() {
        String prefix = noun.equals("问题") ? "反馈的" : "制定的";
        return prefix + total + measureWord + noun + "，完成整改" + completed + measureWord + "，基本完成"
                + substantiallyDone + measureWord + "，未完成" + unfinished() + measureWord + "，总体完成率"
                + rate().toPlainString() + "%";
    }
}
