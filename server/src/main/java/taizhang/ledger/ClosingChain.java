package taizhang.ledger;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import taizhang.shared.InvalidRequestException;

/**
 * 销号审批链: the approvers a campaign's closings go through, in order (for example the lead
 * unit's leader, then the office, then the leading group). An empty chain means closing is the
 * office's single act, as without one.
 */
public record ClosingChain(List<ClosingApprover> steps) {

    public ClosingChain {
        steps = List.copyOf(steps);
        if (new HashSet<>(steps).size() != steps.size()) {
            throw new InvalidRequestException("steps", "审批链中每个审批环节只能出现一次");
        }
    }

    public static ClosingChain none() {
        return new ClosingChain(List.of());
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The chain as stored with a request: the approvers' names joined by commas. */
    public String encoded() {
        return steps.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static ClosingChain decode(String encoded) {
        return encoded == null || encoded.isBlank()
                ? none()
                : new ClosingChain(Arrays.stream(encoded.split(","))
                        .map(ClosingApprover::valueOf)
                        .toList());
    }

    /** The chain as a page shows it: 牵头单位领导 → 整改办 → 领导小组. */
    public String describe() {
        return steps.stream().map(ClosingApprover::label).collect(Collectors.joining(" → "));
    }
}
