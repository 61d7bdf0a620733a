package vn.foreignaffairs.registry.link;

import static vn.foreignaffairs.registry.support.Refusals.refusal;

import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.link.LinkId;
import vn.foreignaffairs.registry.api.link.LinkRecordsCommand;
import vn.foreignaffairs.registry.api.link.LinkRelation;
import vn.foreignaffairs.registry.api.link.RecordRef;
import vn.foreignaffairs.registry.api.link.RecordType;
import vn.foreignaffairs.registry.api.link.RecordsLinked;
import vn.foreignaffairs.registry.api.link.RecordsUnlinked;
import vn.foreignaffairs.registry.api.link.UnlinkRecordsCommand;

class RecordLinkTest {

    private static final RecordRef TRIP = new RecordRef(RecordType.OUTBOUND_DELEGATION, "trip-1");
    private static final RecordRef AGREEMENT = new RecordRef(RecordType.AGREEMENT, "mou-izumisano");
    private static final RecordRef VISIT = new RecordRef(RecordType.INBOUND_DELEGATION, "visit-1");
    private static final RecordRef DONOR = new RecordRef(RecordType.DONOR, "donor-1");
    private static final LinkRelation SIGNS = LinkRelation.SIGNS_AGREEMENT;
    private static final LinkId ID = LinkId.of(TRIP, SIGNS, AGREEMENT);
    private static final Map<String, Object> OFFICER_OF_SKHDT =
            Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SKHDT", AuditMetadata.ACTOR, "officer");
    private static final Map<String, Object> OFFICER_OF_SCT =
            Map.of(AuditMetadata.ROLE, "OFFICER", AuditMetadata.AGENCY, "SCT", AuditMetadata.ACTOR, "officer2");
    private static final Map<String, Object> REVIEWER =
            Map.of(AuditMetadata.ROLE, "REVIEWER", AuditMetadata.AGENCY, "SNGV", AuditMetadata.ACTOR, "reviewer");

    private AggregateTestFixture<RecordLink> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RecordLink.class);
    }

    private static LinkRecordsCommand link(String note) {
        return LinkRecordsCommand.of(TRIP, SIGNS, AGREEMENT, note, "SKHDT");
    }

    private static RecordsLinked linked() {
        return new RecordsLinked(ID, TRIP, AGREEMENT, SIGNS, "Ký tại Osaka", "SKHDT");
    }

    // Linking

    @Test
    void anOfficerLinksTheirAgencysTripToTheAgreementItSigns() {
        fixture.givenNoPriorActivity()
                .when(link("  Ký tại Osaka "), OFFICER_OF_SKHDT)
                .expectEvents(linked())
                .expectResultMessagePayload(1L);
    }

    @Test
    void theSameLinkCannotBeMadeTwice() {
        fixture.given(linked())
                .when(link("lần nữa"), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ALREADY_LINKED));
    }

    @Test
    void aSymmetricRelationIsTheSameLinkWhicheverEndComesFirst() {
        LinkRecordsCommand there = LinkRecordsCommand.of(TRIP, LinkRelation.RELATED, VISIT, null, "SKHDT");
        LinkRecordsCommand back = LinkRecordsCommand.of(VISIT, LinkRelation.RELATED, TRIP, null, "SKHDT");
        fixture.given(new RecordsLinked(there.linkId(), TRIP, VISIT, LinkRelation.RELATED, null, "SKHDT"))
                .when(back, REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ALREADY_LINKED));
    }

    @Test
    void aRemovedLinkMayBeMadeAgain() {
        fixture.given(linked(), new RecordsUnlinked(ID, "Nhầm hồ sơ"))
                .when(link(null), REVIEWER)
                .expectEvents(new RecordsLinked(ID, TRIP, AGREEMENT, SIGNS, null, "SKHDT"))
                .expectResultMessagePayload(3L);
    }

    @Test
    void aRecordCannotBeLinkedToItself() {
        fixture.givenNoPriorActivity()
                .when(LinkRecordsCommand.of(TRIP, LinkRelation.RELATED, TRIP, null, "SKHDT"), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.SELF_LINK, "to"));
    }

    @Test
    void aRelationJoinsOnlyTheKindsOfRecordItIsFor() {
        fixture.givenNoPriorActivity()
                .when(LinkRecordsCommand.of(DONOR, SIGNS, AGREEMENT, null, null), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.RELATION_NOT_ALLOWED, "relation"));
    }

    @Test
    void aVisitByADonorLinksAnInboundDelegationToTheDonor() {
        LinkRecordsCommand command = LinkRecordsCommand.of(VISIT, LinkRelation.VISIT_BY_DONOR, DONOR, null, "SKHDT");
        fixture.givenNoPriorActivity()
                .when(command, OFFICER_OF_SKHDT)
                .expectEvents(new RecordsLinked(command.linkId(), VISIT, DONOR, LinkRelation.VISIT_BY_DONOR, null,
                        "SKHDT"));
    }

    @Test
    void aLinkIdNotDerivedFromItsEndsIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new LinkRecordsCommand(new LinkId("made-up"), TRIP, AGREEMENT, SIGNS, null, "SKHDT"), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.VALIDATION_FAILED, "linkId"));
    }

    @Test
    void anOfficerLinksOnlyFromTheirOwnAgencysRecords() {
        fixture.givenNoPriorActivity()
                .when(link(null), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void noOfficerLinksFromARecordOfNoAgency() {
        fixture.givenNoPriorActivity()
                .when(LinkRecordsCommand.of(DONOR, LinkRelation.RELATED, VISIT, null, null), OFFICER_OF_SKHDT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }

    @Test
    void reviewersLinkFromAnyAgencysRecords() {
        fixture.givenNoPriorActivity()
                .when(link("Ký tại Osaka"), REVIEWER)
                .expectEvents(linked());
    }

    // Unlinking

    @Test
    void unlinkingRecordsWhyTheLinkWasRemoved() {
        fixture.given(linked())
                .when(new UnlinkRecordsCommand(ID, " Nhầm hồ sơ "), OFFICER_OF_SKHDT)
                .expectEvents(new RecordsUnlinked(ID, "Nhầm hồ sơ"))
                .expectResultMessagePayload(2L);
    }

    @Test
    void aLinkIsRemovedOnlyOnce() {
        fixture.given(linked(), new RecordsUnlinked(ID, "Nhầm hồ sơ"))
                .when(new UnlinkRecordsCommand(ID, "lần nữa"), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.ILLEGAL_TRANSITION));
    }

    @Test
    void unlinkingNeedsAReason() {
        fixture.given(linked())
                .when(new UnlinkRecordsCommand(ID, " "), REVIEWER)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.REASON_REQUIRED, "reason"));
    }

    @Test
    void anOfficerRemovesOnlyLinksMadeFromTheirOwnAgencysRecords() {
        fixture.given(linked())
                .when(new UnlinkRecordsCommand(ID, "Không liên quan"), OFFICER_OF_SCT)
                .expectNoEvents()
                .expectException(refusal(RefusalCode.NOT_OWN_AGENCY));
    }
}
