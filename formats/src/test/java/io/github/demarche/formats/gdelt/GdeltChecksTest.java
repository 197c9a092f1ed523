package io.github.demarche.formats.gdelt;

import static org.assertj.core.api.Assertions.assertThat;

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
