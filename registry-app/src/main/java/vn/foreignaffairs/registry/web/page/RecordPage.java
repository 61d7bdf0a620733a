package vn.foreignaffairs.registry.web.page;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.security.RegistryUser;

/**
 * The page of one record of a register and the steps taken on it: the record is read through the
 * API ({@code read}), shown by {@code detail}, and each step's form, built for the record as it was
 * read, is sent through {@link FormSubmissions}; after a refusal the page shows the record as it now
 * stands with the refused form as typed.
 *
 * @param <V> the API's view of the record
 */
public final class RecordPage<V> {

    /** Renders the record's page, with the refused step's form (or null). */
    @FunctionalInterface
    public interface Detail<V> {
        String render(Model model, V record, PageForm<?> refused);
    }

    private final FormSubmissions submissions;
    private final Function<String, V> read;
    private final Function<V, String> path;
    private final Function<V, String> agencyOf;
    private final Detail<V> detail;

    /** {@code agencyOf}: the agency whose officers act on the record, as its aggregate checks it. */
    public RecordPage(FormSubmissions submissions, Function<String, V> read, Function<V, String> path,
                      Function<V, String> agencyOf, Detail<V> detail) {
        this.submissions = submissions;
        this.read = read;
        this.path = path;
        this.agencyOf = agencyOf;
        this.detail = detail;
    }

    public String show(String id, Model model) {
        return detail.render(model, read.apply(id), null);
    }

    /**
     * An officer of another agency is refused before the form is read, as the API refuses a role
     * before the body is read, so that the answer says nothing about the input. The record's
     * aggregate makes the same check again against its own state, which is the one that counts.
     */
    private void refuseAnotherAgencysOfficer(V record) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof RegistryUser user
                && user.actor().role() == Role.OFFICER && !user.actor().agency().equals(agencyOf.apply(record))) {
            throw new RuleViolation(RefusalCode.NOT_OWN_AGENCY, "Officers may act only on their own agency's records.");
        }
    }

    /** One step: {@code write} gets the request read from the form and the version the reader saw. */
    public <T> String step(String id, Function<V, PageForm<T>> form, Map<String, String> typed,
                           BiConsumer<T, String> write, Model model, HttpServletResponse response,
                           RedirectAttributes redirect) {
        V record = read.apply(id);
        refuseAnotherAgencysOfficer(record);
        return submissions.step(form.apply(record), typed, write, path.apply(record),
                refused -> detail.render(model, read.apply(id), refused), response, redirect);
    }
}
