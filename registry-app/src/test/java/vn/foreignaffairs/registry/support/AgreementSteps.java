package vn.foreignaffairs.registry.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.AgreementRequests.PATH;
import static vn.foreignaffairs.registry.support.AgreementRequests.consultation;
import static vn.foreignaffairs.registry.support.AgreementRequests.decision;
import static vn.foreignaffairs.registry.support.AgreementRequests.entryIntoForce;
import static vn.foreignaffairs.registry.support.AgreementRequests.opinion;
import static vn.foreignaffairs.registry.support.AgreementRequests.signing;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Brings an agreement to a given step over the API, checking each step succeeded. Each step is
 * dated a few days after the one before, ending on the day given, which must not be in the future.
 */
public final class AgreementSteps {

    private final Api api;

    public AgreementSteps(Api api) {
        this.api = api;
    }

    public String proposed(String officer, Map<String, Object> proposal) {
        return expect(api.post(officer, PATH, proposal), 201).id();
    }

    /** Proposed, and sent to SNGV for its opinion on {@code requestedOn}. */
    public String underConsultation(String officer, Map<String, Object> proposal, LocalDate requestedOn) {
        String id = proposed(officer, proposal);
        expect(api.post(officer, PATH + "/" + id + "/consultation-requests", consultation(requestedOn, "SNGV")), 200);
        return id;
    }

    /** Consulted, answered by SNGV and approved on {@code approvedOn}. */
    public String approved(String officer, Map<String, Object> proposal, LocalDate approvedOn) {
        String id = underConsultation(officer, proposal, approvedOn.minusDays(5));
        expect(api.post("reviewer", PATH + "/" + id + "/consultations",
                opinion("SNGV", "AGREE", approvedOn.minusDays(2))), 200);
        expect(api.post("leader", PATH + "/" + id + "/approve", decision(uniqueNumber(), approvedOn)), 200);
        return id;
    }

    public String signed(String officer, Map<String, Object> proposal, LocalDate signedOn) {
        String id = approved(officer, proposal, signedOn.minusDays(5));
        expect(api.post(officer, PATH + "/" + id + "/sign", signing(signedOn)), 200);
        return id;
    }

    public String inForce(String officer, Map<String, Object> proposal, LocalDate inForceFrom) {
        String id = signed(officer, proposal, inForceFrom.minusDays(5));
        expect(api.post(officer, PATH + "/" + id + "/enter-into-force", entryIntoForce(inForceFrom)), 200);
        return id;
    }

    public JsonNode read(String id) {
        return expect(api.get("inspector", PATH + "/" + id), 200).body();
    }

    public String statusOf(String id) {
        return read(id).path("status").asText();
    }

    /** A decision number no other step has used. */
    public static String uniqueNumber() {
        return UUID.randomUUID().toString().substring(0, 8) + "/QĐ-UBND";
    }

    public static Api.Response expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
