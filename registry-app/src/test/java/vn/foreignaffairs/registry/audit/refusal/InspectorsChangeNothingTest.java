package vn.foreignaffairs.registry.audit.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.foreignaffairs.registry.support.Endpoints;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * Inspectors read everything and change nothing: every POST, PUT, PATCH and DELETE the API maps
 * declares who may call it, and no such declaration admits an inspector.
 */
class InspectorsChangeNothingTest extends RegistryIntegrationTest {

    private static final Set<RequestMethod> WRITES =
            Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void noWriteAdmitsAnInspector() {
        Authentication inspector = new UsernamePasswordAuthenticationToken("inspector", null,
                List.of(new SimpleGrantedAuthority("ROLE_INSPECTOR")));
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        List<String> writes = new ArrayList<>();
        List<String> undeclared = new ArrayList<>();
        List<String> admitting = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = mapping.getKey();
            if (info.getMethodsCondition().getMethods().stream().noneMatch(WRITES::contains)
                    || info.getPatternValues().stream().anyMatch(Endpoints.CHANGE_NOTHING::contains)) {
                continue;
            }
            String name = info.getMethodsCondition().getMethods() + " " + info.getPatternValues();
            writes.add(name);
            Method method = mapping.getValue().getMethod();
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), PreAuthorize.class);
            }
            if (rule == null) {
                undeclared.add(name);
                continue;
            }
            EvaluationContext context = expressions.createEvaluationContext(() -> inspector,
                    new SimpleMethodInvocation(new Object(), method));
            if (ExpressionUtils.evaluateAsBoolean(expressions.getExpressionParser().parseExpression(rule.value()),
                    context)) {
                admitting.add(name + " " + rule.value());
            }
        }
        assertThat(writes).as("write endpoints found").hasSizeGreaterThan(40);
        assertThat(undeclared).as("writes without @PreAuthorize").isEmpty();
        assertThat(admitting).as("writes an inspector may call").isEmpty();
    }

    @Test
    void aWriteIsRefusedToAnInspectorOverHttpToo() {
        assertThat(api.put("inspector", "/api/v1/plans/SKHDT/2031", Map.of("items", List.of())).status())
                .isEqualTo(403);
        assertThat(api.send("inspector", "DELETE", "/api/v1/calendars/VN/holidays/2031-01-01",
                Map.of("reason", "thử")).status()).isEqualTo(403);
    }
}
