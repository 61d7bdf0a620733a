package vn.foreignaffairs.registry.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A known set of records of two agencies of their own, a board ({@link #BOARD}) and an
 * armed-forces command ({@link #BORDER_GUARD}), created over HTTP in 2004 and 2005: years no other
 * test records anything in, so that the province's report of 2005 counts these records and no
 * others. Report tests compare the figures with numbers they work out from these specifications
 * themselves. It holds what a calculator could get wrong: on-plan, off-plan and exempt trips,
 * plan items of two plan years, decisions of outbound and inbound delegations during a freeze,
 * agreements in force, expiring and unreported, consultations answered late or never,
 * conferences reported and not, and aid of two donors in three sectors and three currencies.
 */
public final class ComplianceDataSet {

    /** The agencies by role in the data set: their codes are made up when the data set is created. */
    public static final String BOARD = "board";
    public static final String BORDER_GUARD = "border-guard";

    /** The donors by role. */
    public static final String GERMAN_NGO = "german-ngo";
    public static final String JAPANESE_NGO = "japanese-ngo";

    public enum Stage { DRAFT, APPROVED, RETURNED, REPORTED }

    public record PlanItem(String agency, int year, String id, String direction, Integer quarter, Integer month) {
    }

    /**
     * An outbound delegation: the plan item it realises (null: off-plan), the quota exemption of an
     * off-plan armed-forces task (null: none), its dates, and how far it got.
     */
    public record Trip(String agency, String item, String exemption, LocalDate departure, LocalDate returning,
                       LocalDate decision, Stage stage, boolean passportNotBack) {

        public boolean offPlan() {
            return item == null;
        }

        public boolean exempt() {
            return exemption != null;
        }
    }

    /** An inbound delegation, approved on {@code decision}. */
    public record Visit(String agency, String title, LocalDate arrival, LocalDate decision) {
    }

    public record Conference(String agency, String title, LocalDate start, boolean reported) {
    }

    public record Agreement(String agency, LocalDate inForceFrom, int termYears, int termMonths) {

        public LocalDate signedOn() {
            return inForceFrom.minusDays(5);
        }

        public LocalDate lastDay() {
            return inForceFrom.plusYears(termYears).plusMonths(termMonths).minusDays(1);
        }
    }

    /** An agreement proposal sent for SNGV's opinion on {@code requestedOn}, answered on {@code answeredOn} or never. */
    public record Consultation(String agency, LocalDate requestedOn, LocalDate answeredOn) {
    }

    public record Aid(String agency, String donor, String sector, String amount, String currency, String rate,
                      LocalDate fileCompleted, LocalDate approved, LocalDate disbursedOn, String disbursed,
                      String disbursedRate) {

        public BigDecimal committedVnd() {
            return vnd(amount, rate);
        }

        public BigDecimal disbursedVnd() {
            return disbursedOn == null ? BigDecimal.ZERO : vnd(disbursed, disbursedRate);
        }
    }

    public static final int YEAR = 2005;
    public static final LocalDate FREEZE_FROM = day("2005-02-15");
    public static final LocalDate FREEZE_UNTIL = day("2005-02-25");

    public static final List<PlanItem> ITEMS = List.of(
            new PlanItem(BOARD, 2004, "D4", "OUTBOUND", 4, null),
            new PlanItem(BOARD, 2005, "A", "OUTBOUND", 1, null),
            new PlanItem(BOARD, 2005, "B", "OUTBOUND", null, 5),
            new PlanItem(BOARD, 2005, "C", "OUTBOUND", 3, null),
            new PlanItem(BOARD, 2005, "V", "INBOUND", 1, null),
            new PlanItem(BORDER_GUARD, 2005, "X", "OUTBOUND", null, 3),
            new PlanItem(BORDER_GUARD, 2005, "W", "OUTBOUND", null, 6),
            new PlanItem(BORDER_GUARD, 2005, "Y", "OUTBOUND", 4, null));

    public static final List<Trip> TRIPS = List.of(
            new Trip(BOARD, "D4", null, day("2004-11-10"), day("2004-11-14"), day("2004-10-20"), Stage.REPORTED, false),
            new Trip(BOARD, "A", null, day("2005-03-10"), day("2005-03-14"), day("2005-02-20"), Stage.RETURNED, true),
            new Trip(BOARD, "B", null, day("2005-05-10"), day("2005-05-12"), day("2005-04-20"), Stage.REPORTED, false),
            new Trip(BOARD, "A", null, day("2005-06-20"), day("2005-06-25"), day("2005-06-01"), Stage.RETURNED, false),
            new Trip(BOARD, null, null, day("2005-04-01"), day("2005-04-05"), day("2005-03-10"), Stage.APPROVED, false),
            new Trip(BOARD, "B", null, day("2005-02-01"), day("2005-02-03"), null, Stage.DRAFT, false),
            new Trip(BOARD, "C", null, day("2005-08-05"), day("2005-08-10"), day("2005-07-01"), Stage.APPROVED, false),
            new Trip(BORDER_GUARD, null, "BORDER", day("2005-02-22"), day("2005-02-24"), day("2005-02-18"),
                    Stage.RETURNED, true),
            new Trip(BORDER_GUARD, null, "DEFENCE", day("2005-07-10"), day("2005-07-12"), day("2005-06-25"),
                    Stage.APPROVED, false),
            new Trip(BORDER_GUARD, "X", null, day("2005-03-20"), day("2005-03-25"), day("2005-03-01"),
                    Stage.REPORTED, false),
            new Trip(BORDER_GUARD, null, null, day("2005-04-15"), day("2005-04-18"), day("2005-04-01"),
                    Stage.APPROVED, false));

    public static final List<Visit> VISITS = List.of(
            new Visit(BOARD, "Đoàn tỉnh Sê Kông thăm và làm việc", day("2005-03-15"), day("2005-02-22")),
            new Visit(BORDER_GUARD, "Đoàn Biên phòng tỉnh Attapeu hội đàm", day("2005-06-20"), day("2005-06-10")));

    public static final List<Conference> CONFERENCES = List.of(
            new Conference(BOARD, "Hội nghị quốc tế về hợp tác đầu tư 2005", day("2005-03-10"), true),
            new Conference(BOARD, "Hội thảo quốc tế về du lịch bền vững", day("2005-04-05"), false),
            new Conference(BOARD, "Hội nghị quốc tế về hợp tác giáo dục", day("2005-09-10"), true),
            new Conference(BORDER_GUARD, "Hội thảo quốc tế về quản lý biên giới", day("2005-02-10"), false),
            new Conference(BORDER_GUARD, "Hội nghị quốc tế về phòng chống thiên tai", day("2004-11-20"), true));

    public static final List<Agreement> AGREEMENTS = List.of(
            new Agreement(BOARD, day("2004-06-01"), 5, 0),
            new Agreement(BOARD, day("2004-12-01"), 5, 0),
            new Agreement(BOARD, day("2005-03-15"), 5, 0),
            new Agreement(BOARD, day("2005-03-20"), 0, 4),
            new Agreement(BORDER_GUARD, day("2005-01-10"), 1, 0));

    public static final List<Consultation> CONSULTATIONS = List.of(
            new Consultation(BORDER_GUARD, day("2005-03-03"), null),
            new Consultation(BORDER_GUARD, day("2005-03-07"), day("2005-06-10")),
            new Consultation(BOARD, day("2005-04-04"), day("2005-04-08")));

    public static final List<Aid> AID = List.of(
            new Aid(BOARD, GERMAN_NGO, "HEALTH", "10000.00", "USD", "25000", day("2005-02-05"), day("2005-03-01"),
                    day("2005-04-01"), "4000.00", "25400"),
            new Aid(BOARD, GERMAN_NGO, "EDUCATION_AND_TRAINING", "500000000", "VND", "1", day("2005-07-01"),
                    day("2005-08-01"), null, null, null),
            new Aid(BORDER_GUARD, JAPANESE_NGO, "EMERGENCY_RELIEF", "20000.00", "EUR", "27000", day("2005-01-20"),
                    day("2005-02-10"), day("2005-03-20"), "5000.00", "27100"),
            new Aid(BORDER_GUARD, JAPANESE_NGO, "HEALTH", "3000.00", "USD", "25100", day("2005-03-25"),
                    day("2005-04-10"), null, null, null));

    /** Agency codes and officers by role, donor ids and names by role. */
    public final Map<String, String> agencies = new LinkedHashMap<>();
    public final Map<String, String> officers = new LinkedHashMap<>();
    public final Map<String, String> donorIds = new LinkedHashMap<>();
    public final Map<String, String> donorNames = new LinkedHashMap<>();

    private final Api api;

    private ComplianceDataSet(Api api) {
        this.api = api;
    }

    public static ComplianceDataSet create(Api api, TestAgencies testAgencies) {
        ComplianceDataSet data = new ComplianceDataSet(api);
        for (String[] role : new String[][] {{BOARD, "RPT", "BOARD"}, {BORDER_GUARD, "RPB", "ARMED_FORCES"}}) {
            String code = testAgencies.register(role[1], role[2]);
            data.agencies.put(role[0], code);
            data.officers.put(role[0], testAgencies.officerOf(code));
        }
        data.seed();
        return data;
    }

    public String agency(String role) {
        return agencies.get(role);
    }

    public String officer(String role) {
        return officers.get(role);
    }

    /** The role of an agency code of the data set, or null for any other agency. */
    public String roleOf(String code) {
        return agencies.entrySet().stream().filter(entry -> entry.getValue().equals(code)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private void seed() {
        for (String role : agencies.keySet()) {
            for (int year : new int[] {2004, 2005}) {
                List<PlanItem> items = ITEMS.stream().filter(item -> item.agency().equals(role) && item.year() == year)
                        .toList();
                if (!items.isEmpty()) {
                    plan(role, year, items);
                }
            }
        }
        ok(api.post("admin", "/api/v1/freezes", Map.of("agencies", List.copyOf(agencies.values()),
                "from", FREEZE_FROM.toString(), "until", FREEZE_UNTIL.toString(), "reason", "Sắp xếp tổ chức bộ máy",
                "legalBasis", "Kế hoạch thử nghiệm 01/KH-UBND")), 201);
        TRIPS.forEach(this::trip);
        VISITS.forEach(this::visit);
        CONFERENCES.forEach(this::conference);
        AGREEMENTS.forEach(this::agreement);
        CONSULTATIONS.forEach(this::consultation);
        AidSteps donors = new AidSteps(api);
        donorNames.put(GERMAN_NGO, "Quỹ Hữu nghị Đức " + agency(BOARD));
        donorNames.put(JAPANESE_NGO, "Tổ chức Hỗ trợ Nhân đạo Nhật Bản " + agency(BORDER_GUARD));
        donorIds.put(GERMAN_NGO, donors.donor(donorNames.get(GERMAN_NGO), "FOREIGN_NGO", "DE"));
        donorIds.put(JAPANESE_NGO, donors.donor(donorNames.get(JAPANESE_NGO), "FOREIGN_NGO", "JP"));
        AID.forEach(this::aid);
    }

    private void plan(String role, int year, List<PlanItem> planItems) {
        String path = "/api/v1/plans/" + agency(role) + "/" + year;
        List<Map<String, Object>> items = new ArrayList<>();
        for (PlanItem item : planItems) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("itemId", item.id());
            body.put("direction", item.direction());
            body.put("countryCode", "LA");
            if (item.direction().equals("INBOUND")) {
                body.put("foreignParty", "Tỉnh Sê Kông");
            }
            body.put("purpose", "Hợp tác hữu nghị với các tỉnh Nam Lào");
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
        ok(api.put(officer(role), path, Map.of("items", items)), 200);
        ok(api.post(officer(role), path + "/submit", null), 200);
        ok(api.post("leader", path + "/approve", Map.of("decisionNumber", "KH-" + agency(role) + "-" + year,
                "decisionDate", (year - 1) + "-12-20")), 200);
    }

    private void trip(Trip trip) {
        String officer = officer(trip.agency());
        Map<String, Object> body = trip.offPlan() ? DelegationRequests.newOffPlanDelegation("SNGV")
                : DelegationRequests.newDelegation();
        if (!trip.offPlan()) {
            body.put("plannedItemId", trip.item());
        }
        if (trip.exempt()) {
            body.put("quotaExemption", trip.exemption());
        }
        body.put("title", "Đoàn công tác tỉnh Sê Kông " + trip.departure());
        body.put("destinations", List.of(Map.of("countryCode", "LA", "city", "Sê Kông")));
        body.put("departureDate", trip.departure().toString());
        body.put("returnDate", trip.returning().toString());
        body.put("programme", List.of(Map.of("date", trip.departure().plusDays(1).toString(), "place", "Sê Kông",
                "content", "Hội đàm với đối tác")));
        body.put("members", List.of(TripRequests.member(TripRequests.HEAD, "OFFICIAL", true)));
        String id = ok(api.post(officer, "/api/v1/delegations", body), 201).id();
        String path = "/api/v1/delegations/" + id;
        if (trip.stage() == Stage.DRAFT) {
            return;
        }
        ok(api.post(officer, path + "/submit", null), 200);
        if (trip.offPlan()) {
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

    private void visit(Visit visit) {
        String officer = officer(visit.agency());
        Map<String, Object> body = InboundDelegationRequests.newInboundDelegation();
        body.put("title", visit.title());
        body.put("foreignParty", Map.of("countryCode", "LA", "organisation", "UBND tỉnh", "locality", "Sê Kông"));
        body.put("purpose", "FRIENDSHIP_AND_COOPERATION");
        body.put("arrivalDate", visit.arrival().toString());
        body.put("departureDate", visit.arrival().plusDays(2).toString());
        body.put("programme", List.of(Map.of("date", visit.arrival().toString(), "content", "Hội đàm",
                "place", "Trụ sở UBND tỉnh")));
        String path = InboundDelegationRequests.PATH + "/" + ok(api.post(officer, InboundDelegationRequests.PATH,
                body), 201).id();
        ok(api.post(officer, path + "/submit", null), 200);
        ok(api.post("leader", path + "/approve", Map.of("decisionNumber", "ĐV-" + visit.arrival(),
                "decisionDate", visit.decision().toString())), 200);
    }

    private void conference(Conference conference) {
        String officer = officer(conference.agency());
        Map<String, Object> body = ConferenceRequests.startingIn(0);
        body.put("title", conference.title());
        body.put("startDate", conference.start().toString());
        body.put("endDate", conference.start().plusDays(1).toString());
        String path = ConferenceRequests.PATH + "/" + ok(api.post(officer, ConferenceRequests.PATH, body), 201).id();
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
        proposal.put("title", "Thỏa thuận hợp tác với tỉnh Sê Kông " + agreement.inForceFrom());
        proposal.put("term", Map.of("years", agreement.termYears(), "months", agreement.termMonths()));
        new AgreementSteps(api).inForce(officer(agreement.agency()), proposal, agreement.inForceFrom());
    }

    private void consultation(Consultation consultation) {
        Map<String, Object> proposal = AgreementRequests.proposal();
        proposal.put("title", "Biên bản ghi nhớ về hợp tác biên giới " + consultation.requestedOn());
        String id = new AgreementSteps(api).underConsultation(officer(consultation.agency()), proposal,
                consultation.requestedOn());
        if (consultation.answeredOn() != null) {
            ok(api.post("reviewer", AgreementRequests.PATH + "/" + id + "/consultations",
                    AgreementRequests.opinion("SNGV", "AGREE", consultation.answeredOn())), 200);
        }
    }

    private void aid(Aid aid) {
        String officer = officer(aid.agency());
        Map<String, Object> proposal = AidRequestBodies.proposal(donorIds.get(aid.donor()));
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
                    aid.amount(), aid.currency(), aid.rate())), 200);
            ok(api.post(officer, path + "/disbursements", AidRequestBodies.disbursement(aid.disbursedOn().toString(),
                    aid.disbursed(), aid.currency(), aid.disbursedRate())), 200);
        }
    }

    /** The dong amount at a rate, rounded to the dong as the registry does. */
    public static BigDecimal vnd(String amount, String rate) {
        return new BigDecimal(amount).multiply(new BigDecimal(rate)).setScale(0, RoundingMode.HALF_UP);
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    private static Api.Response ok(Api.Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response;
    }
}
