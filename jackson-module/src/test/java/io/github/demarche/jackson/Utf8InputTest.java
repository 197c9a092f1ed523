package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import io.github.demarche.Actor;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** One document reads the same whatever its form: a leading byte order mark is dropped from bytes and text alike. */
class Utf8InputTest {

    private static final String CHINA = "{\"id\":\"chn\",\"name\":\"China\",\"kind\":\"state\"}";

    @Test
    void a_leading_byte_order_mark_is_dropped_from_a_string_as_from_utf8_bytes() throws Exception {
        Actor fromText = MAPPER.readValue("\uFEFF" + CHINA, Actor.class);
        Actor fromReader = MAPPER.readValue(new StringReader("\uFEFF" + CHINA), Actor.class);
        Actor fromChars = MAPPER.readValue(MAPPER.createParser(("\uFEFF" + CHINA).toCharArray()), Actor.class);
        Actor fromBytes = MAPPER.readValue(("\uFEFF" + CHINA).getBytes(StandardCharsets.UTF_8), Actor.class);

        assertThat(fromText).isEqualTo(fromBytes).isEqualTo(fromReader).isEqualTo(fromChars)
                .isEqualTo(MAPPER.readValue(CHINA, Actor.class));
    }

    @Test
    void a_second_byte_order_mark_is_refused_in_every_form() {
        assertThatThrownBy(() -> MAPPER.readValue("\uFEFF\uFEFF" + CHINA, Actor.class))
                .isInstanceOf(JsonParseException.class);
        assertThatThrownBy(() -> MAPPER.readValue(("\uFEFF\uFEFF" + CHINA).getBytes(StandardCharsets.UTF_8), Actor.class))
                .isInstanceOf(JsonParseException.class);
    }

    @Test
    void an_empty_text_is_still_no_content() {
        assertThatThrownBy(() -> MAPPER.readValue("", Actor.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
        assertThatThrownBy(() -> MAPPER.readValue("\uFEFF", Actor.class))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
    }
}
