package vn.foreignaffairs.registry.export;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.aid.CurrencyAmount;
import vn.foreignaffairs.registry.api.common.ProvinceTime;
import vn.foreignaffairs.registry.api.report.AgencyFigures;
import vn.foreignaffairs.registry.api.report.AgreementFigures;
import vn.foreignaffairs.registry.api.report.AidLine;
import vn.foreignaffairs.registry.api.report.ComplianceFigures;
import vn.foreignaffairs.registry.api.report.ComplianceReportView;
import vn.foreignaffairs.registry.api.report.ConferenceFigures;
import vn.foreignaffairs.registry.api.report.DelegationFigures;
import vn.foreignaffairs.registry.api.report.FreezeDecision;
import vn.foreignaffairs.registry.api.report.NextYearOutlook;
import vn.foreignaffairs.registry.api.report.OutlookItem;
import vn.foreignaffairs.registry.api.report.ReportKind;
import vn.foreignaffairs.registry.api.report.ReportStatus;

/** A compliance report as a table of section, indicator and value, in Vietnamese. */
@Component
class ReportTable {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    Table of(ComplianceReportView report) {
        ComplianceFigures figures = report.figures();
        List<List<Object>> rows = new ArrayList<>();
        figureRows(rows, "", figures);
        for (FreezeDecision decision : figures.decisionsDuringFreezes()) {
            rows.add(RegisterTables.row("Quyết định trong thời gian tạm dừng phê duyệt",
                    decision.decisionNumber() + " ngày " + day(decision.decisionDate()) + " – " + decision.title()
                            + " (" + decision.agency() + ")", decision.freezeId()));
        }
        for (AidLine line : figures.aid().bySector()) {
            aid(rows, "Viện trợ theo lĩnh vực", line);
        }
        for (AidLine line : figures.aid().byDonor()) {
            aid(rows, "Viện trợ theo nhà tài trợ", line);
        }
        aid(rows, "Viện trợ phi chính phủ nước ngoài", figures.aid().total());
        if (figures.nextYear() != null) {
            outlook(rows, figures.nextYear());
        }
        for (AgencyFigures agency : report.byAgency()) {
            String prefix = agency.name() + " (" + agency.agency() + ") – ";
            figureRows(rows, prefix, agency.figures());
            aid(rows, prefix + "Viện trợ phi chính phủ nước ngoài", agency.figures().aid().total());
        }
        return new Table("bao-cao-" + report.scope().toLowerCase() + "-" + report.period().toLowerCase(),
                title(report), subtitle(report), RegisterTables.columns("Mục", 3, "Chỉ tiêu", 6, "Giá trị", 3), rows);
    }

    /** The counted figures, each section named after {@code prefix} (empty, or an agency's name). */
    private static void figureRows(List<List<Object>> rows, String prefix, ComplianceFigures figures) {
        DelegationFigures d = figures.delegations();
        String outbound = prefix + "Đoàn ra";
        rows.add(RegisterTables.row(outbound, "Đoàn trong kế hoạch (mục kế hoạch trong kỳ)", d.plannedItems()));
        rows.add(RegisterTables.row(outbound, "Mục kế hoạch đã thực hiện", d.realisedItems()));
        rows.add(RegisterTables.row(outbound, "Đoàn được phê duyệt theo kế hoạch", d.onPlanDelegations()));
        rows.add(RegisterTables.row(outbound, "Đoàn ngoài kế hoạch (tính vào hạn mức)", d.offPlanDelegations()));
        rows.add(RegisterTables.row(outbound, "Đoàn ngoài kế hoạch được miễn hạn mức (lực lượng vũ trang)",
                d.exemptDelegations()));
        rows.add(RegisterTables.row(outbound, "Hạn mức đoàn ngoài kế hoạch đã sử dụng / được phép trong năm",
                d.offPlanSlotsUsed() + " / " + d.offPlanQuota()));
        rows.add(RegisterTables.row(outbound, "Báo cáo kết quả chuyến đi quá hạn", d.overduePostTripReports()));
        rows.add(RegisterTables.row(outbound, "Hộ chiếu công vụ, ngoại giao chưa nộp lại quá hạn",
                d.overduePassports()));
        rows.add(RegisterTables.row(prefix + "Quyết định trong thời gian tạm dừng phê duyệt", "Số quyết định",
                figures.decisionsDuringFreezes().size()));
        AgreementFigures a = figures.agreements();
        String agreements = prefix + "Thỏa thuận quốc tế";
        rows.add(RegisterTables.row(agreements, "Đã ký trong kỳ", a.signed()));
        rows.add(RegisterTables.row(agreements, "Đang có hiệu lực", a.inForce()));
        rows.add(RegisterTables.row(agreements, "Sắp hết hiệu lực", a.expiring()));
        rows.add(RegisterTables.row(agreements, "Chưa báo cáo tình hình thực hiện trong kỳ", a.unreported()));
        rows.add(RegisterTables.row(agreements, "Ý kiến góp ý quá hạn", a.overdueConsultations()));
        ConferenceFigures c = figures.conferences();
        String conferences = prefix + "Hội nghị, hội thảo quốc tế";
        rows.add(RegisterTables.row(conferences, "Đã tổ chức trong kỳ", c.held()));
        rows.add(RegisterTables.row(conferences, "Đã báo cáo kết quả", c.reported()));
        rows.add(RegisterTables.row(conferences, "Báo cáo kết quả quá hạn", c.reportsOverdue()));
    }

