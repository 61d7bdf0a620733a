package vn.foreignaffairs.registry.api.aid;

import java.time.LocalDate;

/** A monitoring visit to the aid (kiểm tra, giám sát): when, by whom, what was found, what is recommended. */
public record MonitoringVisit(LocalDate visitedOn, String team, String findings, String recommendations) {
}
