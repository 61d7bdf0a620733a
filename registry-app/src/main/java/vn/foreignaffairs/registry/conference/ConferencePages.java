package vn.foreignaffairs.registry.conference;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.foreignaffairs.registry.api.conference.ConferencePage;
import vn.foreignaffairs.registry.security.Actor;
import vn.foreignaffairs.registry.security.CurrentActor;
import vn.foreignaffairs.registry.web.page.PageController;
import vn.foreignaffairs.registry.web.page.PageNumbers;

/** The conferences the officer's agency organises (every agency's for other roles), read-only, through the API's list. */
@PageController
public class ConferencePages {

    private static final int PAGE_SIZE = 20;

    private final ConferenceController conferences;
    private final CurrentActor currentActor;

    public ConferencePages(ConferenceController conferences, CurrentActor currentActor) {
        this.conferences = conferences;
        this.currentActor = currentActor;
    }

    @GetMapping("/app/conferences")
    @PreAuthorize("isAuthenticated()")
    String list(@RequestParam(required = false) String page, Model model) {
        Actor actor = currentActor.get();
        ConferencePage conferencePage = conferences.list(actor.isOfficer() ? actor.agency() : null, null, null,
                null, PageNumbers.of(page), PAGE_SIZE);
        model.addAttribute("records", conferencePage);
        model.addAttribute("pages", PageNumbers.count(conferencePage.total(), PAGE_SIZE));
        return "registers/conferences";
    }
}
