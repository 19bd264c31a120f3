package taizhang.webhook;

import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link ReachableAddress} that saving a webhook and sending to it both ask, and the
 * {@link SecretSeal} its secrets are stored with.
 */
@Configuration
class WebhookConfig {

    @Bean
    ReachableAddress reachableAddress(
            @Value("${taizhang.webhooks.allow-private-addresses:false}") boolean allowPrivate,
            @Value("${taizhang.webhooks.allowed-hosts:}") String allowedHosts) {
        return new ReachableAddress(allowPrivate, Arrays.asList(allowedHosts.split(",")));
    }

    @Bean
    SecretSeal secretSeal(
            @Value("${taizhang.webhooks.secret-key:}") String key,
            @Value("${taizhang.webhooks.secret-key-file:}") String keyFile) {
        return SecretSeal.configured(key, keyFile);
    }
}
