package vn.foreignaffairs.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import vn.foreignaffairs.registry.storage.OfflineCommands;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RegistryApplication {

    public static void main(String[] args) {
        if (OfflineCommands.isCommand(args)) {
            System.exit(OfflineCommands.run(args, System.out, System.err));
        }
        SpringApplication.run(RegistryApplication.class, args);
    }
}
