package vn.foreignaffairs.registry.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shortcut through common types orders every pair of values exactly as the server's comparator does. */
class ValueOrderTest {

    private static final Comparator<Object> SERVERS_OWN = ValueComparator.ascWithoutListHandling();

    @Test
    void everyPairIsOrderedAsTheServerOrdersIt() {
        List<Object> values = new ArrayList<>(Arrays.asList(
                "", "a", "B", "b", "Hà Nội", "Huế", "日本", "\uD83D\uDE00", "\uFFFD", "a\u0000",
                new ObjectId("000000000000000000000000"), new ObjectId("5f1b2c3d4e5f607182930a1b"),
                new ObjectId("ffffffffffffffffffffffff"), new ObjectId(), new ObjectId(),
                Instant.EPOCH, Instant.ofEpochMilli(Long.MIN_VALUE), Instant.ofEpochMilli(Long.MAX_VALUE),
                Instant.parse("2026-12-03T00:00:00Z"), Instant.parse("2026-12-03T00:00:00.001Z"),
                0L, -1L, 1L, Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, 1L << 53, (long) Integer.MAX_VALUE + 1,
                0, -5, 7, Integer.MAX_VALUE, Integer.MIN_VALUE,
                0.0, -0.0, Double.NaN, 1.5, 7.0, (double) (1L << 53),
                true, false, null, Missing.getInstance(), MinKey.getInstance(), MaxKey.getInstance(),
                new Document("a", 1)));

        for (Object a : values) {
            for (Object b : values) {
                assertThat(Integer.signum(ValueOrder.SERVER.compare(a, b)))
                        .as("%s (%s) against %s (%s)", a, type(a), b, type(b))
                        .isEqualTo(Integer.signum(SERVERS_OWN.compare(a, b)));
            }
        }
    }

    private static String type(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName();
    }
}
