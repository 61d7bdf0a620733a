package vn.foreignaffairs.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A known set of records of one agency of its own (a BOARD, so no other test's freeze touches it),
 * created over HTTP in 2025, for report tests to compare the figures with numbers they work out
 * from these specifications themselves. Every date is in the past, as the trips, conferences and
 * money it records must be.
 */
public final class ComplianceDataSet {

    public enum Stage { DRAFT, APPROVED, RETURNED, REPORTED }

    /** An outbound delegation: the plan item it realises (null: off-plan), its dates and how far it got. */
    public record Trip(String item, LocalDate departure, LocalDate returning, LocalDate decision, Stage stage,
                       boolean passportNotBack) {
    }

    public record PlanItem(String id, String direction, Integer quarter, Integer month) {
    }

    public record Conference(String title, LocalDate start, boolean reported) {
    }

    public record Agreement(LocalDate inForceFrom, int termYears, int termMonths) {
    }

    public record Aid(String sector, String amount, String currency, String rate, LocalDate fileCompleted,
                      LocalDate approved, LocalDate disbursedOn, String disbursed, String disbursedRate) {
    }

    public static final int YEAR = 2025;
    public static final LocalDate FREEZE_FROM = LocalDate.of(2025, 2, 15);
    public static final LocalDate FREEZE_UNTIL = LocalDate.of(2025, 2, 25);

    public static final List<PlanItem> ITEMS = List.of(
            new PlanItem("A", "OUTBOUND", 1, null),
            new PlanItem("B", "OUTBOUND", null, 5),
            new PlanItem("C", "OUTBOUND", 3, null),
            new PlanItem("D", "INBOUND", 1, null));

    public static final List<Trip> TRIPS = List.of(
            new Trip("A", day("2025-03-10"), day("2025-03-14"), day("2025-02-20"), Stage.RETURNED, true),
            new Trip("B", day("2025-05-10"), day("2025-05-12"), day("2025-04-20"), Stage.REPORTED, false),
            new Trip("A", day("2025-06-20"), day("2025-06-25"), day("2025-06-01"), Stage.RETURNED, false),
            new Trip(null, day("2025-04-01"), day("2025-04-05"), day("2025-03-10"), Stage.APPROVED, false),
            new Trip("B", day("2025-02-01"), day("2025-02-03"), null, Stage.DRAFT, false),
            new Trip("C", day("2025-08-05"), day("2025-08-10"), day("2025-07-01"), Stage.APPROVED, false));

    public static final List<Conference> CONFERENCES = List.of(
            new Conference("Hội nghị quốc tế về hợp tác đầu tư 2025", day("2025-04-10"), true),
            new Conference("Hội thảo quốc tế về du lịch bền vững", day("2025-05-20"), false),
            new Conference("Hội nghị quốc tế về hợp tác giáo dục", day("2025-09-10"), true));

    public static final List<Agreement> AGREEMENTS = List.of(
            new Agreement(day("2024-12-01"), 5, 0),
            new Agreement(day("2025-03-15"), 5, 0),
            new Agreement(day("2025-03-20"), 0, 4));

    public static final List<Aid> AID = List.of(
            new Aid("HEALTH", "10000.00", "USD", "25000", day("2025-02-05"), day("2025-03-01"),
                    day("2025-04-01"), "4000.00", "25400"),
            new Aid("EDUCATION_AND_TRAINING", "500000000", "VND", "1", day("2025-07-01"), day("2025-08-01"),
                    null, null, null));

    public final String agency;
    public final String officer;
    public final String donorName;
    public final List<String> conferenceIds = new ArrayList<>();

    private final Api api;

    private ComplianceDataSet(Api api, String agency, String officer, String donorName) {
        this.api = api;
        this.agency = agency;
        this.officer = officer;
        this.donorName = donorName;
    }

    public static ComplianceDataSet create(Api api, TestAgencies agencies) {
        String agency = agencies.register("RPT", "BOARD");
        String officer = agencies.officerOf(agency);
        String donorName = "Quỹ Hữu nghị Đức " + agency;
        ComplianceDataSet data = new ComplianceDataSet(api, agency, officer, donorName);
        data.seed();
        return data;
    }

    private void seed() {
        plan();
        ok(api.post("admin", "/api/v1/freezes", Map.of("agencies", List.of(agency), "from", FREEZE_FROM.toString(),
                "until", FREEZE_UNTIL.toString(), "reason", "Sắp xếp tổ chức bộ máy",
                "legalBasis", "Kế hoạch thử nghiệm 01/KH-UBND")), 201);
        TRIPS.forEach(this::trip);
        CONFERENCES.forEach(this::conference);
        AGREEMENTS.forEach(this::agreement);
        String donor = new AidSteps(api).donor(donorName, "FOREIGN_NGO", "DE");
        AID.forEach(aid -> aid(aid, donor));
    }

    private void plan() {
        String path = "/api/v1/plans/" + agency + "/" + YEAR;
        List<Map<String, Object>> items = new ArrayList<>();
        for (PlanItem item : ITEMS) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("itemId", item.id());
            body.put("direction", item.direction());
            body.put("countryCode", "JP");
            if (item.direction().equals("INBOUND")) {
                body.put("foreignParty", "Thành phố Izumisano");
            }
            body.put("purpose", "Xúc tiến đầu tư");
            if (item.quarter() != null) {
                body.put("plannedQuarter", item.quarter());
            }
            if (item.month() != null) {
                body.put("plannedMonth", item.month());
            }
            body.put("size", 4);
            body.put("estimatedCostVnd", 200_000_000L);
            items.add(body);
        }
        ok(api.put(officer, path, Map.of("items", items)), 200);
        ok(api.post(officer, path + "/submit", null), 200);
        ok(api.post("leader", path + "/approve", Map.of("decisionNumber", "KH-" + agency,
                "decisionDate", "2024-12-20")), 200);
    }

    private void trip(Trip trip) {
        Map<String, Object> body = trip.item() == null ? DelegationRequests.newOffPlanDelegation("SNGV")
                : DelegationRequests.newDelegation();
        if (trip.item() != null) {
            body.put("plannedItemId", trip.item());
        }
        body.put("title", "Đoàn công tác Nhật Bản " + trip.departure());
        body.put("departureDate", trip.departure().toString());
        body.put("returnDate", trip.returning().toString());
        body.put("programme", List.of(Map.of("date", trip.departure().plusDays(1).toString(), "place", "Osaka",
                "content", "Làm việc với đối tác")));
        body.put("members", List.of(TripRequests.member(TripRequests.HEAD, "OFFICIAL", true)));
        String id = ok(api.post(officer, "/api/v1/delegations", body), 201).id();
        String path = "/api/v1/delegations/" + id;
        if (trip.stage() == Stage.DRAFT) {
            return;
        }
        ok(api.post(officer, path + "/submit", null), 200);
        if (trip.item() == null) {
            ok(api.post("reviewer", path + "/consultations", Map.of("agency", "SNGV", "opinion", "AGREE")), 200);
        }
        ok(api.post("leader", path + "/approve", TripRequests.decision("QĐ-" + trip.departure(),
                trip.decision().toString())), 200);
        if (trip.stage() == Stage.APPROVED) {
            return;
        }
        if (trip.passportNotBack()) {
            ok(api.post(officer, path + "/passports/handout", TripRequests.handout(TripRequests.HEAD, "C1234567",
                    trip.departure().minusDays(3).toString())), 200);
        }
        ok(api.post(officer, path + "/depart", TripRequests.departure(trip.departure().toString())), 200);
        ok(api.post(officer, path + "/return", TripRequests.returning(trip.returning().toString())), 200);
        if (trip.stage() == Stage.REPORTED) {
            ok(api.post(officer, path + "/report", TripRequests.report()), 200);
        }
    }

    private void conference(Conference conference) {
        Map<String, Object> body = ConferenceRequests.startingIn(0);
        body.put("title", conference.title());
        body.put("startDate", conference.start().toString());
        body.put("endDate", conference.start().plusDays(1).toString());
        String path = ConferenceRequests.PATH + "/" + ok(api.post(officer, ConferenceRequests.PATH, body), 201).id();
        conferenceIds.add(path.substring(path.lastIndexOf('/') + 1));
        ok(api.post(officer, path + "/submit", ConferenceRequests.application("SNGV")), 200);
        ok(api.post("reviewer", path + "/consultations", ConferenceRequests.opinion("SNGV", "AGREE", null)), 200);
        ok(api.post("leader", path + "/permit", ConferenceRequests.permit("Hồ sơ bổ sung sau khi đã tổ chức")), 200);
        ok(api.post(officer, path + "/held", ConferenceRequests.held(conference.start(), conference.start().plusDays(1),
                100, 20)), 200);
        if (conference.reported()) {
            ok(api.post(officer, path + "/report", ConferenceRequests.report("Ký 2 biên bản ghi nhớ.")), 200);
        }
    }

    private void agreement(Agreement agreement) {
        Map<String, Object> proposal = AgreementRequests.proposal();
        proposal.put("title", "Thỏa thuận hợp tác " + agreement.inForceFrom());
        proposal.put("term", Map.of("years", agreement.termYears(), "months", agreement.termMonths()));
        new AgreementSteps(api).inForce(officer, proposal, agreement.inForceFrom());
    }

    private void aid(Aid aid, String donor) {
        Map<String, Object> proposal = AidRequestBodies.proposal(donor);
        proposal.put("sector", aid.sector());
        proposal.put("committed", AidRequestBodies.amount(aid.amount(), aid.currency(), aid.rate(),
                aid.fileCompleted().minusDays(4).toString()));
        proposal.put("fileCompletedOn", aid.fileCompleted().toString());
        proposal.put("plannedStartDate", aid.approved().plusDays(14).toString());
        proposal.put("plannedEndDate", aid.approved().plusYears(1).toString());
        String path = AidRequestBodies.PROJECTS + "/" + ok(api.post(officer, AidRequestBodies.PROJECTS, proposal), 201)
                .id();
        ok(api.post("reviewer", path + "/consultations", AidRequestBodies.opinion("CA", "AGREE", null)), 200);
        ok(api.post("reviewer", path + "/appraise", AidRequestBodies.appraisal("FAVOURABLE",
                aid.approved().minusDays(9).toString())), 200);
        ok(api.post("leader", path + "/approve", AidRequestBodies.decision("PD-" + aid.approved(),
                aid.approved().toString())), 200);
        if (aid.disbursedOn() != null) {
            ok(api.post(officer, path + "/receipts", AidRequestBodies.receipt(aid.disbursedOn().minusDays(10).toString(),
                    aid.amount(), aid.currency(), "25100")), 200);
            ok(api.post(officer, path + "/disbursements", AidRequestBodies.disbursement(aid.disbursedOn().toString(),
                    aid.disbursed(), aid.currency(), aid.disbursedRate())), 200);
        }
    }

    /** The dong amount at a rate, rounded to the dong as the registry does. */
    public static BigDecimal vnd(String amount, String rate) {
        return new BigDecimal(amount).multiply(new BigDecimal(rate)).setScale(0, java.math.RoundingMode.HALF_UP);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static Api.Response ok(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
