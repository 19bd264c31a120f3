package taizhang.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import taizhang.ledger.MeasureType;
import taizhang.shared.Role;
import taizhang.support.DatabaseTest;
import taizhang.support.Fixtures;
import taizhang.support.Fixtures.Actor;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft is stored item by item: a page reads its own rows whatever the draft's size, an edit
 * gives what the same edit gives on the draft held whole, acceptance goes through the draft a
 * chunk at a time, and a draft stored whole by an earlier version is cut into rows on first reading.
 */
@DatabaseTest
@SpringBootTest
class DraftRowsIntegrationTest {

    @Autowired
    ImportService imports;

    @Autowired
    ImportRepository records;

    @Autowired
    DraftStore store;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    DataSource dataSource;

    private Actor office;

    @BeforeEach
    void office() {
        office = fixtures.actor("内蒙古自治区", Role.OFFICE);
    }

    @Test
    void aPageOfADraftAtTheLimitsReadsOnlyThatPagesRows() {
        // 2,000 problems, 10,000 measures and 50,000 figures: as large as DraftLimits lets a draft be.
        Draft draft = GeneratedDrafts.of(2_000, 5, 5);
        DraftLimits.DEFAULT.check(draft);
        long id = stored(draft);
        ImportRecord record = records.find(id).orElseThrow();
        long storedRows = count("select count(*) from import_draft_item where import_id = " + id)
                + count("select count(*) from import_draft_mark where import_id = " + id);
        long storedChars = count("select sum(char_length(body)) from import_draft_item where import_id = " + id);
        assertThat(storedRows).isEqualTo(62_000 + 50_000);

        RowCounter counter = new RowCounter(dataSource);
        DraftStore counted = new DraftStore(
                records, new DraftRows(JdbcClient.create(counter), new JdbcTemplate(counter), json), json);
        int pages = DraftPage.of(draft, 0, DraftPage.PAGE_ITEMS).pages();
        for (int page : List.of(0, 77, pages - 1)) {
            counter.reset();
            DraftPage shown = counted.page(record, page, DraftPage.PAGE_ITEMS);
            // The page's items, the problem and measure its first item continues, and its marks.
            assertThat(counter.rows())
                    .as("rows read for page " + page)
                    .isLessThanOrEqualTo(2L * DraftPage.PAGE_ITEMS + 2);
            assertThat(counter.chars()).as("text read for page " + page).isLessThan(storedChars / 100);
            DraftPage whole = DraftPage.of(draft, page, DraftPage.PAGE_ITEMS);
            assertThat(shown.draft().problems()).isEqualTo(whole.draft().problems());
            assertThat(shown.draft().marks()).isEqualTo(whole.draft().marks());
            assertThat(shown.sourceFrom()).isEqualTo(whole.sourceFrom());
            assertThat(shown.sourceTo()).isEqualTo(whole.sourceTo());
            assertThat(shown.draft().notes()).hasSize(DraftPage.MAX_NOTES);
        }
        counter.reset();
        assertThat(counted.pageOf(id, "r1500-3-4", DraftPage.PAGE_ITEMS))
                .isEqualTo(DraftPage.pageOf(draft, "r1500-3-4", DraftPage.PAGE_ITEMS));
        assertThat(counter.rows()).isEqualTo(1);
    }

    @Test
    void eachEditGivesWhatItGivesOnTheDraftHeldWhole() {
        ImportService.Upload upload =
                imports.upload(office.user(), LargeReport.of(6, 3, 2), "edits.txt", "text/plain", null, "编辑", 2021);
        long id = upload.record().id();
        Draft whole =
                imports.page(office.user(), id, 0, DraftPage.MAX_ITEMS).page().draft();
        List<DraftEdit> edits = List.of(
                edit(DraftEdit.Op.SPLIT, "m5", e -> e.at = 4),
                edit(DraftEdit.Op.MERGE_WITH_NEXT, "m7", e -> {}),
                edit(DraftEdit.Op.ADD_PROBLEM, "p2", e -> e.title = "补充的问题"),
                edit(DraftEdit.Op.ADD_MEASURE, "p7", e -> e.title = "补充的措施"),
                edit(DraftEdit.Op.DROP, "p4", e -> {}),
                edit(DraftEdit.Op.DROP, "m2", e -> {}),
                edit(DraftEdit.Op.DROP_READING, "m9", e -> e.readingKey = firstReading(whole, "m9")),
                edit(DraftEdit.Op.SET_DUTY, "*", e -> e.type = MeasureType.CONTINUING),
                edit(DraftEdit.Op.SET_DUTY, "p3", e -> e.leader = "王副主席"),
                edit(DraftEdit.Op.EDIT_MEASURE, "m19", e -> e.title = "改过的标题"));
        int version = upload.record().version();
        Draft expected = whole;
        for (DraftEdit edit : edits) {
            expected = DraftEditor.apply(expected, edit);
            version = imports.edit(office.user(), id, version, List.of(edit)).version();
            Draft stored = imports.page(office.user(), id, 0, DraftPage.MAX_ITEMS)
                    .page()
                    .draft();
            assertThat(stored.problems()).as(edit.op() + " " + edit.key()).isEqualTo(expected.problems());
        }
        ImportRecord record = records.find(id).orElseThrow();
        assertThat(record.size()).isEqualTo(DraftSize.of(expected.problems()));
        assertThat(count("select count(*) from import_draft_item where import_id = " + id))
                .isEqualTo(record.size().items());
    }

