package taizhang.webhook;

import java.util.List;
import taizhang.org.Organisation;

/**
 * 外部推送, the page of one organisation's webhook: the organisations the user may choose, the
 * settings (null before the first) and the latest deliveries.
 */
public record WebhooksPage(
        List<Organisation> organisations, Organisation chosen, WebhookView hook, List<Delivery> deliveries) {

    public boolean configured() {
        return hook != null;
    }
}
