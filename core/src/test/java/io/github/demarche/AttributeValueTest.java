package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AttributeValueTest {

    @Test
    void keeps_each_kind_with_its_value() {
        assertThat(AttributeValue.of("Indo-Asian News Service").asText()).isEqualTo("Indo-Asian News Service");
        assertThat(AttributeValue.of(5).asLong()).isEqualTo(5L);
        assertThat(AttributeValue.of(new BigDecimal("-2.54350736278448")).asDecimal())
                .isEqualTo(new BigDecimal("-2.54350736278448"));
        assertThat(AttributeValue.of(true).asBoolean()).isTrue();
        assertThat(AttributeValue.of("").kind()).isEqualTo(AttributeValue.Kind.TEXT);
        assertThat(AttributeValue.of(5).kind()).isEqualTo(AttributeValue.Kind.INTEGER);
        assertThat(AttributeValue.of(BigDecimal.ONE).kind()).isEqualTo(AttributeValue.Kind.DECIMAL);
        assertThat(AttributeValue.of(false).kind()).isEqualTo(AttributeValue.Kind.BOOLEAN);
    }

    @Test
    void a_number_stays_a_number_with_its_scale() {
        assertThat(AttributeValue.of(new BigDecimal("0.0"))).isNotEqualTo(AttributeValue.of(new BigDecimal("0")));
        assertThat(AttributeValue.of(new BigDecimal("0.0"))).hasToString("0.0");
        assertThat(AttributeValue.of(1)).isNotEqualTo(AttributeValue.of(BigDecimal.ONE)).isNotEqualTo(AttributeValue.of("1"));
        assertThat(AttributeValue.of(1)).isEqualTo(AttributeValue.of(1)).hasSameHashCodeAs(AttributeValue.of(1L));
        assertThat(AttributeValue.of("a")).hasToString("'a'");
    }

    @Test
    void refuses_to_read_a_value_as_another_kind() {
        assertThatThrownBy(() -> AttributeValue.of(5).asText()).isInstanceOf(IllegalStateException.class)
                .hasMessage("AttributeValue is INTEGER, not TEXT: 5");
        assertThatThrownBy(() -> AttributeValue.of("5").asLong()).isInstanceOf(IllegalStateException.class)
                .hasMessage("AttributeValue is TEXT, not INTEGER: '5'");
        assertThatThrownBy(() -> AttributeValue.of(true).asDecimal()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> AttributeValue.of(BigDecimal.TEN).asBoolean()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void bounds_a_text_at_ten_thousand_characters() {
        assertThat(AttributeValue.of("t".repeat(10_000)).asText()).hasSize(10_000);
        assertThatThrownBy(() -> AttributeValue.of("t".repeat(10_001))).isInstanceOf(ValidationException.class)
                .hasMessage("AttributeValue.text must be at most 10000 characters long, got 10001 characters");
        assertThatThrownBy(() -> AttributeValue.of((String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("text");
        assertThatThrownBy(() -> AttributeValue.of((BigDecimal) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("number");
    }

    @Test
    void survives_serialization() {
        assertThat(SerializationSupport.roundTrip(AttributeValue.of(true))).isSameAs(AttributeValue.of(true));
        assertThat(SerializationSupport.roundTrip(AttributeValue.of(new BigDecimal("1.50"))))
                .isEqualTo(AttributeValue.of(new BigDecimal("1.50")));
    }
}
