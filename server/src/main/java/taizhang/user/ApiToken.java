package taizhang.user;

import java.time.Instant;

/** A personal API token as its owner (or an administrator) sees it: never its value, which is not kept. */
public record ApiToken(long id, String name, Instant createdAt, Instant expiresAt, Status status) {

    public enum Status {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    static ApiToken of(long id, String name, Instant createdAt, Instant expiresAt, boolean revoked, Instant now) {
        Status status = revoked
                ? Status.REVOKED
                : expiresAt != null && !expiresAt.isAfter(now) ? Status.EXPIRED : Status.ACTIVE;
        return new ApiToken(id, name, createdAt, expiresAt, status);
    }
}
