package vn.foreignaffairs.registry.storage.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A scan reads its stretches of an index lazily: a query that wants the first batch of a long
 * stretch (a tracking processor reading on from its token) must not walk the stretch to its end.
 */
class OrderedIndexScanTest {

    @Test
    void stretchesAreReadOneAfterTheOtherAndOnlyAsFarAsTheCallerGoes() {
        OrderedKey[] first = new OrderedKey[2];
        OrderedKey[] empty = new OrderedKey[2];
        OrderedKey[] last = new OrderedKey[2];
        AtomicInteger read = new AtomicInteger();
        List<OrderedKey[]> opened = new ArrayList<>();

        Iterator<Integer> across = OrderedIndex.Scan.across(List.of(first, empty, last), stretch -> {
            opened.add(stretch);
            int from = stretch == first ? 0 : 1_000_000;
            int size = stretch == first ? 1_000_000 : stretch == empty ? 0 : 3;
            return counted(IntStream.range(from, from + size).iterator(), read);
        });

        assertThat(across.next()).isZero();
        assertThat(read).as("entries read for the first").hasValue(1);
        assertThat(opened).containsExactly(first);
        for (int i = 1; i < 1_000_000; i++) {
            across.next();
        }
        assertThat(opened).containsExactly(first);
        List<Integer> rest = new ArrayList<>();
        across.forEachRemaining(rest::add);
        assertThat(rest).containsExactly(1_000_000, 1_000_001, 1_000_002);
        assertThat(opened).containsExactly(first, empty, last);
        assertThat(read).hasValue(1_000_003);
        assertThatThrownBy(across::next).isInstanceOf(NoSuchElementException.class);
    }

    private static Iterator<Integer> counted(Iterator<Integer> values, AtomicInteger read) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return values.hasNext();
            }

            @Override
            public Integer next() {
                read.incrementAndGet();
                return values.next();
            }
        };
    }
}
