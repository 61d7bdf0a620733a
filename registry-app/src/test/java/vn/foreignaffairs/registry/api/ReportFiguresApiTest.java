package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.ComplianceDataSet.AGREEMENTS;
import static vn.foreignaffairs.registry.support.ComplianceDataSet.AID;
import static vn.foreignaffairs.registry.support.ComplianceDataSet.BOARD;
import static vn.foreignaffairs.registry.support.ComplianceDataSet.BORDER_GUARD;
import static vn.foreignaffairs.registry.support.ComplianceDataSet.CONFERENCES;
import static vn.foreignaffairs.registry.support.ComplianceDataSet.CONSULTATIONS;
import static vn.foreignaffairs.registry.support.ComplianceDataSet.ITEMS;
import static vn.foreignaffairs.registry.support.ComplianceDataSet.TRIPS;
import static vn.foreignaffairs.registry.support.ComplianceDataSet.VISITS;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.ComplianceDataSet;
import vn.foreignaffairs.registry.support.ComplianceDataSet.Stage;
import vn.foreignaffairs.registry.support.ComplianceDataSet.Trip;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * The figures of the 6-month and annual reports of 2005, for each of the data set's two agencies
 * and for the province, under the default (Quảng Nam) calendar. Every expected number is worked
 * out here from the data set's own specification, not by the registry's code; no other test
 * records anything in 2004 or 2005, so the province's figures are those of the two agencies.
 */
class ReportFiguresApiTest extends RegistryIntegrationTest {

    /** Quảng Nam: the 6-month report counts January to April, the annual one October to September. */
    private static final Period HALF_YEAR = new Period("2005-H1", LocalDate.of(2005, 1, 1), LocalDate.of(2005, 4, 30));
    private static final Period ANNUAL = new Period("2005", LocalDate.of(2004, 10, 1), LocalDate.of(2005, 9, 30));
    private static final int EXPIRING_WITHIN_DAYS = 90;
    private static final int CONSULTATION_WORKING_DAYS = 7;

    private static ComplianceDataSet data;

    private record Period(String id, LocalDate from, LocalDate to) {

        boolean contains(LocalDate day) {
            return day != null && !day.isBefore(from) && !day.isAfter(to);
        }
    }

    @BeforeEach
    void seedOnce() {
        synchronized (ReportFiguresApiTest.class) {
            if (data == null) {
                data = ComplianceDataSet.create(api, testAgencies());
            }
        }
    }

    @Test
    void eachAgencysSixMonthReportCountsJanuaryToApril() {
        for (String role : List.of(BOARD, BORDER_GUARD)) {
            JsonNode report = report(data.officer(role), data.agency(role) + "/2005-H1");
            assertThat(report.path("scopeName").asText()).isEqualTo("Thử nghiệm " + data.agency(role));
            checkFigures(report, Set.of(role), HALF_YEAR);
        }
    }

    @Test
    void eachAgencysAnnualReportCountsOctoberToSeptember() {
        for (String role : List.of(BOARD, BORDER_GUARD)) {
            JsonNode report = report("leader", data.agency(role) + "/2005");
            checkFigures(report, Set.of(role), ANNUAL);
            assertThat(report.path("figures").has("nextYear")).as("Quảng Nam's annual report has no outlook").isFalse();
        }
    }

    @Test
    void theProvincesReportsCountBothAgencies() {
        for (Period period : List.of(HALF_YEAR, ANNUAL)) {
            checkFigures(report("leader", "PROVINCE/" + period.id()), Set.of(BOARD, BORDER_GUARD), period);
        }
    }

