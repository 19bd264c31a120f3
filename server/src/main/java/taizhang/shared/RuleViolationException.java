package taizhang.shared;

/** A domain rule refused the request (an illegal status change, closing without a report…). */
public class RuleViolationException extends RuntimeException {

    public RuleViolationException(String message) {
        super(message);
    }
}
