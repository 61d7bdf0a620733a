package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.AidRequestBodies.IATI;
import static vn.foreignaffairs.registry.support.AidRequestBodies.PROJECTS;
import static vn.foreignaffairs.registry.support.AidRequestBodies.TOTALS;
import static vn.foreignaffairs.registry.support.AidRequestBodies.amount;
import static vn.foreignaffairs.registry.support.AidRequestBodies.disbursement;
import static vn.foreignaffairs.registry.support.AidRequestBodies.proposal;
import static vn.foreignaffairs.registry.support.AidRequestBodies.receipt;
import static vn.foreignaffairs.registry.support.AidRequestBodies.revocation;
import static vn.foreignaffairs.registry.support.AidSteps.expect;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import vn.foreignaffairs.registry.support.AidSteps;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.IatiSchema;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * Aid totals and the IATI export over HTTP, on aid of 2014 that no other test records: two
 * donors, commitments in dollars and yen, money in dollars, euros, yen and dong, an adjustment,
 * a revocation, and a proposal that counts for nothing yet.
 */
class AidReportsApiTest extends RegistryIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 6);
    private static final String COAST = "Ven biển " + RUN;
    private static final String HIGHLANDS = "Miền núi " + RUN;

    private static String donorA;
    private static String donorB;
    private static String water;
    private static String clinic;
    private static String relief;

    private AidSteps steps;

    @BeforeEach
    void recordTheAidOf2014Once() {
        steps = new AidSteps(api);
        if (water != null) {
            return;
        }
        donorA = steps.donor("Water for Life " + RUN, "FOREIGN_NGO", "US");
        donorB = steps.donor("Japan Clinics Foundation " + RUN, "OTHER_FOREIGN_BODY", "JP");

        Map<String, Object> waterProposal = in2014(proposal(donorA), "2014-01-10", "2014-03-01", "2014-12-31",
                amount("100000.00", "USD", "21000", "2014-01-05"), COAST, HIGHLANDS);
        water = steps.approved(waterProposal, "2014-01-20", "2014-02-01").id();
        move("receipts", water, receipt("2014-03-05", "40000.00", "USD", "21100"));
        move("receipts", water, receipt("2014-04-05", "10000.00", "EUR", "28900.5"));
        move("disbursements", water, disbursement("2014-05-01", "500000000", "VND", "1"));
        expect(api.post("leader", PROJECTS + "/" + water + "/adjustments", Map.of("decisionNumber", "210/QĐ-UBND",
                "decisionDate", "2014-06-01", "reason", "Nhà tài trợ tăng vốn",
                "committed", amount("120000.00", "USD", "21200", "2014-06-01"))), 200);

        Map<String, Object> clinicProposal = in2014(proposal(donorB, "sector", "HEALTH"), "2014-02-10",
                "2014-03-15", "2014-11-30", amount("5000000", "JPY", "205.5", "2014-02-01"), COAST);
        clinic = steps.approved(clinicProposal, "2014-02-20", "2014-03-01").id();
        move("receipts", clinic, receipt("2014-04-01", "5000000", "JPY", "206"));
        move("disbursements", clinic, disbursement("2014-06-01", "1000000", "JPY", "206"));

        Map<String, Object> reliefProposal = in2014(proposal(donorA, "sector", "EMERGENCY_RELIEF"), "2014-01-02",
                "2014-01-10", null, amount("20000.00", "EUR", "28500", "2014-01-02"), HIGHLANDS);
        reliefProposal.put("kind", "NON_PROJECT");
        relief = steps.approved(reliefProposal, "2014-01-03", "2014-01-05").id();
        expect(api.post("leader", PROJECTS + "/" + relief + "/revoke", revocation("99/QĐ-UBND", "2014-08-01")), 200);

        steps.proposed(in2014(proposal(donorA), "2014-05-10", "2014-06-01", "2014-12-31",
                amount("999.00", "USD", "21000", "2014-05-01"), COAST));
    }

    private static Map<String, Object> in2014(Map<String, Object> proposal, String fileCompletedOn, String start,
                                              String end, Map<String, Object> committed, String... districts) {
        proposal.put("fileCompletedOn", fileCompletedOn);
        proposal.put("plannedStartDate", start);
        if (end == null) {
            proposal.remove("plannedEndDate");
        } else {
            proposal.put("plannedEndDate", end);
        }
        proposal.put("committed", committed);
        proposal.put("districts", List.of(districts));
        return proposal;
    }

    private void move(String kind, String id, Map<String, Object> body) {
        expect(api.post("officer", PROJECTS + "/" + id + "/" + kind, body), 200);
    }

    private JsonNode totals(String query) {
        Api.Response response = api.get("leader", TOTALS + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }

    private static JsonNode row(JsonNode totals, String key) {
        for (JsonNode row : totals.path("groups")) {
            if (row.path("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("No row " + key + " in " + totals);
    }

    private static void assertAmounts(JsonNode amounts, String... currencyAndAmount) {
        assertThat(amounts).as(amounts.toString()).hasSize(currencyAndAmount.length / 2);
        for (int i = 0; i < currencyAndAmount.length; i += 2) {
            JsonNode amount = amounts.get(i / 2);
            assertThat(amount.path("currency").asText()).isEqualTo(currencyAndAmount[i]);
            assertThat(amount.path("amount").decimalValue()).isEqualByComparingTo(currencyAndAmount[i + 1]);
        }
    }

    @Test
    void byDonorEachCurrencyApartAndInDongAtTheRecordedRates() {
        JsonNode totals = totals("?groupBy=donor&year=2014");
        assertThat(totals.path("groupBy").asText()).isEqualTo("DONOR");
        assertThat(totals.path("overlapping").asBoolean()).isFalse();
        JsonNode a = row(totals, donorA);
        assertThat(a.path("label").asText()).isEqualTo("Water for Life " + RUN);
        assertThat(a.path("aidCount").asInt()).isEqualTo(1);
        assertAmounts(a.path("committed"), "USD", "120000.00");
        assertThat(a.path("committedVnd").decimalValue()).isEqualByComparingTo("2544000000");
        assertAmounts(a.path("received"), "EUR", "10000.00", "USD", "40000.00");
        assertThat(a.path("receivedVnd").decimalValue()).isEqualByComparingTo("1133005000");
        assertAmounts(a.path("disbursed"), "VND", "500000000");
        JsonNode b = row(totals, donorB);
        assertAmounts(b.path("committed"), "JPY", "5000000");
        assertThat(b.path("committedVnd").decimalValue()).isEqualByComparingTo("1027500000");
        assertThat(b.path("disbursedVnd").decimalValue()).isEqualByComparingTo("206000000");
    }

    @Test
    void bySectorTheRevokedAndTheMerelyProposedCountForNothing() {
        JsonNode totals = totals("?groupBy=SECTOR&year=2014");
        List<String> keys = totals.path("groups").findValuesAsText("key");
        assertThat(keys).containsExactly("HEALTH", "SMALL_RURAL_INFRASTRUCTURE");
        assertThat(row(totals, "HEALTH").path("label").asText()).isEqualTo("Y tế");
        JsonNode total = totals.path("total");
        assertAmounts(total.path("committed"), "JPY", "5000000", "USD", "120000.00");
        assertThat(total.path("committedVnd").decimalValue()).isEqualByComparingTo("3571500000");
        assertThat(total.path("receivedVnd").decimalValue()).isEqualByComparingTo("2163005000");
        assertThat(total.path("disbursedVnd").decimalValue()).isEqualByComparingTo("706000000");
        assertThat(total.path("aidCount").asInt()).isEqualTo(2);
    }

    @Test
    void byDistrictAidInSeveralDistrictsCountsInEach() {
        JsonNode totals = totals("?groupBy=district&year=2014");
        assertThat(totals.path("overlapping").asBoolean()).isTrue();
        assertThat(row(totals, COAST).path("aidCount").asInt()).isEqualTo(2);
        assertThat(row(totals, COAST).path("committedVnd").decimalValue()).isEqualByComparingTo("3571500000");
        assertThat(row(totals, HIGHLANDS).path("committedVnd").decimalValue()).isEqualByComparingTo("2544000000");
    }

    @Test
    void byYearCommitmentsInTheYearOfTheirDecisionAndMoneyInTheYearItMoved() {
        JsonNode totals = totals("?groupBy=year");
        assertThat(totals.path("year").isMissingNode() || totals.path("year").isNull()).isTrue();
        JsonNode of2014 = row(totals, "2014");
        assertThat(of2014.path("committedVnd").decimalValue()).isEqualByComparingTo("3571500000");
        assertThat(of2014.path("receivedVnd").decimalValue()).isEqualByComparingTo("2163005000");
        assertThat(totals("?groupBy=year&year=2014").path("groups")).hasSize(1);
    }

    @Test
    void anyoneSignedInReadsTheTotals() {
        for (String user : List.of("officer", "officer2", "reviewer", "inspector", "admin")) {
            assertThat(api.get(user, TOTALS + "?groupBy=donor&year=2014").status()).as(user).isEqualTo(200);
        }
    }

    @Test
    void theIatiFileOfTheYearIsValidAgainstTheOfficialSchema() throws Exception {
        Api.Response response = api.get("inspector", IATI + "?year=2014");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/xml");
        byte[] file = response.raw().body().getBytes(StandardCharsets.UTF_8);
        IatiSchema.validate(file);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
        XPath xpath = XPathFactory.newInstance().newXPath();
        NodeList activities = (NodeList) xpath.evaluate("/iati-activities/iati-activity", document,
                XPathConstants.NODESET);
        assertThat(activities.getLength()).isEqualTo(3);
        assertThat(values(xpath, document, "//iati-identifier"))
                .containsExactlyInAnyOrder("VN-PROVINCE-REGISTRY-" + water, "VN-PROVINCE-REGISTRY-" + clinic,
                        "VN-PROVINCE-REGISTRY-" + relief);
        assertThat(values(xpath, document, "//participating-org[@role='1']/narrative"))
                .containsExactlyInAnyOrder("Water for Life " + RUN, "Japan Clinics Foundation " + RUN);
        assertThat(values(xpath, document, "//transaction/value/@currency")).containsExactlyInAnyOrder(
                "USD", "EUR", "JPY", "VND");
        assertThat(values(xpath, document, "//transaction/transaction-type/@code"))
                .containsExactlyInAnyOrder("1", "3", "11");
        assertThat(values(xpath, document, "//activity-status/@code")).containsExactlyInAnyOrder("2", "5");
        assertThat(values(xpath, document, "//sector/@code")).containsExactlyInAnyOrder("43040", "12220", "72010");
    }

    @Test
    void aYearWithoutAidHasNoFile() {
        Api.Response response = api.get("leader", IATI + "?year=2001");
        assertThat(response.status()).as(response.toString()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("NOT_FOUND");
        assertThat(response.body().path("detail").asText()).contains("2001");
    }

    private static Set<String> values(XPath xpath, Document document, String expression) throws Exception {
        NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
        Set<String> values = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }
}
