package taizhang.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft's items and marks as rows ({@link DraftItem}): each item at its place in draft order,
 * so that a page reads the window it shows and an edit rewrites one problem's rows.
 */
@Repository
class DraftRows {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    DraftRows(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Writes the items at the places {@code from}, {@code from + 1}…; the places must be free. */
    void insert(long importId, int from, List<DraftItem> items) {
        List<Object[]> rows = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            DraftItem item = items.get(i);
            rows.add(new Object[] {
                importId,
                from + i,
                String.valueOf(item.kind()),
                item.key(),
                item.problemKey(),
                item.measureKey(),
                json.writeValueAsString(item.value()),
                item instanceof DraftItem.MeasureItem m
                        && !m.measure().unconfirmedUnits().isEmpty()
            });
        }
        for (int i = 0; i < rows.size(); i += BATCH) {
            batch.batchUpdate("""
                    insert into import_draft_item
                        (import_id, item, kind, item_key, problem_key, measure_key, body, unconfirmed)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""", rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
    }

    void insertMarks(long importId, List<Draft.Mark> marks) {
        List<Object[]> rows = marks.stream()
                .map(m -> new Object[] {importId, m.start(), m.end(), m.kind(), m.note()})
                .toList();
        for (int i = 0; i < rows.size(); i += BATCH) {
            batch.batchUpdate(
                    "insert into import_draft_mark (import_id, start_at, end_at, kind, note) values (?, ?, ?, ?, ?)",
                    rows.subList(i, Math.min(rows.size(), i + BATCH)));
        }
    }

    /** The items at places {@code [from, to)}, in order. */
    List<DraftItem> window(long importId, long from, long to) {
        return jdbc.sql("""
                select kind, problem_key, measure_key, body from import_draft_item
                where import_id = :id and item >= :from and item < :to order by item""")
                .param("id", importId)
                .param("from", from)
                .param("to", to)
                .query(this::item)
                .list();
    }

    /** The problem, and the measure, that {@code first} belongs to, when it is no problem itself. */
    List<DraftItem> parents(long importId, DraftItem first) {
        if (first instanceof DraftItem.ProblemItem) {
            return List.of();
        }
        String measure = first instanceof DraftItem.ReadingItem r ? r.measureKey() : null;
        return jdbc.sql("""
                select kind, problem_key, measure_key, body from import_draft_item
                where import_id = :id and item_key in (:problem, :measure) order by item""")
                .param("id", importId)
                .param("problem", first.problemKey())
                .param("measure", measure == null ? first.problemKey() : measure)
                .query(this::item)
                .list();
    }

    /** The highlights inside {@code [from, to)}, at most {@code limit} of them from the start. */
    List<Draft.Mark> marks(long importId, int from, int to, int limit) {
        return jdbc.sql("""
                select kind, start_at, end_at, note from import_draft_mark
                where import_id = :id and start_at between :from and :to and end_at <= :to
                order by start_at limit :limit""")
                .param("id", importId)
                .param("from", from)
                .param("to", to)
                .param("limit", limit)
                .query((rs, n) -> new Draft.Mark(
                        rs.getString("kind"), rs.getInt("start_at"), rs.getInt("end_at"), rs.getString("note")))
                .list();
    }

    /** The place of the problem, measure or reading with this key. */
    Optional<Integer> position(long importId, String key) {
        return jdbc.sql("select item from import_draft_item where import_id = :id and item_key = :key")
                .param("id", importId)
                .param("key", key)
                .query(Integer.class)
                .optional();
    }

    /** The problem that holds the problem or measure with this key. */
    Optional<String> problemOf(long importId, String key) {
        return jdbc.sql("""
                select problem_key from import_draft_item
                where import_id = :id and item_key = :key and kind in ('P', 'M')""")
                .param("id", importId)
                .param("key", key)
                .query(String.class)
                .optional();
    }

    /** How many measures have a unit still marked 建议（未确认）. */
    int unconfirmedMeasures(long importId) {
        return jdbc.sql("select count(*) from import_draft_item where import_id = :id and unconfirmed")
                .param("id", importId)
                .query(Integer.class)
                .single();
    }

    /** Every problem's key, in draft order. */
    List<String> problemKeys(long importId) {
        return jdbc.sql("select item_key from import_draft_item where import_id = :id and kind = 'P' order by item")
                .param("id", importId)
                .query(String.class)
                .list();
    }

    /** A problem's items: the problem, its measures and their readings, in order. */
    List<DraftItem> problem(long importId, String problemKey) {
        return jdbc.sql("""
                select kind, problem_key, measure_key, body from import_draft_item
                where import_id = :id and problem_key = :problem order by item""")
                .param("id", importId)
                .param("problem", problemKey)
                .query(this::item)
                .list();
    }

    /** Where a problem's items begin. */
    int firstOf(long importId, String problemKey) {
        return jdbc.sql(
                        "select item from import_draft_item where import_id = :id and item_key = :problem and kind = 'P'")
                .param("id", importId)
                .param("problem", problemKey)
                .query(Integer.class)
                .single();
    }

    /** Removes a problem's items; returns how many. */
    int delete(long importId, String problemKey) {
        return jdbc.sql("delete from import_draft_item where import_id = :id and problem_key = :problem")
                .param("id", importId)
                .param("problem", problemKey)
                .update();
    }

    /**
     * Moves the items from place {@code from} on by {@code by} places. Through negative places, so that
     * no two rows share a place at any step (the databases check the key row by row).
     */
    void shift(long importId, int from, int by) {
        if (by == 0) {
            return;
        }
        jdbc.sql("update import_draft_item set item = -(item + :by) where import_id = :id and item >= :from")
                .param("by", by)
                .param("id", importId)
                .param("from", from)
                .update();
        jdbc.sql("update import_draft_item set item = -item where import_id = :id and item < 0")
                .param("id", importId)
                .update();
    }

    /** The highest number in the keys of one kind ({@code p7}, {@code m12}), read key by key. */
    int maxKey(long importId, char kind) {
        int[] max = {0};
        jdbc.sql("select item_key from import_draft_item where import_id = :id and kind = :kind")
                .param("id", importId)
                .param("kind", String.valueOf(kind))
                .query(rs -> {
                    max[0] = Math.max(max[0], DraftEditor.keyNumber(rs.getString(1)));
                });
        return max[0];
    }

    private DraftItem item(ResultSet rs, int row) throws SQLException {
        String body = rs.getString("body");
        return switch (rs.getString("kind")) {
            case "P" -> new DraftItem.ProblemItem(json.readValue(body, DraftProblem.class));
            case "M" ->
                new DraftItem.MeasureItem(rs.getString("problem_key"), json.readValue(body, DraftMeasure.class));
            default ->
                new DraftItem.ReadingItem(
                        rs.getString("problem_key"),
                        rs.getString("measure_key"),
                        json.readValue(body, DraftReading.class));
        };
    }
}
