package vn.foreignaffairs.registry.export;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;

/**
 * How one kind of register list prints: its file name, title, columns, and the rows of one record
 * (usually one; an annual plan prints a row per planned item).
 */
record ListTable<T>(String fileName, String title, List<Table.Column> columns,
                    BiFunction<T, Names, List<List<Object>>> rows) {

    static <T> ListTable<T> oneRowEach(String fileName, String title, List<Table.Column> columns,
                                       BiFunction<T, Names, List<Object>> row) {
        return new ListTable<>(fileName, title, columns, (record, names) -> List.of(row.apply(record, names)));
    }

    /** The table of {@code records}, read as the table is written. */
    Table of(Iterable<T> records, List<String> subtitle, Names names) {
        Iterable<List<Object>> lines = () -> new Iterator<>() {
            private final Iterator<T> source = records.iterator();
            private final List<List<Object>> pending = new ArrayList<>();

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && source.hasNext()) {
                    pending.addAll(rows.apply(source.next(), names));
                }
                return !pending.isEmpty();
            }

            @Override
            public List<Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.remove(0);
            }
        };
        return new Table(fileName, title, subtitle, columns, lines);
    }
}
