package vn.foreignaffairs.registry.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.api.agency.AgencyView;
import vn.foreignaffairs.registry.api.agreement.AgreementPage;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.agreement.ForeignParty;
import vn.foreignaffairs.registry.api.aid.AidProjectPage;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.conference.ConferencePage;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.api.delegation.DelegationPage;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.Destination;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationPage;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.api.report.ComplianceReportView;

/**
 * The tables the exports print: one per register list (the page the list endpoint answered) and
 * one per compliance report. Headers are in Vietnamese, the language of the registers.
 */
@Component
public class RegisterTables {

    private final AgencyDirectory agencies;
    private final ReportTable reportTable;

    public RegisterTables(AgencyDirectory agencies, ReportTable reportTable) {
        this.agencies = agencies;
        this.reportTable = reportTable;
    }

    public boolean supports(Class<?> type) {
        return type == DelegationPage.class || type == InboundDelegationPage.class || type == AgreementPage.class
                || type == ConferencePage.class || type == AidProjectPage.class || type == ComplianceReportView.class;
    }

    public Table tableOf(Object value) {
        AgencyNames names = new AgencyNames();
        if (value instanceof DelegationPage page) {
            return delegations(page, names);
        }
        if (value instanceof InboundDelegationPage page) {
            return inbound(page, names);
        }
        if (value instanceof AgreementPage page) {
            return agreements(page, names);
        }
        if (value instanceof ConferencePage page) {
            return conferences(page, names);
        }
        if (value instanceof AidProjectPage page) {
            return aid(page, names);
        }
        if (value instanceof ComplianceReportView report) {
            return reportTable.of(report);
        }
        throw new IllegalArgumentException("No export for " + value.getClass().getSimpleName());
    }

    private static Table delegations(DelegationPage page, AgencyNames names) {
        List<List<Object>> rows = new ArrayList<>();
        for (DelegationView d : page.items()) {
            rows.add(row(d.id(), d.agency(), names.of(d.agency()), d.details().title(),
                    d.details().destinations().stream().map(RegisterTables::destination)
                            .collect(Collectors.joining(", ")),
                    d.details().departureDate(), d.details().returnDate(), d.details().members().size(),
                    d.details().offPlan() ? "Ngoài kế hoạch" : "Trong kế hoạch", d.status().name(),
                    d.decision() == null ? null : d.decision().number()));
        }
        return new Table("doan-ra", "Danh sách đoàn ra", pageLine(page.page(), page.size(), page.total()),
                columns("Mã", 3, "Cơ quan", 2, "Tên cơ quan", 4, "Tên đoàn", 5, "Nơi đến", 3, "Ngày đi", 2,
                        "Ngày về", 2, "Số người", 1, "Kế hoạch", 2, "Trạng thái", 2, "Quyết định", 2), rows);
    }

    private static Table inbound(InboundDelegationPage page, AgencyNames names) {
        List<List<Object>> rows = new ArrayList<>();
        for (InboundDelegationView v : page.items()) {
            var party = v.details().foreignParty();
            rows.add(row(v.id(), v.hostAgency(), names.of(v.hostAgency()), v.details().title(),
                    party == null ? null : join(party.countryCode(), party.organisation(), party.locality()),
                    v.details().arrivalDate(), v.details().departureDate(), v.details().size(), v.status().name(),
                    v.decision() == null ? null : v.decision().number()));
        }
        return new Table("doan-vao", "Danh sách đoàn vào", pageLine(page.page(), page.size(), page.total()),
                columns("Mã", 3, "Đơn vị đón", 2, "Tên đơn vị", 4, "Tên đoàn", 5, "Bên nước ngoài", 4, "Ngày đến", 2,
                        "Ngày đi", 2, "Số khách", 1, "Trạng thái", 2, "Quyết định", 2), rows);
    }

