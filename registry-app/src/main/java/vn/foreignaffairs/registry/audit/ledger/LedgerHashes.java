package vn.foreignaffairs.registry.audit.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** {@code hash_n = SHA-256(hash_(n-1) as 32 raw bytes || canonical bytes of event n)}, written as lower-case hex. */
public final class LedgerHashes {

    private static final HexFormat HEX = HexFormat.of();

    private LedgerHashes() {
    }

    public static String next(String previousHash, CanonicalEvent event) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(HEX.parseHex(previousHash));
            sha256.update(event.bytes());
            return HEX.formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** True for 64 hexadecimal digits, the form of every hash of the chain. */
    public static boolean isHash(String value) {
        return value != null && value.length() == 64 && value.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }
}
