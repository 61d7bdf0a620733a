package vn.foreignaffairs.registry.conference;

import java.util.List;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.conference.ConferenceDetails;

/** What the details of an international conference or seminar must satisfy (DOMAIN.md, Decision 06/2020/QĐ-TTg). */
final class ConferenceDetailsRules {

    private ConferenceDetailsRules() {
    }

    /** Every version of the details, draft or not: what, when, who takes part and who pays. */
    static void check(ConferenceDetails details) {
        if (isBlank(details.title())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "title", "A conference needs its title.");
        }
        if (details.startDate() == null || details.endDate() == null) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED,
                    details.startDate() == null ? "startDate" : "endDate",
                    "A conference needs the dates it starts and ends.");
        }
        if (details.endDate().isBefore(details.startDate())) {
            throw new RuleViolation(RefusalCode.DATES_OUT_OF_ORDER, "endDate",
                    "The conference ends before it starts.");
        }
        checkParticipants(details.participants(), details.foreignParticipants());
        List<String> countries = details.foreignCountries();
        for (int i = 0; i < countries.size(); i++) {
            if (countries.get(i) == null || !countries.get(i).matches("[A-Z]{2}")) {
                throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "foreignCountries[" + i + "]",
                        "Countries are given by their two-letter ISO codes.");
            }
        }
        // Decision 06/2020 art. 2: a conference a Vietnamese body organises is international when
        // foreigners take part in it or it is funded from abroad.
        if (details.foreignParticipants() == 0 && !details.foreignFunded()) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "foreignParticipants",
                    "An international conference has foreign participants or foreign funding.");
        }
        if (details.foreignFunded() && isBlank(details.foreignSponsor())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "foreignSponsor",
                    "Name the foreign sponsor of a foreign-funded conference.");
        }
    }

    /** What the competent authority needs to decide: where it is held and what it is about (đề án tổ chức). */
    static void checkReadyToSubmit(ConferenceDetails details) {
        if (isBlank(details.venue())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "venue",
                    "Say where the conference is held before applying.");
        }
        if (isBlank(details.content())) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "content",
                    "Describe the content of the conference before applying.");
        }
    }

    /** Numbers of participants, expected or actual: at least one, and no more from abroad than in all. */
    static void checkParticipants(Integer participants, Integer foreignParticipants) {
        if (participants == null || participants < 1) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "participants",
                    "A conference has at least one participant.");
        }
        if (foreignParticipants == null || foreignParticipants < 0 || foreignParticipants > participants) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "foreignParticipants",
                    "Foreign participants are counted among all participants: between 0 and " + participants + ".");
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
