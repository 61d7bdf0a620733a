package vn.foreignaffairs.registry.projections.link;

import java.util.List;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.link.FindLinkQuery;
import vn.foreignaffairs.registry.api.link.LinkView;
import vn.foreignaffairs.registry.api.link.LinksOfRecordQuery;

/** Answers link queries from the read model only. */
@Component
public class LinkQueries {

    private final LinkReadModel readModel;

    public LinkQueries(LinkReadModel readModel) {
        this.readModel = readModel;
    }

    @QueryHandler
    public LinkView find(FindLinkQuery query) {
        return readModel.find(query.id().value()).orElse(null);
    }

    @QueryHandler
    public List<LinkView> linksOf(LinksOfRecordQuery query) {
        return readModel.linksOf(query.record());
    }
}
