package vn.foreignaffairs.registry.bench;

import java.util.Arrays;

/** Percentiles of durations recorded in nanoseconds, reported in milliseconds. */
final class Latencies {

    private long[] values = new long[1024];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    /** The {@code percentile} (0-100) in milliseconds, one decimal; NaN when empty. */
    synchronized double millis(double percentile) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * size) - 1;
        long nanos = sorted[Math.max(0, Math.min(size - 1, index))];
        return Math.round(nanos / 100_000.0) / 10.0;
    }
}
