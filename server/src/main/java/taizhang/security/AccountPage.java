package taizhang.security;

import java.util.List;
import taizhang.user.ApiToken;

/**
 * 账户与安全: the password form and the user's API tokens. {@code mustChange}: the password was
 * set by someone else and must be replaced first; {@code message} confirms the last action,
 * {@code error} says why it was refused.
 */
public record AccountPage(
        String username, boolean mustChange, List<ApiToken> tokens, String message, String error, int minLength) {}
