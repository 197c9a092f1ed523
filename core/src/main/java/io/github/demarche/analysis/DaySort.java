package io.github.demarche.analysis;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Stable sorts of positions by integer keys, epoch days (or other small integers, such as positions
 * in an array): a counting sort when the days span a range not much wider than their number, as
 * the days of a data set do, and otherwise a sort of the day and the index packed in one
 * {@code long}. Either way the positions end in the order of a stable sort by day: by day, then in
 * the order given. Sorting by several keys is sorting by the last key first.
 *
 * <p>The open ends of dates, {@link LocalDate#MIN} and {@link LocalDate#MAX}, are days far beyond
 * the range of {@code int}; {@link #day(LocalDate)} clamps them to {@link Integer#MIN_VALUE} and
 * {@link Integer#MAX_VALUE}, which the counting sort keeps apart from the range of the other days,
 * first and last, so that a few open ends do not make the range too wide.
 */
final class DaySort {

    /** How much wider than the number of positions, plus this constant, the range may be. */
    private static final int SLACK = 1024;

    private DaySort() {
    }

    /**
     * The epoch day of a date within the range of {@code int}: every day of the model's years is,
     * and the open ends become {@link Integer#MIN_VALUE} and {@link Integer#MAX_VALUE}.
     *
     * @param date  the date, not null
     * @return the epoch day, clamped
     */
    static int day(LocalDate date) {
        return clamp(date.toEpochDay());
    }

    /**
     * An epoch day within the range of {@code int}.
     *
     * @param day  the epoch day
     * @return the day, clamped to the range of {@code int}
     */
    static int clamp(long day) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, day));
    }

    /**
     * The indices {@code 0} to {@code days.length - 1} sorted stably by their days.
     *
     * @param days  the day of each index
     * @return the indices sorted by day, equal days in ascending index order
     */
    static int[] order(int[] days) {
        int[] identity = new int[days.length];
        for (int i = 0; i < identity.length; i++) {
            identity[i] = i;
        }
        return sorted(days, identity, false);
    }

    /**
     * Sorts positions stably by their days, ascending or descending: equal days keep the order
     * given.
     *
     * @param days  the day of each position, indexed by position
     * @param positions  the positions to sort, each an index into {@code days}, not changed
     * @param descending  whether the latest day comes first
     * @return the positions sorted, a new array
     */
    static int[] sorted(int[] days, int[] positions, boolean descending) {
        int count = positions.length;
        if (count < 2) {
            return positions.clone();
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int position : positions) {
            int day = days[position];
            if (day != Integer.MIN_VALUE && day != Integer.MAX_VALUE) {
                min = Math.min(min, day);
                max = Math.max(max, day);
            }
        }
        // the range of the days other than the open ends; none if there are only open ends
        long range = min > max ? 0 : (long) max - min + 1;
        return range <= 4L * count + SLACK ? countingSort(days, positions, descending, min, (int) range)
                : packedSort(days, positions, descending);
    }

    /**
     * A counting sort: one bucket for {@link Integer#MIN_VALUE}, one per day of the range, one for
     * {@link Integer#MAX_VALUE}.
     */
    private static int[] countingSort(int[] days, int[] positions, boolean descending, int min, int range) {
        int buckets = range + 2;
        int[] starts = new int[buckets + 1];
        for (int position : positions) {
            starts[bucket(days[position], descending, min, range) + 1]++;
        }
        for (int b = 1; b <= buckets; b++) {
            starts[b] += starts[b - 1];
        }
        int[] sorted = new int[positions.length];
        for (int position : positions) {
            sorted[starts[bucket(days[position], descending, min, range)]++] = position;
        }
        return sorted;
    }

    /** The bucket of a day: 0 for the first open end, {@code range + 1} for the last. */
    private static int bucket(int day, boolean descending, int min, int range) {
        int ascending = day == Integer.MIN_VALUE ? 0 : day == Integer.MAX_VALUE ? range + 1 : day - min + 1;
        return descending ? range + 1 - ascending : ascending;
    }

    /** A sort of the day and the index in the order given, packed in one {@code long}. */
    private static int[] packedSort(int[] days, int[] positions, boolean descending) {
        int count = positions.length;
        long[] keys = new long[count];
        for (int i = 0; i < count; i++) {
            int day = days[positions[i]];
            keys[i] = (long) (descending ? ~day : day) << 32 | i;
        }
        Arrays.sort(keys);
        int[] sorted = new int[count];
        for (int i = 0; i < count; i++) {
            sorted[i] = positions[(int) keys[i]];
        }
        return sorted;
    }
}
