package taizhang.admin;

import java.util.List;
import taizhang.org.Organisation;
import taizhang.shared.Role;
import taizhang.user.ApiToken;

/** One user's page for the administrator: organisation, roles, status, password, tokens. */
public record UserPage(
        UsersPage.Row user,
        long organisationId,
        List<Organisation> organisations,
        List<Role> roles,
        List<ApiToken> tokens,
        UsersPage.Issued issued,
        String message,
        String error) {}
