package taizhang.org;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/** The aliases of organisations (别名). */
@Repository
class OrgAliasRepository {

    private final JdbcClient jdbc;

    OrgAliasRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<String> of(long organisationId) {
        return jdbc.sql("select alias from organisation_alias where organisation_id = :org order by id")
                .param("org", organisationId)
                .query(String.class)
                .list();
    }

    /** The organisation the alias names, if any. */
    Optional<Long> owner(String alias) {
        return jdbc.sql("select organisation_id from organisation_alias where alias = :alias")
                .param("alias", alias)
                .query(Long.class)
                .optional();
    }

    void insert(long organisationId, String alias, String by, Instant at) {
        jdbc.sql("""
                insert into organisation_alias (organisation_id, alias, created_by, created_at)
                values (:org, :alias, :by, :at)""")
                .param("org", organisationId)
                .param("alias", alias)
                .param("by", by)
                .param("at", Jdbc.utc(at))
                .update();
    }

    boolean delete(long organisationId, String alias) {
        return jdbc.sql("delete from organisation_alias where organisation_id = :org and alias = :alias")
                        .param("org", organisationId)
                        .param("alias", alias)
                        .update()
                == 1;
    }

    /** Every alias by organisation. */
    Map<Long, List<String>> all() {
        Map<Long, List<String>> all = new LinkedHashMap<>();
        jdbc.sql("select organisation_id, alias from organisation_alias order by id")
                .query(rs -> {
                    all.computeIfAbsent(rs.getLong("organisation_id"), k -> new java.util.ArrayList<>())
                            .add(rs.getString("alias"));
                });
        return all;
    }
}
