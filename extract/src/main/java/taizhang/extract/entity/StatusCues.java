package taizhang.extract.entity;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import taizhang.extract.structure.Measure;
import taizhang.extract.structure.Problem;
import taizhang.extract.structure.Structure;

/**
 * Suggests a status for each measure from its wording. The strongest kind of cue decides:
 * a whole rectification done ({@code 已全部完成整改}) before {@code 基本完成}, before work under
 * way ({@code 加快推进}), before a part done ({@code 已完成…建设}), before plans ({@code 计划}).
 * Measures without any cue get no suggestion.
 */
public final class StatusCues {

    private static final PhraseTrie<Cue> CUES = cues();

    private StatusCues() {}

    public static List<StatusCue> assess(Structure structure, String original, String normalized) {
        List<StatusCue> statuses = new ArrayList<>();
        for (Problem p : structure.problems()) {
            for (Measure m : p.measures()) {
                StatusCue cue = assess(p.number(), m, original, normalized);
                if (cue != null) {
                    statuses.add(cue);
                }
            }
        }
        return statuses;
    }

    private static StatusCue assess(int problem, Measure m, String original, String normalized) {
        Map<Strength, List<StatusCue.Cue>> found = new EnumMap<>(Strength.class);
        int i = m.start();
        while (i < m.end()) {
            PhraseTrie.Match<Cue> match =
                    CUES.startsSomething(normalized.charAt(i)) ? CUES.longest(normalized, i) : null;
            if (match == null || match.end() > m.end()) {
                i++;
                continue;
            }
            found.computeIfAbsent(match.value().strength(), k -> new ArrayList<>())
                    .add(new StatusCue.Cue(match.start(), match.end(), original.substring(match.start(), match.end())));
            i = match.end();
        }
        for (Strength s : Strength.values()) {
            if (found.containsKey(s)) {
                return new StatusCue(problem, m.ordinal(), m.start(), s.status, found.get(s));
            }
        }
        return null;
    }

    /** Kinds of cue, strongest first. */
    private enum Strength {
        ALL_DONE(Status.DONE),
        MOSTLY_DONE(Status.SUBSTANTIALLY_DONE),
        UNDER_WAY(Status.IN_PROGRESS),
        PART_DONE(Status.DONE),
        PLANNED(Status.NOT_STARTED);

        private final Status status;

        Strength(Status status) {
            this.status = status;
        }
    }

    private record Cue(Strength strength) {}

    private static PhraseTrie<Cue> cues() {
        PhraseTrie<Cue> trie = new PhraseTrie<>();
        add(trie, Strength.ALL_DONE, "已全部完成整改 全部完成整改 已完成整改 整改完成 完成整改 已全部完成 全部完成 已整改完成 已办结 已销号 整改到位");
        add(trie, Strength.MOSTLY_DONE, "基本完成 基本实现 基本建成 基本解决");
        add(trie, Strength.UNDER_WAY, "正在 加快推进 持续推进 有序推进 稳步推进 扎实推进 推进 持续 加快 已启动 开工建设 进行中 逐步");
        add(trie, Strength.PART_DONE, "已完成 已实现 已建成 已出台 已制定");
        add(trie, Strength.PLANNED, "计划 将于 拟 尚未 启动 即将 准备");
        return trie;
    }

    private static void add(PhraseTrie<Cue> trie, Strength strength, String phrases) {
        for (String phrase : phrases.split(" ")) {
            trie.add(phrase, new Cue(strength));
        }
    }
}
