package io.github.demarche.formats.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The number checks of {@link GdeltChecks}, loops over the characters, agree with the regular expressions they stand for. */
class GdeltChecksTest {

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,18}");
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,30}(\\.\\d{1,30})?");
    private static final String ALPHABET = "-0123456789..1a ";

    @Test
    void number_checks_agree_with_their_regular_expressions() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(i % 10 == 0 ? 70 : 8);
            for (int j = 0; j < length; j++) {
                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String cell = text.toString();
            assertThat(GdeltChecks.isWhole(cell)).as("seed %d: isWhole('%s')", seed, cell)
                    .isEqualTo(WHOLE.matcher(cell).matches());
            assertThat(GdeltChecks.isNumber(cell)).as("seed %d: isNumber('%s')", seed, cell)
                    .isEqualTo(NUMBER.matcher(cell).matches());
        }
    }

    @Test
    void magnitude_check_agrees_with_big_decimal() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int i = 0; i < 300_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
            int zeros = random.nextInt(4) == 0 ? random.nextInt(4) : 0;
            text.append("0".repeat(zeros));
            int whole = 1 + random.nextInt(i % 10 == 0 ? 30 - zeros : 3);
            for (int j = 0; j < whole; j++) {
                text.append(random.nextInt(3) == 0 ? "0" : random.nextInt(3) == 0 ? "1" : random.nextInt(10));
            }
            if (random.nextBoolean()) {
                text.append('.');
                int fraction = 1 + random.nextInt(i % 10 == 0 ? 30 : 3);
                for (int j = 0; j < fraction; j++) {
                    text.append(random.nextInt(2) == 0 ? "0" : random.nextInt(10));
                }
            }
            String cell = text.toString();
            int limit = new int[] {10, 90, 180, 0, 1, 999}[random.nextInt(6)];
            assertThat(GdeltChecks.isNumber(cell)).as("seed %d: isNumber('%s')", seed, cell).isTrue();
            assertThat(GdeltChecks.isAtMost(cell, limit)).as("seed %d: isAtMost('%s', %d)", seed, cell, limit)
                    .isEqualTo(new BigDecimal(cell).abs().compareTo(BigDecimal.valueOf(limit)) <= 0);
        }
        for (String cell : new String[] {"10", "-10", "10.0", "10.00001", "010", "-0010.000", "9.9999", "11", "100",
            "0", "-0.0", "180", "180.1", "-90.000", "90.0000000000000000000000000001"}) {
            for (int limit : new int[] {10, 90, 180}) {
                assertThat(GdeltChecks.isAtMost(cell, limit)).as("isAtMost('%s', %d)", cell, limit)
                        .isEqualTo(new BigDecimal(cell).abs().compareTo(BigDecimal.valueOf(limit)) <= 0);
            }
        }
    }

    @Test
    void number_checks_at_their_bounds() {
        assertThat(GdeltChecks.isWhole("-123456789012345678")).isTrue();
        assertThat(GdeltChecks.isWhole("1234567890123456789")).isFalse();
        assertThat(GdeltChecks.isWhole("-")).isFalse();
        assertThat(GdeltChecks.isNumber("-0.5")).isTrue();
        assertThat(GdeltChecks.isNumber("1.")).isFalse();
        assertThat(GdeltChecks.isNumber(".5")).isFalse();
        assertThat(GdeltChecks.isNumber("1.2.3")).isFalse();
    }
}
