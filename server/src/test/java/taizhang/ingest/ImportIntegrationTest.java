package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import taizhang.extract.ExtractionException;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;

/** The seed report through the import: draft, acceptance, re-import, a later edited report. */
@DatabaseTest
@SpringBootTest
class ImportIntegrationTest {

    @Autowired
    ImportService imports;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    static byte[] seed() throws IOException {
        try (InputStream in = ImportIntegrationTest.class.getResourceAsStream("/demo/seed-report.txt")) {
            return Objects.requireNonNull(in, "seed report missing from the classpath")
                    .readAllBytes();
        }
    }

    @Test
    void seedBecomesADraftWithEveryProblemMeasureAndFigure() throws IOException {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long id = imports.upload(office.user(), uniqueCopy(seed()), "seed.txt", "text/plain", null, "巡视整改", 2021)
                .record()
                .id();
        DraftPage whole =
                imports.page(office.user(), id, 0, DraftPage.MAX_ITEMS).page();
        assertThat(whole.pages()).isEqualTo(1);
        Draft draft = whole.draft();

        assertThat(draft.problems()).hasSize(23);
        assertThat(draft.measureCount()).isEqualTo(82);
        assertThat(draft.problems().get(0).title()).isEqualTo("全面加強和改進民族工作");
        assertThat(draft.readingCount()).isGreaterThan(250);
        List<String> suggested = draft.problems().stream()
                .flatMap(p -> p.measures().stream())
                .flatMap(m -> m.suggestedUnits().stream())
                .map(DraftMeasure.UnitSuggestion::name)
                .distinct()
                .toList();
        assertThat(suggested).contains("自治区党委", "自治区纪委监委");
        assertThat(draft.marks()).anyMatch(m -> m.kind().equals("defect"));
        DraftReading stations = draft.problems().stream()
                .flatMap(p -> p.measures().stream())
                .flatMap(m -> m.readings().stream())
                .filter(r -> r.text().startsWith("5772"))
                .findFirst()
                .orElseThrow();
        assertThat(stations.label()).contains("5G基站");
        assertThat(stations.unit()).isEqualTo("个");
        DraftReading plan = draft.problems().stream()
                .flatMap(p -> p.measures().stream())
                .flatMap(m -> m.readings().stream())
                .filter(r -> r.text().equals("88%"))
                .findFirst()
                .orElseThrow();
        assertThat(plan.target()).isTrue();
        assertThat(plan.label()).isEqualTo("城镇新增就业");
        assertThat(plan.value()).isEqualByComparingTo("200000");
        assertThat(plan.unit()).isEqualTo("人");
    }

    @Test
    void acceptingWritesTheLedgerOnceAndReimportChangesNothing() throws IOException {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        byte[] report = uniqueCopy(seed());
        var upload = imports.upload(office.user(), report, "seed.txt", "text/plain", null, "巡视整改", 2021);
        long eventsBefore = count("select count(*) from audit_event");

        var accepted = imports.accept(
                office.user(), upload.record().id(), upload.record().version());

        assertThat(accepted.newProblems()).isEqualTo(23);
        assertThat(accepted.newMeasures()).isEqualTo(82);
        assertThat(accepted.readings()).isGreaterThan(200);
        assertThat(count("select count(*) from measure where campaign_id = " + accepted.campaignId()))
                .isEqualTo(82);
        assertThat(count("select count(*) from audit_event")).isGreaterThan(eventsBefore + 82);
        long readings = readings(accepted.campaignId());

        var again = imports.upload(office.user(), report, "seed-again.txt", "text/plain", null, "巡视整改", 2021);
        assertThat(again.alreadyImported()).isTrue();
        assertThat(readings(accepted.campaignId())).isEqualTo(readings);
    }

    @Test
    void aLaterReportAddsReadingsToTheMatchedMeasures() throws IOException {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        var first = imports.upload(office.user(), uniqueCopy(seed()), "seed.txt", "text/plain", null, "巡视整改", 2021);
        long campaign = imports.accept(
                        office.user(), first.record().id(), first.record().version())
                .campaignId();
        long readings = readings(campaign);

        String later = new String(seed(), StandardCharsets.UTF_8)
                        .replace("新建5G基站5772個", "新建5G基站6800個,新敷設光纜1200公里")
                        .replace("1—8月", "1—10月")
                + "\n";
        var second = imports.upload(
                office.user(), later.getBytes(StandardCharsets.UTF_8), "later.txt", "text/plain", campaign, null, 2021);
        Draft draft = imports.page(office.user(), second.record().id(), 0, DraftPage.MAX_ITEMS)
                .page()
                .draft();
        assertThat(draft.problems()).allMatch(p -> p.match() != null);

        var accepted = imports.accept(
                office.user(), second.record().id(), second.record().version());
        assertThat(accepted.newProblems()).isZero();
        assertThat(accepted.newMeasures()).isZero();
        assertThat(count("select count(*) from measure where campaign_id = " + campaign))
                .isEqualTo(82);
        assertThat(readings(campaign)).isGreaterThan(readings);
        assertThat(count("""
                select count(*) from indicator_reading r join indicator i on i.id = r.indicator_id
                where i.campaign_id = %d and r.amount = 6800""".formatted(campaign))).isEqualTo(1);
        assertThat(count("""
                select count(*) from indicator_reading r join indicator i on i.id = r.indicator_id
                where i.campaign_id = %d and i.unit = '公里' and r.amount = 1200""".formatted(campaign)))
                .as("the added sentence's figure")
                .isEqualTo(1);
    }

    @Test
    void unreadableInputWritesNothing() {
        Actor office = fixtures.actor("内蒙古自治区", Role.OFFICE);
        long drafts = count("select count(*) from import_draft");
        assertThatThrownBy(() -> imports.upload(office.user(), new byte[0], "empty.txt", null, null, "x", 2021))
                .isInstanceOf(ExtractionException.class);
        assertThatThrownBy(() -> imports.upload(
                        office.user(),
                        "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1),
                        "broken.docx",
                        null,
                        null,
                        "x",
                        2021))
                .isInstanceOf(ExtractionException.class);
        assertThat(count("select count(*) from import_draft")).isEqualTo(drafts);
    }

    /** Each test imports its own copy: identical bytes would be recognised as already imported. */
    private static byte[] uniqueCopy(byte[] report) {
        return (new String(report, StandardCharsets.UTF_8) + "\n" + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
    }

    private long readings(long campaign) {
        return count(
                "select count(*) from indicator_reading r join indicator i on i.id = r.indicator_id where i.campaign_id = "
                        + campaign);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
