package vn.foreignaffairs.registry.api.aid;

/** The facts of one aid's life, closed so a switch over them is checked. */
public sealed interface AidProjectEvent
        permits AidProposed, AidOpinionRecorded, AidAppraised, AidApproved, AidRefused, AidReceiptRecorded,
        AidDisbursementRecorded, AidImplementationStarted, MonitoringVisitRecorded, AidAdjusted,
        AidCompletionReported, AidRevoked {

    AidProjectId id();
}
