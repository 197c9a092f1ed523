package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.json;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.demarche.CountQualifier;
import io.github.demarche.QualifiedCount;
import io.github.demarche.ViolationCode;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QualifiedCountJsonTest {

    @Test
    void writes_the_figure_as_stated_and_the_bounds_it_implies() {
        assertThat(write(QualifiedCount.moreThan(270).withWording("over 270"))).isEqualTo(json(
                "{'qualifier':'more_than','figure':270,'wording':'over 270','bounds':{'low':271,'best':271}}"));
        assertThat(write(QualifiedCount.between(270, 300))).isEqualTo(json(
                "{'qualifier':'between','figure':270,'secondFigure':300,'bounds':{'low':270,'best':270,'high':300}}"));
        assertThat(write(QualifiedCount.about(270))).isEqualTo(json(
                "{'qualifier':'about','figure':270,'bounds':{'low':243,'best':270,'high':297}}"));
    }

    @Test
    void reads_a_count_without_bounds_with_the_derived_ones() throws Exception {
        QualifiedCount read = MAPPER.readValue(json("{'qualifier':'more_than','figure':270}"), QualifiedCount.class);

        assertThat(read).isEqualTo(QualifiedCount.moreThan(270));
        assertThat(read.hasDerivedBounds()).isTrue();
    }

    @Test
    void reads_an_analysts_bounds_and_an_unbounded_high() throws Exception {
        QualifiedCount bounded = MAPPER.readValue(
                json("{'qualifier':'more_than','figure':270,'bounds':{'low':271,'best':300,'high':400}}"),
                QualifiedCount.class);
        QualifiedCount unbounded = MAPPER.readValue(
                json("{'qualifier':'exactly','figure':270,'bounds':{'best':280,'low':260}}"), QualifiedCount.class);

        assertThat(bounded).isEqualTo(QualifiedCount.moreThan(270).withBounds(271, 300, OptionalLong.of(400)));
        assertThat(unbounded.isUnbounded()).isTrue();
        assertThat(unbounded).isEqualTo(QualifiedCount.exactly(270).withBounds(260, 280, OptionalLong.empty()));
    }

    @Test
    void reads_the_largest_figures_and_their_derived_bounds_above_them() throws Exception {
        QualifiedCount largest = QualifiedCount.about(QualifiedCount.MAX_FIGURE);

        assertThat(MAPPER.readValue(write(largest), QualifiedCount.class)).isEqualTo(largest);
    }

    @Test
    void rejects_a_negative_bound_at_the_bound() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                json("{'qualifier':'exactly','figure':5,'bounds':{'low':-1,'best':5}}"), QualifiedCount.class));

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/bounds/low");
        assertThat(e.getOriginalMessage()).isEqualTo("QualifiedCount.low must not be negative, got -1");
    }

    @Test
    void reads_bounds_without_a_best_estimate_as_an_analysts_range() throws Exception {
        QualifiedCount read = MAPPER.readValue(json("{'qualifier':'exactly','figure':5,'bounds':{'low':5}}"),
                QualifiedCount.class);

        assertThat(read).isEqualTo(QualifiedCount.exactly(5).withBounds(5, OptionalLong.empty()));
        assertThat(read.best()).isEmpty();
    }

    @Test
    void rejects_bounds_without_a_low_bound() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                json("{'qualifier':'exactly','figure':5,'bounds':{'best':5}}"), QualifiedCount.class));

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/bounds/low");
        assertThat(e.getOriginalMessage())
                .isEqualTo("QualifiedCount.bounds.low must be set when bounds are given, got nothing");
        assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.MISSING_ATTRIBUTE);
    }

    // ----------------------------------------------------------------------------------------
    // vague counts: no number the source never gave

    @Test
    void writes_a_vague_count_without_figure_best_or_the_conventional_bounds() {
        assertThat(write(QualifiedCount.vague(CountQualifier.THOUSANDS).withWording("thousands")))
                .isEqualTo(json("{'qualifier':'thousands','wording':'thousands'}"));
        assertThat(write(QualifiedCount.vague(CountQualifier.TENS_OF_THOUSANDS)))
                .isEqualTo(json("{'qualifier':'tens_of_thousands'}"));
    }

    @Test
    void writes_an_analysts_bounds_of_a_vague_count_with_a_best_only_if_given() {
        QualifiedCount thousands = QualifiedCount.vague(CountQualifier.THOUSANDS);

        assertThat(write(thousands.withBounds(2_000, OptionalLong.of(5_000))))
                .isEqualTo(json("{'qualifier':'thousands','bounds':{'low':2000,'high':5000}}"));
        assertThat(write(thousands.withBounds(2_000, 3_000, OptionalLong.of(5_000))))
                .isEqualTo(json("{'qualifier':'thousands','bounds':{'low':2000,'best':3000,'high':5000}}"));
    }

    @ParameterizedTest
    @EnumSource(value = CountQualifier.class, names = {"SEVERAL", "DOZENS", "SCORES", "HUNDREDS", "THOUSANDS",
            "TENS_OF_THOUSANDS", "HUNDREDS_OF_THOUSANDS", "MILLIONS"})
    void round_trips_every_vague_count(CountQualifier qualifier) throws Exception {
        QualifiedCount plain = QualifiedCount.vague(qualifier);
        QualifiedCount narrowed = plain.withWording("as the source says").withBounds(plain.low(), plain.high())
                .withBounds(plain.low(), OptionalLong.empty());

        assertThat(MAPPER.readValue(write(plain), QualifiedCount.class)).isEqualTo(plain);
        assertThat(MAPPER.readValue(write(narrowed), QualifiedCount.class)).isEqualTo(narrowed);
    }

    @Test
    void reads_the_conventional_bounds_of_a_vague_count_given_explicitly_as_derived() throws Exception {
        QualifiedCount read = MAPPER.readValue(
                json("{'qualifier':'dozens','bounds':{'low':24,'high':99}}"), QualifiedCount.class);

        assertThat(read).isEqualTo(QualifiedCount.vague(CountQualifier.DOZENS));
        assertThat(read.hasDerivedBounds()).isTrue();
    }

    @Test
    void rejects_a_vague_qualifier_with_a_figure() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                json("{'qualifier':'thousands','figure':3000}"), QualifiedCount.class));

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/figure");
        assertThat(e.getOriginalMessage())
                .isEqualTo("QualifiedCount.figure must be absent when qualifier is 'thousands', got 3000");
        assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.NOT_APPLICABLE);
    }

    @Test
    void rejects_a_qualifier_of_a_figure_without_one() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                json("{'qualifier':'more_than','wording':'over'}"), QualifiedCount.class));

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/figure");
        assertThat(e.getOriginalMessage())
                .isEqualTo("QualifiedCount.figure must be set when qualifier is 'more_than', got nothing");
        assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.MISSING_ATTRIBUTE);
    }

    @Test
    void rejects_a_second_figure_on_a_vague_count() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                json("{'qualifier':'hundreds','secondFigure':300}"), QualifiedCount.class));

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/secondFigure");
        assertThat(e.getOriginalMessage())
                .isEqualTo("QualifiedCount.secondFigure must be absent unless qualifier is 'between', got 300");
    }

    @Test
    void rejects_inverted_bounds_of_a_vague_count_at_the_bounds() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                json("{'qualifier':'hundreds','bounds':{'low':500,'high':300}}"), QualifiedCount.class));

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/bounds");
        assertThat(e.getOriginalMessage())
                .isEqualTo("QualifiedCount.bounds must satisfy low <= high, got low=500, high=300");
    }

    @Test
    void rejects_bounds_beyond_the_largest_figure_at_the_bound() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                json("{'qualifier':'at_least','figure':5,'bounds':{'low':5,'best':5,'high':1000000000001}}"),
                QualifiedCount.class));

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/bounds/high");
        assertThat(e.getOriginalMessage())
                .isEqualTo("QualifiedCount.high must be at most 1000000000000, got 1000000000001");
    }

    @Test
    void rejects_the_largest_long_as_a_high_bound_like_any_figure_above_the_largest() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                json("{'qualifier':'more_than','figure':270,'bounds':{'low':271,'best':271,'high':9223372036854775807}}"),
                QualifiedCount.class));

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/bounds/high");
        assertThat(e.getOriginalMessage())
                .isEqualTo("QualifiedCount.high must be at most 1000000000000, got 9223372036854775807");
        assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.OUT_OF_RANGE);
    }

    @Test
    void rejects_a_range_without_its_second_figure() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                json("{'qualifier':'between','figure':270}"), QualifiedCount.class));

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/secondFigure");
        assertThat(e.getOriginalMessage()).isEqualTo(
                "QualifiedCount.secondFigure must be set when qualifier is 'between', got nothing");
    }
}
