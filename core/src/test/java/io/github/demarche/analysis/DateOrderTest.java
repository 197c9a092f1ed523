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
            Dated[] expected = values.clone();
            Arrays.sort(expected, ORDER);
            DateOrder.sort(values, dated -> dated.date().earliest(), ORDER);
            assertThat(values).as("seed %d, round %d", seed, round).containsExactly(expected);
        }
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
