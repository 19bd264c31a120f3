package taizhang.evidence;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

@Repository
class EvidenceRepository {

    private static final String COLUMNS = """
            id, measure_id, report_id, file_name, media_type, size_bytes, sha256, uploaded_by, uploaded_at""";
    private static final RowMapper<EvidenceFile> ROW = (rs, n) -> new EvidenceFile(
            rs.getLong("id"),
            rs.getLong("measure_id"),
            Jdbc.nullableLong(rs, "report_id"),
            rs.getString("file_name"),
            rs.getString("media_type"),
            rs.getLong("size_bytes"),
            rs.getString("sha256"),
            rs.getString("uploaded_by"),
            Jdbc.instant(rs, "uploaded_at"));

    private final JdbcClient jdbc;
    private final Clock clock;

    EvidenceRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(
            long measureId,
            Long reportId,
            String fileName,
            FileKind kind,
            byte[] content,
            String sha256,
            String uploadedBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into evidence_file (measure_id, report_id, file_name, media_type, size_bytes, sha256, content,
                                           uploaded_by, uploaded_at)
                values (:measure, :report, :name, :type, :size, :sha, :content, :by, :at)""")
                .param("at", Jdbc.utc(clock.instant()))
                .param("measure", measureId)
                .param("report", reportId)
                .param("name", fileName)
                .param("type", kind.mediaType())
                .param("size", (long) content.length)
                .param("sha", sha256)
                .param("content", content)
                .param("by", uploadedBy)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<EvidenceFile> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from evidence_file where id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    byte[] content(long id) {
        return jdbc.sql("select content from evidence_file where id = :id")
                .param("id", id)
                .query(byte[].class)
                .single();
    }

    List<EvidenceFile> forMeasure(long measureId) {
        return jdbc.sql("select " + COLUMNS + " from evidence_file where measure_id = :m order by id")
                .param("m", measureId)
                .query(ROW)
                .list();
    }

    List<EvidenceFile> forMeasures(Collection<Long> measureIds) {
        if (measureIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from evidence_file where measure_id in (:ms) order by measure_id, id")
                .param("ms", measureIds)
                .query(ROW)
                .list();
    }

    long count(long measureId) {
        return jdbc.sql("select count(*) from evidence_file where measure_id = :m")
                .param("m", measureId)
                .query(Long.class)
                .single();
    }
}
