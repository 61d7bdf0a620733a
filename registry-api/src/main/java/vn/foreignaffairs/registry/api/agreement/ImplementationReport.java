package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/**
 * A report on how the agreement is carried out (báo cáo tình hình thực hiện): the period it
 * covers, in words ("năm 2027", "6 tháng đầu năm 2027"), the day it was made, and what it says.
 */
public record ImplementationReport(String period, LocalDate reportedOn, String summary) {
}
