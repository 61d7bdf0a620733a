package vn.foreignaffairs.registry.support;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.foreignaffairs.registry.api.common.ProvinceTime;

/**
 * A valid JSON body for each write of the API on one record that an officer may send, so that a
 * refusal of an officer of another agency is seen to come from the agency, not from the body.
 * An endpoint that reads a body and is not here fails {@code CrossAgencyAccessTest} until it is.
 */
public final class RecordWriteBodies {

    private static final Map<String, Object> PLAN_ITEM = Map.of("itemId", "R-CROSS", "direction", "OUTBOUND",
            "countryCode", "JP", "purpose", "Xúc tiến đầu tư", "plannedQuarter", 2, "size", 5,
            "estimatedCostVnd", 200_000_000L);

    private final Map<String, Object> bodies = new HashMap<>();

    public RecordWriteBodies(AgencyRecords records) {
        LocalDate today = ProvinceTime.today();
        String day = today.toString();
        Map<String, Object> reason = Map.of("reason", "Thay đổi kế hoạch");
        put("PUT /api/v1/delegations/{id}", DelegationRequests.newDelegation());
        put("POST /api/v1/delegations/{id}/cancel", reason);
        put("POST /api/v1/delegations/{id}/depart", TripRequests.departure(day));
        put("POST /api/v1/delegations/{id}/return", TripRequests.returning(day));
        put("POST /api/v1/delegations/{id}/report", TripRequests.report());
        put("POST /api/v1/delegations/{id}/passports/handout", TripRequests.handout(TripRequests.HEAD, "C1234567", day));
        put("POST /api/v1/delegations/{id}/passports/handback", TripRequests.handback(TripRequests.HEAD, day));
        put("PUT /api/v1/inbound-delegations/{id}", InboundDelegationRequests.newInboundDelegation());
        put("POST /api/v1/inbound-delegations/{id}/cancel", reason);
        put("POST /api/v1/inbound-delegations/{id}/report", InboundDelegationRequests.report("Đạt mục tiêu"));
        put("POST /api/v1/inbound-delegations/{id}/visit-held", InboundDelegationRequests.visitHeld());
        put("POST /api/v1/agreements/{id}/consultation-requests", AgreementRequests.consultation(today, "SNGV"));
        put("POST /api/v1/agreements/{id}/sign", AgreementRequests.signing(today));
        put("POST /api/v1/agreements/{id}/report-to-government", AgreementRequests.signingReport("1/BC", today));
        put("POST /api/v1/agreements/{id}/enter-into-force", AgreementRequests.entryIntoForce(today));
        put("POST /api/v1/agreements/{id}/implementation-reports", AgreementRequests.implementationReport("Quý I", today));
        put("PUT /api/v1/agreements/implementation-plans/{signingBody}/{year}", records.implementationPlan());
        put("POST /api/v1/aid/projects/{id}/receipts", AidRequestBodies.receipt(day, "1000.00", "USD", "25400"));
        put("POST /api/v1/aid/projects/{id}/disbursements",
                AidRequestBodies.disbursement(day, "1000.00", "USD", "25400"));
        put("POST /api/v1/aid/projects/{id}/monitoring-visits", AidRequestBodies.visit(day));
        put("POST /api/v1/aid/projects/{id}/completion-report", AidRequestBodies.completion(day));
        put("PUT /api/v1/conferences/{id}", ConferenceRequests.newConference());
        put("POST /api/v1/conferences/{id}/submit", ConferenceRequests.application("SNGV"));
        put("POST /api/v1/conferences/{id}/cancel", reason);
        put("POST /api/v1/conferences/{id}/held", ConferenceRequests.held(today, today, 100, 20));
        put("POST /api/v1/conferences/{id}/report", ConferenceRequests.report("Đạt mục tiêu"));
        put("DELETE /api/v1/links/{linkId}", reason);
        put("POST /api/v1/links/{linkId}/remove", reason);
        put("PUT /api/v1/plans/{agency}/{year}", Map.of("items", List.of(PLAN_ITEM)));
        put("POST /api/v1/plans/{agency}/{year}/amendments", Map.of("addedItems", List.of(PLAN_ITEM), "reason",
                "Bổ sung đoàn"));
    }

    private void put(String endpoint, Map<String, Object> body) {
        bodies.put(endpoint, body);
    }

    /** The body for {@code endpoint} ("METHOD pattern"), if one is known. */
    public Optional<Object> of(Endpoints.Endpoint endpoint) {
        return Optional.ofNullable(bodies.get(endpoint.toString()));
    }
}
