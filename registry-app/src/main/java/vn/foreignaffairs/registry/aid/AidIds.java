package vn.foreignaffairs.registry.aid;

import java.util.regex.Pattern;
import vn.foreignaffairs.registry.api.aid.AidProjectId;
import vn.foreignaffairs.registry.api.aid.DonorId;
import vn.foreignaffairs.registry.web.RecordNotFound;

/** Donor and aid ids from URLs; anything that cannot be an id is simply not found. */
final class AidIds {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private AidIds() {
    }

    static DonorId donor(String raw) {
        return new DonorId(checked(raw));
    }

    static AidProjectId aid(String raw) {
        return new AidProjectId(checked(raw));
    }

    static boolean plausible(String raw) {
        return raw != null && ID.matcher(raw).matches();
    }

    private static String checked(String raw) {
        if (!plausible(raw)) {
            throw new RecordNotFound();
        }
        return raw;
    }
}
