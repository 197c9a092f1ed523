package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.demarche.Actor;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SerializationSupport;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    private static InvalidValueException readActor(String json) {
        return catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(json(json), Actor.class));
    }

    @Test
    void carries_the_core_violations_codes_and_paths() {
        InvalidValueException e = readActor("{'id':'Wang Yi','name':' ','kind':'person'}");

        assertThat(e.violations()).extracting(Violation::path).containsExactly("id", "name");
        assertThat(e.violations()).extracting(Violation::code)
                .containsExactly(ViolationCode.MALFORMED, ViolationCode.BLANK);
        assertThat(e.getCause()).isInstanceOf(ValidationException.class);
        assertThat(((ValidationException) e.getCause()).violations()).isEqualTo(e.violations());
    }

    @Test
    void is_a_value_instantiation_exception_of_the_type_that_could_not_be_built() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> MAPPER.readValue(json("{'qualifier':'between','figure':300,'secondFigure':270}"),
                        QualifiedCount.class));

        assertThat(e).isInstanceOf(ValueInstantiationException.class);
        assertThat(e.getType().getRawClass()).isEqualTo(QualifiedCount.class);
        assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.COUNT_RANGE_INVERTED);
    }

    @Test
    void message_is_the_core_message_followed_by_location_and_path() {
        InvalidValueException e = readActor("{'id':'wang-yi','name':' ','kind':'person'}");

        assertThat(e.getOriginalMessage()).isEqualTo("Actor.name must not be blank, got ' '");
        assertThat(e.getMessage()).startsWith("Actor.name must not be blank, got ' '\n at [Source: ")
                .endsWith("(through reference chain: io.github.demarche.Actor[\"name\"])");
    }

    @Test
    void survives_java_serialization() {
        InvalidValueException e = readActor("{'id':'wang-yi','name':' ','kind':'person'}");

        InvalidValueException copy = SerializationSupport.roundTrip(e);

        assertThat(copy.violations()).isEqualTo(e.violations());
        assertThat(copy.getOriginalMessage()).isEqualTo(e.getOriginalMessage());
    }
}
