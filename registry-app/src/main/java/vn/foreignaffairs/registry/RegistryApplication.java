package vn.foreignaffairs.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.foreignaffairs.registry.audit.ledger.LedgerVerifyCommand;
import vn.foreignaffairs.registry.storage.OfflineCommands;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RegistryApplication {

    public static void main(String[] args) {
        if (OfflineCommands.isCommand(args)) {
            System.exit(OfflineCommands.run(args, System.out, System.err));
        }
        if (LedgerVerifyCommand.isCommand(args)) {
            // The offline ledger check: no web server, no Spring, only the driver.
            LedgerVerifyCommand.main(args);
            return;
        }
        SpringApplication.run(RegistryApplication.class, args);
    }
}
