package vn.foreignaffairs.registry.inbound;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.foreignaffairs.registry.api.inbound.ForeignParty;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationDetails;
import vn.foreignaffairs.registry.api.inbound.InboundPurpose;
import vn.foreignaffairs.registry.api.inbound.ProgrammeDay;

/**
 * The JSON an officer sends to create or revise an inbound delegation. {@code hostAgency} may be
 * left out by officers (their own agency is used). {@code size} is the number of guests.
 */
public record InboundDelegationRequest(
        @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+", message = "must be an agency code") String hostAgency,
        @NotBlank @Size(max = 300) String title,
        @NotNull @Valid ForeignPartyRequest foreignParty,
        @NotNull InboundPurpose purpose,
        @NotNull LocalDate arrivalDate,
        @NotNull LocalDate departureDate,
        @NotNull @Min(1) @Max(10_000) Integer size,
        @Valid @Size(max = 60) List<ProgrammeDayRequest> programme,
        @Size(max = 8000) String receptionPlan) {

    public record ForeignPartyRequest(
            @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter ISO country code") String countryCode,
            @Size(max = 300) String organisation,
            @Size(max = 300) String locality) {
    }

    public record ProgrammeDayRequest(
            @NotNull LocalDate date,
            @NotBlank @Size(max = 2000) String content,
            @Size(max = 300) String place) {
    }

    InboundDelegationDetails toDetails() {
        return new InboundDelegationDetails(
                title.strip(),
                new ForeignParty(foreignParty.countryCode(), strip(foreignParty.organisation()),
                        strip(foreignParty.locality())),
                purpose,
                arrivalDate,
                departureDate,
                size,
                programme == null ? List.of()
                        : programme.stream().map(day -> new ProgrammeDay(day.date(), day.content().strip(),
                                strip(day.place()))).toList(),
                strip(receptionPlan));
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
