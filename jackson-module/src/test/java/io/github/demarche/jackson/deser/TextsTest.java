package io.github.demarche.jackson.deser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.SourceAttribution;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextsTest {

    private static final JsonMapper MAPPER = new JsonMapper();

    /** Reads every string value of a JSON array through the table. */
    private static List<String> readAll(Texts texts, String json) throws IOException {
        List<String> read = new ArrayList<>();
        try (JsonParser p = MAPPER.createParser(json)) {
            DeserializationContext ctxt = ((DefaultDeserializationContext) MAPPER.getDeserializationContext())
                    .createInstance(MAPPER.getDeserializationConfig(), p, null);
            p.nextToken();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                read.add(texts.read(p, ctxt, SourceAttribution.class, "publication"));
            }
        }
        return read;
    }

    private static String find(Texts texts, String text) {
        char[] padded = ("<<" + text + ">").toCharArray();
        return texts.find(padded, 2, text.length());
    }

    @Test
    void a_text_read_again_is_the_string_read_before() throws IOException {
        List<String> read = readAll(new Texts(16), "[\"TASS\",\"BBC News\",\"TASS\",\"TASS \",\"BBC News\"]");

        assertThat(read).containsExactly("TASS", "BBC News", "TASS", "TASS ", "BBC News");
        assertThat(read.get(2)).isSameAs(read.get(0));
        assertThat(read.get(4)).isSameAs(read.get(1));
        assertThat(read.get(3)).isNotSameAs(read.get(0));
    }

    @Test
    void a_text_is_only_ever_returned_for_its_own_characters() {
        Texts texts = new Texts(2);  // one pair of slots: every text collides
        String tass = find(texts, "TASS");
        assertThat(find(texts, "TASS")).isSameAs(tass);
        assertThat(find(texts, "TAS")).isEqualTo("TAS");
        assertThat(find(texts, "TASS")).isSameAs(tass);  // two texts are kept
        assertThat(find(texts, "TASX")).isEqualTo("TASX");  // a third replaces one of them
        assertThat(find(texts, "")).isEmpty();
        String again = find(texts, "TASS");
        assertThat(again).isEqualTo("TASS");
        assertThat(find(texts, "TASS")).isSameAs(again);
    }

    @Test
    void long_texts_are_new_strings() throws IOException {
        String quote = "x".repeat(Texts.MAX_LENGTH + 1);
        List<String> read = readAll(new Texts(16), "[\"" + quote + "\",\"" + quote + "\"]");

        assertThat(read).containsExactly(quote, quote);
        assertThat(read.get(1)).isNotSameAs(read.get(0));
    }

    @Test
    void a_value_that_is_not_a_string_is_reported_as_tokens_reports_it() {
        assertThatThrownBy(() -> readAll(new Texts(16), "[12]"))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("SourceAttribution.publication must be a string, got 12");
    }

    @Test
    void the_capacity_must_be_a_power_of_two() {
        assertThatThrownBy(() -> new Texts(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Texts.capacity must be a power of two of at least 2, got 1");
        assertThatThrownBy(() -> new Texts(12)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Texts.capacity must be a power of two of at least 2, got 12");
        assertThatThrownBy(() -> new Recent<String>(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Recent.capacity must be a power of two, got 0");
    }

    @Test
    void a_table_is_serialized_empty() throws Exception {
        Texts texts = new Texts(4);
        String tass = find(texts, "TASS");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(texts);
        }
        Texts copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (Texts) in.readObject();
        }
        assertThat(find(copy, "TASS")).isEqualTo("TASS").isNotSameAs(tass);
        assertThat(find(copy, "TASS")).isSameAs(find(copy, "TASS"));
    }

    @Test
    void recent_values_are_found_by_their_hash_and_replaced_in_their_slot() {
        Recent<String> recent = new Recent<>(2);
        assertThat(recent.get(7)).isNull();
        recent.put(7, "seven");
        assertThat(recent.get(7)).isEqualTo("seven");
        recent.put(9, "nine");  // the same slot of two
        assertThat(recent.get(7)).isEqualTo("nine");
        assertThat(recent.get(8)).isNull();
    }
}