    @Test
    void theProvincesReportHasEachAgencysOwnFiguresAndTheyAddUpToTheProvinces() {
        JsonNode province = report("inspector", "PROVINCE/2005-H1");
        Map<String, JsonNode> rows = new HashMap<>();
        province.path("byAgency").forEach(row -> rows.put(row.path("agency").asText(), row));
        for (String role : List.of(BOARD, BORDER_GUARD)) {
            JsonNode row = rows.get(data.agency(role));
            assertThat(row).as(role).isNotNull();
            assertThat(row.path("name").asText()).isEqualTo("Thử nghiệm " + data.agency(role));
            assertThat(row.path("figures")).as("the row is the agency's own report")
                    .isEqualTo(report("inspector", data.agency(role) + "/2005-H1").path("figures"));
        }
        assertThat(rows).as("one row per agency holding records").containsKeys("SKHDT", "CA", "BDBP")
                .hasSizeGreaterThan(2);
        JsonNode total = province.path("figures");
        for (String section : new String[] {"delegations", "agreements", "conferences"}) {
            total.path(section).fields().forEachRemaining(field -> {
                if (!field.getKey().equals("offPlanQuota")) {
                    long sum = rows.values().stream()
                            .mapToLong(row -> row.path("figures").path(section).path(field.getKey()).asLong()).sum();
                    assertThat(sum).as(section + "." + field.getKey()).isEqualTo(field.getValue().asLong());
                }
            });
        }
        assertThat(rows.values().stream().mapToInt(row -> row.path("figures").path("decisionsDuringFreezes").size())
                .sum()).isEqualTo(total.path("decisionsDuringFreezes").size());
        assertThat(report("officer", "SKHDT/2005-H1").path("byAgency")).as("an agency's report has no rows").isEmpty();
    }

