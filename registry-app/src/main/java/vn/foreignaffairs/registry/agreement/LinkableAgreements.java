package vn.foreignaffairs.registry.agreement;

import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agreement.AgreementId;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.agreement.FindAgreementQuery;
import vn.foreignaffairs.registry.api.link.RecordType;
import vn.foreignaffairs.registry.link.LinkableRecords;
import vn.foreignaffairs.registry.link.LinkedRecord;
import vn.foreignaffairs.registry.security.Actor;

/** Agreements as ends of links; the agency is the signing body. Agreements have no drafts to hide. */
@Component
class LinkableAgreements implements LinkableRecords {

    private final QueryGateway queries;

    LinkableAgreements(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public RecordType type() {
        return RecordType.AGREEMENT;
    }

    @Override
    public Optional<LinkedRecord> find(String id, Actor viewer) {
        return queries.query(new FindAgreementQuery(new AgreementId(id), null),
                        ResponseTypes.optionalInstanceOf(AgreementView.class)).join()
                .map(view -> new LinkedRecord(RecordType.AGREEMENT, view.id(), view.details().title(),
                        view.signingBody()));
    }
}
