package taizhang.user;

/** The identity system vouched for the user, but Taizhang does not let it in (unknown, disabled, no organisation). */
public class ExternalSignInRefused extends RuntimeException {

    private final String reason;

    ExternalSignInRefused(String reason) {
        super("sign-in refused: " + reason);
        this.reason = reason;
    }

    /** UNKNOWN_USER, DISABLED, BAD_NAME or NO_ORGANISATION, as the audit trail writes it. */
    public String reason() {
        return reason;
    }
}
