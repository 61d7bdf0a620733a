package vn.foreignaffairs.registry.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.api.policy.ChangePolicyValueCommand;
import vn.foreignaffairs.registry.api.policy.PolicyKey;
import vn.foreignaffairs.registry.api.policy.PolicyScope;
import vn.foreignaffairs.registry.api.policy.PolicySettingId;
import vn.foreignaffairs.registry.api.policy.PolicyValueView;
import vn.foreignaffairs.registry.web.CommandSender;
import vn.foreignaffairs.registry.web.ReadModelWait;

/** The policy values in force, each with its legal source; administrators change them. */
@RestController
@RequestMapping("/api/v1/policies")
public class PolicyController {

    /** A new value, for the whole province or (with {@code agency}) one agency. */
    public record PolicyChangeRequest(@PositiveOrZero long value,
                                      @NotBlank @Size(max = 500) String legalSource,
                                      @NotBlank @Size(max = 2000) String reason,
                                      @Size(max = 32) String agency) {
    }

    private final CommandSender commands;
    private final PolicyBook policies;
    private final AgencyDirectory agencies;
    private final ReadModelWait readModelWait;

    public PolicyController(CommandSender commands, PolicyBook policies, AgencyDirectory agencies,
                            ReadModelWait readModelWait) {
        this.commands = commands;
        this.policies = policies;
        this.agencies = agencies;
        this.readModelWait = readModelWait;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public List<PolicyValueView> list() {
        return policies.inForce();
    }

    @PutMapping("/{key}")
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<PolicyValueView> change(@PathVariable PolicyKey key,
                                                  @Valid @RequestBody PolicyChangeRequest request) {
        PolicyScope scope = PolicyScope.PROVINCE;
        if (request.agency() != null) {
            agencies.requireRegistered(request.agency(), "agency");
            scope = PolicyScope.agency(request.agency());
        }
        PolicyScope target = scope;
        long version = commands.send(new ChangePolicyValueCommand(PolicySettingId.of(key, scope), key, scope,
                request.value(), request.legalSource(), request.reason()), request.reason());
        return readModelWait.until(() -> policies.set(key, target).orElse(null), PolicyValueView::version, version)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.accepted().build());
    }
}
