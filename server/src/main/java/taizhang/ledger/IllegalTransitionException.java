package taizhang.ledger;

import taizhang.shared.RuleViolationException;

/** A status change the workflow does not allow. */
public class IllegalTransitionException extends RuleViolationException {

    IllegalTransitionException(String message) {
        super(message);
    }
}
