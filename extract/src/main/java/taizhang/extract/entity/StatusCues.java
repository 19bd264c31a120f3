package taizhang.extract.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import taizhang.extract.structure.FieldCell;
import taizhang.extract.structure.Measure;
import taizhang.extract.structure.Problem;
import taizhang.extract.structure.Structure;

/**
 * Suggests a status for each measure from a whole phrase that states it: {@code 已全部完成整改}
 * → done, {@code 基本完成} → substantially done, {@code 正在推进} → in progress, {@code 尚未启动}
 * → not started. Single words ({@code 推进}, {@code 计划}, {@code 准备}) are no cue: they sit
 * inside names ({@code 补偿准备金}, {@code 培训计划}) as often as in statements. A completion figure
 * decides too: {@code 完成率59.3%} is in progress, however the text praises it, and {@code 完成率100%}
 * is done. A measure without such a phrase gets no suggestion; the office decides.
 */
public final class StatusCues {

    private static final PhraseTrie<Cue> CUES = cues();
    /** How far after 完成 a percentage still states how much was completed: 完成年度计划的88%. */
    private static final int FIGURE_REACH = 12;
    /** 已完成整改工作, 已完成整改任务: the same statement as 已完成整改. */
    private static final String[] WORK_NOUNS = {"工作", "任务"};
    /** The last words of a measure's work after 已完成: 制度修订, 清理规范工作, 年度整改任务. */
    private static final String[] WORK_HEADS = {"工作", "任务", "整改", "修订", "制定", "印发", "销号", "清理", "整治", "验收"};
    /** A stage of the work, or a part of it, is not the work done. */
    private static final String[] STAGES = {
        "前期", "初步", "阶段", "部分", "一期", "二期", "首批", "第一批", "初稿", "草案", "方案", "征求意见", "招标", "立项", "设计", "可研", "调研", "摸底"
    };
    /** Numerals: a count after 已完成 (已完成三项修订, 已完成整改十个) is how many, not all. */
    private static final String NUMERALS = "一二三四五六七八九十百千万两几";
    /** What a numeral counts: 三项, 十个. */
    private static final String COUNTERS = "个项家条批件所座次户人名处台套份本册部类";
    /** Where a clause ends the work named after 已完成. */
    private static final String WORK_END = "。,;!?:\n)";
    /** How long the work named after 已完成 may be: a clause, not a paragraph. */
    private static final int MAX_WORK = 20;
    /** How far into a measure its own work is named: its wording, before what is reported of it. */
    private static final int MEASURE_WORDING = 200;

    private StatusCues() {}

    public static List<StatusCue> assess(Structure structure, String original, String normalized) {
        List<StatusCue> statuses = new ArrayList<>();
        // A ledger with a progress column (完成情况) states there what is done; its 整改措施 are the plan
        // (加快推进…, 持续推进…), which says nothing of how far the work has come.
        boolean progressColumn = structure.cells().stream().anyMatch(StatusCues::statesProgress);
        for (Problem p : structure.problems()) {
            for (Measure m : p.measures()) {
                StatusCue cue =
                        assess(p.number(), m, !progressColumn, progressCells(structure, m), original, normalized);
                if (cue != null) {
                    statuses.add(cue);
                }
            }
        }
        return statuses;
    }

    /** The cells of a table's progress column (完成情况) or state column (是否完成) in the measure's row. */
    private static List<FieldCell> progressCells(Structure structure, Measure m) {
        List<FieldCell> progress = new ArrayList<>();
        for (FieldCell cell : structure.cells()) {
            if (cell.measureStart() == m.start() && statesProgress(cell)) {
                progress.add(cell);
            }
        }
        return progress;
    }

    private static boolean statesProgress(FieldCell cell) {
        return cell.kind().equals("progress") || cell.kind().equals("state");
    }

    private static StatusCue assess(
            int problem, Measure m, boolean readMeasure, List<FieldCell> progress, String original, String normalized) {
        Map<Strength, List<StatusCue.Cue>> found = new EnumMap<>(Strength.class);
        if (readMeasure) {
            scan(m.start(), m.end(), m, found, original, normalized);
        }
        for (FieldCell cell : progress) {
            (cell.kind().equals("state")
                            ? ProgressCell.answer(normalized, cell.start(), cell.end())
                            : ProgressCell.state(normalized, cell.start(), cell.end()))
                    .ifPresent(state -> found.computeIfAbsent(state.strength(), k -> new ArrayList<>())
                            .add(new StatusCue.Cue(
                                    cell.start(), state.end(), original.substring(cell.start(), state.end()))));
            scan(cell.start(), cell.end(), m, found, original, normalized);
        }
        if (found.containsKey(Strength.FIGURE_BELOW)) {
            // A figure short of 100 % outweighs any praise of the work.
            found.remove(Strength.ALL_DONE);
            found.remove(Strength.FIGURE_FULL);
            found.remove(Strength.MOSTLY_DONE);
        }
        for (Strength s : Strength.values()) {
            if (found.containsKey(s)) {
                return new StatusCue(problem, m.ordinal(), m.start(), s.status, found.get(s));
            }
        }
        return null;
    }

