package vn.foreignaffairs.registry.dashboard;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.foreignaffairs.registry.web.page.PageController;

/** Hồ sơ chờ xử lý: what waits for a reviewer's or leader's consultation or decision, in every register. */
@PageController
public class QueuePage {

    private final ReviewQueue queue;

    public QueuePage(ReviewQueue queue) {
        this.queue = queue;
    }

    @GetMapping("/app/queue")
    @PreAuthorize("hasAnyRole('REVIEWER', 'LEADERSHIP')")
    String queue(Model model) {
        model.addAttribute("items", queue.items());
        return "leadership/queue";
    }
}
