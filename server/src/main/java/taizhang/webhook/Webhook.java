package taizhang.webhook;

import java.time.Instant;

/**
 * An organisation's webhook as stored, secret included: never handed out, see {@link WebhookView}.
 * The secret is null when it is sealed and this node cannot open it (see {@link SecretSeal}).
 */
record Webhook(long orgId, String url, String secret, boolean enabled, String updatedBy, Instant updatedAt) {}