    private static Table agreements(AgreementPage page, AgencyNames names) {
        List<List<Object>> rows = new ArrayList<>();
        for (AgreementView a : page.items()) {
            ForeignParty party = a.details().foreignParty();
            rows.add(row(a.id(), a.signingBody(), names.of(a.signingBody()), a.details().title(),
                    a.details().kind() == null ? null : a.details().kind().name(),
                    party == null ? null : join(party.countryCode(), party.organisation(), party.locality()),
                    a.signing() == null ? null : a.signing().signedOn(), a.inForceFrom(), a.lastDay(),
                    a.status().name()));
        }
        return new Table("thoa-thuan-quoc-te", "Danh sách thỏa thuận quốc tế",
                pageLine(page.page(), page.size(), page.total()),
                columns("Mã", 3, "Cơ quan ký", 2, "Tên cơ quan", 4, "Tên thỏa thuận", 5, "Loại", 2,
                        "Bên nước ngoài", 4, "Ngày ký", 2, "Hiệu lực từ", 2, "Hiệu lực đến", 2, "Trạng thái", 2), rows);
    }

    private static Table conferences(ConferencePage page, AgencyNames names) {
        List<List<Object>> rows = new ArrayList<>();
        for (ConferenceView c : page.items()) {
            rows.add(row(c.id(), c.organiser(), names.of(c.organiser()), c.details().title(), c.details().startDate(),
                    c.details().endDate(), c.details().venue(), c.details().foreignParticipants(),
                    c.details().foreignFunded() ? "Có" : "Không", c.status().name()));
        }
        return new Table("hoi-nghi-hoi-thao-quoc-te", "Danh sách hội nghị, hội thảo quốc tế",
                pageLine(page.page(), page.size(), page.total()),
                columns("Mã", 3, "Đơn vị tổ chức", 2, "Tên đơn vị", 4, "Tên hội nghị", 5, "Từ ngày", 2,
                        "Đến ngày", 2, "Địa điểm", 3, "Đại biểu nước ngoài", 2, "Tài trợ nước ngoài", 2,
                        "Trạng thái", 2), rows);
    }

    private static Table aid(AidProjectPage page, AgencyNames names) {
        List<List<Object>> rows = new ArrayList<>();
        for (AidProjectView a : page.items()) {
            var committed = a.details().committed();
            rows.add(row(a.id(), a.receivingAgency(), names.of(a.receivingAgency()), a.details().title(),
                    a.details().sector() == null ? null : a.details().sector().vietnameseName(),
                    a.details().donor() == null ? null : a.details().donor().value(),
                    committed == null ? null : committed.amount(), committed == null ? null : committed.currency(),
                    a.committedVnd(), a.disbursedVnd(), a.status().name()));
        }
        return new Table("vien-tro-phi-chinh-phu", "Danh sách viện trợ phi chính phủ nước ngoài",
                pageLine(page.page(), page.size(), page.total()),
                columns("Mã", 3, "Cơ quan tiếp nhận", 2, "Tên cơ quan", 4, "Tên khoản viện trợ", 5, "Lĩnh vực", 3,
                        "Nhà tài trợ", 3, "Cam kết", 2, "Tiền tệ", 1, "Cam kết (VND)", 2, "Đã giải ngân (VND)", 2,
                        "Trạng thái", 2), rows);
    }

    private static List<String> pageLine(int page, int size, long total) {
        return List.of("Trang " + (page + 1) + ", " + size + " dòng mỗi trang; tổng số " + total + " hồ sơ");
    }

    private static String destination(Destination destination) {
        return destination.city() == null ? destination.countryCode()
                : destination.countryCode() + " (" + destination.city() + ")";
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" – "));
    }

    static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    static List<Table.Column> columns(Object... headersAndWidths) {
        List<Table.Column> columns = new ArrayList<>();
        for (int i = 0; i < headersAndWidths.length; i += 2) {
            columns.add(new Table.Column((String) headersAndWidths[i], (Integer) headersAndWidths[i + 1]));
        }
        return columns;
    }

    /** Agency names looked up once per export. */
    private final class AgencyNames {

        private final Map<String, String> names = new HashMap<>();

        String of(String code) {
            if (code == null) {
                return null;
            }
            return names.computeIfAbsent(code, c -> Optional.ofNullable(agencies.find(c)).map(AgencyView::name)
                    .orElse(c));
        }
    }
}
