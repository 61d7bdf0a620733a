package vn.foreignaffairs.registry.aid;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.aid.AidProjectId;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.DonorId;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.api.aid.FindAidProjectQuery;
import vn.foreignaffairs.registry.api.aid.FindDonorQuery;
import vn.foreignaffairs.registry.api.link.RecordType;
import vn.foreignaffairs.registry.link.LinkableRecords;
import vn.foreignaffairs.registry.link.LinkedRecord;
import vn.foreignaffairs.registry.security.Actor;

/** Foreign aid and its donors as ends of links (a trip funded by a donor, a visit by a donor). */
final class LinkableAid {

    private LinkableAid() {
    }

    /** Aid projects; the agency is the receiving agency. */
    @Component
    static class Projects implements LinkableRecords {

        private final QueryGateway queries;

        Projects(QueryGateway queries) {
            this.queries = queries;
        }

        @Override
        public RecordType type() {
            return RecordType.AID_PROJECT;
        }

        @Override
        public Optional<LinkedRecord> find(String id, Actor viewer) {
            return queries.query(new FindAidProjectQuery(new AidProjectId(id)),
                            ResponseTypes.optionalInstanceOf(AidProjectView.class)).join()
                    .map(view -> new LinkedRecord(RecordType.AID_PROJECT, view.id(), view.details().title(),
                            view.receivingAgency()));
        }
    }

    /** Donors belong to no agency, so officers cannot link from them (only to them). */
    @Component
    static class Donors implements LinkableRecords {

        private final QueryGateway queries;

        Donors(QueryGateway queries) {
            this.queries = queries;
        }

        @Override
        public RecordType type() {
            return RecordType.DONOR;
        }

        @Override
        public Optional<LinkedRecord> find(String id, Actor viewer) {
            return queries.query(new FindDonorQuery(new DonorId(id)), ResponseTypes.optionalInstanceOf(DonorView.class))
                    .join()
                    .map(view -> new LinkedRecord(RecordType.DONOR, view.id(), view.name(), null));
        }
    }
}
