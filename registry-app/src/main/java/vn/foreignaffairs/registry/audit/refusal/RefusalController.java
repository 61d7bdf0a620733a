package vn.foreignaffairs.registry.audit.refusal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The refused attempts to change something, for inspectors and administrators. */
@RestController
@RequestMapping("/api/v1/audit/refusals")
public class RefusalController {

    private final RefusalLog refusals;

    public RefusalController(RefusalLog refusals) {
        this.refusals = refusals;
    }

    /** Newest first; {@code from} inclusive, {@code to} exclusive, both ISO-8601 instants. */
    @GetMapping
    @PreAuthorize("hasAnyRole('INSPECTOR', 'ADMIN')")
    public RefusalPage list(@RequestParam(required = false) String user,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                            Instant from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                            Instant to,
                            @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return refusals.find(user, from, to, page, size);
    }
}