    /** The phrases in {@code [from, to)} that state a status; names in 《》 state none. */
    private static void scan(
            int from, int to, Measure m, Map<Strength, List<StatusCue.Cue>> found, String original, String n) {
        int i = from;
        while (i < to) {
            if (n.charAt(i) == '《') {
                int close = n.indexOf('》', i);
                i = close < 0 || close >= to ? i + 1 : close + 1;
                continue;
            }
            PhraseTrie.Match<Cue> match = CUES.startsSomething(n.charAt(i)) ? CUES.longest(n, i) : null;
            if (match == null || match.end() > to) {
                // The first char is tested here, not in the methods: this runs for nearly every char of the text.
                char c = n.charAt(i);
                int work = c == '已' ? workDone(n, i, to, m, found, original) : -1;
                if (work > 0) {
                    i = work;
                    continue;
                }
                if (c == '完') {
                    completionFigure(n, i, to, found, original);
                }
                i++;
                continue;
            }
            i = phrase(n, match, to, found, original);
        }
    }

    /** Records the phrase matched unless it describes a thing or a part of the work; where to go on. */
    private static int phrase(
            String n, PhraseTrie.Match<Cue> match, int to, Map<Strength, List<StatusCue.Cue>> found, String original) {
        Strength strength = match.value().strength();
        int end = match.end();
        if (strength == Strength.ALL_DONE && startsWithAny(n, end, to, WORK_NOUNS)) {
            end += 2;
        }
        if (end < to && n.charAt(end) == '的') {
            // 整改中的问题, 已完成整改(工作)的项目: the phrase describes a thing, it states nothing.
            return end;
        }
        if (strength == Strength.ALL_DONE && (countAt(n, end, to) || partOfTheWork(n, end, to))) {
            // 已完成整改19个, 已全部完成前期工作: how many are done, or a stage, not the measure.
            return end;
        }
        found.computeIfAbsent(strength, k -> new ArrayList<>())
                .add(new StatusCue.Cue(match.start(), end, original.substring(match.start(), end)));
        return end;
    }

    /** Records {@code 已完成<the measure's work>} at {@code at}; its end, or -1 when none is there. */
    private static int workDone(
            String n, int at, int to, Measure m, Map<Strength, List<StatusCue.Cue>> found, String original) {
        int work = completedWork(n, at, to);
        if (work < 0 || !ofTheMeasure(n, at, work, m)) {
            return -1;
        }
        found.computeIfAbsent(Strength.WORK_DONE, k -> new ArrayList<>())
                .add(new StatusCue.Cue(at, work, original.substring(at, work)));
        return work;
    }

    /**
     * {@code 已完成制度修订}, {@code 已完成清理规范工作}: 已完成 before the measure's own work, ended by the
     * clause (or by 并); the end of the phrase, or -1. The work is named by its last word ({@link
     * #WORK_HEADS}); a count ({@code 已完成3项制度修订}), a stage ({@code 已完成前期工作}, {@code 已完成方案制定})
     * or a thing described ({@code 已完成修订的制度}) is no statement that the measure is done.
     */
    private static int completedWork(String n, int at, int to) {
        int object = at + (n.startsWith("已完成", at) ? 3 : n.startsWith("已经完成", at) ? 4 : 0);
        if (object == at || at >= 2 && n.startsWith("是否", at - 2)) {
            return -1;
        }
        for (int j = object; j <= to && j - object <= MAX_WORK; j++) {
            char c = j == to ? '。' : n.charAt(j);
            if (c == '《') {
                int close = n.indexOf('》', j);
                if (close < 0 || close >= to) {
                    return -1;
                }
                j = close;
                continue;
            }
            boolean clauseEnd = WORK_END.indexOf(c) >= 0;
            if (clauseEnd || c == '并') {
                if (j - object >= 2 && endsWithAny(n, object, j, WORK_HEADS) && isWork(n, object, j)) {
                    return j;
                }
                if (clauseEnd) {
                    return -1;
                }
            }
            if (countAt(n, j, to)) {
                return -1;
            }
        }
        return -1;
    }

    /** What 已全部完成 is said of, up to the clause's end, counts or names a stage: 已全部完成首批3个. */
    private static boolean partOfTheWork(String n, int from, int to) {
        int j = from;
        while (j < to && j - from <= MAX_WORK && WORK_END.indexOf(n.charAt(j)) < 0) {
            if (countAt(n, j, to)) {
                return true;
            }
            j++;
        }
        return !isWork(n, from, j);
    }

