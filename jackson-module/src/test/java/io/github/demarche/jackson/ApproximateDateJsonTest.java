package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.demarche.ApproximateDate;
import io.github.demarche.CountryCode;
import io.github.demarche.ViolationCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The text forms: approximate dates and country codes are JSON strings in the core's canonical text. */
class ApproximateDateJsonTest {

    @ParameterizedTest
    @ValueSource(strings = {"2021", "2021-03", "2021-03-23", "2021-03-early", "2021-03-mid", "2021-02-late", "2021-03~",
        "2021-03?", "2021-03%", "2021-03-early~", "2021-02-01/2021-03-23", "2021-02-01/..", "../2021-03-23",
        "2021-03-early%/2021-03-late~", "0000", "9999-12-31"})
    void writes_and_reads_the_canonical_text(String text) throws Exception {
        ApproximateDate date = ApproximateDate.parse(text);

        assertThat(write(date)).isEqualTo("\"" + text + "\"");
        assertThat(MAPPER.readValue(write(date), ApproximateDate.class)).isEqualTo(date);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-3", "2021-03-23 ", "2021-03-Early", "21-03", "2021-03-23T00:00", "../..", "",
        "2021-03-24/2021-03-23"})
    void rejects_what_the_core_rejects_with_its_message(String text) {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> MAPPER.readValue("\"" + text + "\"", ApproximateDate.class));

        assertThat(e.getOriginalMessage()).isEqualTo(catchThrowableOfType(
                io.github.demarche.ValidationException.class, () -> ApproximateDate.parse(text)).getMessage());
        assertThat(e.getType().getRawClass()).isEqualTo(ApproximateDate.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MMR", "CHN", "RUS"})
    void writes_and_reads_country_codes(String code) throws Exception {
        assertThat(write(CountryCode.of(code))).isEqualTo("\"" + code + "\"");
        assertThat(MAPPER.readValue("\"" + code + "\"", CountryCode.class)).isEqualTo(CountryCode.of(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mmr", "MM", "ZZZ", "MMRX"})
    void rejects_country_codes_the_core_rejects(String code) {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> MAPPER.readValue("\"" + code + "\"", CountryCode.class));

        assertThat(e.violations().get(0).code()).isIn(ViolationCode.MALFORMED, ViolationCode.UNKNOWN_COUNTRY);
    }
}
