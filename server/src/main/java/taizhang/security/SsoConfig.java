package taizhang.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import taizhang.user.ExternalAccounts;

/** Reads {@code taizhang.sso.*} and builds the configured identity system, if any. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SsoSettings.class)
class SsoConfig {

    @Bean
    SingleSignOn singleSignOn(SsoSettings settings, ExternalAccounts accounts) {
        return new SingleSignOn(settings, accounts);
    }
}
