package io.github.demarche.analysis;

import io.github.demarche.ApproximateDate;
import java.util.Arrays;
import java.util.Comparator;

/**
 * A stable sort of values that are ordered by a date first: the values end in the order a stable
 * sort with the full comparator gives, but most of the work is a sort of primitive keys, the first
 * and last days of each value's date, which the caller gives ({@link #firstDay}, {@link #lastDay}),
 * best while it reads the values anyway. Days that span a range not much wider than their number,
 * as the days of a data set do, are sorted in linear time ({@link DaySort}). Only values whose
 * dates have the same first and last days are then compared with the full comparator.
 */
final class DateOrder {

    /** Below this size the values are sorted by insertion. */
    private static final int SMALL = 32;

    private DateOrder() {
    }

    /**
     * The first day of a date, as a key for {@link #sort}.
     *
     * @param date  the date, not null
     * @return its first epoch day, {@link Integer#MIN_VALUE} for an open start
     */
    static int firstDay(ApproximateDate date) {
        return DaySort.day(date.earliest());
    }

    /**
     * The last day of a date, as a key for {@link #sort}.
     *
     * @param date  the date, not null
     * @return its last epoch day, {@link Integer#MAX_VALUE} for an open end
     */
    static int lastDay(ApproximateDate date) {
        return DaySort.day(date.latest());
    }

    /**
     * Sorts values, stably, by a comparator whose first criterion is {@link
     * ApproximateDate#CHRONOLOGICAL} on the values' dates, which compares the first days of the
     * dates, then their last days; the days are sorted along with the values.
     *
     * @param <T>  the type of the values
     * @param values  the values, sorted in place
     * @param firstDays  the {@linkplain #firstDay first day} of each value's date, in the order of
     *     {@code values}, sorted in place along with them
     * @param lastDays  the {@linkplain #lastDay last day} of each value's date, likewise
     * @param order  the full order
     */
    static <T> void sort(T[] values, int[] firstDays, int[] lastDays, Comparator<? super T> order) {
        int size = values.length;
        if (size < SMALL) {
            insertionSort(values, firstDays, lastDays, order);
            return;
        }
        // by last day, then stably by first day: by first day, then last day, then index
        int[] indices = DaySort.sorted(firstDays, DaySort.order(lastDays), false);
        T[] unsortedValues = values.clone();
        int[] unsortedFirstDays = firstDays.clone();
        int[] unsortedLastDays = lastDays.clone();
        for (int i = 0; i < size; i++) {
            int index = indices[i];
            values[i] = unsortedValues[index];
            firstDays[i] = unsortedFirstDays[index];
            lastDays[i] = unsortedLastDays[index];
        }
        int start = 0;
        for (int i = 1; i <= size; i++) {
            if (i == size || firstDays[i] != firstDays[start] || lastDays[i] != lastDays[start]) {
                if (i - start > 1) {
                    Arrays.sort(values, start, i, order);
                }
                start = i;
            }
        }
    }

    /** A stable insertion sort by first day, then last day, then the full order. */
    private static <T> void insertionSort(T[] values, int[] firstDays, int[] lastDays, Comparator<? super T> order) {
        for (int i = 1; i < values.length; i++) {
            T value = values[i];
            int firstDay = firstDays[i];
            int lastDay = lastDays[i];
            int j = i - 1;
            while (j >= 0 && isAfter(values[j], firstDays[j], lastDays[j], value, firstDay, lastDay, order)) {
                values[j + 1] = values[j];
                firstDays[j + 1] = firstDays[j];
                lastDays[j + 1] = lastDays[j];
                j--;
            }
            values[j + 1] = value;
            firstDays[j + 1] = firstDay;
            lastDays[j + 1] = lastDay;
        }
    }

    /** Whether a value comes strictly after another, by first day, then last day, then the order. */
    private static <T> boolean isAfter(T value, int firstDay, int lastDay, T other, int otherFirstDay, int otherLastDay,
            Comparator<? super T> order) {
        if (firstDay != otherFirstDay) {
            return firstDay > otherFirstDay;
        }
        if (lastDay != otherLastDay) {
            return lastDay > otherLastDay;
        }
        return order.compare(value, other) > 0;
    }
}
