package vn.foreignaffairs.registry.delegation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.foreignaffairs.registry.api.delegation.CostEstimate;
import vn.foreignaffairs.registry.api.delegation.DelegationDetails;
import vn.foreignaffairs.registry.api.delegation.FundingSource;
import vn.foreignaffairs.registry.api.delegation.Member;
import vn.foreignaffairs.registry.api.delegation.PassportKind;
import vn.foreignaffairs.registry.web.page.FormErrors;

/**
 * The new-delegation page's form, as typed: one destination, one member (the head), one funding
 * line and the first programme day. Everything is text, so that a date or amount that is no date
 * or amount comes back in place instead of failing the binding; {@link #toRequest} turns it into
 * the API's {@link DelegationRequest}.
 */
public class DelegationForm {

    /** The form's inputs, each shown with its own errors, and the message key of its label. */
    static final Map<String, String> FIELDS = labels("title", "title", "purpose", "purpose", "countryCode", "country",
            "city", "city", "foreignPartner", "partner", "departureDate", "departure", "returnDate", "return",
            "memberName", "memberName", "memberPosition", "memberPosition", "passportKind", "passportKind",
            "costTotal", "costTotal", "fundingSource", "fundingSource", "programmeDate", "programmeDate",
            "programmePlace", "programmePlace", "programmeContent", "programmeContent", "plannedItemId",
            "plannedItem", "offPlanReason", "offPlanReason", "offPlanNecessity", "offPlanNecessity",
            "invitationLetter", "invitationLetter", "consultedAgencies", "consultedAgencies");

    private String title;
    private String purpose;
    private String countryCode;
    private String city;
    private String foreignPartner;
    private String departureDate;
    private String returnDate;
    private String memberName;
    private String memberPosition;
    private String passportKind = PassportKind.OFFICIAL.name();
    private String costTotal;
    private String fundingSource = FundingSource.AGENCY_BUDGET.name();
    private String programmeDate;
    private String programmePlace;
    private String programmeContent;
    private String plannedItemId;
    private String offPlanReason;
    private String offPlanNecessity;
    private String invitationLetter;
    private String consultedAgencies;

