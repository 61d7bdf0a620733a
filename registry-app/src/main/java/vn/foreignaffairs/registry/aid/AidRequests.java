package vn.foreignaffairs.registry.aid;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.foreignaffairs.registry.api.aid.AidAmount;
import vn.foreignaffairs.registry.api.aid.AidDecision;
import vn.foreignaffairs.registry.api.aid.AidDetails;
import vn.foreignaffairs.registry.api.aid.AidKind;
import vn.foreignaffairs.registry.api.aid.AidSector;
import vn.foreignaffairs.registry.api.aid.AppraisalConclusion;
import vn.foreignaffairs.registry.api.aid.DonorDetails;
import vn.foreignaffairs.registry.api.aid.DonorId;
import vn.foreignaffairs.registry.api.aid.DonorKind;
import vn.foreignaffairs.registry.api.aid.DonorPermit;
import vn.foreignaffairs.registry.api.aid.PermitKind;

/**
 * The JSON bodies of the aid endpoints. Formats are checked here; what makes an amount, a date
 * or a decision acceptable is the aggregates' business, so that each refusal has one code.
 */
public final class AidRequests {

    private AidRequests() {
    }

    record DonorRequest(
            @NotBlank @Size(max = 300) String name,
            @NotNull DonorKind kind,
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code") String countryCode,
            @Valid PermitRequest permit) {

        DonorDetails toDetails() {
            return new DonorDetails(name.strip(), kind, countryCode, permit == null ? null : permit.toPermit());
        }
    }

    /** A registration or permit in Vietnam (giấy đăng ký), valid from its issue until its expiry. */
    record PermitRequest(
            @NotNull PermitKind kind,
            @NotBlank @Size(max = 100) String number,
            @Size(max = 300) String issuedBy,
            @NotNull LocalDate issuedOn,
            @NotNull LocalDate validUntil) {

        DonorPermit toPermit() {
            return new DonorPermit(kind, number, issuedBy, issuedOn, validUntil);
        }
    }

    /** An amount in its currency (ISO 4217), the dong rate used for it and the date of that rate. */
    record AmountRequest(
            @NotNull @Digits(integer = 15, fraction = 3) BigDecimal amount,
            @NotBlank @Size(max = 16) String currency,
            @NotNull @Digits(integer = 9, fraction = 6) BigDecimal vndRate,
            @NotNull LocalDate rateDate) {

        AidAmount toAmount() {
            return new AidAmount(amount, currency, vndRate, rateDate);
        }
    }

    /**
     * Proposed aid. {@code receivingAgency} may be left out by officers (their own agency is
     * used); {@code fileCompletedOn}, the day the file was complete, defaults to today.
     */
    record ProposalRequest(
            @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be an agency code")
            String receivingAgency,
            @NotNull AidKind kind,
            @NotBlank @Size(max = 300) String title,
            @Size(max = 8000) String description,
            @NotBlank @Size(max = 64) String donorId,
            @NotNull AidSector sector,
            @NotNull @Size(min = 1, max = 50) List<@NotBlank @Size(max = 200) String> districts,
            @NotNull @Valid AmountRequest committed,
            @NotNull LocalDate plannedStartDate,
            LocalDate plannedEndDate,
            LocalDate fileCompletedOn) {

        AidDetails toDetails() {
            return new AidDetails(kind, title.strip(), strip(description), new DonorId(donorId.strip()), sector,
                    districts.stream().map(String::strip).toList(), committed.toAmount(), plannedStartDate,
                    plannedEndDate);
        }
    }

    /** The Department of Foreign Affairs' appraisal; {@code appraisedOn} defaults to today. */
    record AppraisalRequest(
            @NotNull AppraisalConclusion conclusion,
            @NotBlank @Size(max = 8000) String summary,
            LocalDate appraisedOn) {
    }

    /**
     * A decision on aid: its number, date and approver (the signed-in leader when left out), and,
     * to approve against an unfavourable appraisal, why.
     */
    public record DecisionRequest(
            @NotBlank @Size(max = 100) String decisionNumber,
            @NotNull LocalDate decisionDate,
            @Size(max = 200) String approver,
            @Size(max = 2000) String overrideReason) {
    }

    record ReceiptRequest(
            @NotNull LocalDate receivedOn,
            @NotNull @Digits(integer = 15, fraction = 3) BigDecimal amount,
            @NotBlank @Size(max = 16) String currency,
            @NotNull @Digits(integer = 9, fraction = 6) BigDecimal vndRate,
            @NotNull LocalDate rateDate,
            @Size(max = 200) String reference) {

        AidAmount toAmount() {
            return new AidAmount(amount, currency, vndRate, rateDate);
        }
    }

    record DisbursementRequest(
            @NotNull LocalDate disbursedOn,
            @NotNull @Digits(integer = 15, fraction = 3) BigDecimal amount,
            @NotBlank @Size(max = 16) String currency,
            @NotNull @Digits(integer = 9, fraction = 6) BigDecimal vndRate,
            @NotNull LocalDate rateDate,
            @NotBlank @Size(max = 300) String recipient,
            @Size(max = 2000) String purpose) {

        AidAmount toAmount() {
            return new AidAmount(amount, currency, vndRate, rateDate);
        }
    }

    record MonitoringVisitRequest(
            @NotNull LocalDate visitedOn,
            @NotBlank @Size(max = 300) String team,
            @NotBlank @Size(max = 8000) String findings,
            @Size(max = 8000) String recommendations) {
    }

    /**
     * An adjustment by a new decision: each of {@code committed}, {@code plannedEndDate} and
     * {@code districts} is the new value, or left out when it stays as it is.
     */
    record AdjustmentRequest(
            @NotBlank @Size(max = 100) String decisionNumber,
            @NotNull LocalDate decisionDate,
            @Size(max = 200) String approver,
            @NotBlank @Size(max = 2000) String reason,
            @Valid AmountRequest committed,
            LocalDate plannedEndDate,
            @Size(min = 1, max = 50) List<@NotBlank @Size(max = 200) String> districts) {
    }

    record CompletionReportRequest(
            @NotNull LocalDate completedOn,
            @NotBlank @Size(max = 20_000) String results,
            @Size(max = 20_000) String evaluation) {
    }

    record RevocationRequest(
            @NotBlank @Size(max = 100) String decisionNumber,
            @NotNull LocalDate decisionDate,
            @Size(max = 200) String approver,
            @NotBlank @Size(max = 2000) String reason) {
    }

    static AidDecision decision(String number, LocalDate date, String approver, String signedIn) {
        return new AidDecision(number.strip(), date, approver == null || approver.isBlank() ? signedIn : approver.strip());
    }

    static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
