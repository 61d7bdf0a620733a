package vn.foreignaffairs.registry.web.page;

import java.util.List;
import java.util.Set;
import org.springframework.ui.Model;

/**
 * The steps a record's page offers ({@code steps}, rendered by {@code fragments/forms :: form}):
 * those the reader may take now, the refused one as it was typed with its errors in place, and
 * ({@code actionMessages}) the refusal's messages that no shown input carries, for the top of the page.
 */
public final class RecordSteps {

    private RecordSteps() {
    }

    public static void addTo(Model model, List<PageForm<?>> available, PageForm<?> refused) {
        List<PageForm<?>> steps = available.stream()
                .<PageForm<?>>map(step -> refused != null && step.name().equals(refused.name()) ? refused : step)
                .toList();
        model.addAttribute("steps", steps);
        model.addAttribute("refused", refused);
        model.addAttribute("actionMessages", refused == null ? List.of()
                : steps.contains(refused) ? refused.general() : refused.errors().general(Set.of()));
    }
}
