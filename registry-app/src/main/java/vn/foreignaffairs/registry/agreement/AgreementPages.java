package vn.foreignaffairs.registry.agreement;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.foreignaffairs.registry.api.agreement.AgreementPage;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.page.PageController;
import vn.foreignaffairs.registry.web.page.PageNumbers;

/** The agreements of the officer's agency (every agency's for other roles), read-only, through the API's list. */
@PageController
public class AgreementPages {

    private static final int PAGE_SIZE = 20;

    private final AgreementController agreements;
    private final CurrentActor currentActor;

    public AgreementPages(AgreementController agreements, CurrentActor currentActor) {
        this.agreements = agreements;
        this.currentActor = currentActor;
    }

    @GetMapping("/app/agreements")
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) String page, Model model) {
        Actor actor = currentActor.get();
        AgreementPage agreementPage = agreements.list(null, actor.isOfficer() ? actor.agency() : null, null, null,
                null, PageNumbers.of(page), PAGE_SIZE);
        model.addAttribute("records", agreementPage);
        model.addAttribute("pages", PageNumbers.count(agreementPage.total(), PAGE_SIZE));
        return "registers/agreements";
    }
}
