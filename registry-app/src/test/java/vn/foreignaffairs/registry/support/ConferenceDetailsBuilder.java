package vn.foreignaffairs.registry.support;

import java.time.LocalDate;
import java.util.List;
import vn.foreignaffairs.registry.api.conference.ConferenceDetails;

/**
 * A valid international seminar on investment with Japanese participants, 15-16 June 2027, under
 * the provincial chair's authority, ready to apply for; changed one field at a time by tests.
 */
public final class ConferenceDetailsBuilder {

    private String title = "Hội thảo xúc tiến đầu tư Nhật Bản - Quảng Nam";
    private String content = "Giới thiệu môi trường đầu tư; kết nối doanh nghiệp Nhật Bản với các khu công nghiệp.";
    private LocalDate start = LocalDate.of(2027, 6, 15);
    private LocalDate end = LocalDate.of(2027, 6, 16);
    private String venue = "Trung tâm Hội nghị tỉnh, Tam Kỳ";
    private int participants = 120;
    private int foreignParticipants = 30;
    private List<String> foreignCountries = List.of("JP");
    private boolean foreignFunded = false;
    private String foreignSponsor = null;
    private boolean primeMinisterPermit = false;

    public static ConferenceDetailsBuilder aConference() {
        return new ConferenceDetailsBuilder();
    }

    public ConferenceDetailsBuilder titled(String title) {
        this.title = title;
        return this;
    }

    public ConferenceDetailsBuilder about(String content) {
        this.content = content;
        return this;
    }

    public ConferenceDetailsBuilder held(LocalDate start, LocalDate end) {
        this.start = start;
        this.end = end;
        return this;
    }

    public ConferenceDetailsBuilder at(String venue) {
        this.venue = venue;
        return this;
    }

    public ConferenceDetailsBuilder withParticipants(int participants, int foreignParticipants) {
        this.participants = participants;
        this.foreignParticipants = foreignParticipants;
        return this;
    }

    public ConferenceDetailsBuilder from(String... countries) {
        this.foreignCountries = List.of(countries);
        return this;
    }

    public ConferenceDetailsBuilder fundedBy(String foreignSponsor) {
        this.foreignFunded = true;
        this.foreignSponsor = foreignSponsor;
        return this;
    }

    public ConferenceDetailsBuilder permittedByThePrimeMinister() {
        this.primeMinisterPermit = true;
        return this;
    }

    public ConferenceDetails build() {
        return new ConferenceDetails(title, content, start, end, venue, participants, foreignParticipants,
                foreignCountries, foreignFunded, foreignSponsor, primeMinisterPermit);
    }
}
