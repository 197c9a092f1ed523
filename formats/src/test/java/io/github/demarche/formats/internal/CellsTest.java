package io.github.demarche.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.AttributeValue;
import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The exactness checks of {@link Cells}, loops over the characters, agree with the readable checks
 * they stand for: a regular expression, then a round trip through {@code BigDecimal}, {@code long}
 * or {@code int}.
 */
class CellsTest {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern PLAIN_INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final String ALPHABET = "-0000123456789..1a +\u0661";

    static boolean isExactDecimal(String cell) {
        return PLAIN_DECIMAL.matcher(cell).matches() && cell.length() <= 40
                && new BigDecimal(cell).toPlainString().equals(cell);
    }

    static boolean isExactInt(String cell) {
        return PLAIN_INTEGER.matcher(cell).matches() && cell.length() <= 9
                && Integer.toString(Integer.parseInt(cell)).equals(cell);
    }

    static boolean isExactLong(String cell) {
        return PLAIN_INTEGER.matcher(cell).matches() && Long.toString(Long.parseLong(cell)).equals(cell);
    }

    @Test
    void exactness_checks_agree_with_the_readable_ones() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 300_000; i++) {
            String cell = cell(random, i);
            assertThat(Cells.isExactDecimal(cell)).as("seed %d: isExactDecimal('%s')", seed, cell)
                    .isEqualTo(isExactDecimal(cell));
            assertThat(Cells.isExactInt(cell)).as("seed %d: isExactInt('%s')", seed, cell)
                    .isEqualTo(isExactInt(cell));
            assertThat(Cells.isExactLong(cell)).as("seed %d: isExactLong('%s')", seed, cell)
                    .isEqualTo(isExactLong(cell));
        }
    }

    /** A random cell: mostly numbers (a sign, digits with many zeros, a point), some of any character. */
    private static String cell(Random random, int i) {
        StringBuilder text = new StringBuilder();
        if (i % 3 == 0) {
            int length = random.nextInt(i % 30 == 0 ? 50 : 8);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            return text.toString();
        }
        if (random.nextBoolean()) {
            text.append('-');
        }
        int whole = random.nextInt(i % 7 == 0 ? 25 : 4);
        for (int j = 0; j < whole; j++) {
            text.append(random.nextInt(3) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
        }
        if (random.nextInt(3) == 0) {
            text.append('.');
            int fraction = random.nextInt(i % 5 == 0 ? 30 : 4);
            for (int j = 0; j < fraction; j++) {
                text.append(random.nextInt(2) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
            }
        }
        return text.toString();
    }

    @Test
    void exactness_checks_at_their_bounds() {
        for (String cell : new String[] {"0", "-0", "00", "-00", "0.0", "-0.0", "-0.01", "-0.10", "01", "1.", ".1",
            "-", "", "123456789", "1234567890", "-12345678", "-123456789", "999999999999999999",
            "-999999999999999999", "1000000000000000000", "1234567890123456789012345678901234567890",
            "1234567890123456789012345678901234567.891", "\u0661", "+1"}) {
            assertThat(Cells.isExactDecimal(cell)).as("isExactDecimal('%s')", cell).isEqualTo(isExactDecimal(cell));
            assertThat(Cells.isExactInt(cell)).as("isExactInt('%s')", cell).isEqualTo(isExactInt(cell));
            assertThat(Cells.isExactLong(cell)).as("isExactLong('%s')", cell).isEqualTo(isExactLong(cell));
        }
    }

    @Test
    void an_integer_cell_is_a_long_only_when_written_back_as_is() {
        assertThat(Cells.value("-12", AttributeValue.Kind.INTEGER)).isEqualTo(AttributeValue.of(-12L));
        assertThat(Cells.value("-0", AttributeValue.Kind.INTEGER)).isEqualTo(AttributeValue.of("-0"));
        assertThat(Cells.value("012", AttributeValue.Kind.INTEGER)).isEqualTo(AttributeValue.of("012"));
        assertThat(Cells.value("1000000000000000000", AttributeValue.Kind.INTEGER))
                .isEqualTo(AttributeValue.of("1000000000000000000"));
    }
}
