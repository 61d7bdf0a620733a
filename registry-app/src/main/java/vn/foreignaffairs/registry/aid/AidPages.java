package vn.foreignaffairs.registry.aid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.foreignaffairs.registry.api.aid.AidProjectPage;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.page.PageController;
import vn.foreignaffairs.registry.web.page.PageNumbers;

/** The aid the officer's agency receives (every agency's for other roles), read-only, through the API's list. */
@PageController
public class AidPages {

    private static final int PAGE_SIZE = 20;

    private final AidProjectController aid;
    private final CurrentActor currentActor;

    public AidPages(AidProjectController aid, CurrentActor currentActor) {
        this.aid = aid;
        this.currentActor = currentActor;
    }

    @GetMapping("/app/aid")
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) String page, Model model) {
        Actor actor = currentActor.get();
        AidProjectPage aidPage = aid.list(actor.isOfficer() ? actor.agency() : null, null, null, null, null, null,
                null, PageNumbers.of(page), PAGE_SIZE);
        model.addAttribute("records", aidPage);
        model.addAttribute("pages", PageNumbers.count(aidPage.total(), PAGE_SIZE));
        return "registers/aid";
    }
}
