package vn.foreignaffairs.registry.export;

import static vn.foreignaffairs.registry.export.RegisterTables.columns;
import static vn.foreignaffairs.registry.export.RegisterTables.join;
import static vn.foreignaffairs.registry.export.RegisterTables.row;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.agreement.ForeignParty;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.Destination;
import vn.foreignaffairs.registry.api.freeze.FreezeView;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;
import vn.foreignaffairs.registry.api.plan.Direction;
import vn.foreignaffairs.registry.api.plan.PlannedItem;

/** How the registers' record lists print, one row per record (per planned item for annual plans). */
final class RecordListTables {

    static final ListTable<DelegationView> DELEGATIONS = ListTable.oneRowEach("doan-ra", "Danh sách đoàn ra",
            columns("Mã", 3, "Cơ quan", 2, "Tên cơ quan", 4, "Tên đoàn", 5, "Nơi đến", 3, "Ngày đi", 2,
                    "Ngày về", 2, "Số người", 1, "Kế hoạch", 2, "Trạng thái", 2, "Quyết định", 2),
            (d, names) -> row(d.id(), d.agency(), names.agency(d.agency()), d.details().title(),
                    d.details().destinations().stream().map(RecordListTables::destination)
                            .collect(Collectors.joining(", ")),
                    d.details().departureDate(), d.details().returnDate(), d.details().members().size(),
                    d.details().offPlan() ? "Ngoài kế hoạch" : "Trong kế hoạch", d.status().name(),
                    d.decision() == null ? null : d.decision().number()));

    static final ListTable<InboundDelegationView> INBOUND = ListTable.oneRowEach("doan-vao", "Danh sách đoàn vào",
            columns("Mã", 3, "Đơn vị đón", 2, "Tên đơn vị", 4, "Tên đoàn", 5, "Bên nước ngoài", 4, "Ngày đến", 2,
                    "Ngày đi", 2, "Số khách", 1, "Trạng thái", 2, "Quyết định", 2),
            (v, names) -> {
                var party = v.details().foreignParty();
                return row(v.id(), v.hostAgency(), names.agency(v.hostAgency()), v.details().title(),
                        party == null ? null : join(party.countryCode(), party.organisation(), party.locality()),
                        v.details().arrivalDate(), v.details().departureDate(), v.details().size(), v.status().name(),
                        v.decision() == null ? null : v.decision().number());
            });

    static final ListTable<AgreementView> AGREEMENTS = ListTable.oneRowEach("thoa-thuan-quoc-te",
            "Danh sách thỏa thuận quốc tế",
            columns("Mã", 3, "Cơ quan ký", 2, "Tên cơ quan", 4, "Tên thỏa thuận", 5, "Loại", 2,
                    "Bên nước ngoài", 4, "Ngày ký", 2, "Hiệu lực từ", 2, "Hiệu lực đến", 2, "Trạng thái", 2),
            (a, names) -> {
                ForeignParty party = a.details().foreignParty();
                return row(a.id(), a.signingBody(), names.agency(a.signingBody()), a.details().title(),
                        a.details().kind() == null ? null : a.details().kind().name(),
                        party == null ? null : join(party.countryCode(), party.organisation(), party.locality()),
                        a.signing() == null ? null : a.signing().signedOn(), a.inForceFrom(), a.lastDay(),
                        a.status().name());
            });

    static final ListTable<ConferenceView> CONFERENCES = ListTable.oneRowEach("hoi-nghi-hoi-thao-quoc-te",
            "Danh sách hội nghị, hội thảo quốc tế",
            columns("Mã", 3, "Đơn vị tổ chức", 2, "Tên đơn vị", 4, "Tên hội nghị", 5, "Từ ngày", 2,
                    "Đến ngày", 2, "Địa điểm", 3, "Đại biểu nước ngoài", 2, "Tài trợ nước ngoài", 2,
                    "Trạng thái", 2),
            (c, names) -> row(c.id(), c.organiser(), names.agency(c.organiser()), c.details().title(),
                    c.details().startDate(), c.details().endDate(), c.details().venue(),
                    c.details().foreignParticipants(), c.details().foreignFunded() ? "Có" : "Không",
                    c.status().name()));

