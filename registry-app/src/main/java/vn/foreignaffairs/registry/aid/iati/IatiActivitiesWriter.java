package vn.foreignaffairs.registry.aid.iati;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.aid.AidAdjustmentView;
import vn.foreignaffairs.registry.api.aid.AidAmount;
import vn.foreignaffairs.registry.api.aid.AidDecision;
import vn.foreignaffairs.registry.api.aid.AidDetails;
import vn.foreignaffairs.registry.api.aid.AidKind;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidSector;
import vn.foreignaffairs.registry.api.aid.AidTransactionType;
import vn.foreignaffairs.registry.api.aid.AidTransactionView;
import vn.foreignaffairs.registry.api.aid.DonorView;

/**
 * Writes aid as an IATI Activity Standard 2.03 file ({@code iati-activities}): per aid its
 * identifier, the reporting and participating organisations, status, dates, districts as
 * locations, sector, a committed budget, and every transaction — the commitment at approval
 * (incoming commitment), its adjustments and revocation, receipts (incoming funds) and
 * disbursements — each value in its own currency with its rate date as the value date.
 */
@Component
@EnableConfigurationProperties(IatiSettings.class)
public class IatiActivitiesWriter {

    /** What one export publishes: the aid, its donors by id, and the receiving agencies' names by code. */
    public record Publication(Instant generatedAt, List<AidProjectView> aid, Map<String, DonorView> donors,
                              Map<String, String> agencyNames) {
    }

    private final IatiSettings settings;

    public IatiActivitiesWriter(IatiSettings settings) {
        this.settings = settings;
    }

    public void write(Publication publication, OutputStream out) throws XMLStreamException {
        XMLStreamWriter stream = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        IndentedXml xml = new IndentedXml(stream);
        stream.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
        xml.start("iati-activities")
                .attribute("version", IatiCodes.VERSION)
                .attribute("generated-datetime", seconds(publication.generatedAt()));
        for (AidProjectView aid : publication.aid()) {
            activity(xml, aid, publication.donors().get(aid.details().donor().value()),
                    publication.agencyNames().getOrDefault(aid.receivingAgency(), aid.receivingAgency()));
        }
        xml.end();
        stream.writeEndDocument();
        stream.flush();
        stream.close();
    }

    /** The activity's iati-identifier: the reporting organisation's identifier, then the aid's own id. */
    public String identifier(AidProjectView aid) {
        return settings.reportingOrgRef() + "-" + aid.id();
    }

    private void activity(IndentedXml xml, AidProjectView aid, DonorView donor, String agencyName)
            throws XMLStreamException {
        AidDetails details = aid.details();
        xml.start("iati-activity")
                .attribute("last-updated-datetime", seconds(aid.updatedAt()))
                .lang("vi")
                .attribute("default-currency", details.committed().currency())
                .attribute("hierarchy", "1");
        if (details.sector() == AidSector.EMERGENCY_RELIEF) {
            xml.attribute("humanitarian", "1");
        }
        xml.start("iati-identifier").text(identifier(aid)).end();
        xml.start("reporting-org").attribute("ref", settings.reportingOrgRef())
                .attribute("type", settings.reportingOrgType());
        narrative(xml, settings.reportingOrgName());
        xml.end();
        xml.start("title");
        narrative(xml, details.title());
        xml.end();
        xml.start("description").attribute("type", "1");
        narrative(xml, details.description() == null ? details.title() : details.description());
        xml.end();
        participatingOrganisations(xml, donor, agencyName);
        xml.empty("activity-status").attribute("code", IatiCodes.activityStatus(aid.status()));
        dates(xml, aid);
        xml.start("recipient-country").attribute("code", "VN").attribute("percentage", "100");
        narrative(xml, "Việt Nam");
        xml.end();
        for (String district : details.districts()) {
            xml.start("location");
            xml.empty("location-reach").attribute("code", IatiCodes.ACTIVITY_LOCATION);
            xml.start("name");
            narrative(xml, district);
            xml.end();
            xml.empty("location-class").attribute("code", IatiCodes.ADMINISTRATIVE_REGION);
            xml.empty("feature-designation").attribute("code", IatiCodes.SECOND_ORDER_DIVISION);
            xml.end();
        }
        xml.start("sector").attribute("vocabulary", IatiCodes.DAC_5_DIGIT)
                .attribute("code", IatiCodes.sector(details.sector())).attribute("percentage", "100");
        xml.start("narrative").lang("en").text(IatiCodes.sectorName(details.sector())).end();
        xml.end();
        xml.empty("default-flow-type").attribute("code", IatiCodes.PRIVATE_DEVELOPMENT_FINANCE);
        xml.empty("default-finance-type").attribute("code", IatiCodes.STANDARD_GRANT);
        if (details.kind() == AidKind.PROJECT) {
            xml.empty("default-aid-type").attribute("code", IatiCodes.PROJECT_TYPE_INTERVENTIONS)
                    .attribute("vocabulary", "1");
        }
        budgets(xml, aid);
        transactions(xml, aid, donor, agencyName);
        xml.end();
    }

