package vn.foreignaffairs.registry.api.link;

/** The facts of a link's life, closed so a switch over them is checked. */
public sealed interface LinkEvent permits RecordsLinked, RecordsUnlinked {

    LinkId id();
}