    @Test
    void acceptanceWritesADraftLongerThanAChunkWithFiguresRunningAcrossChunks() {
        // Two measures of 1,100 figures each: 4,406 items, read 2,000 at a time.
        ImportService.Upload upload = imports.upload(
                office.user(), LargeReport.of(2, 2, 1_100), "chunks.txt", "text/plain", null, "分块写入", 2021);
        assertThat(upload.record().size().items()).isGreaterThan(2L * DraftAcceptance.CHUNK);

        ImportService.Accepted accepted = imports.accept(
                office.user(), upload.record().id(), upload.record().version());

        assertThat(accepted.newProblems()).isEqualTo(2);
        assertThat(accepted.newMeasures()).isEqualTo(4);
        assertThat(accepted.progressReports()).isEqualTo(4);
        assertThat(accepted.readings()).isEqualTo(4_400);
        List<Long> perMeasure = jdbc.sql("""
                        select count(*) from indicator_reading r join indicator i on i.id = r.indicator_id
                        where i.campaign_id = :campaign group by i.measure_id order by i.measure_id""")
                .param("campaign", accepted.campaignId())
                .query(Long.class)
                .list();
        assertThat(perMeasure).containsExactly(1_100L, 1_100L, 1_100L, 1_100L);
    }

    @Test
    void aDraftStoredWholeIsCutIntoRowsOnFirstReading() {
        Draft draft = GeneratedDrafts.of(5, 3, 40);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into import_draft (owner_org_id, file_name, sha256, status, source_text, draft_json, created_by)
                        values (:owner, 'old.txt', :sha, 'DRAFT', :text, :draft, 'office')""")
                .param("owner", fixtures.org("内蒙古自治区").id())
                .param("sha", Long.toHexString(System.nanoTime()))
                .param("text", "字".repeat(sourceLength(draft)))
                .param("draft", json.writeValueAsString(draft))
                .update(keys, "id");
        long id = keys.getKey().longValue();

        DraftPage second = imports.page(office.user(), id, 1, 100).page();

        DraftPage whole = DraftPage.of(draft, 1, 100);
        assertThat(second.draft().problems()).isEqualTo(whole.draft().problems());
        assertThat(second.draft().marks()).isEqualTo(whole.draft().marks());
        assertThat(second.pages()).isEqualTo(whole.pages());
        assertThat(count("select count(*) from import_draft where draft_json is not null and id = " + id))
                .isZero();
        assertThat(records.find(id).orElseThrow().size()).isEqualTo(DraftSize.of(draft.problems()));
    }

    private long stored(Draft draft) {
        return store.create(
                null,
                fixtures.org("内蒙古自治区").id(),
                "limits.txt",
                Long.toHexString(System.nanoTime()),
                "字".repeat(sourceLength(draft)),
                draft,
                "office");
    }

    private static int sourceLength(Draft draft) {
        return draft.problems().get(draft.problems().size() - 1).end() + 10;
    }

    private static String firstReading(Draft draft, String measureKey) {
        return draft.problems().stream()
                .flatMap(p -> p.measures().stream())
                .filter(m -> m.key().equals(measureKey))
                .findFirst()
                .orElseThrow()
                .readings()
                .get(0)
                .key();
    }

    /** The fields of an edit a test sets. */
    private static final class Fields {
        String title;
        String readingKey;
        Integer at;
        String leader;
        MeasureType type;
    }

    private static DraftEdit edit(DraftEdit.Op op, String key, Consumer<Fields> set) {
        Fields f = new Fields();
        set.accept(f);
        return new DraftEdit(
                op,
                key,
                f.title,
                null,
                null,
                null,
                null,
                f.readingKey,
                f.at,
                null,
                (BigDecimal) null,
                null,
                null,
                f.leader,
                null,
                f.type,
                null);
    }

    private long count(String sql) {
        Long n = jdbc.sql(sql).query(Long.class).single();
        return n == null ? 0 : n;
    }
}
