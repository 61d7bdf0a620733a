package vn.foreignaffairs.registry.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.foreignaffairs.registry.api.link.LinkId;
import vn.foreignaffairs.registry.api.link.LinkRelation;
import vn.foreignaffairs.registry.api.link.RecordRef;
import vn.foreignaffairs.registry.api.link.RecordType;

class LinkIdTest {

    private static final RecordRef TRIP = new RecordRef(RecordType.OUTBOUND_DELEGATION, "trip-1");
    private static final RecordRef VISIT = new RecordRef(RecordType.INBOUND_DELEGATION, "visit-1");

    @Test
    void theSameEndsAndRelationAlwaysGiveTheSameId() {
        assertThat(LinkId.of(TRIP, LinkRelation.PREPARES, VISIT)).isEqualTo(LinkId.of(TRIP, LinkRelation.PREPARES, VISIT));
    }

    @Test
    void anotherRelationOrDirectionIsAnotherLink() {
        LinkId prepares = LinkId.of(TRIP, LinkRelation.PREPARES, VISIT);
        assertThat(LinkId.of(TRIP, LinkRelation.FOLLOWS_UP, VISIT)).isNotEqualTo(prepares);
        assertThat(LinkId.of(VISIT, LinkRelation.PREPARES, TRIP)).isNotEqualTo(prepares);
    }

    @Test
    void aSymmetricRelationIgnoresTheOrderOfItsEnds() {
        assertThat(LinkId.of(VISIT, LinkRelation.RELATED, TRIP)).isEqualTo(LinkId.of(TRIP, LinkRelation.RELATED, VISIT));
    }

    @Test
    void anIdIsSafeInAUrl() {
        assertThat(LinkId.of(TRIP, LinkRelation.RELATED, VISIT).value()).matches("[a-f0-9-]{36}");
    }
}
