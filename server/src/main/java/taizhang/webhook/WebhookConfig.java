package taizhang.webhook;

import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one {@link ReachableAddress} that saving a webhook and sending to it both ask. */
@Configuration
class WebhookConfig {

    @Bean
    ReachableAddress reachableAddress(
            @Value("${taizhang.webhooks.allow-private-addresses:false}") boolean allowPrivate,
            @Value("${taizhang.webhooks.allowed-hosts:}") String allowedHosts) {
        return new ReachableAddress(allowPrivate, Arrays.asList(allowedHosts.split(",")));
    }
}
