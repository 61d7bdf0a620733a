package vn.foreignaffairs.registry.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A register list exported whole: the list endpoint's own query, read page after page of
 * {@link #PAGE_SIZE} while the file is written, so that the file holds every record the filters
 * select and never more than one page is held at once. The first page is read when the export is
 * asked for, so that a refusal comes before anything is written.
 */
public final class WholeList<T> implements Iterable<T> {

    public static final int PAGE_SIZE = 500;

    /** Page {@code number} (from 0) of {@code size} records of the list. */
    public interface PageReader<P> {
        P page(int number, int size);
    }

    private final Class<T> itemType;
    private final long total;
    private final List<T> first;
    private final PageReader<List<T>> rest;

    private WholeList(Class<T> itemType, long total, List<T> first, PageReader<List<T>> rest) {
        this.itemType = itemType;
        this.total = total;
        this.first = first;
        this.rest = rest;
    }

    /** The whole list of {@code itemType} records that pages of type {@code P} hold. */
    public static <P, T> WholeList<T> of(Class<T> itemType, PageReader<P> pages, Function<P, List<T>> items,
                                         ToLongFunction<P> total) {
        P first = pages.page(0, PAGE_SIZE);
        return new WholeList<>(itemType, total.applyAsLong(first), items.apply(first),
                (number, size) -> items.apply(pages.page(number, size)));
    }

    public Class<T> itemType() {
        return itemType;
    }

    /** How many records the list had when its first page was read. */
    public long total() {
        return total;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private final Deque<T> page = new ArrayDeque<>(first);
            private int number;
            private long read = first.size();
            private boolean more = first.size() == PAGE_SIZE && read < total;

            @Override
            public boolean hasNext() {
                if (page.isEmpty() && more) {
                    List<T> next = rest.page(++number, PAGE_SIZE);
                    page.addAll(next);
                    read += next.size();
                    more = next.size() == PAGE_SIZE && read < total;
                }
                return !page.isEmpty();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.removeFirst();
            }
        };
    }
}
