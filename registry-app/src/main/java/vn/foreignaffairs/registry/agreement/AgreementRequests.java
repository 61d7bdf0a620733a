package vn.foreignaffairs.registry.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.foreignaffairs.registry.api.agreement.AgreementDetails;
import vn.foreignaffairs.registry.api.agreement.AgreementKind;
import vn.foreignaffairs.registry.api.agreement.AgreementTerm;
import vn.foreignaffairs.registry.api.agreement.ForeignParty;
import vn.foreignaffairs.registry.api.agreement.Opinion;
import vn.foreignaffairs.registry.api.agreement.Signatory;
import vn.foreignaffairs.registry.api.agreement.SignatorySide;

/**
 * The JSON bodies of the agreement endpoints. Dates of what happened (asked, answered, signed,
 * sent, reported) default to today where they may be left out, and are never in the future.
 */
public final class AgreementRequests {

    private AgreementRequests() {
    }

    /** A proposal; {@code signingBody} may be left out by officers (their own agency is used). */
    record ProposalRequest(
            @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be an agency code") String signingBody,
            @NotBlank @Size(max = 500) String title,
            @NotNull AgreementKind kind,
            @NotNull @Valid ForeignPartyRequest foreignParty,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 300) String> fieldsOfCooperation,
            @Valid TermRequest term) {

        AgreementDetails toDetails() {
            return new AgreementDetails(title.strip(), kind,
                    new ForeignParty(foreignParty.countryCode(), strip(foreignParty.organisation()),
                            strip(foreignParty.locality())),
                    fieldsOfCooperation.stream().map(String::strip).toList(),
                    term == null ? null : new AgreementTerm(orZero(term.years()), orZero(term.months())));
        }
    }

    record ForeignPartyRequest(
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code") String countryCode,
            @Size(max = 300) String organisation,
            @Size(max = 300) String locality) {
    }

    /** Thời hạn: years and months from entry into force; leave the whole term out for none. */
    record TermRequest(@Min(0) @Max(99) Integer years, @Min(0) @Max(11) Integer months) {
    }

    record ConsultationRequest(@Size(max = 30) List<@Size(max = 32) String> agencies, LocalDate requestedOn) {
    }

    record OpinionRequest(@NotBlank @Size(max = 32) String agency, @NotNull Opinion opinion,
                          @Size(max = 4000) String note, LocalDate answeredOn) {
    }

    public record ApprovalRequest(@NotBlank @Size(max = 100) String decisionNumber, @NotNull LocalDate decisionDate,
                           @Size(max = 200) String signer, @Size(max = 2000) String overrideReason) {
    }

    /** A decision after signing that says why (suspension, withdrawal, termination) or needs no reason (resumption). */
    record DecisionRequest(@NotBlank @Size(max = 100) String decisionNumber, @NotNull LocalDate decisionDate,
                           @Size(max = 200) String signer, @Size(max = 2000) String reason) {
    }

    record AmendmentRequest(@NotBlank @Size(max = 100) String decisionNumber, @NotNull LocalDate decisionDate,
                            @Size(max = 200) String signer, @NotBlank @Size(max = 4000) String summary,
                            @Size(max = 50) List<@NotBlank @Size(max = 300) String> fieldsOfCooperation) {
    }

    record ExtensionRequest(@NotBlank @Size(max = 100) String decisionNumber, @NotNull LocalDate decisionDate,
                            @Size(max = 200) String signer, @NotNull LocalDate newLastDay) {
    }

    record TransferRequest(
            @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be an agency code")
            String toAgency,
            @NotBlank @Size(max = 100) String decisionNumber, @NotNull LocalDate decisionDate,
            @Size(max = 200) String signer) {
    }

    record SigningRequest(@NotNull LocalDate signedOn, @NotBlank @Size(max = 300) String place,
                          @Valid @Size(max = 20) List<SignatoryRequest> signatories) {

        List<Signatory> toSignatories() {
            return signatories == null ? List.of() : signatories.stream()
                    .map(signatory -> new Signatory(signatory.side(), signatory.name(), signatory.position()))
                    .toList();
        }
    }

    record SignatoryRequest(@NotNull SignatorySide side, @NotBlank @Size(max = 200) String name,
                            @Size(max = 300) String position) {
    }

    record SigningReportRequest(@NotBlank @Size(max = 100) String documentNumber, LocalDate sentOn) {
    }

    record EntryIntoForceRequest(@NotNull LocalDate inForceFrom) {
    }

    record ImplementationReportRequest(@NotBlank @Size(max = 100) String period, LocalDate reportedOn,
                                       @NotBlank @Size(max = 8000) String summary) {
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
