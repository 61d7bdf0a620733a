package vn.foreignaffairs.registry.aid;

import static vn.foreignaffairs.registry.support.Refusals.refusal;

import java.time.LocalDate;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.aid.DonorDetails;
import vn.foreignaffairs.registry.api.aid.DonorId;
import vn.foreignaffairs.registry.api.aid.DonorKind;
import vn.foreignaffairs.registry.api.aid.DonorPermit;
import vn.foreignaffairs.registry.api.aid.DonorPermitRecorded;
import vn.foreignaffairs.registry.api.aid.DonorRegistered;
import vn.foreignaffairs.registry.api.aid.PermitKind;
import vn.foreignaffairs.registry.api.aid.RecordDonorPermitCommand;
import vn.foreignaffairs.registry.api.aid.RegisterDonorCommand;
import vn.foreignaffairs.registry.api.common.RefusalCode;

class DonorTest {

    private static final DonorId ID = new DonorId("donor-1");
    private static final DonorPermit PERMIT = new DonorPermit(PermitKind.PROJECT_OFFICE_REGISTRATION, "123/BNG-UBNV",
            "Ủy ban Công tác về các tổ chức PCPNN", LocalDate.of(2024, 1, 15), LocalDate.of(2029, 1, 14));
    private static final DonorDetails DETAILS =
            new DonorDetails("East Meets West Foundation", DonorKind.FOREIGN_NGO, "US", PERMIT);

    private AggregateTestFixture<Donor> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Donor.class);
    }

    private static DonorDetails withCountry(String countryCode) {
        return new DonorDetails(DETAILS.name(), DETAILS.kind(), countryCode, PERMIT);
    }

    private static DonorDetails withPermit(DonorPermit permit) {
        return new DonorDetails(DETAILS.name(), DETAILS.kind(), DETAILS.countryCode(), permit);
    }

    @Test
    void aDonorIsRegisteredWithItsPermitInVietnam() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDonorCommand(ID, DETAILS))
                .expectEvents(new DonorRegistered(ID, DETAILS));
    }

    @Test
    void aDonorMayBeRegisteredWithoutAPermit() {
        DonorDetails unregistered = new DonorDetails("Stiftung Nord", DonorKind.OTHER_FOREIGN_BODY, "DE", null);
        fixture.givenNoPriorActivity()
                .when(new RegisterDonorCommand(ID, unregistered))
                .expectEvents(new DonorRegistered(ID, unregistered));
    }

    @Test
    void aDonorNeedsItsName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDonorCommand(ID, new DonorDetails(" ", DonorKind.FOREIGN_NGO, "US", null)))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "name"));
    }

    @Test
    void aDonorIsAForeignNgoOrAnotherForeignBody() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDonorCommand(ID, new DonorDetails("Stiftung Nord", null, "DE", null)))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "kind"));
    }

    @Test
    void aForeignDonorComesFromAnotherCountryThanVietnam() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDonorCommand(ID, withCountry("VN")))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "countryCode"));
    }

    @Test
    void aCountryIsItsTwoLetterCode() {
        fixture.givenNoPriorActivity()
                .when(new RegisterDonorCommand(ID, withCountry("USA")))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "countryCode"));
    }

    @Test
    void aPermitCannotExpireBeforeItIsIssued() {
        DonorPermit backwards = new DonorPermit(PermitKind.OPERATION_REGISTRATION, "9/GĐK", null,
                LocalDate.of(2024, 1, 15), LocalDate.of(2023, 1, 14));
        fixture.givenNoPriorActivity()
                .when(new RegisterDonorCommand(ID, withPermit(backwards)))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.DATES_OUT_OF_ORDER, "permit.validUntil"));
    }

    @Test
    void aPermitNeedsItsNumber() {
        DonorPermit unnumbered = new DonorPermit(PermitKind.OPERATION_REGISTRATION, "", null,
                LocalDate.of(2024, 1, 15), LocalDate.of(2029, 1, 14));
        fixture.givenNoPriorActivity()
                .when(new RegisterDonorCommand(ID, withPermit(unnumbered)))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "permit.number"));
    }

    @Test
    void aRenewedPermitIsRecordedAndReturnsTheNewVersion() {
        DonorPermit renewed = new DonorPermit(PermitKind.PROJECT_OFFICE_REGISTRATION, "456/BNG-UBNV", null,
                LocalDate.of(2029, 1, 15), LocalDate.of(2034, 1, 14));
        fixture.given(new DonorRegistered(ID, DETAILS))
                .when(new RecordDonorPermitCommand(ID, 1L, renewed))
                .expectEvents(new DonorPermitRecorded(ID, renewed))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aRecordedPermitKeepsTheRulesOfRegistration() {
        DonorPermit undated = new DonorPermit(PermitKind.OTHER, "1/GP", null, null, LocalDate.of(2030, 1, 1));
        fixture.given(new DonorRegistered(ID, DETAILS))
                .when(new RecordDonorPermitCommand(ID, null, undated))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "issuedOn"));
    }

    @Test
    void aStalePermitChangeIsRefused() {
        fixture.given(new DonorRegistered(ID, DETAILS), new DonorPermitRecorded(ID, PERMIT))
                .when(new RecordDonorPermitCommand(ID, 1L, PERMIT))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.STALE_VERSION));
    }
}
