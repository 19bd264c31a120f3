package taizhang.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Once a key is configured, the secrets stored before it are sealed at the next start, so none stays
 * readable in the database; until then they are read as stored.
 */
@Component
class WebhookSecretSealing {

    private static final Logger log = LoggerFactory.getLogger(WebhookSecretSealing.class);

    private final WebhookRepository hooks;

    WebhookSecretSealing(WebhookRepository hooks) {
        this.hooks = hooks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void sealStoredSecrets() {
        int sealed = hooks.sealPlainSecrets();
        if (sealed > 0) {
            log.info("Webhook secrets sealed with the configured key: {}", sealed);
        }
    }
}
