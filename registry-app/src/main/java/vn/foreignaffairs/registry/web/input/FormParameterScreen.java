package vn.foreignaffairs.registry.web.input;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Screens the parameters of every write (a page's form fields, and the query string of any
 * write) with the rules JSON bodies obey ({@link InputRules}), before the controller binds them.
 * Runs after the role check ({@code RoleCheckBeforeBinding}), so that a caller whose role may
 * not write there learns nothing about the input. A refusal is a {@link RefusedInput}: problem
 * details for the API, a page for a browser.
 */
class FormParameterScreen implements HandlerInterceptor {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final InputLimits limits;

    FormParameterScreen(InputLimits limits) {
        this.limits = limits;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (WRITES.contains(request.getMethod())) {
            RefusedInput refusal = refusalOf(request);
            if (refusal != null) {
                throw refusal;
            }
        }
        return true;
    }

    private RefusedInput refusalOf(HttpServletRequest request) {
        InputRules rules = new InputRules(limits);
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (RequestRejectedException firewall) { // Spring Security's: a name with a control character
            rules.refuseUnreadableName();
            return rules.refusal();
        }
        parameters.forEach((name, values) -> {
            rules.checkParameterName(name);
            for (String value : values) {
                rules.checkText(name, value);
            }
        });
        return rules.refusal();
    }
}
