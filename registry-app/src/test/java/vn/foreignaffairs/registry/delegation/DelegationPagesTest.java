package vn.foreignaffairs.registry.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.Pages;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/** The delegation pages over HTTP: who sees what, and wrong input answered with a page, never a 500. */
class DelegationPagesTest extends RegistryIntegrationTest {

    private static final String[] HTML = {"Accept", "text/html"};

    @Test
    void anOfficerSeesOnlyTheOwnAgencysDelegationsAndNotAnotherAgencysDraft() {
        String own = createDraft("officer").id();
        String others = createDraft("officer2").id();

        Api.Response list = api.get("officer", "/app/delegations?page=0", HTML);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.raw().body()).contains("row-" + own).doesNotContain("row-" + others);

        Api.Response foreignDraft = api.get("officer", "/app/delegations/" + others, HTML);
        assertThat(foreignDraft.status()).isEqualTo(404);
        assertThat(foreignDraft.raw().body()).contains("id=\"error-message\"");

        assertThat(api.get("leader", "/app/delegations?page=0&status=DRAFT", HTML).raw().body())
                .as("other roles see every agency").contains("row-" + own).contains("row-" + others);
    }

    @Test
    void aWrongStatusPageOrIdIsAPageNotAFailure() {
        assertThat(api.get("officer", "/app/delegations?status=NOPE&page=x", HTML).status()).isEqualTo(200);
        assertThat(api.get("officer", "/app/delegations/not-an-id", HTML).status()).isEqualTo(404);
        assertThat(api.get("officer", "/app/delegations/7d8c2a52-1111-4e5e-9a6b-0a1b2c3d4e5f", HTML).status())
                .isEqualTo(404);
    }

    @Test
    void anUnreadableDecisionDateIsShownInPlaceAndNothingIsRecorded() {
        String id = createSubmitted("officer").id();

        Api.Response refused = api.post("leader", "/app/delegations/" + id
                + "/approve?version=2&decisionNumber=12%2FQD&decisionDate=31-02-2027", "{}", HTML);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.raw().body()).contains("id=\"error-decisionDate\"");
        assertThat(api.get("leader", "/api/v1/delegations/" + id).body().path("status").asText())
                .isEqualTo("SUBMITTED");
    }

    @Test
    void theDetailShowsTheAgencysOffPlanQuotaForTheYear() {
        String id = createDraft("officer").id();
        Api.Response quota = api.get("officer", "/api/v1/quotas/SKHDT/2027");

        String page = api.get("officer", "/app/delegations/" + id, HTML).raw().body();

        assertThat(page).contains("id=\"quota-used\">" + quota.body().path("used").asInt() + "<")
                .contains("id=\"quota-limit\">" + quota.body().path("limit").asLong() + "<");
    }

    @Test
    void anOfficerRevisesTheDraftThroughTheSameFormAndAStaleVersionIsSaidInPlainWords() {
        String id = createDraft("officer").id();
        Api.Response form = api.get("officer", "/app/delegations/" + id + "/edit", HTML);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.raw().body()).contains("tiến đầu tư tại Nhật Bản\"").contains("value=\"R-TEST\"");
        assertThat(api.get("officer2", "/app/delegations/" + id + "/edit", HTML).status()).isEqualTo(404);

        String revision = "/app/delegations/" + id + "/edit?version=1&title=Hoi+cho+Osaka&countryCode=jp&city=Osaka"
                + "&departureDate=2027-03-10&returnDate=2027-03-15&memberName=Nguyen+Van+An&passportKind=OFFICIAL"
                + "&costTotal=300000000&fundingSource=AGENCY_BUDGET&programmeDate=2027-03-11"
                + "&programmeContent=Lam+viec&plannedItemId=R-TEST";
        Api.Response revised = api.post("officer", revision, "{}", HTML);
        assertThat(revised.status()).as(revised.raw().body()).isEqualTo(302);
        Api.Response now = api.get("officer", "/api/v1/delegations/" + id);
        assertThat(now.body().path("details").path("title").asText()).isEqualTo("Hoi cho Osaka");
        assertThat(now.version()).isEqualTo(2);

        Api.Response stale = api.post("officer", revision, "{}", HTML);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.raw().body()).contains("Hồ sơ vừa được người khác thay đổi.").contains("id=\"form-errors\"");
    }

    @Test
    void theWarningsOfASavedDraftAreShownBesideItsFormWithTheirStableCodes() {
        Pages pages = new Pages(api);
        Api.Response saved = pages.submit("officer", "/app/delegations/new", "title", "Khảo sát du lịch Campuchia",
                "purpose", "Khảo sát tuyến du lịch", "countryCode", "KH", "city", "Siem Reap",
                "departureDate", "2027-07-01", "returnDate", "2027-07-14", "memberName", "Trần Thị Bình",
                "passportKind", "OFFICIAL", "costTotal", "200000000", "fundingSource", "AGENCY_BUDGET",
                "programmeDate", "2027-07-02", "programmeContent", "Làm việc với Sở Du lịch Siem Reap",
                "plannedItemId", "R-TEST");

        assertThat(saved.status()).as(saved.toString()).isEqualTo(302);
        String location = saved.header("Location");
        assertThat(location).as("a trip the API warns about goes back to its form").endsWith("/edit");
        String id = location.replaceAll(".*/app/delegations/([^/]+)/edit$", "$1");
        Api.Response form = pages.get("officer", "/app/delegations/" + id + "/edit");
        assertThat(Pages.body(form)).contains("id=\"form-warnings\"", "data-code=\"LENGTH_ABOVE_LIMIT\"");
        api.get("officer", "/api/v1/delegations/" + id).body().path("warnings").forEach(warning ->
                assertThat(Pages.body(form)).contains("data-code=\"" + warning.path("code").asText() + "\""));

        String withoutWarnings = Pages.body(pages.get("officer", "/app/delegations/new"));
        assertThat(withoutWarnings).doesNotContain("id=\"form-warnings\"");
    }
}
