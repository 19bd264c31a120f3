package taizhang.user;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import taizhang.audit.AuditTrail;
import taizhang.shared.CurrentUser;
import taizhang.shared.InvalidRequestException;
import taizhang.shared.NotFoundException;
import taizhang.shared.Sha256;

/**
 * Personal API tokens: issued with an end (the default validity, at most the maximum, and never
 * after the end of the token that asks for a new one), listed and revoked by their owner and by
 * the administrator of the owner's subtree. Only a token's hash is kept.
 */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token just issued: its value is shown this once. */
    public record Issued(long id, String name, String token, Instant expiresAt) {}

    /** A request's signing in by token: the holder, and the token it came with. */
    public record TokenLogin(UserService.Login login, TokenUse token) {}

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final UserAdmin admin;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration defaultValidity;
    private final Duration maxValidity;

    ApiTokens(
            ApiTokenRepository tokens,
            UserRepository users,
            UserAdmin admin,
            AuditTrail audit,
            Clock clock,
            @Value("${taizhang.tokens.default-validity:P90D}") Duration defaultValidity,
            @Value("${taizhang.tokens.max-validity:P365D}") Duration maxValidity) {
        this.tokens = tokens;
        this.users = users;
        this.admin = admin;
        this.audit = audit;
        this.clock = clock;
        this.defaultValidity = defaultValidity.compareTo(maxValidity) > 0 ? maxValidity : defaultValidity;
        this.maxValidity = maxValidity;
    }

    /** The holder of a valid token, if it may still act; one query, as every API request makes it. */
    public Optional<TokenLogin> login(String rawToken) {
        return users.findByToken(sha256(rawToken), clock.instant())
                .map(t -> new TokenLogin(UserService.login(t.credentials()), new TokenUse(t.tokenId(), t.expiresAt())))
                .filter(t -> t.login().enabled());
    }

    /**
     * Issues a token for {@code validDays} days (null: the default). A request made with a token
     * gets one that ends no later than its own.
     */
    @Transactional
    public Issued issue(CurrentUser user, String name, Integer validDays, TokenUse via) {
        long maxDays = maxValidity.toDays();
        if (validDays != null && (validDays < 1 || validDays > maxDays)) {
            throw new InvalidRequestException("validDays", "令牌有效期为 1 到 " + maxDays + " 天");
        }
        Instant expires = clock.instant()
                .plus(validDays == null ? defaultValidity : Duration.ofDays(validDays))
                .truncatedTo(ChronoUnit.SECONDS);
        if (via != null && via.expiresAt() != null && via.expiresAt().isBefore(expires)) {
            expires = via.expiresAt();
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String raw = "tz_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = tokens.insert(user.id(), name, sha256(raw), expires);
        audit.record(user.username(), "token.issue", "api_token", id, null, Map.of("name", name, "expiresAt", expires));
        return new Issued(id, name, raw, expires);
    }

    public List<ApiToken> mine(CurrentUser user) {
        return tokens.ofUser(user.id(), clock.instant());
    }

    @Transactional
    public void revoke(CurrentUser user, long tokenId) {
        revoke(user, user.id(), tokenId);
    }

    /** The tokens of a user of the administrator's subtree. */
    public List<ApiToken> ofUser(CurrentUser administrator, long userId) {
        admin.managed(administrator, userId);
        return tokens.ofUser(userId, clock.instant());
    }

    @Transactional
    public void revokeOfUser(CurrentUser administrator, long userId, long tokenId) {
        admin.managed(administrator, userId);
        revoke(administrator, userId, tokenId);
    }

    private void revoke(CurrentUser actor, long ownerId, long tokenId) {
        ApiToken token =
                tokens.find(ownerId, tokenId, clock.instant()).orElseThrow(() -> NotFoundException.of("令牌", tokenId));
        if (token.status() != ApiToken.Status.REVOKED) {
            tokens.revoke(ownerId, tokenId);
            audit.record(actor.username(), "token.revoke", "api_token", tokenId, token, null);
        }
    }

    private static String sha256(String value) {
        return Sha256.hex(value.getBytes(StandardCharsets.UTF_8));
    }
}
