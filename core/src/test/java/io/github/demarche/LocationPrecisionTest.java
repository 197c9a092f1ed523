package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.LocationPrecision.Scale;
import org.junit.jupiter.api.Test;

class LocationPrecisionTest {

    @Test
    void names_each_code_of_each_scale() {
        assertThat(LocationPrecision.of(Scale.GDELT_GEO_TYPE, 1).description()).isEqualTo("country");
        assertThat(LocationPrecision.of(Scale.GDELT_GEO_TYPE, 4).description()).isEqualTo("world city");
        assertThat(LocationPrecision.of(Scale.UCDP_WHERE_PREC, 1).description()).isEqualTo("exact location");
        assertThat(LocationPrecision.of(Scale.UCDP_WHERE_PREC, 7).description())
                .isEqualTo("international waters or airspace");
        assertThat(Scale.GDELT_GEO_TYPE.maxCode()).isEqualTo(5);
        assertThat(Scale.UCDP_WHERE_PREC.maxCode()).isEqualTo(7);
        assertThat(LocationPrecision.of(Scale.UCDP_WHERE_PREC, 2)).hasToString("UCDP_WHERE_PREC 2");
    }

    @Test
    void is_one_instance_per_code_and_equal_by_scale_and_code() {
        assertThat(LocationPrecision.of(Scale.UCDP_WHERE_PREC, 3)).isSameAs(LocationPrecision.of(Scale.UCDP_WHERE_PREC, 3))
                .isNotEqualTo(LocationPrecision.of(Scale.GDELT_GEO_TYPE, 3))
                .isNotEqualTo(LocationPrecision.of(Scale.UCDP_WHERE_PREC, 4));
        assertThat(SerializationSupport.roundTrip(LocationPrecision.of(Scale.GDELT_GEO_TYPE, 5)))
                .isSameAs(LocationPrecision.of(Scale.GDELT_GEO_TYPE, 5));
    }

    @Test
    void rejects_a_code_outside_its_scale() {
        assertThatThrownBy(() -> LocationPrecision.of(Scale.GDELT_GEO_TYPE, 6)).isInstanceOf(ValidationException.class)
                .hasMessage("LocationPrecision.code must be within [1, 5] on scale GDELT_GEO_TYPE, got 6");
        assertThatThrownBy(() -> LocationPrecision.of(Scale.UCDP_WHERE_PREC, 0)).isInstanceOf(ValidationException.class)
                .hasMessage("LocationPrecision.code must be within [1, 7] on scale UCDP_WHERE_PREC, got 0");
        assertThatThrownBy(() -> LocationPrecision.of(null, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("scale");
    }
}