    /**
     * Whether the work named in {@code 已完成<work>} at {@code [at, end)} is the measure's own: 整改 or the
     * work as such (已完成整改工作, 已完成各项任务), or work whose last word the measure's wording, before
     * the phrase, uses (修订管理办法: 已完成制度修订); 加强制度建设 is not done by 已完成制度修订, a step of it.
     */
    private static boolean ofTheMeasure(String n, int at, int end, Measure m) {
        String work = n.substring(at, end).replaceFirst("^已(经)?完成", "").replaceFirst("并$", "");
        work = work.replaceFirst("(工作|任务)+$", "").replaceFirst("^(全部|各项|相关|本项|该项|年度)", "");
        if (work.isEmpty() || work.equals("整改")) {
            return true;
        }
        String head = work.substring(Math.max(0, work.length() - 2));
        return contains(n, head, m.start(), Math.min(at, Math.min(m.end(), m.start() + MEASURE_WORDING)));
    }

    private static boolean contains(String n, String word, int from, int to) {
        for (int i = from; i + word.length() <= to; i++) {
            if (n.startsWith(word, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWork(String n, int from, int to) {
        String object = n.substring(from, to);
        for (String stage : STAGES) {
            if (object.contains(stage)) {
                return false;
            }
        }
        return true;
    }

    /** A figure, or a numeral before a counter (三项, 十个), at {@code at}. */
    private static boolean countAt(String n, int at, int to) {
        if (at >= to) {
            return false;
        }
        char c = n.charAt(at);
        return Character.isDigit(c)
                || NUMERALS.indexOf(c) >= 0
                        && at + 1 < to
                        && (COUNTERS.indexOf(n.charAt(at + 1)) >= 0 || NUMERALS.indexOf(n.charAt(at + 1)) >= 0);
    }

    private static boolean startsWithAny(String n, int at, int to, String[] words) {
        for (String w : words) {
            if (at + w.length() <= to && n.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsWithAny(String n, int from, int to, String[] words) {
        for (String w : words) {
            if (to - w.length() >= from && n.startsWith(w, to - w.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@code 完成率59.3%}, {@code 完成年度计划的88%} at a 完: a share completed, from 完成 to the percent sign. */
    private static void completionFigure(
            String n, int at, int end, Map<Strength, List<StatusCue.Cue>> found, String original) {
        if (at + 1 >= end || n.charAt(at + 1) != '成') {
            return;
        }
        int limit = Math.min(end, at + 2 + FIGURE_REACH);
        for (int j = at + 2; j < limit; j++) {
            char c = n.charAt(j);
            if (c == '。' || c == ',' || c == ';' || c == '、') {
                return;
            }
            if (Character.isDigit(c)) {
                int k = j;
                while (k < end && (Character.isDigit(n.charAt(k)) || n.charAt(k) == '.')) {
                    k++;
                }
                if (k >= end || n.charAt(k) != '%') {
                    return;
                }
                double share = parse(n.substring(j, k));
                Strength strength = share >= 100 ? Strength.FIGURE_FULL : Strength.FIGURE_BELOW;
                found.computeIfAbsent(strength, x -> new ArrayList<>())
                        .add(new StatusCue.Cue(at, k + 1, original.substring(at, k + 1)));
                return;
            }
        }
    }

    private static double parse(String number) {
        try {
            return Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Kinds of cue, strongest first. */
    enum Strength {
        ALL_DONE(Status.DONE),
        FIGURE_FULL(Status.DONE),
        MOSTLY_DONE(Status.SUBSTANTIALLY_DONE),
        FIGURE_BELOW(Status.IN_PROGRESS),
        UNDER_WAY(Status.IN_PROGRESS),
        NOT_YET(Status.NOT_STARTED),
        /** 已完成制度修订: done when nothing in the measure says the work goes on, so the weakest. */
        WORK_DONE(Status.DONE);

        private final Status status;

        Strength(Status status) {
            this.status = status;
        }
    }

    private record Cue(Strength strength) {}

    private static PhraseTrie<Cue> cues() {
        PhraseTrie<Cue> trie = new PhraseTrie<>();
        add(
                trie,
                Strength.ALL_DONE,
                "已全部完成整改 全部完成整改 已完成整改 均已完成整改 已经完成整改 已整改完成 整改已完成 整改已全部完成 已全部完成 已全部整改"
                        + " 已整改到位 已全部整改到位 整改到位 已办结 已销号 已完成销号 已全面完成 已按期完成 已如期完成");
        add(trie, Strength.MOSTLY_DONE, "基本完成整改 已基本完成 基本完成 基本整改到位 基本建成 基本解决");
        add(
                trie,
                Strength.UNDER_WAY,
                "正在推进 正在整改 正在进行 正在实施 正在开展 持续推进 加快推进 有序推进 稳步推进 扎实推进 整改中 推进中 持续整改 已启动 已开工"
                        + " 开工建设 正在办理 尚未完成 未完成整改 尚未全部完成");
        add(trie, Strength.NOT_YET, "尚未启动 尚未开展 尚未开始 暂未启动 未启动 未开展 尚未实施");
        return trie;
    }

    private static void add(PhraseTrie<Cue> trie, Strength strength, String phrases) {
        for (String phrase : phrases.split(" ")) {
            trie.add(phrase, new Cue(strength));
        }
    }
}