    static final ListTable<AidProjectView> AID_PROJECTS = ListTable.oneRowEach("vien-tro-phi-chinh-phu",
            "Danh sách viện trợ phi chính phủ nước ngoài",
            columns("Mã", 3, "Cơ quan tiếp nhận", 2, "Tên cơ quan", 4, "Tên khoản viện trợ", 5, "Lĩnh vực", 3,
                    "Nhà tài trợ", 4, "Cam kết", 2, "Tiền tệ", 1, "Cam kết (VND)", 2, "Đã giải ngân (VND)", 2,
                    "Trạng thái", 2),
            (a, names) -> {
                var committed = a.details().committed();
                return row(a.id(), a.receivingAgency(), names.agency(a.receivingAgency()), a.details().title(),
                        a.details().sector() == null ? null : a.details().sector().vietnameseName(),
                        names.donor(a.details().donor()),
                        committed == null ? null : committed.amount(), committed == null ? null : committed.currency(),
                        a.committedVnd(), a.disbursedVnd(), a.status().name());
            });

    static final ListTable<DonorView> DONORS = ListTable.oneRowEach("nha-tai-tro",
            "Danh sách nhà tài trợ nước ngoài",
            columns("Mã", 3, "Tên nhà tài trợ", 5, "Loại", 2, "Quốc gia", 1, "Giấy phép", 3, "Cấp ngày", 2,
                    "Hiệu lực đến", 2),
            (d, names) -> row(d.id(), d.name(), d.kind() == null ? null : d.kind().name(), d.countryCode(),
                    d.permit() == null ? null : d.permit().number(), d.permit() == null ? null : d.permit().issuedOn(),
                    d.permit() == null ? null : d.permit().validUntil()));

    static final ListTable<AnnualPlanView> ANNUAL_PLANS = new ListTable<>("ke-hoach-doan-ra-doan-vao",
            "Kế hoạch đoàn ra, đoàn vào hằng năm",
            columns("Cơ quan", 2, "Tên cơ quan", 4, "Năm", 1, "Trạng thái", 2, "Quyết định", 2, "Mục", 1,
                    "Đoàn", 1, "Nước, đối tác", 3, "Nội dung", 5, "Quý", 1, "Tháng", 1, "Số người", 1,
                    "Kinh phí dự kiến (VND)", 2),
            RecordListTables::planRows);

    static final ListTable<FreezeView> FREEZES = ListTable.oneRowEach("tam-dung-phe-duyet",
            "Danh sách tạm dừng phê duyệt đoàn ra, đoàn vào",
            columns("Mã", 3, "Cơ quan, loại cơ quan", 4, "Từ ngày", 2, "Đến ngày", 2, "Lý do", 4, "Căn cứ", 3,
                    "Dỡ bỏ ngày", 2, "Lý do dỡ bỏ", 3, "Người ban hành", 2),
            (f, names) -> row(f.id(), Stream.concat(f.scope().agencies().stream().map(names::agency),
                            f.scope().agencyKinds().stream().map(Enum::name)).collect(Collectors.joining(", ")),
                    f.from(), f.until(), f.reason(), f.legalBasis(), f.liftedOn(), f.liftReason(), f.declaredBy()));

    private RecordListTables() {
    }

    /** A row per planned item; a plan without items still has its row. */
    private static List<List<Object>> planRows(AnnualPlanView plan, Names names) {
        String decision = plan.decision() == null ? null : plan.decision().number();
        List<List<Object>> rows = new ArrayList<>();
        for (PlannedItem item : plan.items()) {
            rows.add(row(plan.agency(), names.agency(plan.agency()), plan.year(), plan.status().name(), decision,
                    item.itemId(), item.direction() == Direction.OUTBOUND ? "Đoàn ra" : "Đoàn vào",
                    join(item.countryCode(), item.foreignParty()), item.purpose(), item.plannedQuarter(),
                    item.plannedMonth(), item.size(), item.estimatedCostVnd()));
        }
        if (rows.isEmpty()) {
            rows.add(row(plan.agency(), names.agency(plan.agency()), plan.year(), plan.status().name(), decision,
                    null, null, null, null, null, null, null, null));
        }
        return rows;
    }

    private static String destination(Destination destination) {
        return destination.city() == null ? destination.countryCode()
                : destination.countryCode() + " (" + destination.city() + ")";
    }
}
