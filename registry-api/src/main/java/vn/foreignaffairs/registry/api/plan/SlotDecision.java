package vn.foreignaffairs.registry.api.plan;

public enum SlotDecision {
    GRANTED,
    REFUSED
}
