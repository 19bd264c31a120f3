package taizhang.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import taizhang.ledger.MeasureStatus;

class MeasureThenTest {

    private static final MeasureThen NOW =
            new MeasureThen(1, true, MeasureStatus.DONE, 20L, null, LocalDate.of(2021, 12, 31), "新标题", "正文", 0);

    @Test
    void withNothingChangedSinceTheMeasureStoodAsItStandsNow() {
        assertThat(MeasureThen.rebuild(NOW, List.of())).isEqualTo(NOW);
    }

    @Test
    void eachFieldTakesTheValueBeforeTheFirstChangeThatTouchedIt() {
        Map<String, String> edit = new HashMap<>();
        edit.put("整改时限", "2021-08-31");
        Map<String, String> titleEdit = Map.of("整改措施", "旧标题");
        Map<String, String> leadEdit = Map.of("牵头单位", "乌兰察布市");
        Map<String, String> done = whole("IN_PROGRESS", "30", "2021-12-31", "更旧的标题");

        MeasureThen then = MeasureThen.rebuild(NOW, List.of(edit, titleEdit, leadEdit, done));

        assertThat(then.status()).isEqualTo(MeasureStatus.IN_PROGRESS);
        assertThat(then.deadline()).isEqualTo(LocalDate.of(2021, 8, 31));
        assertThat(then.title()).as("the first change to the title wins").isEqualTo("旧标题");
        assertThat(then.lead()).as("a hand edit names the unit").isNull();
        assertThat(then.leadName()).isEqualTo("乌兰察布市");
        assertThat(then.live()).isTrue();
    }

    @Test
    void aMeasureRestoredSinceWasOutOfTheLedgerAndOneRemovedSinceWasIn() {
        Map<String, String> removed = whole("IN_PROGRESS", "20", "2021-12-31", "新标题");
        removed.put(MeasureThen.REMOVAL, "{\"at\":\"2021-10-01T00:00:00Z\",\"reason\":\"重复\"}");
        assertThat(MeasureThen.rebuild(NOW, List.of(removed)).live()).isFalse();

        MeasureThen removedNow = NOW.withLive(false);
        assertThat(MeasureThen.rebuild(removedNow, List.of(whole("DONE", "20", "2021-12-31", "新标题")))
                        .live())
                .isTrue();
    }

    @Test
    void theOfficialTextIsTheOneBeforeTheOfficesFirstRewriteSince() {
        Map<String, String> rewrite = Map.of("措施正文", "导入的正文");
        Map<String, String> correction = Map.of("改正文字", "保障标注");
        MeasureThen then = MeasureThen.rebuild(NOW, List.of(correction, rewrite, Map.of("措施正文", "更早的正文")));
        assertThat(then.body()).isEqualTo("导入的正文");
        assertThat(then.title()).isEqualTo(NOW.title());
    }

    @Test
    void aDeadlineClearedSinceIsNone() {
        Map<String, String> edit = new HashMap<>();
        edit.put("deadline", null);
        edit.put("status", "NOT_STARTED");
        assertThat(MeasureThen.rebuild(NOW, List.of(edit)).deadline()).isNull();
    }

    private static Map<String, String> whole(String status, String lead, String deadline, String title) {
        Map<String, String> m = new HashMap<>();
        m.put("status", status);
        m.put("leadOrgId", lead);
        m.put("deadline", deadline);
        m.put("title", title);
        m.put("body", "正文");
        m.put("reopened", "0");
        return m;
    }
}
