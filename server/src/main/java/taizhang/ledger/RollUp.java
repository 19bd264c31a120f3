package taizhang.ledger;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 分层建账's roll-up: where a parent measure's sub-measures stand, and whether the parent may be
 * finished while some are still open. A parent is done when its parts are; the office that keeps
 * the parent may still record it done with a written reason (a part dropped, or done another way),
 * and that override is what the audit trail keeps.
 */
public record RollUp(List<Part> parts) {

    /** One sub-measure as the roll-up counts it. */
    public record Part(long measureId, MeasureStatus status) {

        public boolean open() {
            return !status.isFinished();
        }
    }

    /** The office's decision to finish the parent over open sub-measures, with its reason. */
    public record Override(String reason, List<Long> openMeasureIds) {}

    public RollUp {
        parts = List.copyOf(parts);
    }

    public static RollUp none() {
        return new RollUp(List.of());
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    public List<Part> open() {
        return parts.stream().filter(Part::open).toList();
    }

    public int finished() {
        return parts.size() - open().size();
    }

    /** How many sub-measures stand in each status, every status listed. */
    public Map<MeasureStatus, Integer> byStatus() {
        Map<MeasureStatus, Integer> counts = new EnumMap<>(MeasureStatus.class);
        for (MeasureStatus status : MeasureStatus.values()) {
            counts.put(status, 0);
        }
        parts.forEach(p -> counts.merge(p.status(), 1, Integer::sum));
        return counts;
    }

    /**
     * Whether the parent may move to {@code target}: any unfinished status always; a finished one
     * only when every sub-measure is finished, or over open ones with the office's reason, which
     * is then returned to be recorded.
     *
     * @throws IllegalTransitionException when sub-measures are open and no reason is given
     */
    public Optional<Override> permit(MeasureStatus target, String overrideReason) {
        List<Part> open = open();
        if (!target.isFinished() || open.isEmpty()) {
            return Optional.empty();
        }
        if (overrideReason == null || overrideReason.isBlank()) {
            throw new IllegalTransitionException(
                    "还有 " + open.size() + " 项子任务未完成，不能记为“" + target.label() + "”；子任务完成后再报，或由整改办写明理由强制完成");
        }
        return Optional.of(new Override(
                overrideReason.strip(), open.stream().map(Part::measureId).toList()));
    }
}
