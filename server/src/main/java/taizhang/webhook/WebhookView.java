package taizhang.webhook;

import java.time.Instant;

/**
 * An organisation's webhook as the pages and the API show it: the secret only by its last four
 * characters ({@code secretHint}).
 */
public record WebhookView(
        long orgId,
        String orgName,
        String url,
        String secretHint,
        boolean enabled,
        String updatedBy,
        Instant updatedAt) {

    static WebhookView of(Webhook hook, String orgName) {
        return new WebhookView(
                hook.orgId(),
                orgName,
                hook.url(),
                WebhookSecret.hint(hook.secret()),
                hook.enabled(),
                hook.updatedBy(),
                hook.updatedAt());
    }
}
