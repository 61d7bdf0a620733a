package vn.foreignaffairs.registry.aid;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.aid.iati.IatiActivitiesWriter;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.aid.AidGrouping;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidTotals;
import vn.foreignaffairs.registry.api.aid.AidTotalsQuery;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.api.aid.ListAidActivitiesQuery;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/**
 * What leadership and the public see of aid as a whole: totals by donor, sector, district or
 * year, and the IATI file of the aid of a year.
 */
@RestController
@RequestMapping("/api/v1/aid")
public class AidReportController {

    private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);

    private final QueryGateway queries;
    private final DonorBook donors;
    private final AgencyDirectory agencies;
    private final IatiActivitiesWriter iati;

    public AidReportController(QueryGateway queries, DonorBook donors, AgencyDirectory agencies,
                               IatiActivitiesWriter iati) {
        this.queries = queries;
        this.donors = donors;
        this.agencies = agencies;
        this.iati = iati;
    }

    /** {@code groupBy} is donor, sector, district or year; {@code year} (optional) limits the totals to one year. */
    @GetMapping("/totals")
    @PreAuthorize("isAuthenticated()")
    public AidTotals totals(@RequestParam String groupBy,
                            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        return queries.query(new AidTotalsQuery(grouping(groupBy), year), ResponseTypes.instanceOf(AidTotals.class))
                .join();
    }

    /** The aid approved, active, completed or revoked in {@code year}, as an IATI 2.03 activity file. */
    @GetMapping("/iati")
    @PreAuthorize("isAuthenticated()")
    public ResponseEntity<byte[]> iati(@RequestParam @Min(2000) @Max(2100) int year) throws XMLStreamException {
        List<AidProjectView> aid = queries.query(new ListAidActivitiesQuery(year),
                ResponseTypes.multipleInstancesOf(AidProjectView.class)).join();
        if (aid.isEmpty()) {
            // An IATI file lists at least one activity: no aid, no file.
            throw new RuleViolation(RefusalCode.NOT_FOUND, "No aid was approved or active in " + year + ".");
        }
        Map<String, DonorView> donorsById = new HashMap<>();
        Map<String, String> agencyNames = new HashMap<>();
        for (AidProjectView one : aid) {
            donorsById.computeIfAbsent(one.details().donor().value(),
                    id -> donors.find(one.details().donor()).orElse(null));
            agencyNames.computeIfAbsent(one.receivingAgency(), code -> {
                AgencyView agency = agencies.find(code);
                return agency == null ? code : agency.name();
            });
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        iati.write(new IatiActivitiesWriter.Publication(Instant.now(), aid, donorsById, agencyNames), out);
        return ResponseEntity.ok().contentType(XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("iati-activities-" + year + ".xml").build().toString())
                .body(out.toByteArray());
    }

    private static AidGrouping grouping(String groupBy) {
        try {
            return AidGrouping.valueOf(groupBy.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "groupBy",
                    "Group aid totals by donor, sector, district or year.");
        }
    }
}
