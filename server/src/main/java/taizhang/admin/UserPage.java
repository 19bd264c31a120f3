package taizhang.admin;

import java.util.List;
import taizhang.org.Organisation;
import taizhang.shared.Role;
import taizhang.user.ApiToken;

/**
 * One user's page for the administrator: organisation, roles, status, password, tokens. A message
 * belongs to the part acted on ({@code at}): {@code account} or {@code assignment}.
 */
public record UserPage(
        UsersPage.Row user,
        long organisationId,
        List<Organisation> organisations,
        List<Role> roles,
        List<ApiToken> tokens,
        UsersPage.Issued issued,
        String message,
        String error,
        String at) {

    /** The confirmation, when it is of the part {@code part} (null: of no part, shown at the top). */
    public String messageAt(String part) {
        return Outcome.in(part, at, message);
    }

    /** The refusal, when it is of the part {@code part} (null: of no part, shown at the top). */
    public String errorAt(String part) {
        return Outcome.in(part, at, error);
    }

    /** The password just issued, shown once beside the account's controls. */
    public UsersPage.Issued issuedAt(String part) {
        return "account".equals(part) ? issued : null;
    }
}
