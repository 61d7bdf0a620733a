package vn.foreignaffairs.registry.aid.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import vn.foreignaffairs.registry.api.aid.AidAdjustmentView;
import vn.foreignaffairs.registry.api.aid.AidAmount;
import vn.foreignaffairs.registry.api.aid.AidDecision;
import vn.foreignaffairs.registry.api.aid.AidDetails;
import vn.foreignaffairs.registry.api.aid.AidKind;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidRevocation;
import vn.foreignaffairs.registry.api.aid.AidSector;
import vn.foreignaffairs.registry.api.aid.AidStatus;
import vn.foreignaffairs.registry.api.aid.AidTransactionType;
import vn.foreignaffairs.registry.api.aid.AidTransactionView;
import vn.foreignaffairs.registry.api.aid.CompletionReport;
import vn.foreignaffairs.registry.api.aid.DonorId;
import vn.foreignaffairs.registry.api.aid.DonorKind;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.support.IatiSchema;

/**
 * The IATI file of a data set with several donors, currencies and kinds of transaction, checked
 * against the official 2.03 schema and read back with XPath.
 */
class IatiActivitiesWriterTest {

    private static final IatiSettings SETTINGS = new IatiSettings("VN-PROVINCE-REGISTRY", "Ủy ban nhân dân tỉnh", "11");
    private static final LocalDate FEB_5 = LocalDate.of(2026, 2, 5);
    private static final LocalDate MARCH_2 = LocalDate.of(2026, 3, 2);

    private static byte[] file;
    private static Document document;

    @BeforeAll
    static void export() throws Exception {
        IatiActivitiesWriter writer = new IatiActivitiesWriter(SETTINGS);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(new IatiActivitiesWriter.Publication(Instant.parse("2026-11-20T03:04:05.123Z"),
                List.of(water(), clinic(), relief(), revoked()), Map.of(
                        "A", donor("A", "East Meets West Foundation", DonorKind.FOREIGN_NGO),
                        "B", donor("B", "Japan Heart", DonorKind.OTHER_FOREIGN_BODY)),
                Map.of("UBND-NUITHANH", "UBND huyện Núi Thành & \"các xã\"")), out);
        file = out.toByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }

    // the data set

    private static AidAmount money(String amount, String currency, String rate, LocalDate rateDate) {
        return new AidAmount(new BigDecimal(amount), currency, new BigDecimal(rate), rateDate);
    }

    private static DonorView donor(String id, String name, DonorKind kind) {
        return new DonorView(id, name, kind, "US", null, List.of(), 1, "reviewer", Instant.EPOCH, Instant.EPOCH);
    }

    private static AidTransactionView moved(AidTransactionType type, LocalDate on, AidAmount amount, String text) {
        boolean receipt = type == AidTransactionType.RECEIPT;
        return new AidTransactionView(type, on, amount.amount(), amount.currency(), amount.vndRate(),
                amount.rateDate(), amount.inVnd(), receipt ? text : null, receipt ? null : "Trường TH Tam Hải",
                receipt ? null : text);
    }

    private static AidProjectView aid(String id, AidStatus status, AidDetails details, AidDecision decision,
                                      LocalDate startedOn, List<AidTransactionView> transactions,
                                      List<AidAdjustmentView> adjustments, CompletionReport completion,
                                      AidRevocation revocation) {
        return new AidProjectView(id, "UBND-NUITHANH", status, 9, decision.date().getYear(), details,
                details.committed().inVnd(), FEB_5.minusDays(30), FEB_5.minusDays(10), List.of(), null, false,
                decision, null, decision.date().plusMonths(6), null, startedOn, transactions, List.of(),
                BigDecimal.ZERO, List.of(), BigDecimal.ZERO, List.of(), adjustments, completion, revocation, "officer",
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-06-01T08:00:00.987654Z"));
    }

    /** USD project in two districts, raised by an adjustment, with receipts in USD and EUR and a disbursement in dong. */
    private static AidProjectView water() {
        AidAmount first = money("120000.00", "USD", "25400", FEB_5);
        AidAmount raised = money("150000.00", "USD", "25500", LocalDate.of(2026, 6, 1));
        return aid("water", AidStatus.IN_PROGRESS, new AidDetails(AidKind.PROJECT, "Nước sạch cho trường học <vùng cao>",
                        "Lọc nước cho 12 điểm trường", new DonorId("A"), AidSector.SMALL_RURAL_INFRASTRUCTURE,
                        List.of("Núi Thành", "Phú Ninh"), raised, LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28)),
                new AidDecision("85/QĐ-UBND", FEB_5, "Lê Văn Dũng"), MARCH_2,
                List.of(moved(AidTransactionType.RECEIPT, MARCH_2, money("40000.00", "USD", "25450", MARCH_2), "PT-01"),
                        moved(AidTransactionType.RECEIPT, MARCH_2, money("10000.00", "EUR", "27800.5", MARCH_2), null),
                        moved(AidTransactionType.DISBURSEMENT, LocalDate.of(2026, 3, 20),
                                money("150000000", "VND", "1", LocalDate.of(2026, 3, 20)), "Lắp đặt hệ thống lọc")),
                List.of(new AidAdjustmentView(new AidDecision("210/QĐ-UBND", LocalDate.of(2026, 6, 1), null),
                        "Tăng vốn", first, raised, null, null, null, null)),
                null, null);
    }

