package vn.foreignaffairs.registry.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.AidRequestBodies.DONORS;
import static vn.foreignaffairs.registry.support.AidRequestBodies.PROJECTS;
import static vn.foreignaffairs.registry.support.AidRequestBodies.appraisal;
import static vn.foreignaffairs.registry.support.AidRequestBodies.decision;
import static vn.foreignaffairs.registry.support.AidRequestBodies.opinion;
import static vn.foreignaffairs.registry.support.AidRequestBodies.proposal;
import static vn.foreignaffairs.registry.support.AidRequestBodies.receipt;

import java.util.Map;
import java.util.UUID;

/** Brings aid to a given step over the API, checking each step succeeded. */
public final class AidSteps {

    private final Api api;

    public AidSteps(Api api) {
        this.api = api;
    }

    /** A foreign NGO of its own, without a permit, so no other test's data is touched. */
    public String donor() {
        return donor("Tổ chức " + UUID.randomUUID().toString().substring(0, 8), "FOREIGN_NGO", "US");
    }

    public String donor(String name, String kind, String countryCode) {
        return expect(api.post("reviewer", DONORS, AidRequestBodies.donor(name, kind, countryCode, null)), 201).id();
    }

    public Api.Response proposed(Map<String, Object> proposal) {
        return expect(api.post("officer", PROJECTS, proposal), 201);
    }

    public Api.Response proposed() {
        return proposed(proposal(donor()));
    }

    /** Proposed, consulted and appraised favourably on {@code appraisedOn}. */
    public Api.Response appraised(Map<String, Object> proposal, String appraisedOn) {
        String id = proposed(proposal).id();
        expect(api.post("reviewer", PROJECTS + "/" + id + "/consultations", opinion("CA", "AGREE", null)), 200);
        return expect(api.post("reviewer", PROJECTS + "/" + id + "/appraise", appraisal("FAVOURABLE", appraisedOn)),
                200);
    }

    public Api.Response appraised() {
        return appraised(proposal(donor()), "2026-01-28");
    }

    /** Appraised on the day before {@code decisionDate}, approved on it. */
    public Api.Response approved(Map<String, Object> proposal, String appraisedOn, String decisionDate) {
        String id = appraised(proposal, appraisedOn).id();
        return expect(api.post("leader", PROJECTS + "/" + id + "/approve", decision("85/QĐ-UBND", decisionDate)), 200);
    }

    public Api.Response approved() {
        return approved(proposal(donor()), "2026-01-28", "2026-02-05");
    }

    /** Approved on 5 February 2026, its first 40,000 USD received on 2 March. */
    public Api.Response started() {
        String id = approved().id();
        return expect(api.post("officer", PROJECTS + "/" + id + "/receipts",
                receipt("2026-03-02", "40000.00", "USD", "25450")), 200);
    }

    public Api.Response get(String id) {
        return expect(api.get("inspector", PROJECTS + "/" + id), 200);
    }

    public static Api.Response expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
