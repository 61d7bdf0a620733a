package vn.foreignaffairs.registry.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Document;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A range with one open end reads only the entries of its bound's type: the server's {@code $lt}
 * and {@code $gt} never match another type, so "due before this day" must not read every record
 * without a due date. ({@code IndexedQueriesTest} checks that the answers stay the server's.)
 */
class OrderedIndexRangeTest {

    private static final Instant DAY_3 = Instant.parse("2026-12-03T00:00:00Z");

    private final OrderedIndex<Integer> index = dueDates();

    private static OrderedIndex<Integer> dueDates() {
        List<IndexKey> keys = List.of(new IndexKey("due", true));
        KeyOrder order = OrderedIndex.orderOf(keys);
        OrderedIndex<Integer> index = new OrderedIndex<>("due_1", keys, false, order, new HeapIndexEntries<>(order));
        List<Object> values = List.of(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2026-12-02T00:00:00Z"),
                DAY_3, Instant.parse("2026-12-04T00:00:00Z"), "2026-12-01", "2026-12-05", 7, 2.5, true,
                new BsonTimestamp(DAY_3, 1));
        int position = 0;
        for (Object value : values) {
            index.add(new Document("_id", position).append("due", value), position++, null);
        }
        for (int i = 0; i < 100; i++) {
            Document undated = new Document("_id", position);
            if (i % 2 == 0) {
                undated.append("due", null);
            }
            index.add(undated, position++, null);
        }
        return index;
    }

    private long entriesRead(Document query) {
        return index.scan(FieldConditions.of(query)).size();
    }

    @Test
    void anOpenLowerEndStartsWhereTheBoundsTypeStarts() {
        assertThat(entriesRead(new Document("due", new Document("$lt", DAY_3)))).isEqualTo(2);
        assertThat(entriesRead(new Document("due", new Document("$lte", DAY_3)))).isEqualTo(3);
        assertThat(entriesRead(new Document("due", new Document("$lt", "2026-12-03")))).isEqualTo(1);
    }

    @Test
    void anOpenUpperEndStopsWhereDatesEnd() {
        assertThat(entriesRead(new Document("due", new Document("$gt", DAY_3)))).isEqualTo(1);
        assertThat(entriesRead(new Document("due", new Document("$gte", DAY_3)))).isEqualTo(2);
    }

    @Test
    void boundsOfTwoTypesHoldNothing() {
        assertThat(entriesRead(new Document("due", new Document("$gt", DAY_3).append("$lt", "2026-12-09"))))
                .as("no value is both a date and text").isZero();
        assertThat(entriesRead(new Document("due", new Document("$gt", DAY_3).append("$lt", DAY_3)))).isZero();
    }

    @Test
    void typesWithoutKnownEndsStillReadToTheIndexEnds() {
        assertThat(entriesRead(new Document("due", new Document("$lt", 5)))).as("numbers: NaN and infinities")
                .isEqualTo(101);
        assertThat(entriesRead(new Document("due", new Document("$gt", "2026-12-03")))).as("text has no greatest value")
                .isEqualTo(7);
    }
}
