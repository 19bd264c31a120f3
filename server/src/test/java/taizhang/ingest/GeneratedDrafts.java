package taizhang.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import taizhang.ledger.MeasureStatus;

/**
 * Drafts of any size built directly, for the rules on size and paging: problem {@code p} holds
 * measures {@code p-m}, each with its readings {@code p-m-r}, laid out one after another in a
 * source text of 10 characters per item.
 */
final class GeneratedDrafts {

    private GeneratedDrafts() {}

    static Draft of(int problems, int measures, int readings) {
        List<DraftProblem> all = new ArrayList<>();
        List<Draft.Mark> marks = new ArrayList<>();
        int at = 0;
        for (int p = 1; p <= problems; p++) {
            int problemStart = at;
            at += 10;
            List<DraftMeasure> list = new ArrayList<>();
            for (int m = 1; m <= measures; m++) {
                int measureStart = at;
                at += 10;
                List<DraftReading> figures = new ArrayList<>();
                for (int r = 1; r <= readings; r++) {
                    String key = "r" + p + "-" + m + "-" + r;
                    figures.add(
                            new DraftReading(key, "新建项目", BigDecimal.TEN, "个", null, "2021", false, at, at + 4, "10个"));
                    marks.add(new Draft.Mark("quantity", at, at + 4, key));
                    at += 10;
                }
                list.add(new DraftMeasure(
                        "m" + p + "-" + m,
                        m,
                        "措施" + p + "-" + m,
                        "正文",
                        measureStart,
                        at,
                        null,
                        List.of(),
                        List.of(),
                        MeasureStatus.IN_PROGRESS,
                        List.of(),
                        figures,
                        null,
                        null,
                        false,
                        List.of()));
            }
            all.add(new DraftProblem("p" + p, p, "问题" + p, "问题正文", problemStart, at, null, null, list));
        }
        List<String> notes = new ArrayList<>();
        for (int n = 0; n < 150; n++) {
            notes.add("文本缺陷 " + n);
        }
        return new Draft("large.txt", 2021, "HANS", null, "任务", List.of(), all, marks, notes);
    }
}
