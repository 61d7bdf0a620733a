package vn.foreignaffairs.registry.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.delegation.ConsultationOpinionRecorded;
import vn.foreignaffairs.registry.api.delegation.Decision;
import vn.foreignaffairs.registry.api.delegation.DelegationApproved;
import vn.foreignaffairs.registry.api.delegation.DelegationCancelled;
import vn.foreignaffairs.registry.api.delegation.DelegationId;
import vn.foreignaffairs.registry.api.delegation.DelegationSentForConsultation;
import vn.foreignaffairs.registry.api.delegation.Opinion;

class EventDescriptionsTest {

    private final EventDescriptions descriptions = new EventDescriptions();
    private final DelegationId id = new DelegationId("d-1");

    @Test
    void fillsFieldsAndFormatsDatesPerLanguage() {
        var approved = new DelegationApproved(id, new Decision("12/QĐ-UBND", LocalDate.of(2027, 3, 5), "Nguyễn Văn A"));
        assertThat(descriptions.describe(approved, EventDescriptions.VIETNAMESE))
                .isEqualTo("Phê duyệt theo quyết định số 12/QĐ-UBND ngày 05/03/2027, người ký Nguyễn Văn A");
        assertThat(descriptions.describe(approved, EventDescriptions.ENGLISH))
                .isEqualTo("Approved by decision 12/QĐ-UBND of 2027-03-05, signed by Nguyễn Văn A");
    }

    @Test
    void translatesEnumsJoinsListsAndMarksMissingValues() {
        assertThat(descriptions.describe(new ConsultationOpinionRecorded(id, "SNV", Opinion.DISAGREE, null),
                EventDescriptions.VIETNAMESE)).isEqualTo("Ghi nhận ý kiến của SNV: không đồng ý");
        assertThat(descriptions.describe(new DelegationSentForConsultation(id, List.of("SNV", "CA")),
                EventDescriptions.ENGLISH)).startsWith("Sent for consultation to SNV, CA");
        assertThat(descriptions.describe(new DelegationCancelled(id, null), EventDescriptions.ENGLISH))
                .isEqualTo("Cancelled: —");
    }

    @Test
    void anythingButEnglishIsVietnamese() {
        assertThat(EventDescriptions.languageOf(java.util.Locale.FRENCH)).isEqualTo("vi");
        assertThat(EventDescriptions.languageOf(java.util.Locale.US)).isEqualTo("en");
    }
}
