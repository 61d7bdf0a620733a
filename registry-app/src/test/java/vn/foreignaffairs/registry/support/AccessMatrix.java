package vn.foreignaffairs.registry.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code security/access-matrix.csv}: which roles may call each endpoint. */
public final class AccessMatrix {

    public static final String PUBLIC = "public";
    public static final String ANY = "any";

    private final Map<Endpoints.Endpoint, Set<String>> allowed;

    private AccessMatrix(Map<Endpoints.Endpoint, Set<String>> allowed) {
        this.allowed = allowed;
    }

    public static AccessMatrix load() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream("/security/access-matrix.csv")) {
            Map<Endpoints.Endpoint, Set<String>> rows = new LinkedHashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("method,"))
                    .forEach(line -> {
                        String[] cells = line.split(",", -1);
                        rows.put(new Endpoints.Endpoint(cells[0].strip(), cells[1].strip()),
                                Arrays.stream(cells[2].strip().split("\\s+")).collect(Collectors.toSet()));
                    });
            return new AccessMatrix(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Set<Endpoints.Endpoint> endpoints() {
        return allowed.keySet();
    }

    public boolean lists(Endpoints.Endpoint endpoint) {
        return allowed.containsKey(endpoint);
    }

    /** Whether a user of {@code role} (null: not signed in) may call {@code endpoint}. */
    public boolean allows(Endpoints.Endpoint endpoint, String role) {
        Set<String> roles = allowed.get(endpoint);
        if (roles.contains(PUBLIC)) {
            return true;
        }
        return role != null && (roles.contains(ANY) || roles.contains(role));
    }

    /** A role that may call {@code endpoint}, to send it requests that get past the role check. */
    public String someAllowedRole(Endpoints.Endpoint endpoint) {
        Set<String> roles = allowed.get(endpoint);
        if (roles.contains(PUBLIC) || roles.contains(ANY)) {
            return "OFFICER";
        }
        return roles.stream().sorted().findFirst().orElseThrow();
    }
}
