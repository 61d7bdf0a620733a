package vn.foreignaffairs.registry.freeze;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.api.agency.AgencyKind;
import vn.foreignaffairs.registry.api.freeze.DeclareApprovalFreezeCommand;
import vn.foreignaffairs.registry.api.freeze.FreezeId;
import vn.foreignaffairs.registry.api.freeze.FreezeScope;
import vn.foreignaffairs.registry.api.freeze.FreezeView;
import vn.foreignaffairs.registry.api.freeze.LiftApprovalFreezeCommand;
import vn.foreignaffairs.registry.web.CommandSender;
import vn.foreignaffairs.registry.web.ReadModelWait;
import vn.foreignaffairs.registry.web.RecordNotFound;

/** Freezes on approvals: declared and lifted by administrators, read by everyone. */
@RestController
@RequestMapping("/api/v1/freezes")
public class FreezeController {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    public record DeclareRequest(@Size(max = 200) List<@NotBlank String> agencies,
                                 @Size(max = 10) List<@NotNull AgencyKind> agencyKinds,
                                 @NotNull LocalDate from, LocalDate until,
                                 @NotBlank @Size(max = 2000) String reason,
                                 @NotBlank @Size(max = 500) String legalBasis) {
    }

    public record LiftRequest(LocalDate liftedOn, @NotBlank @Size(max = 2000) String reason) {
    }

    private final CommandSender commands;
    private final FreezeBook freezes;
    private final AgencyDirectory agencies;
    private final ReadModelWait readModelWait;

    public FreezeController(CommandSender commands, FreezeBook freezes, AgencyDirectory agencies,
                            ReadModelWait readModelWait) {
        this.commands = commands;
        this.freezes = freezes;
        this.agencies = agencies;
        this.readModelWait = readModelWait;
    }

    @GetMapping
    @PreAuthorize("isAuthenticated()")
    public List<FreezeView> list() {
        return freezes.all();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<?> declare(@Valid @RequestBody DeclareRequest request) {
        FreezeScope scope = new FreezeScope(request.agencies(), request.agencyKinds());
        scope.agencies().forEach(agency -> agencies.requireRegistered(agency, "agencies"));
        FreezeId id = FreezeId.random();
        commands.send(new DeclareApprovalFreezeCommand(id, scope, request.from(), request.until(), request.reason(),
                request.legalBasis()), request.reason());
        URI location = URI.create("/api/v1/freezes/" + id.value());
        return answer(() -> find(id.value()).orElse(null), freeze -> ResponseEntity.created(location).body(freeze));
    }

    @PostMapping("/{id}/lift")
    @PreAuthorize("hasRole('ADMIN')")
    public ResponseEntity<?> lift(@PathVariable String id, @Valid @RequestBody LiftRequest request) {
        if (!ID.matcher(id).matches() || find(id).isEmpty()) {
            throw new RecordNotFound();
        }
        LocalDate liftedOn = request.liftedOn() == null ? LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))
                : request.liftedOn();
        commands.send(new LiftApprovalFreezeCommand(new FreezeId(id), liftedOn, request.reason()), request.reason());
        return answer(() -> find(id).filter(freeze -> freeze.liftedOn() != null).orElse(null), ResponseEntity::ok);
    }

    private ResponseEntity<?> answer(Supplier<FreezeView> read,
                                     Function<FreezeView, ResponseEntity<?>> respond) {
        return readModelWait.until(read, freeze -> 1, 1).map(respond)
                .orElseGet(() -> ResponseEntity.accepted().build());
    }

    private Optional<FreezeView> find(String id) {
        return freezes.all().stream().filter(freeze -> freeze.id().equals(id)).findFirst();
    }
}
