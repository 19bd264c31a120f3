package taizhang.ingest;

import java.math.BigDecimal;

/**
 * A figure read from a measure's text, proposed as an indicator reading: {@code 新建5G基站} 5772 个
 * for period 2021-08. A target ({@code 全年计划新增新能源装机1000万千瓦}) sets the indicator's target
 * instead of adding a reading.
 *
 * @param label the phrase that says what was counted, in Simplified; the indicator's name
 * @param period the reporting period it belongs to ({@code 2021-08} or {@code 2021})
 */
public record DraftReading(
        String key,
        String label,
        BigDecimal value,
        String unit,
        String qualifier,
        String period,
        boolean target,
        int start,
        int end,
        String text) {

    DraftReading corrected(String newLabel, BigDecimal newValue, String newUnit, String newPeriod) {
        return new DraftReading(key, newLabel, newValue, newUnit, qualifier, newPeriod, target, start, end, text);
    }
}
