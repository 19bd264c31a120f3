package taizhang.security;

import java.util.List;
import taizhang.user.ApiToken;

/**
 * 账户与安全: the password form and the user's API tokens. {@code mustChange}: the password was
 * set by someone else and must be replaced first; {@code message} confirms a password change,
 * {@code error} says why one was refused. {@code localPassword}: false for a user who signs in only
 * through the body's identity system (no password form then); {@code noRole}: such a user the
 * identity system brought in before the administrator granted it a role.
 */
public record AccountPage(
        String username,
        boolean mustChange,
        List<ApiToken> tokens,
        String message,
        String error,
        int minLength,
        boolean localPassword,
        boolean noRole) {}