    private static Map<String, String> labels(String... inputAndLabel) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < inputAndLabel.length; i += 2) {
            labels.put(inputAndLabel[i], "delegation.field." + inputAndLabel[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(labels);
    }

    /** The form filled with a delegation's details as recorded, to revise them. */
    static DelegationForm of(DelegationDetails details) {
        DelegationForm form = new DelegationForm();
        form.title = details.title();
        form.purpose = details.purpose();
        details.destinations().stream().findFirst().ifPresent(destination -> {
            form.countryCode = destination.countryCode();
            form.city = destination.city();
        });
        form.foreignPartner = details.foreignPartners().stream().findFirst().orElse(null);
        form.departureDate = text(details.departureDate());
        form.returnDate = text(details.returnDate());
        Optional<Member> head = details.members().stream().filter(Member::head).findFirst()
                .or(() -> details.members().stream().findFirst());
        head.ifPresent(member -> {
            form.memberName = member.name();
            form.memberPosition = member.position();
            form.passportKind = member.passportKind() == null ? null : member.passportKind().name();
        });
        CostEstimate cost = details.costEstimate();
        if (cost != null) {
            form.costTotal = String.valueOf(cost.totalVnd());
            cost.funding().stream().findFirst().ifPresent(funding -> form.fundingSource = funding.source().name());
        }
        details.programme().stream().findFirst().ifPresent(day -> {
            form.programmeDate = text(day.date());
            form.programmePlace = day.place();
            form.programmeContent = day.content();
        });
        form.plannedItemId = details.plannedItemId();
        if (details.offPlanCase() != null) {
            form.offPlanReason = details.offPlanCase().reason();
            form.offPlanNecessity = details.offPlanCase().necessity();
            form.invitationLetter = details.offPlanCase().invitationLetterReference();
            form.consultedAgencies = String.join(", ", details.offPlanCase().consultedAgencies());
        }
        return form;
    }

    /**
     * The API's request for what was typed; a date, amount or choice that cannot be read is added
     * to {@code errors} (message key {@code form.invalid.*}) and left out.
     */
    DelegationRequest toRequest(FormErrors errors, java.util.function.Function<String, String> text) {
        LocalDate departure = date("departureDate", departureDate, errors, text);
        LocalDate returning = date("returnDate", returnDate, errors, text);
        LocalDate day = date("programmeDate", programmeDate, errors, text);
        PassportKind passport = choice(PassportKind.class, "passportKind", passportKind, errors, text);
        FundingSource source = choice(FundingSource.class, "fundingSource", fundingSource, errors, text);
        Long total = amount(errors, text);
        List<DelegationRequest.DestinationRequest> destinations = blank(countryCode) && blank(city) ? List.of()
                : List.of(new DelegationRequest.DestinationRequest(trim(countryCode) == null ? null
                        : trim(countryCode).toUpperCase(java.util.Locale.ROOT), trim(city)));
        List<DelegationRequest.MemberRequest> members = blank(memberName) && blank(memberPosition) ? List.of()
                : List.of(new DelegationRequest.MemberRequest(trim(memberName), trim(memberPosition), null,
                        passport, true));
        DelegationRequest.CostEstimateRequest cost = total == null ? null
                : new DelegationRequest.CostEstimateRequest(total,
                        List.of(new DelegationRequest.FundingRequest(source, total)));
        List<DelegationRequest.ProgrammeDayRequest> programme = day == null && blank(programmeContent) ? List.of()
                : List.of(new DelegationRequest.ProgrammeDayRequest(day, trim(programmePlace), trim(programmeContent)));
        boolean offPlan = blank(plannedItemId);
        DelegationRequest.OffPlanCaseRequest offPlanCase = offPlan
                ? new DelegationRequest.OffPlanCaseRequest(trim(offPlanReason), trim(offPlanNecessity),
                        trim(invitationLetter), agencies())
                : null;
        return new DelegationRequest(null, trim(title) == null ? "" : trim(title), trim(purpose), destinations,
                blank(foreignPartner) ? List.of() : List.of(trim(foreignPartner)), departure, returning, members,
                cost, programme, offPlan ? null : trim(plannedItemId), offPlanCase, null);
    }

    private List<String> agencies() {
        return blank(consultedAgencies) ? List.of() : Arrays.stream(consultedAgencies.split("[,;\\s]+"))
                .filter(code -> !code.isBlank()).map(code -> code.toUpperCase(java.util.Locale.ROOT)).toList();
    }

    private Long amount(FormErrors errors, java.util.function.Function<String, String> text) {
        if (blank(costTotal)) {
            return null;
        }
        String digits = costTotal.replaceAll("[\\s.,]", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException notAnAmount) {
            errors.add("costTotal", text.apply("records.form.invalid.amount"));
            return null;
        }
    }

    private static LocalDate date(String field, String value, FormErrors errors,
                                  java.util.function.Function<String, String> text) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            errors.add(field, text.apply("records.form.invalid.date"));
            return null;
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> kind, String field, String value, FormErrors errors,
                                                java.util.function.Function<String, String> text) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(kind, value.strip());
        } catch (IllegalArgumentException unknown) {
            errors.add(field, text.apply("records.form.invalid.choice"));
            return null;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.strip();
    }

    /**
     * The form input that shows an error the API names {@code field} (Bean Validation's property
     * path or a RuleViolation's field), e.g. {@code destinations[0].countryCode} → {@code countryCode}.
     */
    static String inputOf(String field) {
        if (field == null) {
            return null;
        }
        String name = field.startsWith("details.") ? field.substring("details.".length()) : field;
        if (name.startsWith("destinations")) {
            return name.endsWith(".city") ? "city" : "countryCode";
        }
        if (name.startsWith("foreignPartners")) {
            return "foreignPartner";
        }
        if (name.startsWith("members")) {
            return name.contains(".position") ? "memberPosition"
                    : name.contains(".passportKind") ? "passportKind" : "memberName";
        }
        if (name.startsWith("costEstimate")) {
            return name.contains(".source") ? "fundingSource" : "costTotal";
        }
        if (name.startsWith("programme")) {
            return name.contains(".date") ? "programmeDate" : name.contains(".place") ? "programmePlace"
                    : "programmeContent";
        }
        if (name.startsWith("offPlanCase")) {
            return name.contains("necessity") ? "offPlanNecessity"
                    : name.contains("invitationLetter") ? "invitationLetter"
                    : name.contains("consultedAgencies") ? "consultedAgencies" : "offPlanReason";
        }
        return name;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getCountryCode() { return countryCode; }
    public void setCountryCode(String countryCode) { this.countryCode = countryCode; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getForeignPartner() { return foreignPartner; }
    public void setForeignPartner(String foreignPartner) { this.foreignPartner = foreignPartner; }
    public String getDepartureDate() { return departureDate; }
    public void setDepartureDate(String departureDate) { this.departureDate = departureDate; }
    public String getReturnDate() { return returnDate; }
    public void setReturnDate(String returnDate) { this.returnDate = returnDate; }
    public String getMemberName() { return memberName; }
    public void setMemberName(String memberName) { this.memberName = memberName; }
    public String getMemberPosition() { return memberPosition; }
    public void setMemberPosition(String memberPosition) { this.memberPosition = memberPosition; }
    public String getPassportKind() { return passportKind; }
    public void setPassportKind(String passportKind) { this.passportKind = passportKind; }
    public String getCostTotal() { return costTotal; }
    public void setCostTotal(String costTotal) { this.costTotal = costTotal; }
    public String getFundingSource() { return fundingSource; }
    public void setFundingSource(String fundingSource) { this.fundingSource = fundingSource; }
    public String getProgrammeDate() { return programmeDate; }
    public void setProgrammeDate(String programmeDate) { this.programmeDate = programmeDate; }
    public String getProgrammePlace() { return programmePlace; }
    public void setProgrammePlace(String programmePlace) { this.programmePlace = programmePlace; }
    public String getProgrammeContent() { return programmeContent; }
    public void setProgrammeContent(String programmeContent) { this.programmeContent = programmeContent; }
    public String getPlannedItemId() { return plannedItemId; }
    public void setPlannedItemId(String plannedItemId) { this.plannedItemId = plannedItemId; }
    public String getOffPlanReason() { return offPlanReason; }
    public void setOffPlanReason(String offPlanReason) { this.offPlanReason = offPlanReason; }
    public String getOffPlanNecessity() { return offPlanNecessity; }
    public void setOffPlanNecessity(String offPlanNecessity) { this.offPlanNecessity = offPlanNecessity; }
    public String getInvitationLetter() { return invitationLetter; }
    public void setInvitationLetter(String invitationLetter) { this.invitationLetter = invitationLetter; }
    public String getConsultedAgencies() { return consultedAgencies; }
    public void setConsultedAgencies(String consultedAgencies) { this.consultedAgencies = consultedAgencies; }
}