    private void participatingOrganisations(IndentedXml xml, DonorView donor, String agencyName)
            throws XMLStreamException {
        xml.start("participating-org").attribute("role", IatiCodes.ROLE_FUNDING);
        if (donor != null) {
            xml.attribute("type", IatiCodes.organisationType(donor.kind()));
        }
        narrative(xml, donorName(donor));
        xml.end();
        xml.start("participating-org").attribute("ref", settings.reportingOrgRef())
                .attribute("role", IatiCodes.ROLE_ACCOUNTABLE).attribute("type", settings.reportingOrgType());
        narrative(xml, settings.reportingOrgName());
        xml.end();
        xml.start("participating-org").attribute("role", IatiCodes.ROLE_IMPLEMENTING)
                .attribute("type", IatiCodes.LOCAL_GOVERNMENT);
        narrative(xml, agencyName);
        xml.end();
    }

    private static void dates(IndentedXml xml, AidProjectView aid) throws XMLStreamException {
        date(xml, IatiCodes.PLANNED_START, aid.details().plannedStartDate());
        if (aid.startedOn() != null) {
            date(xml, IatiCodes.ACTUAL_START, aid.startedOn());
        }
        if (aid.details().plannedEndDate() != null) {
            date(xml, IatiCodes.PLANNED_END, aid.details().plannedEndDate());
        }
        if (aid.completion() != null) {
            date(xml, IatiCodes.ACTUAL_END, aid.completion().completedOn());
        }
    }

    private static void date(IndentedXml xml, String type, LocalDate day) throws XMLStreamException {
        xml.empty("activity-date").attribute("type", type).attribute("iso-date", day.toString());
    }

    /**
     * The commitment as a committed budget over the planned period (a year from the start when
     * non-project aid has no planned end); once an adjustment changed it, the current commitment
     * as a revised budget beside the original.
     */
    private static void budgets(IndentedXml xml, AidProjectView aid) throws XMLStreamException {
        AidDetails details = aid.details();
        LocalDate start = details.plannedStartDate();
        LocalDate end = details.plannedEndDate() == null ? start.plusYears(1).minusDays(1) : details.plannedEndDate();
        AidAmount original = aid.adjustments().stream().filter(adjustment -> adjustment.previousCommitted() != null)
                .findFirst().map(AidAdjustmentView::previousCommitted).orElse(details.committed());
        budget(xml, IatiCodes.ORIGINAL, start, end, original);
        if (!original.equals(details.committed())) {
            budget(xml, IatiCodes.REVISED, start, end, details.committed());
        }
    }

    private static void budget(IndentedXml xml, String type, LocalDate start, LocalDate end, AidAmount amount)
            throws XMLStreamException {
        xml.start("budget").attribute("type", type).attribute("status", IatiCodes.COMMITTED);
        xml.empty("period-start").attribute("iso-date", start.toString());
        xml.empty("period-end").attribute("iso-date", end.toString());
        value(xml, amount.amount(), amount.currency(), amount.rateDate());
        xml.end();
    }

