package vn.foreignaffairs.registry.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers successful sign-ins for a short while, so that HTTP Basic (credentials on every
 * request) does not pay the deliberately slow password hash each time. An entry is keyed by a
 * keyed hash (HMAC-SHA-256, with a key made at start and never stored) of username and
 * password, and holds the stored password hash it was checked against: once the password is
 * changed, the stored hash differs and the entry no longer counts.
 */
public class RecentSignIns {

    private final SignInSettings settings;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public RecentSignIns(SignInSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public boolean confirms(String username, String password, String storedHash) {
        Entry entry = entries.get(digest(username, password));
        return entry != null && entry.storedHash.equals(storedHash) && clock.instant().isBefore(entry.expiresAt);
    }

    public void remember(String username, String password, String storedHash) {
        if (entries.size() >= settings.cacheSize()) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt));
            if (entries.size() >= settings.cacheSize()) {
                entries.clear();
            }
        }
        entries.put(digest(username, password), new Entry(storedHash, clock.instant().plus(settings.cacheTtl())));
    }

    private String digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private record Entry(String storedHash, Instant expiresAt) {
    }
}
