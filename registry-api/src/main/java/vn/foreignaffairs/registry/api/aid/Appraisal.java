package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;

/** The appraisal of aid (thẩm định) by the Department of Foreign Affairs: its conclusion, why, and when. */
public record Appraisal(AppraisalConclusion conclusion, String summary, LocalDate appraisedOn) {
}
