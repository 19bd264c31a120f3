package taizhang.supervision;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import taizhang.assessment.AssessmentSource;

/** Feeds the assessment's 督导发现问题 and 责任追究 from this feature's records ({@link SupervisionCounts}). */
@Configuration
class SupervisionAssessmentSources {

    @Bean
    AssessmentSource supervisionFindings(SupervisionCounts counts) {
        return source("SUPERVISION_FINDINGS", counts::findingsPerUnit);
    }

    @Bean
    AssessmentSource accountabilityActions(SupervisionCounts counts) {
        return source("ACCOUNTABILITY", counts::accountabilityPerUnit);
    }

    private static AssessmentSource source(String rule, BiFunction<Long, Integer, Map<Long, Integer>> counts) {
        return new AssessmentSource() {
            @Override
            public String rule() {
                return rule;
            }

            @Override
            public Map<Long, Double> valuesPerUnit(long campaignId, int year) {
                Map<Long, Double> values = new HashMap<>();
                counts.apply(campaignId, year).forEach((unit, n) -> values.put(unit, n.doubleValue()));
                return values;
            }
        };
    }
}
