package vn.foreignaffairs.registry.web;

import java.util.regex.Pattern;
import vn.foreignaffairs.registry.api.conference.ConferenceId;
import vn.foreignaffairs.registry.api.agreement.AgreementId;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationId;
import vn.foreignaffairs.registry.api.link.LinkId;

/** Turns ids from URLs into value types; anything that cannot be an id is simply not found. */
public final class RecordIds {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private RecordIds() {
    }

    public static DelegationId delegation(String raw) {
        if (raw == null || !ID.matcher(raw).matches()) {
            throw new RecordNotFound();
        }
        return new DelegationId(raw);
    }

    public static InboundDelegationId inboundDelegation(String raw) {
        if (raw == null || !ID.matcher(raw).matches()) {
            throw new RecordNotFound();
        }
        return new InboundDelegationId(raw);
    }

    public static LinkId link(String raw) {
        if (!looksLikeId(raw)) {
            throw new RecordNotFound();
        }
        return new LinkId(raw);
    }

    /** Whether {@code raw} could be the id of a record (for lookups that answer "not found" rather than throw). */
    public static boolean looksLikeId(String raw) {
        return raw != null && ID.matcher(raw).matches();
    }

    public static ConferenceId conference(String raw) {
        if (raw == null || !ID.matcher(raw).matches()) {
            throw new RecordNotFound();
        }
        return new ConferenceId(raw);
    }

    public static AgreementId agreement(String raw) {
        if (raw == null || !ID.matcher(raw).matches()) {
            throw new RecordNotFound();
        }
        return new AgreementId(raw);
    }
}
