package vn.foreignaffairs.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.foreignaffairs.registry.support.ComplianceDataSet.AGREEMENTS;
import static vn.foreignaffairs.registry.support.ComplianceDataSet.AID;
import static vn.foreignaffairs.registry.support.ComplianceDataSet.CONFERENCES;
import static vn.foreignaffairs.registry.support.ComplianceDataSet.ITEMS;
import static vn.foreignaffairs.registry.support.ComplianceDataSet.TRIPS;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.foreignaffairs.registry.security.UserDirectory;
import vn.foreignaffairs.registry.support.Api;
import vn.foreignaffairs.registry.support.ComplianceDataSet;
import vn.foreignaffairs.registry.support.ComplianceDataSet.Stage;
import vn.foreignaffairs.registry.support.ComplianceDataSet.Trip;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;
import vn.foreignaffairs.registry.support.TestAgencies;

/**
 * The figures of the 6-month and annual reports against a data set of one agency, each expected
 * number worked out here from the data set's own specification, not by the registry's code.
 */
class ReportFiguresApiTest extends RegistryIntegrationTest {

    private static ComplianceDataSet data;

    @Autowired
    private UserDirectory users;

    @Autowired
    private PasswordEncoder passwords;

    @BeforeEach
    void seedOnce() {
        synchronized (ReportFiguresApiTest.class) {
            if (data == null) {
                data = ComplianceDataSet.create(api, new TestAgencies(api, users, passwords));
            }
        }
    }

