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

    private StatusCues() {}

    public static List<StatusCue> assess(Structure structure, String original, String normalized) {
        List<StatusCue> statuses = new ArrayList<>();
        // A ledger with a progress column (完成情况) states there what is done; its 整改措施 are the plan
        // (加快推进…, 持续推进…), which says nothing of how far the work has come.
        boolean progressColumn =
                structure.cells().stream().anyMatch(c -> c.kind().equals("progress"));
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

    /** The cells of a table's progress column (完成情况) in the measure's row. */
    private static List<FieldCell> progressCells(Structure structure, Measure m) {
        List<FieldCell> progress = new ArrayList<>();
        for (FieldCell cell : structure.cells()) {
            if (cell.measureStart() == m.start() && cell.kind().equals("progress")) {
                progress.add(cell);
            }
        }
        return progress;
    }

    private static StatusCue assess(
            int problem, Measure m, boolean readMeasure, List<FieldCell> progress, String original, String normalized) {
        Map<Strength, List<StatusCue.Cue>> found = new EnumMap<>(Strength.class);
        if (readMeasure) {
            scan(m.start(), m.end(), found, original, normalized);
        }
        for (FieldCell cell : progress) {
            ProgressCell.state(normalized, cell.start(), cell.end())
                    .ifPresent(state -> found.computeIfAbsent(state.strength(), k -> new ArrayList<>())
                            .add(new StatusCue.Cue(
                                    cell.start(), state.end(), original.substring(cell.start(), state.end()))));
            scan(cell.start(), cell.end(), found, original, normalized);
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
    private static void scan(int from, int to, Map<Strength, List<StatusCue.Cue>> found, String original, String n) {
        int i = from;
        while (i < to) {
            if (n.charAt(i) == '《') {
                int close = n.indexOf('》', i);
                i = close < 0 || close >= to ? i + 1 : close + 1;
                continue;
            }
            PhraseTrie.Match<Cue> match = CUES.startsSomething(n.charAt(i)) ? CUES.longest(n, i) : null;
            if (match == null || match.end() > to) {
                completionFigure(n, i, to, found, original);
                i++;
                continue;
            }
            if (match.end() < to && n.charAt(match.end()) == '的') {
                // 整改中的问题, 已完成整改的项目: the phrase describes a thing, it states nothing.
                i = match.end();
                continue;
            }
            found.computeIfAbsent(match.value().strength(), k -> new ArrayList<>())
                    .add(new StatusCue.Cue(match.start(), match.end(), original.substring(match.start(), match.end())));
            i = match.end();
        }
    }

    /** {@code 完成率59.3%}, {@code 完成年度计划的88%}: a share completed, from 完成 to the percent sign. */
    private static void completionFigure(
            String n, int at, int end, Map<Strength, List<StatusCue.Cue>> found, String original) {
        if (n.charAt(at) != '完' || at + 1 >= end || n.charAt(at + 1) != '成') {
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
        NOT_YET(Status.NOT_STARTED);

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
