package taizhang.extract;

/**
 * The only exception the extraction library lets escape: the input could not be read as a
 * report. The message is for a person ("this PDF has no text layer; it is a scan"), the kind
 * is for code (the server maps it to a problem-details error).
 */
public final class ExtractionException extends RuntimeException {

    public enum Kind {
        EMPTY,
        TOO_LARGE,
        UNSUPPORTED_TYPE,
        UNREADABLE_ENCODING,
        MALFORMED,
        NO_TEXT_LAYER,
        ENCRYPTED,
        TOO_COMPLEX,
        TIMEOUT,
        /** Every reading slot is taken, some by reads past their deadline: try again later (HTTP 503). */
        BUSY
    }

    private final Kind kind;

    public ExtractionException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ExtractionException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
