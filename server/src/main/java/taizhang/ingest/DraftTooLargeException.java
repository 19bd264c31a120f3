package taizhang.ingest;

import taizhang.shared.RuleViolationException;

/** A draft past {@link DraftLimits}: too large to review, to be split into several documents. */
public class DraftTooLargeException extends RuleViolationException {

    DraftTooLargeException(String message) {
        super(message);
    }
}
