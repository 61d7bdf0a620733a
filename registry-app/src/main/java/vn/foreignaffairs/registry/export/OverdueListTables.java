package vn.foreignaffairs.registry.export;

import static vn.foreignaffairs.registry.export.RegisterTables.columns;
import static vn.foreignaffairs.registry.export.RegisterTables.row;

import java.util.List;
import java.util.stream.Collectors;
import vn.foreignaffairs.registry.api.agreement.OverdueImplementationPlan;
import vn.foreignaffairs.registry.api.agreement.OverdueSigningReport;
import vn.foreignaffairs.registry.api.aid.AidTotalsRow;
import vn.foreignaffairs.registry.api.aid.CurrencyAmount;
import vn.foreignaffairs.registry.api.conference.OverdueConferenceReport;
import vn.foreignaffairs.registry.api.delegation.OverduePassport;
import vn.foreignaffairs.registry.api.delegation.OverdueReport;

/** How the overdue lists and the aid totals print. */
final class OverdueListTables {

    static final ListTable<OverdueReport> TRIP_REPORTS = ListTable.oneRowEach("bao-cao-chuyen-di-qua-han",
            "Đoàn ra chưa báo cáo kết quả quá hạn",
            columns("Mã đoàn", 3, "Cơ quan", 2, "Tên cơ quan", 4, "Tên đoàn", 5, "Ngày về", 2, "Hạn báo cáo", 2,
                    "Số ngày quá hạn", 1),
            (o, names) -> row(o.delegationId(), o.agency(), names.agency(o.agency()), o.title(), o.returnedOn(),
                    o.reportDueDate(), o.daysOverdue()));

    static final ListTable<OverduePassport> PASSPORTS = ListTable.oneRowEach("ho-chieu-chua-nop-lai",
            "Hộ chiếu công vụ, ngoại giao chưa nộp lại quá hạn",
            columns("Mã đoàn", 3, "Cơ quan", 2, "Tên cơ quan", 4, "Tên đoàn", 4, "Người mang hộ chiếu", 3,
                    "Số hộ chiếu", 2, "Loại", 2, "Ngày về", 2, "Hạn nộp lại", 2, "Số ngày quá hạn", 1),
            (o, names) -> row(o.delegationId(), o.agency(), names.agency(o.agency()), o.title(), o.memberName(),
                    o.passportNumber(), o.passportKind() == null ? null : o.passportKind().name(), o.returnedOn(),
                    o.dueDate(), o.daysOverdue()));

    static final ListTable<vn.foreignaffairs.registry.api.agreement.OverdueConsultation> AGREEMENT_CONSULTATIONS =
            ListTable.oneRowEach("gop-y-thoa-thuan-qua-han", "Ý kiến góp ý về thỏa thuận quốc tế quá hạn",
                    columns("Mã thỏa thuận", 3, "Cơ quan ký", 2, "Tên thỏa thuận", 5, "Cơ quan được hỏi ý kiến", 2,
                            "Tên cơ quan", 4, "Ngày đề nghị", 2, "Hạn trả lời", 2, "Số ngày quá hạn", 1),
                    (o, names) -> row(o.agreementId(), o.signingBody(), o.title(), o.agency(), names.agency(o.agency()),
                            o.requestedOn(), o.answerDue(), o.daysOverdue()));

    static final ListTable<OverdueSigningReport> SIGNING_REPORTS = ListTable.oneRowEach(
            "bao-cao-ky-ket-qua-han", "Thỏa thuận quốc tế đã ký chưa báo cáo quá hạn",
            columns("Mã thỏa thuận", 3, "Cơ quan ký", 2, "Tên cơ quan", 4, "Tên thỏa thuận", 5, "Ngày ký", 2,
                    "Hạn báo cáo", 2, "Số ngày quá hạn", 1),
            (o, names) -> row(o.agreementId(), o.signingBody(), names.agency(o.signingBody()), o.title(), o.signedOn(),
                    o.reportDue(), o.daysOverdue()));

    static final ListTable<OverdueImplementationPlan> IMPLEMENTATION_PLANS = ListTable.oneRowEach(
            "ke-hoach-thuc-hien-qua-han", "Kế hoạch thực hiện thỏa thuận quốc tế chưa nộp quá hạn",
            columns("Cơ quan ký", 2, "Tên cơ quan", 4, "Năm", 1, "Hạn nộp", 2, "Số ngày quá hạn", 1,
                    "Số thỏa thuận phải thực hiện", 2),
            (o, names) -> row(o.signingBody(), names.agency(o.signingBody()), o.year(), o.due(), o.daysOverdue(),
                    o.agreementsToImplement()));

    static final ListTable<OverdueConferenceReport> CONFERENCE_REPORTS = ListTable.oneRowEach(
            "bao-cao-hoi-nghi-qua-han", "Hội nghị, hội thảo quốc tế chưa báo cáo kết quả quá hạn",
            columns("Mã hội nghị", 3, "Đơn vị tổ chức", 2, "Tên đơn vị", 4, "Tên hội nghị", 5, "Ngày kết thúc", 2,
                    "Hạn báo cáo", 2, "Số ngày quá hạn", 1),
            (o, names) -> row(o.conferenceId(), o.organiser(), names.agency(o.organiser()), o.title(), o.endedOn(),
                    o.reportDueDate(), o.daysOverdue()));

    static final ListTable<vn.foreignaffairs.registry.api.conference.OverdueConsultation> CONFERENCE_CONSULTATIONS =
            ListTable.oneRowEach("gop-y-hoi-nghi-qua-han", "Ý kiến góp ý về hội nghị, hội thảo quốc tế quá hạn",
                    columns("Mã hội nghị", 3, "Đơn vị tổ chức", 2, "Tên hội nghị", 5, "Cơ quan được hỏi ý kiến", 2,
                            "Tên cơ quan", 4, "Ngày đề nghị", 2, "Hạn trả lời", 2, "Số ngày quá hạn", 1),
                    (o, names) -> row(o.conferenceId(), o.organiser(), o.title(), o.consultedAgency(),
                            names.agency(o.consultedAgency()), o.requestedOn(), o.dueDate(), o.daysOverdue()));

    static final ListTable<AidTotalsRow> AID_TOTALS = ListTable.oneRowEach("tong-hop-vien-tro",
            "Tổng hợp viện trợ phi chính phủ nước ngoài",
            columns("Nhóm", 3, "Tên", 5, "Số khoản", 1, "Cam kết", 3, "Cam kết (VND)", 2, "Đã tiếp nhận", 3,
                    "Tiếp nhận (VND)", 2, "Đã giải ngân", 3, "Giải ngân (VND)", 2),
            (t, names) -> row(t.key(), t.label(), t.aidCount(), money(t.committed()), t.committedVnd(),
                    money(t.received()), t.receivedVnd(), money(t.disbursed()), t.disbursedVnd()));

    private OverdueListTables() {
    }

    static String money(List<CurrencyAmount> amounts) {
        return amounts == null ? "" : amounts.stream().map(amount -> Table.text(amount.amount()) + " " + amount.currency())
                .collect(Collectors.joining(" + "));
    }
}
