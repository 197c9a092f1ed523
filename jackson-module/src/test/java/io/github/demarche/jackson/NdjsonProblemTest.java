package io.github.demarche.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonProblemTest {

    @Test
    void is_what_the_exception_of_the_line_reports() {
        NdjsonException e = new NdjsonException(3, 5, List.of(),
                new JsonParseException((JsonParser) null, "Unrecognized token 'x'"));

        assertThat(NdjsonProblem.of(e)).isEqualTo(NdjsonProblem.of(3, "", "Unrecognized token 'x'",
                JsonParseException.class));
    }

    @Test
    void describes_itself_shortly() {
        assertThat(NdjsonProblem.of(7, "/statement/speakers/0/name", "Actor.name must not be blank, got ' '",
                InvalidValueException.class))
                .hasToString("NdjsonProblem[line 7, at /statement/speakers/0/name: Actor.name must not be blank, "
                        + "got ' ']");
        assertThat(NdjsonProblem.of(1, "", "Unrecognized token 'x'", JsonParseException.class))
                .hasToString("NdjsonProblem[line 1: Unrecognized token 'x']");
    }

    @Test
    void keeps_a_message_of_the_longest_length_and_shortens_a_longer_one() {
        String longest = "m".repeat(NdjsonProblem.MAX_MESSAGE_LENGTH);

        assertThat(NdjsonProblem.of(1, "", longest, JsonParseException.class).message()).isEqualTo(longest);
        assertThat(NdjsonProblem.of(1, "", longest + "m", JsonParseException.class).message())
                .hasSize(NdjsonProblem.MAX_MESSAGE_LENGTH).endsWith("mm...");
    }

    @Test
    void does_not_cut_a_character_in_half_when_shortening() {
        String message = "m".repeat(NdjsonProblem.MAX_MESSAGE_LENGTH - 4) + "\uD83D\uDE00" + "tail";

        assertThat(NdjsonProblem.of(1, "", message, JsonParseException.class).message())
                .isEqualTo("m".repeat(NdjsonProblem.MAX_MESSAGE_LENGTH - 4) + "...");
    }

    @Test
    void is_a_value() throws Exception {
        NdjsonProblem problem = NdjsonProblem.of(7, "/statement/id", "Duplicate field 'id'", JsonParseException.class);

        assertThat(problem).isEqualTo(NdjsonProblem.of(7, "/statement/id", "Duplicate field 'id'",
                JsonParseException.class)).hasSameHashCodeAs(NdjsonProblem.of(7, "/statement/id",
                "Duplicate field 'id'", JsonParseException.class));
        assertThat(problem).isNotEqualTo(NdjsonProblem.of(8, "/statement/id", "Duplicate field 'id'",
                JsonParseException.class)).isNotEqualTo(NdjsonProblem.of(7, "", "Duplicate field 'id'",
                JsonParseException.class)).isNotEqualTo(NdjsonProblem.of(7, "/statement/id", "Duplicate",
                JsonParseException.class)).isNotEqualTo(NdjsonProblem.of(7, "/statement/id", "Duplicate field 'id'",
                JsonEOFException.class));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(problem);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(problem);
        }
    }

    @Test
    void rejects_a_line_before_the_first_and_nulls() {
        assertThatThrownBy(() -> NdjsonProblem.of(0, "", "m", JsonParseException.class))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("NdjsonProblem.lineNumber must be at least 1, got 0");
        assertThatThrownBy(() -> NdjsonProblem.of(1, null, "m", JsonParseException.class)).hasMessage("jsonPointer");
        assertThatThrownBy(() -> NdjsonProblem.of(1, "", null, JsonParseException.class)).hasMessage("message");
        assertThatThrownBy(() -> NdjsonProblem.of(1, "", "m", null)).hasMessage("exceptionType");
    }
}
