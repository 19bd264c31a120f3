package taizhang.defect;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/** The text defects attached to measures; open ones are those {@code defect_open_view} lists. */
@Repository
class TextDefectRepository {

    private static final String SELECT = """
            select d.id, d.measure_id, d.kind, d.text, d.source, d.found_at, d.checked_at, d.checked_by,
                   case when o.id is null then false else true end as open_now
            from text_defect d left join defect_open_view o on o.id = d.id""";

    /** Measure ids bound per statement: a notice of a large campaign asks about thousands. */
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    TextDefectRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long measureId, String kind, String text, String source, Instant at) {
        jdbc.sql("""
                insert into text_defect (measure_id, kind, text, source, found_at)
                values (:measure, :kind, :text, :source, :at)""")
                .param("measure", measureId)
                .param("kind", kind)
                .param("text", text)
                .param("source", source)
                .param("at", Jdbc.utc(at))
                .update();
    }

    List<TextDefect> ofMeasure(long measureId) {
        return jdbc.sql(SELECT + " where d.measure_id = :m order by d.id")
                .param("m", measureId)
                .query((rs, n) -> row(rs))
                .list();
    }

    Optional<TextDefect> find(long id) {
        return jdbc.sql(SELECT + " where d.id = :id")
                .param("id", id)
                .query((rs, n) -> row(rs))
                .optional();
    }

    boolean check(long id, String by, Instant at) {
        return jdbc.sql(
                                "update text_defect set checked_at = :at, checked_by = :by where id = :id and checked_at is null")
                        .param("at", Jdbc.utc(at))
                        .param("by", by)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** The open defects' words by measure, for these measures. */
    Map<Long, List<String>> openTexts(Collection<Long> measureIds) {
        Map<Long, List<String>> texts = new LinkedHashMap<>();
        if (measureIds.isEmpty()) {
            return texts;
        }
        List<Long> ids = List.copyOf(measureIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            jdbc.sql("select measure_id, text from defect_open_view where measure_id in (:ids) order by id")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(rs -> {
                        texts.computeIfAbsent(rs.getLong("measure_id"), k -> new ArrayList<>())
                                .add(rs.getString("text"));
                    });
        }
        return texts;
    }

    private static TextDefect row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TextDefect(
                rs.getLong("id"),
                rs.getLong("measure_id"),
                rs.getString("kind"),
                rs.getString("text"),
                rs.getString("source"),
                Jdbc.instant(rs, "found_at"),
                Jdbc.instant(rs, "checked_at"),
                rs.getString("checked_by"),
                rs.getBoolean("open_now"));
    }
}
