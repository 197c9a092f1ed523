package io.github.demarche.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Statement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonExceptionTest {

    private static NdjsonException exception() {
        JsonParseException cause = new JsonParseException((JsonParser) null, "Duplicate field 'id'");
        return new NdjsonException(7, 28, List.of(new JsonMappingException.Reference(NdjsonReader.class, "statement"),
                new JsonMappingException.Reference(Statement.class, "id")), cause);
    }

    @Test
    void names_the_line_the_pointer_and_the_problem() {
        NdjsonException e = exception();

        assertThat(e.lineNumber()).isEqualTo(7);
        assertThat(e.jsonPointer()).isEqualTo("/statement/id");
        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/statement/id");
        assertThat(e.getOriginalMessage()).isEqualTo("Duplicate field 'id'");
        assertThat(e.getMessage()).isEqualTo("line 7, at /statement/id: Duplicate field 'id'");
        assertThat(e.getLocalizedMessage()).isEqualTo(e.getMessage());
        assertThat(e).hasToString("io.github.demarche.jackson.NdjsonException: line 7, at /statement/id: "
                + "Duplicate field 'id'");
        assertThat(e.getLocation().getLineNr()).isEqualTo(7);
        assertThat(e.getLocation().getColumnNr()).isEqualTo(28);
        assertThat(e.getCause()).isExactlyInstanceOf(JsonParseException.class);
    }

    @Test
    void leaves_the_pointer_out_of_the_message_when_the_problem_is_the_whole_line() {
        NdjsonException e = new NdjsonException(1, 1, List.of(),
                new JsonParseException((JsonParser) null, "Unrecognized token 'x'"));

        assertThat(e.jsonPointer()).isEmpty();
        assertThat(e.getMessage()).isEqualTo("line 1: Unrecognized token 'x'");
    }

    @Test
    void rejects_a_line_before_the_first() {
        assertThatThrownBy(() -> new NdjsonException(0, 1, List.of(),
                new JsonParseException((JsonParser) null, "x")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("NdjsonException.lineNumber must be at least 1, got 0");
    }

    @Test
    void is_serializable() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(exception());
        }
        NdjsonException read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (NdjsonException) in.readObject();
        }

        assertThat(read.getMessage()).isEqualTo(exception().getMessage());
        assertThat(read.lineNumber()).isEqualTo(7);
    }
}
