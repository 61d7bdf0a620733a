package vn.foreignaffairs.registry.audit.refusal;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Places {@link RefusedWrites} just outside the security filters, so it sees their refusals too,
 * on the API and on the web pages.
 */
@Configuration(proxyBeanMethods = false)
class RefusalConfiguration {

    @Bean
    FilterRegistrationBean<RefusedWrites> refusedWrites(RefusalLog log) {
        FilterRegistrationBean<RefusedWrites> registration = new FilterRegistrationBean<>(new RefusedWrites(log));
        registration.addUrlPatterns("/api/*", "/app/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
