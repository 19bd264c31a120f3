package taizhang.assessment;

import java.util.Map;

/**
 * A feature that feeds one count rule of the assessment from its own records (督导发现问题 from
 * supervision items, 责任追究 from the accountability register). Every bean of this type is asked
 * when a year is computed; a rule no source answers counts 0 for every unit, said in its detail.
 */
public interface AssessmentSource {

    /** The {@link Rule} fed, by name: {@code SUPERVISION_FINDINGS} or {@code ACCOUNTABILITY}. */
    String rule();

    /** Per organisation id, the occurrences in the campaign within the year; units absent count 0. */
    Map<Long, Double> valuesPerUnit(long campaignId, int year);
}