    private void checkFigures(JsonNode report, Set<String> roles, Period period) {
        assertThat(report.path("status").asText()).isEqualTo("DRAFT");
        assertThat(report.path("from").asText()).isEqualTo(period.from().toString());
        assertThat(report.path("to").asText()).isEqualTo(period.to().toString());
        assertThat(report.path("asOf").asText()).as("a past period counts to its cut-off")
                .isEqualTo(period.to().toString());
        LocalDate asOf = period.to();
        Predicate<String> inScope = roles::contains;
        JsonNode figures = report.path("figures");
        String what = report.path("id").asText() + " ";

        // delegations: approved (or further) and departing in the period
        JsonNode delegations = figures.path("delegations");
        List<Trip> trips = TRIPS.stream().filter(trip -> inScope.test(trip.agency())).toList();
        List<Trip> decided = trips.stream().filter(trip -> trip.stage() != Stage.DRAFT)
                .filter(trip -> period.contains(trip.departure())).toList();
        Set<String> planned = ITEMS.stream().filter(item -> inScope.test(item.agency()))
                .filter(item -> item.direction().equals("OUTBOUND"))
                .filter(item -> period.contains(YearMonth.of(item.year(),
                        item.month() != null ? item.month() : item.quarter() * 3).atEndOfMonth()))
                .map(item -> item.agency() + "/" + item.year() + "/" + item.id()).collect(Collectors.toSet());
        Set<String> realised = new HashSet<>(decided.stream().filter(trip -> !trip.offPlan())
                .map(trip -> trip.agency() + "/" + trip.departure().getYear() + "/" + trip.item()).toList());
        realised.retainAll(planned);
        assertThat(delegations.path("plannedItems").asInt()).as(what + "planned").isEqualTo(planned.size());
        assertThat(delegations.path("realisedItems").asInt()).as(what + "realised").isEqualTo(realised.size());
        assertThat(delegations.path("onPlanDelegations").asLong()).as(what + "on plan")
                .isEqualTo(decided.stream().filter(trip -> !trip.offPlan()).count());
        assertThat(delegations.path("offPlanDelegations").asLong()).as(what + "off plan")
                .isEqualTo(decided.stream().filter(trip -> trip.offPlan() && !trip.exempt()).count());
        assertThat(delegations.path("exemptDelegations").asLong()).as(what + "exempt")
                .isEqualTo(decided.stream().filter(Trip::exempt).count());
        assertThat(delegations.path("offPlanSlotsUsed").asLong()).as(what + "slots").isEqualTo(trips.stream()
                .filter(trip -> trip.offPlan() && !trip.exempt() && trip.stage() != Stage.DRAFT)
                .filter(trip -> trip.departure().getYear() == ComplianceDataSet.YEAR).count());
        long quota = roles.stream().mapToLong(role -> api.get("leader", "/api/v1/quotas/" + data.agency(role) + "/2005")
                .body().path("limit").asLong()).sum();
        assertThat(delegations.path("offPlanQuota").asLong()).as(what + "quota").isEqualTo(quota);
        // post-trip reports fall due 15 days after return, passports within 5 working days (so within 9 days);
        // reports filed today were still missing on the report's day
        assertThat(delegations.path("overduePostTripReports").asLong()).as(what + "overdue reports")
                .isEqualTo(trips.stream().filter(trip -> trip.stage() == Stage.RETURNED || trip.stage() == Stage.REPORTED)
                        .filter(trip -> trip.returning().plusDays(15).isBefore(asOf)).count());
        assertThat(delegations.path("overduePassports").asLong()).as(what + "overdue passports")
                .isEqualTo(trips.stream().filter(Trip::passportNotBack)
                        .filter(trip -> trip.returning().plusDays(9).isBefore(asOf)).count());

        // outbound and inbound decisions dated inside the freeze on both agencies
        Predicate<LocalDate> frozen = day -> day != null && period.contains(day)
                && !day.isBefore(ComplianceDataSet.FREEZE_FROM) && !day.isAfter(ComplianceDataSet.FREEZE_UNTIL);
        Set<String> duringFreeze = new HashSet<>();
        trips.stream().filter(trip -> trip.stage() != Stage.DRAFT && frozen.test(trip.decision()))
                .forEach(trip -> duringFreeze.add("DELEGATION " + data.agency(trip.agency()) + " " + trip.decision()));
        VISITS.stream().filter(visit -> inScope.test(visit.agency()) && frozen.test(visit.decision()))
                .forEach(visit -> duringFreeze.add("INBOUND_DELEGATION " + data.agency(visit.agency()) + " "
                        + visit.decision()));
        Set<String> found = new HashSet<>();
        figures.path("decisionsDuringFreezes").forEach(decision -> found.add(decision.path("recordType").asText()
                + " " + decision.path("agency").asText() + " " + decision.path("decisionDate").asText()));
        assertThat(found).as(what + "decisions during the freeze").isEqualTo(duringFreeze);
        assertThat(figures.path("decisionsDuringFreezes")).hasSize(duringFreeze.size());

        // agreements: signed 5 days before entering into force; last day = start + term - 1 day
        JsonNode agreements = figures.path("agreements");
        var ofScope = AGREEMENTS.stream().filter(agreement -> inScope.test(agreement.agency())).toList();
        Predicate<ComplianceDataSet.Agreement> inForce = agreement -> !agreement.inForceFrom().isAfter(asOf)
                && !agreement.lastDay().isBefore(asOf);
        assertThat(agreements.path("signed").asLong()).as(what + "signed")
                .isEqualTo(ofScope.stream().filter(agreement -> period.contains(agreement.signedOn())).count());
        assertThat(agreements.path("inForce").asLong()).as(what + "in force")
                .isEqualTo(ofScope.stream().filter(inForce).count());
        assertThat(agreements.path("expiring").asLong()).as(what + "expiring").isEqualTo(ofScope.stream()
                .filter(inForce).filter(agreement -> !agreement.lastDay().isAfter(asOf.plusDays(EXPIRING_WITHIN_DAYS)))
                .count());
        assertThat(agreements.path("unreported").asLong()).as(what + "unreported").isEqualTo(ofScope.stream()
                .filter(inForce).filter(agreement -> !agreement.inForceFrom().isAfter(period.from())).count());
        // the consulted body has 7 working days; an answer after the report's day was still missing on it
        assertThat(agreements.path("overdueConsultations").asLong()).as(what + "overdue consultations")
                .isEqualTo(CONSULTATIONS.stream().filter(consultation -> inScope.test(consultation.agency()))
                        .filter(consultation -> workingDaysAfter(consultation.requestedOn(), CONSULTATION_WORKING_DAYS)
                                .isBefore(asOf))
                        .filter(consultation -> consultation.answeredOn() == null
                                || consultation.answeredOn().isAfter(asOf)).count());

        // conferences held in the period; a report falls due 15 days after the end (the next day)
        JsonNode conferences = figures.path("conferences");
        var held = CONFERENCES.stream().filter(conference -> inScope.test(conference.agency()))
                .filter(conference -> period.contains(conference.start())).toList();
        assertThat(conferences.path("held").asInt()).as(what + "held").isEqualTo(held.size());
        assertThat(conferences.path("reported").asLong()).as(what + "reported")
                .isEqualTo(held.stream().filter(ComplianceDataSet.Conference::reported).count());
        assertThat(conferences.path("reportsOverdue").asLong()).as(what + "reports overdue").isEqualTo(held.stream()
                .filter(conference -> !conference.reported())
                .filter(conference -> conference.start().plusDays(16).isBefore(asOf)).count());

        // aid: committed when approved in the period, disbursed when paid out in it
        var ofScopeAid = AID.stream().filter(aid -> inScope.test(aid.agency())).toList();
        var committed = ofScopeAid.stream().filter(aid -> period.contains(aid.approved())).toList();
        var disbursed = ofScopeAid.stream().filter(aid -> period.contains(aid.disbursedOn())).toList();
        var counted = ofScopeAid.stream().filter(aid -> committed.contains(aid) || disbursed.contains(aid)).toList();
        JsonNode total = figures.path("aid").path("total");
        assertThat(total.path("committedVnd").decimalValue()).as(what + "committed")
                .isEqualByComparingTo(sum(committed, ComplianceDataSet.Aid::committedVnd));
        assertThat(total.path("disbursedVnd").decimalValue()).as(what + "disbursed")
                .isEqualByComparingTo(sum(disbursed, ComplianceDataSet.Aid::disbursedVnd));
        assertThat(total.path("aidCount").asInt()).isEqualTo(counted.size());
        Map<String, BigDecimal> perCurrency = new HashMap<>();
        committed.forEach(aid -> perCurrency.merge(aid.currency(), new BigDecimal(aid.amount()), BigDecimal::add));
        perCurrency.replaceAll((currency, amount) -> amount.stripTrailingZeros());
        assertThat(amounts(total.path("committed"))).as(what + "committed per currency").isEqualTo(perCurrency);
        assertThat(lines(figures.path("aid").path("bySector"))).as(what + "by sector")
                .isEqualTo(grouped(counted, committed, disbursed, ComplianceDataSet.Aid::sector));
        assertThat(lines(figures.path("aid").path("byDonor"))).as(what + "by donor")
                .isEqualTo(grouped(counted, committed, disbursed, aid -> data.donorIds.get(aid.donor())));
        for (JsonNode line : figures.path("aid").path("byDonor")) {
            String role = data.donorIds.entrySet().stream().filter(id -> id.getValue().equals(line.path("key").asText()))
                    .findFirst().orElseThrow().getKey();
            assertThat(line.path("label").asText()).isEqualTo(data.donorNames.get(role));
        }
        for (JsonNode line : figures.path("aid").path("bySector")) {
            if (line.path("key").asText().equals("HEALTH")) {
                assertThat(line.path("label").asText()).isEqualTo("Y tế");
            }
        }
    }

