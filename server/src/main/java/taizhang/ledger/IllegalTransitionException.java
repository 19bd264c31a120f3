package taizhang.ledger;

import taizhang.shared.RuleViolationException;

/** A status change the workflow does not allow. */
public class IllegalTransitionException extends RuleViolationException {

    IllegalTransitionException(String message) {
        super(message);
    }

    static IllegalTransitionException of(MeasureStatus from, MeasureStatus to) {
        return new IllegalTransitionException("不能从“" + from.label() + "”改为“" + to.label() + "”");
    }
}
