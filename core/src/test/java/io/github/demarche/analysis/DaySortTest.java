package io.github.demarche.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.RandomValues;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;

class DaySortTest {

    private static final long SEED = 20_210_323L;

    /** The expected order: a stable sort of the positions by day, with the comparator. */
    private static int[] expected(int[] days, int[] positions, boolean descending) {
        Comparator<Integer> byDay = Comparator.comparingInt(position -> days[position]);
        Integer[] boxed = Arrays.stream(positions).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, descending ? byDay.reversed() : byDay);  // stable
        return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
    }

    /** Checks both directions on every position, then on a shuffled subset of them. */
    private static void check(int[] days, Random random, String what) {
        int[] all = new int[days.length];
        Arrays.setAll(all, i -> i);
        int[] subset = Arrays.stream(all).filter(i -> random.nextInt(3) != 0).toArray();
        for (int i = subset.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = subset[i];
            subset[i] = subset[j];
            subset[j] = swap;
        }
        for (boolean descending : new boolean[] {false, true}) {
            assertThat(DaySort.sorted(days, all, descending)).as("%s, all, descending %s", what, descending)
                    .containsExactly(expected(days, all, descending));
            assertThat(DaySort.sorted(days, subset, descending)).as("%s, subset, descending %s", what, descending)
                    .containsExactly(expected(days, subset, descending));
        }
        assertThat(DaySort.order(days)).as("%s, order", what).containsExactly(expected(days, all, false));
    }

    private static int[] days(int count, IntSupplier day) {
        int[] days = new int[count];
        for (int i = 0; i < count; i++) {
            days[i] = day.getAsInt();
        }
        return days;
    }

    @Test
    void sorts_days_of_a_narrow_range_as_a_stable_sort_does() {
        Random random = new Random(SEED);
        for (int round = 0; round < RandomValues.rounds(300); round++) {
            int count = random.nextInt(2000);
            int base = random.nextInt(40_000) - 20_000;  // negative days too: before 1970
            int range = 1 + random.nextInt(random.nextBoolean() ? 30 : 4 * count + 1024);
            check(days(count, () -> base + random.nextInt(range)), random, "round " + round);
        }
    }

    @Test
    void sorts_days_of_a_huge_range_as_a_stable_sort_does() {
        Random random = new Random(SEED + 1);
        for (int round = 0; round < RandomValues.rounds(100); round++) {
            int count = 1 + random.nextInt(500);
            // some days far apart, so that the range is far wider than the count: the packed sort
            check(days(count, () -> random.nextInt(8) == 0 ? random.nextInt() : random.nextInt(50)), random,
                    "round " + round);
        }
        int[] twoFarApart = {3_000_000, -3_000_000, 3_000_000, 0, -3_000_000};
        check(twoFarApart, random, "far apart");
    }

    @Test
    void keeps_the_open_ends_first_and_last_without_widening_the_range() {
        Random random = new Random(SEED + 2);
        for (int round = 0; round < RandomValues.rounds(100); round++) {
            int count = random.nextInt(300);
            check(days(count, () -> {
                int kind = random.nextInt(6);
                return kind == 0 ? DaySort.day(LocalDate.MIN) : kind == 1 ? DaySort.day(LocalDate.MAX)
                        : 18_700 + random.nextInt(20);
            }), random, "round " + round);
        }
        check(new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE}, random,
                "only open ends");
    }

    @Test
    void sorts_the_smallest_inputs_and_equal_days() {
        Random random = new Random(SEED + 3);
        check(new int[0], random, "empty");
        check(new int[] {42}, random, "one");
        check(new int[] {-7, -7, -7, -7, -7, -7}, random, "all equal");
        check(days(1000, () -> 18_700), random, "all equal, many");
        assertThat(DaySort.sorted(new int[] {5, 1, 3}, new int[] {2, 0}, false)).containsExactly(2, 0);
        assertThat(DaySort.sorted(new int[] {5, 1, 3}, new int[] {2, 0}, true)).containsExactly(0, 2);
    }

    @Test
    void clamps_the_open_ends_and_keeps_every_other_day() {
        assertThat(DaySort.day(LocalDate.MIN)).isEqualTo(Integer.MIN_VALUE);
        assertThat(DaySort.day(LocalDate.MAX)).isEqualTo(Integer.MAX_VALUE);
        assertThat(DaySort.day(LocalDate.of(2021, 3, 23))).isEqualTo(18_709);
        assertThat(DaySort.day(LocalDate.of(0, 1, 1))).isEqualTo(-719_528);
        assertThat(DaySort.day(LocalDate.of(9999, 12, 31))).isEqualTo(2_932_896);
        assertThat(DaySort.clamp(Long.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
        assertThat(DaySort.clamp(-1L)).isEqualTo(-1);
    }

    @Test
    void does_not_change_the_positions_given() {
        int[] positions = {3, 1, 2, 0};
        int[] sorted = DaySort.sorted(new int[] {4, 3, 2, 1}, positions, false);
        assertThat(sorted).containsExactly(3, 2, 1, 0);
        assertThat(positions).containsExactly(3, 1, 2, 0);
    }
}
