package vn.foreignaffairs.registry.delegation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.foreignaffairs.registry.api.delegation.CostEstimate;
import vn.foreignaffairs.registry.api.delegation.DelegationDetails;
import vn.foreignaffairs.registry.api.delegation.Destination;
import vn.foreignaffairs.registry.api.delegation.Funding;
import vn.foreignaffairs.registry.api.delegation.FundingSource;
import vn.foreignaffairs.registry.api.delegation.Member;
import vn.foreignaffairs.registry.api.delegation.OffPlanCase;
import vn.foreignaffairs.registry.api.delegation.PassportKind;
import vn.foreignaffairs.registry.api.delegation.ProgrammeDay;
import vn.foreignaffairs.registry.api.delegation.QuotaExemption;

/**
 * The JSON an officer sends to create or revise an outbound delegation. {@code agency} may be
 * left out by officers (their own agency is used).
 */
public record DelegationRequest(
        @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be an agency code") String agency,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String purpose,
        @Valid @Size(max = 20) List<DestinationRequest> destinations,
        @Size(max = 20) List<@NotBlank @Size(max = 300) String> foreignPartners,
        @NotNull LocalDate departureDate,
        @NotNull LocalDate returnDate,
        @Valid @Size(max = 100) List<MemberRequest> members,
        @Valid CostEstimateRequest costEstimate,
        @Valid @Size(max = 60) List<ProgrammeDayRequest> programme,
        @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be a planned item id") String plannedItemId,
        @Valid OffPlanCaseRequest offPlanCase,
        QuotaExemption quotaExemption) {

    public record ProgrammeDayRequest(@NotNull LocalDate date, @Size(max = 300) String place,
                                      @NotBlank @Size(max = 4000) String content) {
    }

    /** Đề án chuyến thăm (reason, necessity), the invitation letter, and whom to consult. */
    public record OffPlanCaseRequest(@Size(max = 4000) String reason, @Size(max = 4000) String necessity,
                                     @Size(max = 300) String invitationLetterReference,
                                     @Size(max = 30) List<@NotBlank @Size(max = 32) String> consultedAgencies) {
    }

    public record DestinationRequest(
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code") String countryCode,
            @Size(max = 200) String city) {
    }

    public record MemberRequest(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 200) String position,
            @Size(max = 200) String agency,
            @NotNull PassportKind passportKind,
            boolean head) {
    }

    public record CostEstimateRequest(@PositiveOrZero long totalVnd, @Valid @Size(max = 10) List<FundingRequest> funding) {
    }

    public record FundingRequest(@NotNull FundingSource source, @PositiveOrZero long amountVnd) {
    }

    DelegationDetails toDetails() {
        return new DelegationDetails(
                title.strip(),
                purpose,
                destinations == null ? List.of()
                        : destinations.stream().map(d -> new Destination(d.countryCode(), d.city())).toList(),
                foreignPartners,
                departureDate,
                returnDate,
                members == null ? List.of()
                        : members.stream().map(m -> new Member(m.name().strip(), m.position(), m.agency(),
                                m.passportKind(), m.head())).toList(),
                costEstimate == null ? null
                        : new CostEstimate(costEstimate.totalVnd(), costEstimate.funding() == null ? List.of()
                                : costEstimate.funding().stream()
                                        .map(f -> new Funding(f.source(), f.amountVnd())).toList()),
                programme == null ? List.of()
                        : programme.stream().map(day -> new ProgrammeDay(day.date(), day.place(), day.content())).toList(),
                plannedItemId,
                offPlanCase == null ? null : new OffPlanCase(offPlanCase.reason(), offPlanCase.necessity(),
                        offPlanCase.invitationLetterReference(), offPlanCase.consultedAgencies()),
                quotaExemption);
    }
}
