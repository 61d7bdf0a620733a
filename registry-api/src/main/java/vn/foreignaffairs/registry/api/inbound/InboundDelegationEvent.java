package vn.foreignaffairs.registry.api.inbound;

/** The facts of an inbound delegation's life, closed so a switch over them is checked. */
public sealed interface InboundDelegationEvent
        permits InboundDelegationDrafted, InboundDelegationDraftRevised, InboundDelegationSubmitted,
        InboundDelegationApproved, InboundDelegationRejected, InboundDelegationCancelled, InboundVisitHeld,
        InboundVisitReportFiled {

    InboundDelegationId id();
}
