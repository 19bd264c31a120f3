package taizhang.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import taizhang.indicator.Indicator;
import taizhang.report.ChangeRepository.CycleReading;
import taizhang.report.LedgerChanges.FigureChange;
import taizhang.shared.Cycle;

/**
 * The figures of a later cycle against those that stood at the end of an earlier one: per
 * indicator, its last reading for the later cycle beside its latest reading for any period
 * that ends by the earlier cycle's end. A figure with nothing before it is new; one equal to
 * what stood before is no change.
 */
final class ChangeFigures {

    private ChangeFigures() {}

    /** {@code readings} are all the readings of the indicators that have one for {@code to}, in report order. */
    static List<FigureChange> betweenCycles(List<CycleReading> readings, Cycle from, Cycle to) {
        Map<Long, List<CycleReading>> byIndicator = new LinkedHashMap<>();
        readings.forEach(r -> byIndicator
                .computeIfAbsent(r.indicatorId(), k -> new ArrayList<>())
                .add(r));
        List<FigureChange> changes = new ArrayList<>();
        byIndicator.values().forEach(list -> change(list, from, to).ifPresent(changes::add));
        return changes;
    }

    private static Optional<FigureChange> change(List<CycleReading> readings, Cycle from, Cycle to) {
        Optional<CycleReading> after =
                latest(readings.stream().filter(r -> r.period().equals(to.label())));
        Optional<CycleReading> before = latest(readings.stream()
                .filter(r -> Cycle.tryParse(r.period())
                        .map(c -> !c.last().isAfter(from.last()))
                        .orElse(false)));
        if (after.isEmpty()
                || before.isPresent()
                        && before.get().value().compareTo(after.get().value()) == 0) {
            return Optional.empty();
        }
        CycleReading now = after.get();
        CycleReading then = before.orElse(null);
        return Optional.of(new FigureChange(
                now.measureId(),
                now.problemNumber(),
                now.measureTitle(),
                now.indicator(),
                now.unit(),
                now.period(),
                then == null ? null : then.period(),
                then == null ? null : then.value(),
                now.value(),
                now.at()));
    }

    /** The latest of these readings, as {@link Indicator#latest} decides for any indicator. */
    private static Optional<CycleReading> latest(Stream<CycleReading> readings) {
        Map<Long, CycleReading> byId = readings.collect(Collectors.toMap(CycleReading::id, r -> r));
        return Indicator.latest(
                        byId.values().stream().map(CycleReading::reading).toList())
                .map(r -> byId.get(r.id()));
    }
}
