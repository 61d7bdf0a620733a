package vn.foreignaffairs.registry.export;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.api.agreement.AgreementView;
import vn.foreignaffairs.registry.api.agreement.OverdueImplementationPlans;
import vn.foreignaffairs.registry.api.agreement.OverdueSigningReports;
import vn.foreignaffairs.registry.api.aid.AidProjectView;
import vn.foreignaffairs.registry.api.aid.AidTotals;
import vn.foreignaffairs.registry.api.aid.AidTotalsRow;
import vn.foreignaffairs.registry.api.aid.DonorView;
import vn.foreignaffairs.registry.api.conference.ConferenceView;
import vn.foreignaffairs.registry.api.conference.OverdueConferenceReports;
import vn.foreignaffairs.registry.api.delegation.DelegationView;
import vn.foreignaffairs.registry.api.delegation.OverduePassports;
import vn.foreignaffairs.registry.api.delegation.OverdueReports;
import vn.foreignaffairs.registry.api.freeze.FreezeView;
import vn.foreignaffairs.registry.api.inbound.InboundDelegationView;
import vn.foreignaffairs.registry.api.plan.AnnualPlanView;
import vn.foreignaffairs.registry.api.report.ComplianceReportView;

/**
 * The tables the exports print: every register list the API serves (a record list exported
 * whole, {@link WholeList}; the annual plans and freezes, the overdue lists and the aid totals
 * as the endpoint answers them) and every compliance report. Headers are in Vietnamese, the
 * language of the registers.
 */
@Component
public class RegisterTables {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Record lists exported whole, by the type of their records. */
    private static final Map<Class<?>, ListTable<?>> RECORD_LISTS = Map.of(
            DelegationView.class, RecordListTables.DELEGATIONS,
            InboundDelegationView.class, RecordListTables.INBOUND,
            AgreementView.class, RecordListTables.AGREEMENTS,
            ConferenceView.class, RecordListTables.CONFERENCES,
            AidProjectView.class, RecordListTables.AID_PROJECTS,
            DonorView.class, RecordListTables.DONORS);

    /** Lists the endpoints answer as a JSON array, by the type of their elements. */
    private static final Map<Class<?>, ListTable<?>> ARRAYS = Map.of(
            AnnualPlanView.class, RecordListTables.ANNUAL_PLANS,
            FreezeView.class, RecordListTables.FREEZES);

    private final AgencyDirectory agencies;
    private final QueryGateway queries;
    private final ReportTable reportTable;
    private final Map<Class<?>, BiFunction<Object, Names, Table>> answers = new LinkedHashMap<>();

    public RegisterTables(AgencyDirectory agencies, QueryGateway queries, ReportTable reportTable) {
        this.agencies = agencies;
        this.queries = queries;
        this.reportTable = reportTable;
        answer(OverdueReports.class, (list, names) -> OverdueListTables.TRIP_REPORTS.of(list.items(),
                asOf(list.asOf(), list.agency()), names));
        answer(OverduePassports.class, (list, names) -> OverdueListTables.PASSPORTS.of(list.items(),
                asOf(list.asOf(), list.agency()), names));
        answer(vn.foreignaffairs.registry.api.agreement.OverdueConsultations.class, (list, names) ->
                OverdueListTables.AGREEMENT_CONSULTATIONS.of(list.items(), asOf(list.asOf(), list.agency()), names));
        answer(OverdueSigningReports.class, (list, names) -> OverdueListTables.SIGNING_REPORTS.of(list.items(),
                asOf(list.asOf(), list.signingBody()), names));
        answer(OverdueImplementationPlans.class, (list, names) -> OverdueListTables.IMPLEMENTATION_PLANS.of(
                list.items(), List.of("Tổng số " + list.items().size()), names));
        answer(OverdueConferenceReports.class, (list, names) -> OverdueListTables.CONFERENCE_REPORTS.of(
                list.items(), asOf(list.asOf(), list.organiser()), names));
        answer(vn.foreignaffairs.registry.api.conference.OverdueConsultations.class, (list, names) ->
                OverdueListTables.CONFERENCE_CONSULTATIONS.of(list.items(), asOf(list.asOf(), list.organiser()),
                        names));
        answer(AidTotals.class, (totals, names) -> aidTotals(totals, names));
        answer(ComplianceReportView.class, (report, names) -> reportTable.of(report));
    }

    /** Whether a value of this (possibly generic) type prints as a table. */
    public boolean supports(Type type) {
        Type raw = type instanceof ParameterizedType generic ? generic.getRawType() : type;
        if (raw instanceof Class<?> plain && (plain == WholeList.class || answers.containsKey(plain))) {
            return true;
        }
        return elementTable(type) != null;
    }

    /** The table of a report, of a whole record list, or of what a list endpoint answered. */
    public Table tableOf(Object value) {
        return tableOf(value, value.getClass());
    }

    @SuppressWarnings("unchecked")
    public Table tableOf(Object value, Type type) {
        Names names = new Names(agencies, queries);
        if (value instanceof WholeList<?> whole) {
            ListTable<Object> table = (ListTable<Object>) RECORD_LISTS.get(whole.itemType());
            if (table == null) {
                throw new IllegalArgumentException("No export for lists of " + whole.itemType().getSimpleName());
            }
            return table.of((Iterable<Object>) whole, List.of("Tổng số " + whole.total() + " hồ sơ"), names);
        }
        BiFunction<Object, Names, Table> answer = answers.get(value.getClass());
        if (answer != null) {
            return answer.apply(value, names);
        }
        ListTable<Object> table = (ListTable<Object>) elementTable(type);
        if (table != null && value instanceof List<?> list) {
            return table.of((List<Object>) list, List.of("Tổng số " + list.size()), names);
        }
        throw new IllegalArgumentException("No export for " + value.getClass().getSimpleName());
    }

    @SuppressWarnings("unchecked")
    private <T> void answer(Class<T> type, BiFunction<T, Names, Table> table) {
        answers.put(type, (value, names) -> table.apply((T) value, names));
    }

    /** The table of a {@code List<X>} for an X answered as a JSON array, or null. */
    private static ListTable<?> elementTable(Type type) {
        if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw
                && List.class.isAssignableFrom(raw) && generic.getActualTypeArguments()[0] instanceof Class<?> element) {
            return ARRAYS.get(element);
        }
        return null;
    }

    private static Table aidTotals(AidTotals totals, Names names) {
        List<AidTotalsRow> rows = new ArrayList<>(totals.groups());
        if (totals.total() != null) {
            rows.add(totals.total());
        }
        List<String> subtitle = new ArrayList<>();
        subtitle.add("Theo " + switch (totals.groupBy()) {
            case DONOR -> "nhà tài trợ";
            case SECTOR -> "lĩnh vực";
            case DISTRICT -> "địa bàn";
            case YEAR -> "năm";
        } + (totals.year() == null ? "" : ", năm " + totals.year()));
        if (totals.overlapping()) {
            subtitle.add("Một khoản viện trợ ở nhiều địa bàn được tính đủ ở mỗi địa bàn: các dòng cộng lại lớn hơn tổng.");
        }
        return OverdueListTables.AID_TOTALS.of(rows, subtitle, names);
    }

    private static List<String> asOf(LocalDate day, String scope) {
        return List.of("Tính đến ngày " + (day == null ? "" : DAY.format(day))
                + (scope == null ? "" : "; cơ quan " + scope));
    }

    static String join(String... parts) {
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
}
