package vn.foreignaffairs.registry.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.AccessMatrix.OtherAgency;
import vn.foreignaffairs.registry.support.AgencyRecords;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.EndpointSweepTest;
import vn.foreignaffairs.registry.support.Endpoints.Endpoint;
import vn.foreignaffairs.registry.support.Endpoints;
import vn.foreignaffairs.registry.support.RecordWriteBodies;

/**
 * The officer of another agency, column {@code other agency} of {@code security/access-matrix.csv}:
 * every endpoint that officers may call and whose path names a record (API and pages, found from
 * Spring MVC) is sent a real record of the officer's agency ({@link AgencyRecords}), with a valid
 * body, by {@code officer2} (agency SCT) and by {@code officer} (agency SKHDT). The other agency's
 * officer is refused (403/404), shown nothing of the record and writes nothing; the record's own
 * officer gets past every access check (its writes name a version long gone, so that they are
 * refused as stale and write nothing either).
 */
class CrossAgencyAccessTest extends EndpointSweepTest {

    private static final String OTHER_OFFICER = "officer2";
    private static final String STALE = "\"999\"";


    @Test
    void anOfficerOfAnotherAgencyIsRefusedEveryRecordOfTheOfficersAgencyWhichItsOwnOfficerReaches() {
        AgencyRecords records = AgencyRecords.create(api);
        RecordWriteBodies bodies = new RecordWriteBodies(records);
        Set<Endpoint> readingABody = Endpoints.readingABody(mappings);
        List<Endpoint> checked = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : Endpoints.all(mappings)) {
            OtherAgency rule = matrix.otherAgency(endpoint);
            if (!endpoint.hasVariables() || !matrix.allows(endpoint, "OFFICER") || rule == OtherAgency.NONE) {
                continue;
            }
            String path = records.path(endpoint.pattern(), rule == OtherAgency.OWN);
            softly.assertThat(path).as("%s names a kind of record AgencyRecords does not create", endpoint).isNotNull();
            Object body = endpoint.isPage() && endpoint.isUnsafeMethod() ? "{}" : null;
            if (readingABody.contains(endpoint)) {
                body = bodies.of(endpoint).orElse(null);
                softly.assertThat(body).as("a valid body for %s in RecordWriteBodies", endpoint).isNotNull();
            }
            if (path == null || readingABody.contains(endpoint) && body == null) {
                continue;
            }
            String[] html = endpoint.isPage() ? new String[] {"Accept", "text/html"} : new String[0];
            long before = storedEvents();

            Api.Response other = api.send(OTHER_OFFICER, endpoint.method(), path, body, html);

            String what = endpoint + " on " + path + " as an officer of another agency";
            softly.assertThat(storedEvents()).as("%s wrote: %s", what, other).isEqualTo(before);
            if (rule == OtherAgency.SHARED) {
                softly.assertThat(endpoint.method()).as("only reads are shared: %s", endpoint).isEqualTo("GET");
                softly.assertThat(other.status()).as("%s: %s", what, other).isEqualTo(200);
            } else {
                softly.assertThat(other.status()).as("%s: %s", what, other).isIn(403, 404);
                softly.assertThat(other.raw().body()).as("%s shows the record", what).doesNotContain(records.marker());
            }
            Api.Response own = api.send(AgencyRecords.OFFICER, endpoint.method(), stale(endpoint, path), body,
                    withStaleVersion(html));
            softly.assertThat(own.status()).as("%s by its own officer: %s", endpoint, own).isNotIn(401, 403, 404)
                    .isLessThan(500);
            if (endpoint.method().equals("GET")) {
                softly.assertThat(own.status()).as("%s read by its own officer: %s", endpoint, own).isEqualTo(200);
            }
            checked.add(endpoint);
        }
        softly.assertAll();
        assertThat(checked).extracting(Endpoint::toString).contains("GET /api/v1/delegations/{id}",
                "POST /api/v1/inbound-delegations/{id}/submit", "POST /api/v1/agreements/{id}/sign",
                "PUT /api/v1/conferences/{id}", "POST /api/v1/aid/projects/{id}/receipts",
                "PUT /api/v1/plans/{agency}/{year}", "GET /api/v1/reports/{scope}/{period}",
                "POST /api/v1/links/{linkId}/remove", "GET /app/delegations/{id}", "POST /app/delegations/{id}/submit");
    }

    /** A page's form names the version it was read at in a field; the API in If-Match. */
    private static String stale(Endpoint endpoint, String path) {
        return endpoint.isPage() && endpoint.isUnsafeMethod() ? path + "?version=999" : path;
    }

    private static String[] withStaleVersion(String[] headers) {
        String[] with = java.util.Arrays.copyOf(headers, headers.length + 2);
        with[headers.length] = "If-Match";
        with[headers.length + 1] = STALE;
        return with;
    }
}
