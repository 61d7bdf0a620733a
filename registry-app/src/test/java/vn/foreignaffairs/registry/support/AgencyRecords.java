package vn.foreignaffairs.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.foreignaffairs.registry.api.common.ProvinceTime;

/**
 * Real records of one agency (the demo officer's, {@value #AGENCY}), at least one of every kind
 * that has endpoints of its own, so that a request of an officer of another agency names a
 * record that exists. Each record's text carries {@link #marker()}, so that an answer that leaks
 * the record is seen. A kind with drafts has one draft (what only its agency sees) and one
 * record past it (what every agency's staff read).
 */
public final class AgencyRecords {

    public static final String AGENCY = "SKHDT";
    public static final String OFFICER = "officer";
    /** A year whose plan and implementation plan exist for {@value #AGENCY}. */
    public static final String YEAR = "2027";
    /** The annual report of a year no other test reports on for this agency. */
    public static final String REPORT_PERIOD = "2023";

    private final String marker = "Hồ sơ riêng của " + AGENCY + " " + UUID.randomUUID();
    private final String delegationDraft;
    private final String delegationApproved;
    private final String inboundDraft;
    private final String inboundSubmitted;
    private final String agreement;
    private final String conferenceDraft;
    private final String conferenceApplied;
    private final String aid;
    private final String link;
    private final String agreementInForce;
    private final String implementationYear = String.valueOf(ProvinceTime.today().getYear() + 1);

    private AgencyRecords(Api api) {
        delegationDraft = created(api.post(OFFICER, "/api/v1/delegations",
                DelegationRequests.newDelegation("title", marker)));
        String approved = created(api.post(OFFICER, "/api/v1/delegations", DelegationRequests.newDelegation()));
        expect(api.post(OFFICER, "/api/v1/delegations/" + approved + "/submit", null), 200);
        expect(api.post("leader", "/api/v1/delegations/" + approved + "/approve", DelegationRequests.decision()), 200);
        delegationApproved = approved;
        inboundDraft = created(api.post(OFFICER, InboundDelegationRequests.PATH,
                InboundDelegationRequests.newInboundDelegation("title", marker)));
        inboundSubmitted = new InboundSteps(api).submitted(OFFICER).id();
        agreement = new AgreementSteps(api).proposed(OFFICER, AgreementRequests.proposal("title", marker));
        ConferenceSteps conferences = new ConferenceSteps(api);
        conferenceDraft = conferences.draft(OFFICER, ConferenceRequests.newConference("title", marker)).id();
        conferenceApplied = conferences.applied(OFFICER).id();
        AidSteps aidSteps = new AidSteps(api);
        aid = aidSteps.proposed(AidRequestBodies.proposal(aidSteps.donor(), "title", marker)).id();
        Map<String, Object> linkBody = new java.util.LinkedHashMap<>(LinkRequests.link(
                LinkRequests.end("OUTBOUND_DELEGATION", delegationDraft), "PREPARES",
                LinkRequests.end("INBOUND_DELEGATION", inboundDraft)));
        linkBody.put("note", marker);
        link = created(api.post(OFFICER, LinkRequests.PATH, linkBody));
        agreementInForce = new AgreementSteps(api).inForce(OFFICER, AgreementRequests.proposal(),
                ProvinceTime.today().minusDays(1));
        Api.Response plan = api.put(OFFICER, "/api/v1/agreements/implementation-plans/" + AGENCY + "/"
                + implementationYear, implementationPlan());
        assertThat(plan.status()).as(plan.toString()).isIn(200, 201);
    }

    /** The agency's plan for carrying out its agreement in force, next year. */
    public Map<String, Object> implementationPlan() {
        return Map.of("activities", List.of(Map.of("agreementId", agreementInForce, "activity", marker,
                "timeframe", "Quý II/" + implementationYear, "leadUnit", "Phòng Hợp tác quốc tế")));
    }

    /** Creates the records through the API, as the agency's officer would. */
    public static AgencyRecords create(Api api) {
        return new AgencyRecords(api);
    }

    /** Text in every record that carries text, and in no other record. */
    public String marker() {
        return marker;
    }

    /**
     * {@code pattern} with its variables naming this agency's records: {@code draft} picks, where
     * the kind has drafts, the draft (seen by its agency alone), else the record past its draft.
     * Null when the pattern names no record of an agency.
     */
    public String path(String pattern, boolean draft) {
        String path = pattern
                .replace("/delegations/{id}", "/delegations/" + (draft ? delegationDraft : delegationApproved))
                .replace("/inbound-delegations/{id}", "/inbound-delegations/" + (draft ? inboundDraft : inboundSubmitted))
                .replace("/agreements/{id}", "/agreements/" + agreement)
                .replace("/conferences/{id}", "/conferences/" + (draft ? conferenceDraft : conferenceApplied))
                .replace("/aid/projects/{id}", "/aid/projects/" + aid)
                .replace("/aid/{id}", "/aid/" + aid)
                .replace("/links/{linkId}", "/links/" + link)
                .replace("/{agency}/{year}", "/" + AGENCY + "/" + YEAR)
                .replace("/{signingBody}/{year}", "/" + AGENCY + "/" + implementationYear)
                .replace("/{scope}/{period}", "/" + AGENCY + "/" + REPORT_PERIOD);
        return path.contains("{") ? null : path;
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.id();
    }

    private static void expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
    }
}
