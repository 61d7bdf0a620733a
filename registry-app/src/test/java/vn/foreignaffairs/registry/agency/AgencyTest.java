package vn.foreignaffairs.registry.agency;

import static vn.foreignaffairs.registry.support.Refusals.refusal;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agency.AgencyKind;
import vn.foreignaffairs.registry.api.agency.AgencyRegistered;
import vn.foreignaffairs.registry.api.agency.RegisterAgencyCommand;
import vn.foreignaffairs.registry.api.common.RefusalCode;

class AgencyTest {

    private static final AgencyCode SCT = new AgencyCode("SCT");

    private AggregateTestFixture<Agency> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agency.class);
    }

    @Test
    void anAgencyIsRegisteredWithItsNamesAndKind() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgencyCommand(SCT, "Sở Công Thương", "Department of Industry and Trade",
                        AgencyKind.DEPARTMENT))
                .expectEvents(new AgencyRegistered(SCT, "Sở Công Thương", "Department of Industry and Trade",
                        AgencyKind.DEPARTMENT));
    }

    @Test
    void anAgencyNeedsAName() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgencyCommand(SCT, " ", null, AgencyKind.DEPARTMENT))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "name"));
    }

    @Test
    void anAgencyNeedsAKind() {
        fixture.givenNoPriorActivity()
                .when(new RegisterAgencyCommand(SCT, "Sở Công Thương", null, null))
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "kind"));
    }
}
