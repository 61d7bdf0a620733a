package vn.foreignaffairs.registry.api;

import com.mongodb.client.MongoDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.OffPlanRace;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** Fifty approvals racing for the two off-plan slots of one agency and year, on one instance. */
class OffPlanQuotaRaceTest extends RegistryIntegrationTest {

    private static final int YEAR = 2060;

    @Autowired
    MongoDatabase store;

    @Test
    void ofFiftyRacingOffPlanApprovalsExactlyTheLimitSucceed() throws Exception {
        List<String> ids = OffPlanRace.prepare(api, "officer2", YEAR, 50);
        List<Api.Response> responses = OffPlanRace.approveAllAtOnce(List.of(api), ids);
        OffPlanRace.assertQuotaHeld(responses, 2, api, store, "SCT", YEAR, ids);
    }
}
