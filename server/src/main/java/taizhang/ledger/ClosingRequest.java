package taizhang.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 销号申请: one run of a measure's closing through its campaign's chain. Each step approves, or
 * returns with a reason, which ends the run; when the last step approves, the measure is closed
 * (on the same evidence rule as a closing without a chain).
 *
 * @param chain the chain as it was when the closing was asked, whatever the campaign's is now
 * @param decisions the steps decided so far, in order
 */
public record ClosingRequest(
        long id,
        long measureId,
        ClosingChain chain,
        Status status,
        List<Decision> decisions,
        String requestedBy,
        Instant requestedAt,
        int version) {

    public enum Status {
        PENDING("审批中"),
        APPROVED("已通过，已销号"),
        RETURNED("已退回");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One step's decision: approved, or returned with the reason. */
    public record Decision(
            int position, ClosingApprover approver, boolean approved, String reason, String by, Instant at) {}

    public ClosingRequest {
        decisions = List.copyOf(decisions);
    }

    /** A new request at the chain's first step. */
    public static ClosingRequest ask(long measureId, ClosingChain chain, String by, Instant at) {
        if (chain.isEmpty()) {
            throw new IllegalTransitionException("本任务没有设置销号审批链，由整改办直接销号");
        }
        return new ClosingRequest(0, measureId, chain, Status.PENDING, List.of(), by, at, 0);
    }

    /** The step waiting for its decision; empty once the request is approved or returned. */
    public Optional<ClosingApprover> current() {
        return status == Status.PENDING ? Optional.of(chain.steps().get(decisions.size())) : Optional.empty();
    }

    /** The current step approves; after the last step the request is approved. */
    public ClosingRequest approve(ClosingApprover as, String by, Instant at) {
        requireCurrent(as);
        List<Decision> next = with(new Decision(decisions.size(), as, true, null, by, at));
        Status status = next.size() == chain.steps().size() ? Status.APPROVED : Status.PENDING;
        return new ClosingRequest(id, measureId, chain, status, next, requestedBy, requestedAt, version);
    }

    /** The current step returns the closing, always with a reason; the run ends there. */
    public ClosingRequest sendBack(ClosingApprover as, String reason, String by, Instant at) {
        requireCurrent(as);
        if (reason == null || reason.isBlank()) {
            throw new IllegalTransitionException("退回销号申请必须写明理由");
        }
        List<Decision> next = with(new Decision(decisions.size(), as, false, reason.strip(), by, at));
        return new ClosingRequest(id, measureId, chain, Status.RETURNED, next, requestedBy, requestedAt, version);
    }

    private void requireCurrent(ClosingApprover as) {
        ClosingApprover waiting =
                current().orElseThrow(() -> new IllegalTransitionException("销号申请" + status.label() + "，不能再审批"));
        if (waiting != as) {
            throw new IllegalTransitionException("销号申请正等待" + waiting.label() + "审批");
        }
    }

    private List<Decision> with(Decision decision) {
        List<Decision> next = new ArrayList<>(decisions);
        next.add(decision);
        return next;
    }
}
