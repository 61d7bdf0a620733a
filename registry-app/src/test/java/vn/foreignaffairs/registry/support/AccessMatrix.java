package vn.foreignaffairs.registry.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code security/access-matrix.csv}: which roles may call each endpoint. */
public final class AccessMatrix {

    public static final String PUBLIC = "public";
    public static final String ANY = "any";

    /**
     * What an officer of another agency may do with an agency's record through an endpoint that
     * names one (column {@code other agency}; {@link #OWN} when left empty, the strict default).
     */
    public enum OtherAgency {
        /** Only the record's agency: another agency's officer is refused (403/404) and shown nothing. */
        OWN,
        /** Staff of every agency read it once past its draft (an approved trip, an agreement, a plan). */
        SHARED,
        /** The path names no record of an agency (a donor, a country's calendar, an agency itself). */
        NONE
    }

    private final Map<Endpoints.Endpoint, Set<String>> allowed;
    private final Map<Endpoints.Endpoint, OtherAgency> otherAgency;

    private AccessMatrix(Map<Endpoints.Endpoint, Set<String>> allowed, Map<Endpoints.Endpoint, OtherAgency> otherAgency) {
        this.allowed = allowed;
        this.otherAgency = otherAgency;
    }

    public static AccessMatrix load() {
        try (InputStream in = AccessMatrix.class.getResourceAsStream("/security/access-matrix.csv")) {
            Map<Endpoints.Endpoint, Set<String>> rows = new LinkedHashMap<>();
            Map<Endpoints.Endpoint, OtherAgency> others = new LinkedHashMap<>();
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("method,"))
                    .forEach(line -> {
                        String[] cells = line.split(",", -1);
                        Endpoints.Endpoint endpoint = new Endpoints.Endpoint(cells[0].strip(), cells[1].strip());
                        rows.put(endpoint, Arrays.stream(cells[2].strip().split("\\s+")).collect(Collectors.toSet()));
                        String other = cells.length > 3 ? cells[3].strip() : "";
                        others.put(endpoint, other.isEmpty() ? OtherAgency.OWN
                                : OtherAgency.valueOf(other.toUpperCase(Locale.ROOT)));
                    });
            return new AccessMatrix(rows, others);
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

    public OtherAgency otherAgency(Endpoints.Endpoint endpoint) {
        return otherAgency.get(endpoint);
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