    /** The day {@code days} working days after {@code start}, counting Monday to Friday (no holiday falls near). */
    private static LocalDate workingDaysAfter(LocalDate start, int days) {
        LocalDate day = start;
        for (int counted = 0; counted < days; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }

    private static BigDecimal sum(List<ComplianceDataSet.Aid> aid,
                                  java.util.function.Function<ComplianceDataSet.Aid, BigDecimal> amount) {
        return aid.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Key to "committed dong / disbursed dong / count", as the expectation and as the report has it. */
    private static Map<String, String> grouped(List<ComplianceDataSet.Aid> counted, List<ComplianceDataSet.Aid> committed,
                                               List<ComplianceDataSet.Aid> disbursed,
                                               java.util.function.Function<ComplianceDataSet.Aid, String> key) {
        Map<String, String> lines = new HashMap<>();
        for (String group : counted.stream().map(key).collect(Collectors.toSet())) {
            lines.put(group, sum(committed.stream().filter(aid -> key.apply(aid).equals(group)).toList(),
                    ComplianceDataSet.Aid::committedVnd).stripTrailingZeros().toPlainString() + " / "
                    + sum(disbursed.stream().filter(aid -> key.apply(aid).equals(group)).toList(),
                    ComplianceDataSet.Aid::disbursedVnd).stripTrailingZeros().toPlainString() + " / "
                    + counted.stream().filter(aid -> key.apply(aid).equals(group)).count());
        }
        return lines;
    }

    private static Map<String, String> lines(JsonNode lines) {
        Map<String, String> shown = new HashMap<>();
        lines.forEach(line -> shown.put(line.path("key").asText(),
                line.path("committedVnd").decimalValue().stripTrailingZeros().toPlainString() + " / "
                        + line.path("disbursedVnd").decimalValue().stripTrailingZeros().toPlainString() + " / "
                        + line.path("aidCount").asInt()));
        return shown;
    }

    private static Map<String, BigDecimal> amounts(JsonNode amounts) {
        Map<String, BigDecimal> shown = new HashMap<>();
        amounts.forEach(amount -> shown.put(amount.path("currency").asText(),
                amount.path("amount").decimalValue().stripTrailingZeros()));
        return shown;
    }

    private JsonNode report(String user, String path) {
        Api.Response response = api.get(user, "/api/v1/reports/" + path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }
}
