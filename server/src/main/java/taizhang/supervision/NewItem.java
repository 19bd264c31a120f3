package taizhang.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A supervision item as recorded: the unit, how and when it was checked, its findings and the
 * measures it concerns; {@code createMeasure}, {@code deadline} and {@code problemId} send the
 * finding back at once as a new measure, {@code returnMeasureId} as a 退回 of one of the unit's measures.
 */
public record NewItem(
        long campaignId,
        long unitId,
        SupervisionMethod method,
        LocalDate checkedOn,
        String findings,
        List<Long> measureIds,
        boolean createMeasure,
        LocalDate deadline,
        Long problemId,
        Long returnMeasureId) {

    public NewItem {
        measureIds = measureIds == null ? List.of() : List.copyOf(measureIds);
    }
}
