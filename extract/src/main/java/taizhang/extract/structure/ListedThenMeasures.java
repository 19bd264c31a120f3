package taizhang.extract.structure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports that list the problems first ({@code 一、存在的问题 1.…2.…}) and then the measures
 * numbered to match ({@code 二、整改措施 1.…2.…}): measure {@code k} goes to problem {@code k}.
 */
final class ListedThenMeasures {

    private ListedThenMeasures() {}

    /** The paired outline, or null when the report is not laid out this way. */
    static Structure parse(LevelParser parser) {
        List<Levels.Node> nodes = parser.nodes();
        int problemList = -1;
        for (int i = 0; i < nodes.size(); i++) {
            Labels.Kind kind = containerKind(parser, i);
            if (kind == Labels.Kind.PROBLEM
                    && problemList < 0
                    && children(parser, i).size() >= 2) {
                problemList = i;
            } else if ((kind == Labels.Kind.MEASURE || kind == Labels.Kind.PROGRESS)
                    && problemList >= 0
                    && i > nodes.get(problemList).lastDescendant()) {
                Structure paired = pair(parser, problemList, i);
                if (paired != null) {
                    return paired;
                }
            }
        }
        return null;
    }

    private static Structure pair(LevelParser parser, int problemList, int measureList) {
        List<Levels.Node> nodes = parser.nodes();
        List<Integer> problems = children(parser, problemList);
        List<Integer> answers = children(parser, measureList);
        if (answers.isEmpty()
                || nodes.get(answers.get(0)).style()
                        != nodes.get(problems.get(0)).style()) {
            return null;
        }
        Map<Integer, Integer> answerByNumber = new HashMap<>();
        for (int a : answers) {
            answerByNumber.put(nodes.get(a).marker().number(), a);
        }
        List<Problem> result = new ArrayList<>();
        for (int p : problems) {
            Problem alone = parser.problem(p, null, -1);
            Integer answer = answerByNumber.get(nodes.get(p).marker().number());
            List<Measure> measures = List.of();
            if (answer != null) {
                int limit = parser.levels().end(answer, parser.normalized().length());
                Levels.Node a = nodes.get(answer);
                measures = List.of(parser.measure(1, a.start(), a.marker().contentStart(), limit));
            }
            result.add(
                    new Problem(alone.number(), alone.title(), alone.start(), alone.end(), -1, alone.text(), measures));
        }
        return new Structure(List.of(), result, Layout.LISTED_THEN_MEASURES);
    }

    /** The numbered items right under node {@code i}, labels looked through. */
    private static List<Integer> children(LevelParser parser, int i) {
        List<Levels.Node> nodes = parser.nodes();
        List<Integer> children = new ArrayList<>();
        for (int c = i + 1; c <= nodes.get(i).lastDescendant(); c++) {
            if (nodes.get(c).style() != Marker.Style.LABEL && parser.levels().headParent(c) == headOf(parser, i)) {
                children.add(c);
            }
        }
        return children;
    }

    /** A label stands for its block; its items hang, through it, under the label's own head. */
    private static int headOf(LevelParser parser, int i) {
        return parser.nodes().get(i).style() == Marker.Style.LABEL
                ? parser.levels().headParent(i)
                : i;
    }

    private static Labels.Kind containerKind(LevelParser parser, int i) {
        Levels.Node node = parser.nodes().get(i);
        String n = parser.normalized();
        if (node.style() == Marker.Style.LABEL) {
            Labels.Label label = Labels.at(n, node.start());
            return label == null ? null : label.kind();
        }
        int from = node.marker().contentStart();
        String title = n.substring(from, parser.titleEnd(from, Math.min(n.length(), from + 30)));
        if (title.contains("整改措施") || title.contains("整改情况") || title.contains("整改落实情况") || title.contains("整改任务")) {
            return Labels.Kind.MEASURE;
        }
        boolean listsProblems = title.contains("问题")
                && (title.contains("存在") || title.contains("主要") || title.contains("反馈") || title.contains("清单"));
        return listsProblems ? Labels.Kind.PROBLEM : null;
    }
}
