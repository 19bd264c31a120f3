package taizhang.assessment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import taizhang.shared.Jdbc;

/** Each campaign's assessment rules and thresholds, where the office changed them from the defaults. */
@Repository
class AssessmentSettingsRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AssessmentSettingsRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    Optional<AssessmentSettings> settings(long campaignId) {
        List<RuleSetting> rules = new ArrayList<>();
        jdbc.sql("select rule, weight, deduction from assessment_rule_setting where campaign_id = :c")
                .param("c", campaignId)
                .query(rs -> {
                    Optional<Rule> rule = Rule.named(rs.getString(1));
                    if (rule.isPresent()) {
                        rules.add(new RuleSetting(rule.get(), rs.getBigDecimal(2), rs.getBigDecimal(3)));
                    }
                });
        return jdbc.sql("select good, fairly_good, fair, version from assessment_settings where campaign_id = :c")
                .param("c", campaignId)
                .query((rs, n) -> new AssessmentSettings(
                        rules,
                        new Thresholds(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3)),
                        rs.getInt(4)))
                .optional();
    }

    /** Stores the settings if the stored ones are still at {@code settings.version()} (0: none stored yet). */
    boolean saveSettings(long campaignId, AssessmentSettings settings, String by, Instant at) {
        Thresholds t = settings.thresholds();
        int changed;
        if (settings.version() == 0) {
            try {
                changed = jdbc.sql("""
                        insert into assessment_settings (campaign_id, good, fairly_good, fair, updated_by, updated_at, version)
                        values (:c, :good, :fairlyGood, :fair, :by, :at, 1)""")
                        .param("c", campaignId)
                        .param("good", t.good())
                        .param("fairlyGood", t.fairlyGood())
                        .param("fair", t.fair())
                        .param("by", by)
                        .param("at", Jdbc.utc(at))
                        .update();
            } catch (DuplicateKeyException e) {
                return false;
            }
        } else {
            changed = jdbc.sql("""
                    update assessment_settings set good = :good, fairly_good = :fairlyGood, fair = :fair,
                           updated_by = :by, updated_at = :at, version = version + 1
                    where campaign_id = :c and version = :version""")
                    .param("c", campaignId)
                    .param("good", t.good())
                    .param("fairlyGood", t.fairlyGood())
                    .param("fair", t.fair())
                    .param("by", by)
                    .param("at", Jdbc.utc(at))
                    .param("version", settings.version())
                    .update();
        }
        if (changed != 1) {
            return false;
        }
        jdbc.sql("delete from assessment_rule_setting where campaign_id = :c")
                .param("c", campaignId)
                .update();
        batch.batchUpdate(
                "insert into assessment_rule_setting (campaign_id, rule, weight, deduction) values (?, ?, ?, ?)",
                settings.rules().stream()
                        .map(r -> new Object[] {campaignId, r.rule().name(), r.weight(), r.deduction()})
                        .toList());
        return true;
    }
}
