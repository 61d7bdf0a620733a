package vn.foreignaffairs.registry.audit.page;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.agency.AgencyController;
import vn.foreignaffairs.registry.agreement.AgreementController;
import vn.foreignaffairs.registry.aid.AidProjectController;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.aid.DonorController;
import vn.foreignaffairs.registry.audit.history.AsOf;
import vn.foreignaffairs.registry.conference.ConferenceController;
import vn.foreignaffairs.registry.delegation.DelegationController;
import vn.foreignaffairs.registry.inbound.InboundDelegationController;
import vn.foreignaffairs.registry.link.LinkController;
import vn.foreignaffairs.registry.plan.PlanController;
import vn.foreignaffairs.registry.web.RecordNotFound;

/**
 * A record as it stood at an instant, asked of the record's own API GET with {@code asOf}: the
 * answer is exactly what {@code GET /api/v1/...?asOf=} gives, rebuilt by {@code PastStates}.
 * Record types whose GET takes no {@code asOf} have no past state to show.
 */
@Component
public class PastRecords {

    private final Map<String, BiFunction<String, AsOf, ResponseEntity<?>>> gets = new LinkedHashMap<>();

    public PastRecords(DelegationController delegations, InboundDelegationController inbound, PlanController plans,
                       AgreementController agreements, ConferenceController conferences,
                       AidProjectController aidProjects, DonorController donors, AgencyController agencies,
                       LinkController links) {
        gets.put("delegation", delegations::get);
        gets.put("inbound-delegation", inbound::get);
        gets.put("annual-plan", (id, asOf) -> plans.get(agencyOf(id), yearOf(id), asOf));
        gets.put("agreement", agreements::get);
        gets.put("conference", conferences::get);
        gets.put("aid-project", aidProjects::get);
        gets.put("donor", donors::get);
        gets.put("agency", agencies::get);
        gets.put("link", links::get);
    }

    public boolean shows(String recordType) {
        return gets.containsKey(recordType);
    }

    /**
     * The API's answer for the record at {@code asOf}; empty when the record did not exist then
     * (the GET answers 404).
     *
     * @throws IllegalArgumentException for a record type with no past states ({@link #shows})
     */
    public Optional<Object> at(String recordType, String id, AsOf asOf) {
        BiFunction<String, AsOf, ResponseEntity<?>> get = gets.get(recordType);
        if (get == null) {
            throw new IllegalArgumentException("No past states of " + recordType);
        }
        try {
            return Optional.ofNullable(get.apply(id, asOf).getBody());
        } catch (RecordNotFound notThen) {
            return Optional.empty();
        } catch (RuleViolation refused) {
            if (refused.code().kind() == RefusalCode.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw refused;
        }
    }

    /** An annual plan's id is {@code AGENCY:YEAR}. */
    private static String agencyOf(String planId) {
        int colon = planId.lastIndexOf(':');
        if (colon <= 0) {
            throw new RecordNotFound();
        }
        return planId.substring(0, colon);
    }

    private static int yearOf(String planId) {
        try {
            return Integer.parseInt(planId.substring(planId.lastIndexOf(':') + 1));
        } catch (NumberFormatException notAYear) {
            throw new RecordNotFound();
        }
    }
}