    /** Next year's outlook: how many of each, then each one. */
    private static void outlook(List<List<Object>> rows, NextYearOutlook outlook) {
        String section = "Dự kiến năm " + outlook.year();
        outlookItems(rows, section, "Đoàn ra theo kế hoạch đã phê duyệt", outlook.outbound());
        outlookItems(rows, section, "Đoàn vào theo kế hoạch đã phê duyệt", outlook.inbound());
        outlookItems(rows, section, "Hội nghị, hội thảo quốc tế", outlook.conferences());
        outlookItems(rows, section, "Thỏa thuận quốc tế dự kiến ký kết", outlook.agreements());
    }

    private static void outlookItems(List<List<Object>> rows, String section, String what, List<OutlookItem> items) {
        rows.add(RegisterTables.row(section, what, items.size()));
        for (OutlookItem item : items) {
            String details = Stream.of(item.countries(), item.when()).filter(text -> text != null && !text.isBlank())
                    .collect(Collectors.joining(", "));
            rows.add(RegisterTables.row(section, what + ": " + item.title() + (details.isEmpty() ? "" : " (" + details
                    + ")"), item.agency() + " – " + item.status()));
        }
    }

    private static void aid(List<List<Object>> rows, String section, AidLine line) {
        rows.add(RegisterTables.row(section, line.label() + ": cam kết", money(line.committed()) + " ≈ "
                + line.committedVnd().toPlainString() + " VND"));
        rows.add(RegisterTables.row(section, line.label() + ": giải ngân", money(line.disbursed()) + " ≈ "
                + line.disbursedVnd().toPlainString() + " VND"));
    }

    private static String money(List<CurrencyAmount> amounts) {
        if (amounts.isEmpty()) {
            return "0";
        }
        return amounts.stream().map(amount -> Table.text(amount.amount()) + " " + amount.currency())
                .collect(Collectors.joining(" + "));
    }

    private static String title(ComplianceReportView report) {
        return (report.kind() == ReportKind.HALF_YEAR ? "Báo cáo 6 tháng đầu năm " : "Báo cáo năm ")
                + report.to().getYear() + " về công tác đối ngoại";
    }

    private static List<String> subtitle(ComplianceReportView report) {
        List<String> lines = new ArrayList<>();
        lines.add("Đơn vị: " + report.scopeName() + " (" + report.scope() + ")");
        lines.add("Kỳ báo cáo: " + day(report.from()) + " – " + day(report.to()) + "; số liệu tính đến ngày "
                + day(report.asOf()) + "; hạn nộp " + day(report.deadline()));
        if (report.status() == ReportStatus.ISSUED) {
            lines.add("Đã ban hành ngày " + day(ProvinceTime.dayOf(report.issuedAt())) + " bởi " + report.issuedBy()
                    + "; sổ kiểm toán: vị trí " + report.ledgerHead().position() + ", mã băm "
                    + report.ledgerHead().hash());
        } else {
            lines.add("Dự thảo, tính lại mỗi lần xem");
        }
        return lines;
    }

    private static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }
}
