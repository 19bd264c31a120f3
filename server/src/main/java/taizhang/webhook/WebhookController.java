package taizhang.webhook;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import taizhang.shared.CurrentUser;

/**
 * 外部推送 through the API: an organisation's webhook (its secret shown only by its last four
 * characters), a test push, and the delivery log.
 */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/webhook")
class WebhookController {

    /**
     * The receiver's http(s) URL, the shared secret (16 to 200 characters; leave it out to keep the
     * current one) and whether events are sent (default true).
     */
    record WebhookRequest(String url, String secret, Boolean enabled) {}

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping
    WebhookView get(CurrentUser user, @PathVariable long orgId) {
        return webhooks.get(user, orgId);
    }

    /** Sets the webhook; events are signed with HMAC-SHA256 of the body in {@code X-Taizhang-Signature}. */
    @PutMapping
    WebhookView save(CurrentUser user, @PathVariable long orgId, @RequestBody WebhookRequest r) {
        return webhooks.save(user, orgId, r.url(), r.secret(), r.enabled() == null || r.enabled());
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(CurrentUser user, @PathVariable long orgId) {
        webhooks.delete(user, orgId);
    }

    /** Queues a {@code webhook.test} event; the delivery job sends it within half a minute. */
    @PostMapping("/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Delivery test(CurrentUser user, @PathVariable long orgId) {
        return webhooks.sendTest(user, orgId);
    }

    /** The delivery log, newest first: event, tries, the last status or error, and the next try. */
    @GetMapping("/deliveries")
    List<Delivery> deliveries(
            CurrentUser user,
            @PathVariable long orgId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return webhooks.deliveries(user, orgId, page, size);
    }
}
