package vn.foreignaffairs.registry.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Locale;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.info.InfoEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import vn.foreignaffairs.registry.web.page.PagePaths;

/**
 * Every endpoint but health, info and the sign-in page needs a signed-in user; the metrics an
 * administrator or an inspector. The JSON API uses
 * HTTP Basic and no session; the web pages a sign-in form and a session; which role may call what is declared on each controller method, and checked
 * before the request's body is read (docs/security.md).
 */
@Configuration
@EnableMethodSecurity
@EnableConfigurationProperties(SignInSettings.class)
public class SecurityConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RoleCheckBeforeBinding());
    }

    /**
     * The web pages: a sign-in form and a session (which expires, see application.yml), CSRF
     * tokens in every form, sign-out by POST. HTTP Basic is accepted too, so that tools and tests
     * reach a page as they reach the API; the CSRF rule is the API's.
     */
    @Bean
    @Order(1)
    SecurityFilterChain pageSecurity(HttpSecurity http, SecurityRefusals refusals, RegistrySignIn signIn)
            throws Exception {
        http
                .securityMatcher(PagePaths.ALL)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PagePaths.PUBLIC).permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(signIn))
                .formLogin(form -> form
                        .loginPage(PagePaths.SIGN_IN)
                        .defaultSuccessUrl(PagePaths.HOME, true)
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                request.getContextPath() + PagePaths.SIGN_IN
                                        + (failure instanceof SignInLocked ? "?locked" : "?error")))
                        .permitAll())
                .httpBasic(basic -> basic.realmName("registry"))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl(PagePaths.SIGN_IN + "?signedOut"))
                .exceptionHandling(errors -> errors.accessDeniedHandler(refusals::forbidden))
                // unlike the API, a page write without credentials needs the token too: the sign-in
                // form itself, so that another site cannot sign a browser in under its own account
                .csrf(csrf -> csrf.ignoringRequestMatchers(request ->
                        request.getHeader(HttpHeaders.AUTHORIZATION) != null && isApiClientRequest(request)))
                .headers(SecurityConfiguration::secureHeaders);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiSecurity(HttpSecurity http, SecurityRefusals refusals, RegistrySignIn signIn)
            throws Exception {
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class, InfoEndpoint.class)).permitAll()
                        // metrics tell how busy each agency is and where requests fail: for those
                        // who run and inspect the registry (Prometheus signs in as an administrator)
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasAnyRole(METRICS_READERS)
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .authenticationManager(new ProviderManager(signIn))
                .httpBasic(basic -> basic
                        .realmName("registry")
                        .authenticationEntryPoint(refusals::unauthenticated))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(refusals::unauthenticated)
                        .accessDeniedHandler(refusals::forbidden))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // a browser form must carry the CSRF token of its page; API clients need none
                .csrf(csrf -> csrf
                        .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .ignoringRequestMatchers(SecurityConfiguration::isApiClientRequest))
                .headers(SecurityConfiguration::secureHeaders);
        return http.build();
    }

    /** Who may read /actuator beyond health and info: the metrics and the list of endpoints. */
    static final String[] METRICS_READERS = {"ADMIN", "INSPECTOR"};

    private static void secureHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frames -> frames.deny())
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    /** Swagger UI needs its own scripts and inline styles; nothing else is loaded from anywhere. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * A request that cannot be forged by another site, so it needs no CSRF token: one with no
     * credentials at all (no Authorization, no session; refused anyway), or one whose credentials
     * are in the Authorization header and whose body no plain HTML form can send. A cross-site form
     * can only send form-encoded, multipart or text/plain bodies, and a browser may attach cached
     * Basic credentials to it; a browser's own cross-site request says so in Sec-Fetch-Site.
     */
    static boolean isApiClientRequest(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
            return request.getRequestedSessionId() == null;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        String type = request.getContentType();
        if (type == null) {
            return true;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return !(lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                || lower.startsWith("multipart/") || lower.startsWith(MediaType.TEXT_PLAIN_VALUE));
    }

    @Bean
    RegistrySignIn registrySignIn(UserDirectory users, PasswordEncoder passwords, SignInSettings settings) {
        return new RegistrySignIn(users, passwords, new SignInThrottle(settings, Clock.systemUTC()),
                new RecentSignIns(settings, Clock.systemUTC()));
    }

    /** BCrypt by default, with the algorithm recorded beside each hash so it can be raised later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
