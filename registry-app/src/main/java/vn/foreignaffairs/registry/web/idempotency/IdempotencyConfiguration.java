package vn.foreignaffairs.registry.web.idempotency;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.foreignaffairs.registry.web.input.InputConfiguration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencySettings.class)
class IdempotencyConfiguration {

    /** After the input screen, so that only a well-formed request claims a key, and it hashes the body read there. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys, IdempotencySettings settings,
                                                                ObjectMapper json) {
        FilterRegistrationBean<IdempotencyFilter> registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(keys, settings, json));
        registration.setOrder(InputConfiguration.SCREEN_ORDER + 10);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
