package vn.foreignaffairs.registry.agency;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.api.agency.AgencyView;

@RestController
@RequestMapping("/api/v1/agencies")
public class AgencyController {

    private final AgencyDirectory agencies;

    public AgencyController(AgencyDirectory agencies) {
        this.agencies = agencies;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public List<AgencyView> list() {
        return agencies.all();
    }
}
