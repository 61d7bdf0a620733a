package vn.foreignaffairs.registry.api.agreement;

import java.time.LocalDate;

/**
 * The report of a signed agreement to the Prime Minister, copied to the Ministry of Foreign
 * Affairs (báo cáo Thủ tướng Chính phủ, đồng gửi Bộ Ngoại giao): the number of the report and
 * the day it was sent.
 */
public record SigningReport(String documentNumber, LocalDate sentOn) {
}