    /** JPY health project, its commitment moved to USD by an adjustment, completed. */
    private static AidProjectView clinic() {
        AidAmount yen = money("5000000", "JPY", "170.25", FEB_5);
        AidAmount dollars = money("33000.00", "USD", "25500", LocalDate.of(2026, 4, 1));
        return aid("clinic", AidStatus.COMPLETED, new AidDetails(AidKind.PROJECT, "Trạm y tế xã", null,
                        new DonorId("B"), AidSector.HEALTH, List.of("Núi Thành"), dollars, LocalDate.of(2026, 2, 10),
                        LocalDate.of(2026, 10, 31)),
                new AidDecision("90/QĐ-UBND", FEB_5, null), MARCH_2,
                List.of(moved(AidTransactionType.RECEIPT, MARCH_2, yen, "PT-07"),
                        moved(AidTransactionType.DISBURSEMENT, LocalDate.of(2026, 5, 2),
                                money("800000000", "VND", "1", LocalDate.of(2026, 5, 2)), null)),
                List.of(new AidAdjustmentView(new AidDecision("120/QĐ-UBND", LocalDate.of(2026, 4, 1), null),
                        "Đổi đồng tiền", yen, dollars, null, null, null, null)),
                new CompletionReport(LocalDate.of(2026, 10, 31), "Trạm y tế hoạt động", null), null);
    }

    /** Emergency relief in euros, non-project without a planned end, approved and not started; donor unknown. */
    private static AidProjectView relief() {
        return aid("relief", AidStatus.APPROVED, new AidDetails(AidKind.NON_PROJECT, "Cứu trợ sau bão", null,
                        new DonorId("C"), AidSector.EMERGENCY_RELIEF, List.of("Hội An"),
                        money("20000.00", "EUR", "27900", FEB_5), LocalDate.of(2026, 11, 1), null),
                new AidDecision("95/QĐ-UBND", LocalDate.of(2026, 10, 20), null), null, List.of(), List.of(), null,
                null);
    }

