package vn.foreignaffairs.registry.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.foreignaffairs.registry.support.ReadModels;
import vn.foreignaffairs.registry.support.RegistryIntegrationTest;

/**
 * Only what the event log can give again is left to H2's background commit: every read model the
 * registry has is listed as derived (else it is merely committed too often), and nothing that is
 * not a read model or a token is (else an acknowledged write could be lost in a crash).
 */
class DerivedCollectionsTest extends RegistryIntegrationTest {

    @Autowired
    MongoDatabase database;

    @Test
    void everyReadModelAndNothingElseIsDerived() {
        Set<String> readModels = new HashSet<>(ReadModels.of(database).keySet());
        readModels.remove(DeliveryLog.COLLECTION); // a test's own projector
        assertThat(readModels).as("read models not listed in DerivedCollections").allMatch(DerivedCollections::contains);

        Set<String> derivedButKept = new HashSet<>(DerivedCollections.NAMES);
        derivedButKept.retainAll(ReadModels.NOT_PROJECTED);
        assertThat(derivedButKept).as("collections that are no read model but are left to the background commit")
                .containsExactly("trackingtokens");
    }
}
