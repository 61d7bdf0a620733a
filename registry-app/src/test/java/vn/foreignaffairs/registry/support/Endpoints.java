package vn.foreignaffairs.registry.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint the application maps, found from Spring MVC itself so that a new one is never missed. */
public final class Endpoints {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** POSTs that change no record and read no body: asking for the audit ledger to be verified (API and page). */
    public static final Set<String> CHANGE_NOTHING = Set.of("/api/v1/audit/verify", "/app/audit/ledger/verify");
    /** Answered by Spring Security's own filters, so in no handler mapping: the sign-in form's POST and sign-out. */
    public static final List<Endpoint> SECURITY_FILTERS = List.of(new Endpoint("POST", "/login"),
            new Endpoint("POST", "/logout"));
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private Endpoints() {
    }

    public record Endpoint(String method, String pattern) {

        public boolean isWrite() {
            return isUnsafeMethod() && !CHANGE_NOTHING.contains(pattern);
        }

        /** A method a page form must carry its CSRF token for, whether or not it changes a record. */
        public boolean isUnsafeMethod() {
            return WRITES.contains(method);
        }

        public boolean isPage() {
            return !pattern.startsWith("/api/") && !pattern.startsWith("/actuator") && !pattern.startsWith("/v3/")
                    && !pattern.startsWith("/swagger");
        }

        public boolean hasVariables() {
            return VARIABLE.matcher(pattern).find();
        }

        /** The pattern with each path variable replaced by a value of the right form that names nothing. */
        public String path() {
            return path(null);
        }

        /** The pattern with its first path variable replaced by {@code first} (sent as is), or null if it has none. */
        public String pathWithFirstVariable(String first) {
            return VARIABLE.matcher(pattern).find() ? path(first) : null;
        }

        private String path(String first) {
            Matcher variables = VARIABLE.matcher(pattern);
            StringBuilder path = new StringBuilder();
            boolean isFirst = true;
            while (variables.find()) {
                String value = isFirst && first != null ? first : sample(variables.group(1));
                variables.appendReplacement(path, Matcher.quoteReplacement(value));
                isFirst = false;
            }
            variables.appendTail(path);
            // a pattern that takes any rest of the path, as Actuator's health groups: one that exists
            return path.toString().replace("/**", "/liveness");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private static String sample(String variable) {
        return switch (variable) {
            case "year" -> "2099";
            case "date" -> "2099-01-01";
            case "country" -> "ZZ";
            case "agency", "code" -> "NOSUCH";
            case "key" -> "NO_SUCH_POLICY";
            case "type" -> "delegations";
            default -> "no-such-record-0";
        };
    }

    public static List<Endpoint> all(RequestMappingHandlerMapping mappings) {
        return of(mappings);
    }

    /**
     * Every endpoint anyone can call: Spring MVC's, Actuator's (its own handler mapping) and
     * those of the security filters.
     */
    public static List<Endpoint> everything(RequestMappingHandlerMapping mappings,
                                            RequestMappingInfoHandlerMapping actuator) {
        List<Endpoint> endpoints = new ArrayList<>(of(mappings));
        endpoints.addAll(of(actuator));
        endpoints.addAll(SECURITY_FILTERS);
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static List<Endpoint> of(RequestMappingInfoHandlerMapping mappings) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint("GET", pattern));
                }
                for (RequestMethod method : methods) {
                    endpoints.add(new Endpoint(method.name(), pattern));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(Endpoint::method));
        return endpoints;
    }

    /** The endpoints whose controller method reads the request's body. */
    public static Set<Endpoint> readingABody(RequestMappingHandlerMapping mappings) {
        Set<Endpoint> reading = new HashSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean readsBody = Arrays.stream(handler.getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class));
            if (readsBody) {
                for (String pattern : info.getPatternValues()) {
                    info.getMethodsCondition().getMethods()
                            .forEach(method -> reading.add(new Endpoint(method.name(), pattern)));
                }
            }
        });
        return reading;
    }

    public static List<Endpoint> writes(RequestMappingHandlerMapping mappings) {
        return all(mappings).stream().filter(Endpoint::isWrite).toList();
    }
}
