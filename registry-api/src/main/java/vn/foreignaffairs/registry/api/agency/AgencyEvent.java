package vn.foreignaffairs.registry.api.agency;

/** The facts of an agency's life, closed so a switch over them is checked. */
public sealed interface AgencyEvent permits AgencyRegistered, AgencyRenamed, AgencyMergedInto, AgencyDissolved {

    AgencyCode code();
}
