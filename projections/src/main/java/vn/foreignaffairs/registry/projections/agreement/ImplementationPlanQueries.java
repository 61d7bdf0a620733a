package vn.foreignaffairs.registry.projections.agreement;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agreement.AgreementStatus;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.agreement.FindImplementationPlanQuery;
import vn.foreignaffairs.registry.api.agreement.ImplementationPlanDuties;
import vn.foreignaffairs.registry.api.agreement.ImplementationPlanDuty;
import vn.foreignaffairs.registry.api.agreement.ImplementationPlanView;
import vn.foreignaffairs.registry.api.agreement.ListImplementationPlanDutiesQuery;

/**
 * Answers queries on the annual implementation plans for agreements. A body owes a plan for a
 * year when it has agreements signed, in force or suspended whose term reaches into that year.
 */
@Component
public class ImplementationPlanQueries {

    private final ImplementationPlanReadModel plans;
    private final AgreementReadModel agreements;

    public ImplementationPlanQueries(ImplementationPlanReadModel plans, AgreementReadModel agreements) {
        this.plans = plans;
        this.agreements = agreements;
    }

    @QueryHandler
    public ImplementationPlanView find(FindImplementationPlanQuery query) {
        return plans.find(query.id()).orElse(null);
    }

    @QueryHandler
    public ImplementationPlanDuties duties(ListImplementationPlanDutiesQuery query) {
        List<Bson> filters = new ArrayList<>(List.of(in("status", AgreementStatus.CARRIED_OUT),
                or(eq("lastDay", null), gte("lastDay", LocalDate.of(query.year(), 1, 1)))));
        if (query.signingBody() != null) {
            filters.add(eq("signingBody", query.signingBody()));
        }
        Map<String, Long> agreementsByBody = new TreeMap<>();
        for (AgreementView agreement : agreements.find(and(filters), Sorts.ascending("id"), 0, 0)) {
            agreementsByBody.merge(agreement.signingBody(), 1L, Long::sum);
        }
        Map<String, ImplementationPlanView> submitted = plans.plansOf(query.year());
        List<ImplementationPlanDuty> items = agreementsByBody.entrySet().stream()
                .map(body -> new ImplementationPlanDuty(body.getKey(), body.getValue(),
                        firstSubmittedBy(submitted.get(body.getKey()), query.asOf())))
                .toList();
        return new ImplementationPlanDuties(items);
    }

    private static LocalDate firstSubmittedBy(ImplementationPlanView plan, LocalDate asOf) {
        return plan == null || plan.firstSubmittedOn().isAfter(asOf) ? null : plan.firstSubmittedOn();
    }
}
