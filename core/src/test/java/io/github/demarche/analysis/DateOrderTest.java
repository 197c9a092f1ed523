package io.github.demarche.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.ApproximateDate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateOrderTest {

    /** A value with a date and a label, ordered by date, then by label; the index shows stability. */
    private record Dated(ApproximateDate date, String label, int index) {
    }

    private static final Comparator<Dated> ORDER = Comparator.comparing(Dated::date, ApproximateDate.CHRONOLOGICAL)
            .thenComparing(Dated::label);

    @Test
    void sorts_as_a_stable_sort_with_the_comparator_does() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 200; round++) {
            Dated[] values = new Dated[random.nextInt(300)];
            for (int i = 0; i < values.length; i++) {
                values[i] = new Dated(date(random), "l" + random.nextInt(3), i);
            }
            assertSortedAsByTheComparator(values, seed, round);
        }
    }

    @Test
    void sorts_dates_of_one_first_and_last_day_but_other_texts_by_the_comparator() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        // the same first and last days: the comparator orders them by their text, then label
        ApproximateDate[] sameDays = {ApproximateDate.parse("2021-03"), ApproximateDate.parse("2021-03-01/2021-03-31"),
            ApproximateDate.parse("2021-03~"), ApproximateDate.parse("2021-03-early"),
            ApproximateDate.parse("2021-03-01/2021-03-10")};
        for (int round = 0; round < 50; round++) {
            Dated[] values = new Dated[64 + random.nextInt(500)];
            for (int i = 0; i < values.length; i++) {
                ApproximateDate date = random.nextBoolean() ? sameDays[random.nextInt(sameDays.length)] : date(random);
                values[i] = new Dated(date, "l" + random.nextInt(3), i);
            }
            assertSortedAsByTheComparator(values, seed, round);
        }
    }

    @Test
    void sorts_dates_spread_over_millennia_as_a_stable_sort_does() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int round = 0; round < 50; round++) {
            Dated[] values = new Dated[64 + random.nextInt(500)];
            for (int i = 0; i < values.length; i++) {
                // a few days far apart: the days span a range far wider than their number
                ApproximateDate date = random.nextInt(4) == 0
                        ? ApproximateDate.of(LocalDate.of(random.nextInt(10_000), 1, 1)) : date(random);
                values[i] = new Dated(date, "l" + random.nextInt(3), i);
            }
            assertSortedAsByTheComparator(values, seed, round);
        }
    }

    /** Sorts with {@link DateOrder}, and checks that the days are sorted along with the values. */
    /** Sorts values by date and checks they end as a stable sort with the full comparator leaves them. */
    private static void assertSortedAsByTheComparator(Dated[] values, long seed, int round) {
        Dated[] expected = values.clone();
        Arrays.sort(expected, ORDER);
        sortByDate(values);
        assertThat(values).as("seed %d, round %d", seed, round).containsExactly(expected);
    }

    private static void sortByDate(Dated[] values) {
        int[] firstDays = new int[values.length];
        int[] lastDays = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            firstDays[i] = DateOrder.firstDay(values[i].date());
            lastDays[i] = DateOrder.lastDay(values[i].date());
        }
        DateOrder.sort(values, firstDays, lastDays, ORDER);
        for (int i = 0; i < values.length; i++) {
            assertThat(firstDays[i]).as("first day %d", i).isEqualTo(DateOrder.firstDay(values[i].date()));
            assertThat(lastDays[i]).as("last day %d", i).isEqualTo(DateOrder.lastDay(values[i].date()));
        }
    }

    @Test
    void takes_the_open_ends_as_the_first_and_last_days() {
        assertThat(DateOrder.firstDay(ApproximateDate.parse("../2021-03-23"))).isEqualTo(Integer.MIN_VALUE);
        assertThat(DateOrder.lastDay(ApproximateDate.parse("../2021-03-23"))).isEqualTo(18_709);
        assertThat(DateOrder.firstDay(ApproximateDate.parse("2021-03/.."))).isEqualTo(18_687);
        assertThat(DateOrder.lastDay(ApproximateDate.parse("2021-03/.."))).isEqualTo(Integer.MAX_VALUE);
    }

    /** Dates of a few days, so that many share their first day, with open starts and ends. */
    private static ApproximateDate date(Random random) {
        ApproximateDate day = ApproximateDate.of(LocalDate.of(2021, 3, 1 + random.nextInt(4)));
        switch (random.nextInt(6)) {
            case 0:
                return ApproximateDate.until(day);
            case 1:
                return ApproximateDate.since(day);
            case 2:
                return ApproximateDate.parse("2021-03");
            case 3:
                return ApproximateDate.parse("2021-03-early");
            default:
                return day;
        }
    }
}
