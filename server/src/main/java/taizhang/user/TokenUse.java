package taizhang.user;

import java.time.Instant;

/**
 * The token that authenticated this request, kept as a request attribute by the security filter:
 * a token it creates may not outlive it, and only such a request may skip the CSRF check.
 */
public record TokenUse(long tokenId, Instant expiresAt) {

    public static final String ATTRIBUTE = "taizhang.user.TokenUse";
}
