package vn.foreignaffairs.registry.support;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.ConferenceRequests.PATH;
import static vn.foreignaffairs.registry.support.ConferenceRequests.application;
import static vn.foreignaffairs.registry.support.ConferenceRequests.newConference;
import static vn.foreignaffairs.registry.support.ConferenceRequests.opinion;
import static vn.foreignaffairs.registry.support.ConferenceRequests.permit;
import static vn.foreignaffairs.registry.support.ConferenceRequests.report;
import static vn.foreignaffairs.registry.support.ConferenceRequests.startingIn;

import java.time.LocalDate;
import java.util.Map;

/**
 * Brings a conference to a given step over the API, checking each step succeeded. Applications
 * consult SNGV and CA, who both agree.
 */
public final class ConferenceSteps {

    public static final String[] CONSULTED = {"SNGV", "CA"};

    /** How many days ago a conference brought to {@link #held} started; it ended the next day. */
    public static final int HELD_DAYS_AGO = 20;

    private final Api api;

    public ConferenceSteps(Api api) {
        this.api = api;
    }

    public Api.Response draft(String officer) {
        return draft(officer, newConference());
    }

    public Api.Response draft(String officer, Map<String, Object> body) {
        return expect(api.post(officer, PATH, body), 201);
    }

    /** Filed today for a conference {@link ConferenceRequests#DAYS_AHEAD} days ahead: in time. */
    public Api.Response applied(String officer) {
        return applied(officer, newConference());
    }

    public Api.Response applied(String officer, Map<String, Object> body) {
        String id = draft(officer, body).id();
        return expect(api.post(officer, PATH + "/" + id + "/submit", application(CONSULTED)), 200);
    }

    public Api.Response answered(String officer) {
        return answered(officer, newConference());
    }

    public Api.Response answered(String officer, Map<String, Object> body) {
        String id = applied(officer, body).id();
        Api.Response last = null;
        for (String agency : CONSULTED) {
            last = expect(api.post("reviewer", PATH + "/" + id + "/consultations", opinion(agency, "AGREE", null)), 200);
        }
        return last;
    }

    public Api.Response permitted(String officer) {
        String id = answered(officer).id();
        return expect(api.post("leader", PATH + "/" + id + "/permit", permit()), 200);
    }

    /**
     * A conference that started {@link #HELD_DAYS_AGO} days ago and ended the next day, applied for
     * late and permitted with an override, recorded as held: its report falls due 15 days after it ended.
     */
    public Api.Response held(String officer) {
        String id = answered(officer, startingIn(-HELD_DAYS_AGO)).id();
        expect(api.post("leader", PATH + "/" + id + "/permit", permit("Hồ sơ bổ sung sau khi đã tổ chức")), 200);
        LocalDate start = ConferenceRequests.today().minusDays(HELD_DAYS_AGO);
        return expect(api.post(officer, PATH + "/" + id + "/held",
                ConferenceRequests.held(start, start.plusDays(1), 110, 25)), 200);
    }

    public Api.Response reported(String officer) {
        String id = held(officer).id();
        return expect(api.post(officer, PATH + "/" + id + "/report", report("Ký 3 biên bản ghi nhớ đầu tư.")), 200);
    }

    public String statusOf(String id) {
        return api.get("leader", PATH + "/" + id).body().path("status").asText();
    }

    private static Api.Response expect(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
