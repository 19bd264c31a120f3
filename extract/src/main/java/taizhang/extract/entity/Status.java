package taizhang.extract.entity;

/** The progress a measure's wording suggests; the office confirms it on import. */
public enum Status {
    NOT_STARTED("not-started"),
    IN_PROGRESS("in-progress"),
    SUBSTANTIALLY_DONE("substantially-done"),
    DONE("done");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    /** The name used in JSON. */
    public String code() {
        return code;
    }
}