    @Test
    void theSixMonthReportCountsJanuaryToTheEndOfAprilInQuangNam() {
        checkFigures(report(data.officer, data.agency + "/2025-H1"), LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 4, 30), false);
    }

    @Test
    void theAnnualReportCountsOctoberToSeptemberInQuangNam() {
        checkFigures(report("leader", data.agency + "/2025"), LocalDate.of(2024, 10, 1),
                LocalDate.of(2025, 9, 30), true);
    }

    @Test
    void theProvinceCountsEveryAgencyAndSoAtLeastThisOne() {
        JsonNode agency = report("inspector", data.agency + "/2025-H1").path("figures");
        JsonNode province = report("leader", "PROVINCE/2025-H1").path("figures");
        for (String section : new String[] {"delegations", "agreements", "conferences"}) {
            agency.path(section).fields().forEachRemaining(field -> assertThat(
                    province.path(section).path(field.getKey()).asLong())
                    .as(section + "." + field.getKey()).isGreaterThanOrEqualTo(field.getValue().asLong()));
        }
        assertThat(province.path("aid").path("total").path("committedVnd").decimalValue())
                .isGreaterThanOrEqualTo(agency.path("aid").path("total").path("committedVnd").decimalValue());
        assertThat(province.path("decisionsDuringFreezes").toString()).contains(data.agency);
    }

    private void checkFigures(JsonNode report, LocalDate from, LocalDate to, boolean annual) {
        assertThat(report.path("status").asText()).isEqualTo("DRAFT");
        assertThat(report.path("from").asText()).isEqualTo(from.toString());
        assertThat(report.path("to").asText()).isEqualTo(to.toString());
        assertThat(report.path("asOf").asText()).isEqualTo(to.toString());
        assertThat(report.path("scopeName").asText()).isEqualTo("Thử nghiệm " + data.agency);
        Predicate<LocalDate> inPeriod = day -> day != null && !day.isBefore(from) && !day.isAfter(to);
        JsonNode figures = report.path("figures");

        // delegations: approved (or further) and departing in the period
        JsonNode delegations = figures.path("delegations");
        var decided = TRIPS.stream().filter(trip -> trip.stage() != Stage.DRAFT)
                .filter(trip -> inPeriod.test(trip.departure())).toList();
        Set<String> plannedInPeriod = ITEMS.stream().filter(item -> item.direction().equals("OUTBOUND"))
                .filter(item -> inPeriod.test(item.month() != null
                        ? YearMonth.of(2025, item.month()).atEndOfMonth()
                        : YearMonth.of(2025, item.quarter() * 3).atEndOfMonth()))
                .map(ComplianceDataSet.PlanItem::id).collect(Collectors.toSet());
        Set<String> realised = decided.stream().map(Trip::item).filter(plannedInPeriod::contains)
                .collect(Collectors.toSet());
        assertThat(delegations.path("plannedItems").asInt()).isEqualTo(plannedInPeriod.size());
        assertThat(delegations.path("realisedItems").asInt()).isEqualTo(realised.size());
        assertThat(delegations.path("onPlanDelegations").asLong())
                .isEqualTo(decided.stream().filter(trip -> trip.item() != null).count());
        assertThat(delegations.path("offPlanDelegations").asLong())
                .isEqualTo(decided.stream().filter(trip -> trip.item() == null).count());
        assertThat(delegations.path("exemptDelegations").asInt()).isZero();
        assertThat(delegations.path("offPlanSlotsUsed").asLong())
                .isEqualTo(TRIPS.stream().filter(trip -> trip.item() == null && trip.stage() != Stage.DRAFT).count());
        assertThat(delegations.path("offPlanQuota").asLong()).isEqualTo(
                api.get("leader", "/api/v1/quotas/" + data.agency + "/2025").body().path("limit").asLong());
        // post-trip reports fall due 15 days after return, passports within 5 working days (so within 9 days);
        // reports filed today were still missing on the report's day
        assertThat(delegations.path("overduePostTripReports").asLong()).isEqualTo(TRIPS.stream()
                .filter(trip -> trip.stage() == Stage.RETURNED || trip.stage() == Stage.REPORTED)
                .filter(trip -> trip.returning().plusDays(15).isBefore(to)).count());
        assertThat(delegations.path("overduePassports").asLong()).isEqualTo(TRIPS.stream()
                .filter(Trip::passportNotBack).filter(trip -> trip.returning().plusDays(9).isBefore(to)).count());

        // decisions dated inside the agency's freeze
        long duringFreeze = TRIPS.stream().filter(trip -> trip.decision() != null && inPeriod.test(trip.decision()))
                .filter(trip -> !trip.decision().isBefore(ComplianceDataSet.FREEZE_FROM)
                        && !trip.decision().isAfter(ComplianceDataSet.FREEZE_UNTIL)).count();
        assertThat(figures.path("decisionsDuringFreezes")).hasSize((int) duringFreeze);
        assertThat(figures.path("decisionsDuringFreezes").get(0).path("decisionDate").asText())
                .isEqualTo("2025-02-20");

        // agreements: signed 5 days before entering into force; last day = start + term - 1 day
        JsonNode agreements = figures.path("agreements");
        assertThat(agreements.path("signed").asLong()).isEqualTo(AGREEMENTS.stream()
                .filter(agreement -> inPeriod.test(agreement.inForceFrom().minusDays(5))).count());
        Predicate<ComplianceDataSet.Agreement> inForceAtEnd = agreement -> !agreement.inForceFrom().isAfter(to)
                && !lastDay(agreement).isBefore(to);
        assertThat(agreements.path("inForce").asLong()).isEqualTo(AGREEMENTS.stream().filter(inForceAtEnd).count());
        assertThat(agreements.path("expiring").asLong()).isEqualTo(AGREEMENTS.stream().filter(inForceAtEnd)
                .filter(agreement -> !lastDay(agreement).isAfter(to.plusDays(90))).count());
        assertThat(agreements.path("unreported").asLong()).isEqualTo(AGREEMENTS.stream().filter(inForceAtEnd)
                .filter(agreement -> !agreement.inForceFrom().isAfter(from)).count());
        assertThat(agreements.path("overdueConsultations").asInt()).isZero();

        // conferences held in the period; a report falls due 15 days after the end (the next day)
        JsonNode conferences = figures.path("conferences");
        var held = CONFERENCES.stream().filter(conference -> inPeriod.test(conference.start())).toList();
        assertThat(conferences.path("held").asInt()).isEqualTo(held.size());
        assertThat(conferences.path("reported").asLong())
                .isEqualTo(held.stream().filter(ComplianceDataSet.Conference::reported).count());
        assertThat(conferences.path("reportsOverdue").asLong()).isEqualTo(held.stream()
                .filter(conference -> !conference.reported())
                .filter(conference -> conference.start().plusDays(16).isBefore(to)).count());

        // aid: committed when approved in the period, disbursed when paid out in it
        JsonNode total = figures.path("aid").path("total");
        var committed = AID.stream().filter(aid -> inPeriod.test(aid.approved())).toList();
        var disbursed = AID.stream().filter(aid -> inPeriod.test(aid.disbursedOn())).toList();
        BigDecimal committedVnd = committed.stream().map(aid -> ComplianceDataSet.vnd(aid.amount(), aid.rate()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal disbursedVnd = disbursed.stream()
                .map(aid -> ComplianceDataSet.vnd(aid.disbursed(), aid.disbursedRate()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total.path("committedVnd").decimalValue()).isEqualByComparingTo(committedVnd);
        assertThat(total.path("disbursedVnd").decimalValue()).isEqualByComparingTo(disbursedVnd);
        assertThat(total.path("aidCount").asInt()).isEqualTo(committed.size());
        assertThat(total.path("committed")).hasSize(committed.size());
        assertThat(total.path("committed").get(0).path("currency").asText()).isEqualTo("USD");
        assertThat(total.path("committed").get(0).path("amount").decimalValue())
                .isEqualByComparingTo(new BigDecimal("10000.00"));
        JsonNode bySector = figures.path("aid").path("bySector");
        assertThat(bySector).hasSize(committed.size());
        JsonNode health = null;
        for (JsonNode line : bySector) {
            if (line.path("key").asText().equals("HEALTH")) {
                health = line;
            }
        }
        assertThat(health).isNotNull();
        assertThat(health.path("label").asText()).isEqualTo("Y tế");
        assertThat(health.path("disbursed").get(0).path("amount").decimalValue())
                .isEqualByComparingTo(new BigDecimal("4000.00"));
        JsonNode byDonor = figures.path("aid").path("byDonor");
        assertThat(byDonor).hasSize(1);
        assertThat(byDonor.get(0).path("label").asText()).isEqualTo(data.donorName);
        assertThat(byDonor.get(0).path("committedVnd").decimalValue()).isEqualByComparingTo(committedVnd);
    }

    private static LocalDate lastDay(ComplianceDataSet.Agreement agreement) {
        return agreement.inForceFrom().plusYears(agreement.termYears()).plusMonths(agreement.termMonths())
                .minusDays(1);
    }

    private JsonNode report(String user, String path) {
        Api.Response response = api.get(user, "/api/v1/reports/" + path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.body();
    }
}
