package vn.foreignaffairs.registry.api.aid;

import java.time.Instant;
import java.util.List;

/**
 * A donor as the read model holds it: {@code permit} is the registration or permit in force
 * (the latest recorded), {@code permits} every one recorded, oldest first. {@code version}
 * counts the donor's events.
 */
public record DonorView(
        String id,
        String name,
        DonorKind kind,
        String countryCode,
        DonorPermit permit,
        List<DonorPermit> permits,
        long version,
        String registeredBy,
        Instant registeredAt,
        Instant updatedAt) {
}
