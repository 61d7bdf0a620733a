package vn.foreignaffairs.registry.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hostile input: the body screen as a servlet filter, the same rules for form and query
 * parameters of writes ({@link FormParameterScreen}), and a strict JSON reader for request bodies. The strictness applies to the HTTP converter only, never to the application's
 * {@link ObjectMapper} bean, which also reads stored events (they must stay lenient so that an
 * event's shape can evolve).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InputLimits.class)
public class InputConfiguration implements WebMvcConfigurer {

    /** After Spring Security (order -100), before the idempotency filter. */
    public static final int SCREEN_ORDER = 0;

    /** After the role check (order 0), so that a refused role learns nothing about its input. */
    static final int PARAMETER_SCREEN_ORDER = 1;

    private final ObjectMapper json;
    private final InputLimits limits;

    public InputConfiguration(ObjectMapper json, InputLimits limits) {
        this.json = json;
        this.limits = limits;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new FormParameterScreen(limits)).order(PARAMETER_SCREEN_ORDER);
    }

    @Bean
    FilterRegistrationBean<InputScreenFilter> inputScreenFilter() {
        FilterRegistrationBean<InputScreenFilter> registration =
                new FilterRegistrationBean<>(new InputScreenFilter(json, limits));
        registration.setOrder(SCREEN_ORDER);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Tomcat's own refusals (before the application) as problem details, not an HTML page. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        ObjectMapper strict = strict(json);
        converters.stream()
                .filter(MappingJackson2HttpMessageConverter.class::isInstance)
                .map(MappingJackson2HttpMessageConverter.class::cast)
                .forEach(converter -> converter.setObjectMapper(strict));
    }

    /**
     * Unknown fields, numbers for text, text for whole numbers or yes/no, a single value for a
     * list, trailing content and duplicated fields are refused. Decimals may come as text
     * ({@code "120000.00"}), so that amounts keep their exact digits. An optional number left
     * out keeps its default, as before.
     */
    static ObjectMapper strict(ObjectMapper base) {
        ObjectMapper strict = base.copy();
        strict.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        strict.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        strict.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        strict.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Enum)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return strict;
    }
}
