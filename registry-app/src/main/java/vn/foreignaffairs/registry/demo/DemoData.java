package vn.foreignaffairs.registry.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import vn.foreignaffairs.registry.api.agency.AgencyCode;
import vn.foreignaffairs.registry.api.agency.AgencyKind;
import vn.foreignaffairs.registry.api.agency.RegisterAgencyCommand;
import vn.foreignaffairs.registry.api.common.AuditMetadata;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.Role;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.api.plan.AnnualPlanId;
import vn.foreignaffairs.registry.api.plan.ApproveAnnualPlanCommand;
import vn.foreignaffairs.registry.api.plan.DraftAnnualPlanCommand;
import vn.foreignaffairs.registry.api.plan.PlanDecision;
import vn.foreignaffairs.registry.api.plan.PlannedItem;
import vn.foreignaffairs.registry.api.plan.SubmitAnnualPlanCommand;
import vn.foreignaffairs.registry.security.RegistryUser;
import vn.foreignaffairs.registry.agency.AgencyDirectory;
import vn.foreignaffairs.registry.security.UserDirectory;
import vn.foreignaffairs.registry.web.ReadModelWait;

/**
 * The {@code demo} profile: registers the agencies and users of {@code demo/seed.json} (all
 * passwords {@code demo}) unless they exist already, so restarts keep what was seeded.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    record Seed(List<SeedAgency> agencies, List<SeedUser> users, List<SeedPlan> plans) {
    }

    record SeedPlan(String agency, int year, String decisionNumber, LocalDate decisionDate, List<PlannedItem> items) {
    }

    record SeedAgency(String code, String name, String nameEn, AgencyKind kind) {
    }

    record SeedUser(String username, String displayName, Role role, String agency) {
    }

    private final ObjectMapper json;
    private final CommandGateway commands;
    private final UserDirectory users;
    private final PasswordEncoder passwords;
    private final AgencyDirectory agencies;
    private final ReadModelWait readModelWait;

    DemoData(ObjectMapper json, CommandGateway commands, UserDirectory users, PasswordEncoder passwords,
             AgencyDirectory agencies, ReadModelWait readModelWait) {
        this.json = json;
        this.commands = commands;
        this.users = users;
        this.passwords = passwords;
        this.agencies = agencies;
        this.readModelWait = readModelWait;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Seed seed;
        try (InputStream in = new ClassPathResource("demo/seed.json").getInputStream()) {
            seed = json.readValue(in, Seed.class);
        }
        MetaData system = MetaData.from(Map.of(AuditMetadata.ACTOR, "system", AuditMetadata.ROLE, Role.ADMIN.name(),
                AuditMetadata.REASON, "demo profile seed data"));
        int registered = 0;
        for (SeedAgency agency : seed.agencies()) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(new RegisterAgencyCommand(
                        new AgencyCode(agency.code()), agency.name(), agency.nameEn(), agency.kind()))
                        .withMetaData(system));
                registered++;
            } catch (AggregateStreamCreationException alreadyRegistered) {
                // seeded on an earlier start
            }
        }
        // Officers pick agencies from the read model: have it show them before the demo opens.
        readModelWait.until(agencies::all, List::size, seed.agencies().size())
                .orElseThrow(() -> new IllegalStateException("The demo agencies did not reach the read model"));
        int plans = 0;
        for (SeedPlan plan : seed.plans()) {
            plans += seedApprovedPlan(plan, system) ? 1 : 0;
        }
        String hash = passwords.encode("demo");
        long added = seed.users().stream()
                .filter(user -> users.addIfAbsent(new RegistryUser(user.username(), hash, user.displayName(),
                        user.role(), user.agency())))
                .count();
        log.info("Demo profile: {} agencies, {} approved plans and {} users added (password 'demo'); "
                + "never use this profile in production.", registered, plans, added);
    }

    /**
     * Drafts, submits and approves the plan, unless an earlier start did (then it is no longer a
     * draft). Instances started together on one store seed at the same time: each step expects
     * the version its own previous step left, so only the instance whose draft came last goes on
     * and the others leave the plan to it instead of failing their start.
     */
    boolean seedApprovedPlan(SeedPlan plan, MetaData system) {
        AnnualPlanId id = AnnualPlanId.of(plan.agency(), plan.year());
        try {
            long drafted = send(new DraftAnnualPlanCommand(id, null, new AgencyCode(plan.agency()), plan.year(),
                    plan.items()), system);
            long submitted = send(new SubmitAnnualPlanCommand(id, drafted), system);
            send(new ApproveAnnualPlanCommand(id, submitted, new PlanDecision(plan.decisionNumber(),
                    plan.decisionDate(), "Chủ tịch UBND tỉnh")), system);
            return true;
        } catch (RuleViolation refused) {
            if (refused.code() == RefusalCode.ILLEGAL_TRANSITION || refused.code() == RefusalCode.STALE_VERSION) {
                return false;
            }
            throw refused;
        }
    }

    private long send(Object command, MetaData metadata) {
        Long version = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(metadata));
        return version;
    }
}