    private static AidProjectView revoked() {
        return aid("revoked", AidStatus.REVOKED, new AidDetails(AidKind.PROJECT, "Nhà văn hóa thôn", null,
                        new DonorId("A"), AidSector.POVERTY_REDUCTION, List.of("Phú Ninh"),
                        money("8000.00", "USD", "25000", LocalDate.of(2025, 12, 1)), LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 6, 30)),
                new AidDecision("5/QĐ-UBND", LocalDate.of(2026, 1, 2), null), null, List.of(), List.of(), null,
                new AidRevocation(new AidDecision("150/QĐ-UBND", LocalDate.of(2026, 7, 10), null), "Chưa triển khai"));
    }

    // reading the file back

    private static String text(String xpath) throws Exception {
        XPath path = XPathFactory.newInstance().newXPath();
        return (String) path.evaluate(xpath, document, XPathConstants.STRING);
    }

    private static int count(String xpath) throws Exception {
        XPath path = XPathFactory.newInstance().newXPath();
        return ((NodeList) path.evaluate(xpath, document, XPathConstants.NODESET)).getLength();
    }

    private static String activity(String id) {
        return "/iati-activities/iati-activity[iati-identifier='VN-PROVINCE-REGISTRY-" + id + "']";
    }

    @Test
    void theFileIsValidAgainstTheOfficialSchema() throws Exception {
        IatiSchema.validate(file);
    }

    @Test
    void theSchemaCatchesWhatItShould() {
        byte[] broken = new String(file, StandardCharsets.UTF_8)
                .replaceFirst("<reporting-org[^>]*>", "<reporting-org>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> IatiSchema.validate(broken)).isInstanceOf(SAXException.class);
    }

    @Test
    void everyActivityIsIdentifiedUnderTheReportingOrganisation() throws Exception {
        assertThat(text("/iati-activities/@version")).isEqualTo("2.03");
        assertThat(text("/iati-activities/@generated-datetime")).isEqualTo("2026-11-20T03:04:05Z");
        assertThat(count("/iati-activities/iati-activity")).isEqualTo(4);
        assertThat(text(activity("water") + "/reporting-org/@ref")).isEqualTo("VN-PROVINCE-REGISTRY");
        assertThat(text(activity("water") + "/reporting-org/@type")).isEqualTo("11");
        assertThat(text(activity("water") + "/title/narrative")).isEqualTo("Nước sạch cho trường học <vùng cao>");
    }

    @Test
    void theDonorFundsTheProvinceIsAccountableTheReceivingAgencyImplements() throws Exception {
        assertThat(text(activity("water") + "/participating-org[@role='1']/narrative"))
                .isEqualTo("East Meets West Foundation");
        assertThat(text(activity("water") + "/participating-org[@role='1']/@type")).isEqualTo("21");
        assertThat(text(activity("clinic") + "/participating-org[@role='1']/@type")).isEqualTo("90");
        assertThat(text(activity("water") + "/participating-org[@role='2']/@ref")).isEqualTo("VN-PROVINCE-REGISTRY");
        assertThat(text(activity("water") + "/participating-org[@role='4']/narrative"))
                .isEqualTo("UBND huyện Núi Thành & \"các xã\"");
    }

    @Test
    void statusesFollowTheActivityStatusCodelist() throws Exception {
        assertThat(text(activity("relief") + "/activity-status/@code")).isEqualTo("1");
        assertThat(text(activity("water") + "/activity-status/@code")).isEqualTo("2");
        assertThat(text(activity("clinic") + "/activity-status/@code")).isEqualTo("4");
        assertThat(text(activity("revoked") + "/activity-status/@code")).isEqualTo("5");
        assertThat(text(activity("clinic") + "/activity-date[@type='4']/@iso-date")).isEqualTo("2026-10-31");
        assertThat(text(activity("water") + "/activity-date[@type='2']/@iso-date")).isEqualTo("2026-03-02");
    }

    @Test
    void sectorsAreDacCodesAndEmergencyReliefIsHumanitarian() throws Exception {
        assertThat(text(activity("water") + "/sector[@vocabulary='1']/@code")).isEqualTo("43040");
        assertThat(text(activity("clinic") + "/sector/@code")).isEqualTo("12220");
        assertThat(text(activity("relief") + "/sector/@code")).isEqualTo("72010");
        assertThat(text(activity("relief") + "/@humanitarian")).isEqualTo("1");
        assertThat(text(activity("water") + "/@humanitarian")).isEmpty();
    }

    @Test
    void districtsAreLocations() throws Exception {
        assertThat(count(activity("water") + "/location")).isEqualTo(2);
        assertThat(text(activity("water") + "/location[2]/name/narrative")).isEqualTo("Phú Ninh");
        assertThat(text(activity("water") + "/location[1]/feature-designation/@code")).isEqualTo("ADM2");
    }

    @Test
    void theCommitmentIsABudgetOriginalAndRevised() throws Exception {
        assertThat(text(activity("water") + "/budget[@type='1']/value")).isEqualTo("120000.00");
        assertThat(text(activity("water") + "/budget[@type='2']/value")).isEqualTo("150000.00");
        assertThat(text(activity("relief") + "/budget/period-end/@iso-date")).isEqualTo("2027-10-31");
        assertThat(count(activity("relief") + "/budget")).isEqualTo(1);
    }

    @Test
    void transactionsKeepTheirCurrencyAndTheirRateDateAsValueDate() throws Exception {
        String water = activity("water") + "/transaction";
        assertThat(count(water + "[transaction-type/@code='11']")).isEqualTo(2);
        assertThat(text(water + "[transaction-type/@code='11'][2]/value")).isEqualTo("30000.00");
        assertThat(count(water + "[transaction-type/@code='1']")).isEqualTo(2);
        assertThat(text(water + "[transaction-type/@code='1'][2]/value/@currency")).isEqualTo("EUR");
        assertThat(text(water + "[transaction-type/@code='1'][1]/provider-org/narrative"))
                .isEqualTo("East Meets West Foundation");
        assertThat(text(water + "[transaction-type/@code='3']/value/@currency")).isEqualTo("VND");
        assertThat(text(water + "[transaction-type/@code='3']/value/@value-date")).isEqualTo("2026-03-20");
        assertThat(text(water + "[transaction-type/@code='3']/receiver-org/narrative")).isEqualTo("Trường TH Tam Hải");
    }

    @Test
    void aCommitmentMovedToAnotherCurrencyIsWithdrawnAndMadeAgain() throws Exception {
        String commitments = activity("clinic") + "/transaction[transaction-type/@code='11']";
        assertThat(count(commitments)).isEqualTo(3);
        assertThat(text(commitments + "[2]/value")).isEqualTo("-5000000");
        assertThat(text(commitments + "[2]/value/@currency")).isEqualTo("JPY");
        assertThat(text(commitments + "[3]/value/@currency")).isEqualTo("USD");
    }

    @Test
    void aRevocationWithdrawsTheCommitment() throws Exception {
        String commitments = activity("revoked") + "/transaction[transaction-type/@code='11']";
        assertThat(count(commitments)).isEqualTo(2);
        assertThat(text(commitments + "[2]/value")).isEqualTo("-8000.00");
        assertThat(text(commitments + "[2]/transaction-date/@iso-date")).isEqualTo("2026-07-10");
    }
}
