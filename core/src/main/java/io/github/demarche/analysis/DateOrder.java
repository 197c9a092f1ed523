package io.github.demarche.analysis;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Function;

/**
 * A stable sort of values that are ordered by a date first: the values end in the order a stable
 * sort with the full comparator gives, but most of the work is a sort of primitive keys (the first
 * day of each value's date and its position), so that large inputs are not sorted by following
 * references from every comparison. Only values with the same first day are then compared with the
 * full comparator.
 */
final class DateOrder {

    /** Below this size the comparator is used directly. */
    private static final int SMALL = 64;

    private DateOrder() {
    }

    /**
     * Sorts values, stably, by a comparator whose first criterion is the first day given.
     *
     * @param values  the values, sorted in place
     * @param firstDay  the first day of a value's date, the first criterion of {@code order}:
     *     {@code LocalDate.MIN} sorts first, {@code LocalDate.MAX} last
     * @param order  the full order
     */
    static <T> void sort(T[] values, Function<? super T, LocalDate> firstDay, Comparator<? super T> order) {
        int size = values.length;
        if (size < SMALL) {
            Arrays.sort(values, order);
            return;
        }
        long[] keys = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = (long) day(firstDay.apply(values[i])) << 32 | i;
        }
        Arrays.sort(keys);
        T[] unsorted = values.clone();
        for (int i = 0; i < size; i++) {
            values[i] = unsorted[(int) keys[i]];
        }
        int start = 0;
        for (int i = 1; i <= size; i++) {
            if (i == size || keys[i] >>> 32 != keys[start] >>> 32) {
                if (i - start > 1) {
                    Arrays.sort(values, start, i, order);
                }
                start = i;
            }
        }
    }

    /** The epoch day, within the range of {@code int}: every day of the model's years is. */
    private static int day(LocalDate date) {
        long day = date.toEpochDay();
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, day));
    }
}