    /**
     * The donor's commitment at approval, changed by adjustments (the difference in the same
     * currency; otherwise the old commitment withdrawn and the new one made) and withdrawn by a
     * revocation; then the receipts and disbursements.
     */
    private void transactions(IndentedXml xml, AidProjectView aid, DonorView donor, String agencyName)
            throws XMLStreamException {
        AidAmount committed = aid.adjustments().stream().filter(adjustment -> adjustment.previousCommitted() != null)
                .findFirst().map(AidAdjustmentView::previousCommitted).orElse(aid.details().committed());
        commitment(xml, aid.decision(), "Quyết định phê duyệt", committed.amount(), committed, donor, agencyName);
        for (AidAdjustmentView adjustment : aid.adjustments()) {
            AidAmount next = adjustment.committed();
            if (next == null) {
                continue;
            }
            String what = "Quyết định điều chỉnh";
            if (next.currency().equals(committed.currency())) {
                BigDecimal difference = next.amount().subtract(committed.amount());
                if (difference.signum() != 0) {
                    commitment(xml, adjustment.decision(), what, difference, next, donor, agencyName);
                }
            } else {
                commitment(xml, adjustment.decision(), what, committed.amount().negate(), committed, donor, agencyName);
                commitment(xml, adjustment.decision(), what, next.amount(), next, donor, agencyName);
            }
            committed = next;
        }
        if (aid.revocation() != null) {
            commitment(xml, aid.revocation().decision(), "Quyết định thu hồi", committed.amount().negate(), committed,
                    donor, agencyName);
        }
        for (AidTransactionView transaction : aid.transactions()) {
            boolean receipt = transaction.type() == AidTransactionType.RECEIPT;
            xml.start("transaction");
            xml.empty("transaction-type").attribute("code", receipt ? IatiCodes.INCOMING_FUNDS : IatiCodes.DISBURSEMENT);
            xml.empty("transaction-date").attribute("iso-date", transaction.date().toString());
            value(xml, transaction.amount(), transaction.currency(), transaction.rateDate());
            String description = receipt ? transaction.reference() : transaction.purpose();
            if (description != null) {
                xml.start("description");
                narrative(xml, description);
                xml.end();
            }
            if (receipt) {
                organisation(xml, "provider-org", donorName(donor), donor == null ? null
                        : IatiCodes.organisationType(donor.kind()));
                organisation(xml, "receiver-org", agencyName, IatiCodes.LOCAL_GOVERNMENT);
            } else {
                organisation(xml, "provider-org", agencyName, IatiCodes.LOCAL_GOVERNMENT);
                organisation(xml, "receiver-org", transaction.recipient(), null);
            }
            xml.end();
        }
    }

    private void commitment(IndentedXml xml, AidDecision decision, String what, BigDecimal value, AidAmount rate,
                            DonorView donor, String agencyName) throws XMLStreamException {
        xml.start("transaction");
        xml.empty("transaction-type").attribute("code", IatiCodes.INCOMING_COMMITMENT);
        xml.empty("transaction-date").attribute("iso-date", decision.date().toString());
        value(xml, value, rate.currency(), rate.rateDate());
        xml.start("description");
        narrative(xml, what + " " + decision.number());
        xml.end();
        organisation(xml, "provider-org", donorName(donor), donor == null ? null
                : IatiCodes.organisationType(donor.kind()));
        organisation(xml, "receiver-org", agencyName, IatiCodes.LOCAL_GOVERNMENT);
        xml.end();
    }

    private static void organisation(IndentedXml xml, String element, String name, String type)
            throws XMLStreamException {
        xml.start(element);
        if (type != null) {
            xml.attribute("type", type);
        }
        narrative(xml, name);
        xml.end();
    }

    private static void value(IndentedXml xml, BigDecimal amount, String currency, LocalDate valueDate)
            throws XMLStreamException {
        xml.start("value").attribute("currency", currency).attribute("value-date", valueDate.toString())
                .text(amount.toPlainString()).end();
    }

    private static void narrative(IndentedXml xml, String text) throws XMLStreamException {
        xml.start("narrative").text(text).end();
    }

    private static String donorName(DonorView donor) {
        return donor == null ? "Nhà tài trợ chưa đăng ký" : donor.name();
    }

    private static String seconds(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
