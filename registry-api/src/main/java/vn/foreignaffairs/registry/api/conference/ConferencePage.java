package vn.foreignaffairs.registry.api.conference;

import java.util.List;

public record ConferencePage(List<ConferenceView> items, int page, int size, long total) {

    public ConferencePage {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
