package taizhang.notice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import taizhang.ledger.MeasureStatus;
import taizhang.report.ProgressNotice;
import taizhang.report.ProgressNotice.NoticeMeasure;
import taizhang.report.Tally;

/**
 * A notice beside the previous one: the counts then and now, and each measure that moved — newly
 * in the notice, finished since, or told differently.
 */
public record NoticeComparison(
        Tally problemsBefore, Tally problemsNow, Tally measuresBefore, Tally measuresNow, List<Change> changes) {

    public NoticeComparison {
        changes = List.copyOf(changes);
    }

    public enum Kind {
        ADDED("新增措施"),
        FINISHED("完成整改"),
        RETOLD("有新进展");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One measure that moved; {@code before} is null for a measure new to the notice. */
    public record Change(Kind kind, int problem, String measure, String before, String now) {}

    static NoticeComparison of(ProgressNotice before, ProgressNotice now) {
        Map<Long, NoticeMeasure> earlier = new HashMap<>();
        measures(before).forEach(m -> earlier.put(m.measureId(), m));
        List<Change> changes = new ArrayList<>();
        now.sections()
                .forEach(s -> s.problems()
                        .forEach(p -> p.measures().forEach(m -> {
                            NoticeMeasure then = earlier.get(m.measureId());
                            Kind kind = then == null
                                    ? Kind.ADDED
                                    : finished(m) && !finished(then)
                                            ? Kind.FINISHED
                                            : m.body().equals(then.body()) ? null : Kind.RETOLD;
                            if (kind != null) {
                                changes.add(new Change(
                                        kind, p.number(), m.lead(), then == null ? null : then.body(), m.body()));
                            }
                        })));
        return new NoticeComparison(before.problems(), now.problems(), before.measures(), now.measures(), changes);
    }

    public List<Change> of(Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).toList();
    }

    private static boolean finished(NoticeMeasure m) {
        return MeasureStatus.valueOf(m.status()).isFinished();
    }

    private static List<NoticeMeasure> measures(ProgressNotice notice) {
        return notice.sections().stream()
                .flatMap(s -> s.problems().stream())
                .flatMap(p -> p.measures().stream())
                .toList();
    }
}
