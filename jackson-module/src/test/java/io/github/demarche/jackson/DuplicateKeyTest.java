package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.Dossier;
import io.github.demarche.QualifiedCount;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A key that comes twice in one object of the model is a {@code JsonParseException}
 * ({@code Duplicate field 'mode'}) on any mapper, so that no value is silently overwritten: the
 * module checks it, where Jackson's parser would only with
 * {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}. Every field of every object of the golden
 * dossier is repeated in turn.
 */
class DuplicateKeyTest {

    private static final ObjectMapper PLAIN = new ObjectMapper().registerModule(new DemarcheModule());
    private static final JsonMapper STRICT = DemarcheJson.newObjectMapper().rebuild()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    /** A field of an object of the golden dossier: the pointer of the object and the field's name. */
    private record Field(String object, String name) {

        String pointer() {
            return object + "/" + name;
        }
    }

    @Test
    void every_field_of_every_object_of_the_dossier_is_rejected_when_repeated() throws IOException {
        JsonNode golden = MAPPER.readTree(ReferenceArticleJsonTest.golden(ReferenceArticleJsonTest.GOLDEN));
        List<Field> fields = new ArrayList<>();
        collect(golden, "", fields);
        assertThat(fields).hasSizeGreaterThan(500)
                .contains(new Field("", "statements"), new Field("/statements/0/speakers/0", "id"),
                        new Field("/casualtyReports/0/count/bounds", "best"));

        for (Field field : fields) {
            String json = writeRepeating(golden, field);
            for (ObjectMapper mapper : List.of(PLAIN, MAPPER, STRICT)) {
                JsonParseException e;
                try (JsonParser p = mapper.createParser(json)) {
                    e = catchThrowableOfType(JsonParseException.class, () -> mapper.readValue(p, Dossier.class));
                    assertThat(e).as("%s repeated", field.pointer()).isNotNull();
                    assertThat(e.getOriginalMessage()).isEqualTo("Duplicate field '" + field.name() + "'");
                    assertThat(p.getParsingContext().pathAsPointer()).hasToString(field.pointer());
                }
            }
        }
    }

    @Test
    void a_repeated_bound_is_rejected() {
        String json = json("{'qualifier':'between','figure':10,'secondFigure':20,"
                + "'bounds':{'low':10,'low':11,'high':20}}");

        JsonParseException e = catchThrowableOfType(JsonParseException.class,
                () -> PLAIN.readValue(json, QualifiedCount.class));

        assertThat(e.getOriginalMessage()).isEqualTo("Duplicate field 'low'");
    }

    @Test
    void keys_of_your_own_types_are_checked_only_with_the_parser_feature() throws IOException {
        String json = json("{'note':'first','note':'second'}");

        TypeReference<Map<String, String>> notes = new TypeReference<>() {
        };
        assertThat(MAPPER.readValue(json, notes)).containsExactly(Map.entry("note", "second"));
        JsonParseException e = catchThrowableOfType(JsonParseException.class, () -> STRICT.readValue(json, notes));
        assertThat(e.getOriginalMessage()).isEqualTo("Duplicate field 'note'");
    }

    /** Collects every field of every object in a tree, depth first. */
    private static void collect(JsonNode node, String pointer, List<Field> fields) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                fields.add(new Field(pointer, entry.getKey()));
                collect(entry.getValue(), pointer + "/" + entry.getKey(), fields);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, fields);
            }
        }
    }

    /** Writes a tree with one field written twice, the same value each time. */
    private static String writeRepeating(JsonNode root, Field repeated) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = MAPPER.createGenerator(out)) {
            write(g, root, "", repeated);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, JsonNode node, String pointer, Field repeated) throws IOException {
        if (node.isObject()) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                String child = pointer + "/" + entry.getKey();
                int times = pointer.equals(repeated.object()) && entry.getKey().equals(repeated.name()) ? 2 : 1;
                for (int i = 0; i < times; i++) {
                    g.writeFieldName(entry.getKey());
                    write(g, entry.getValue(), child, repeated);
                }
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (int i = 0; i < node.size(); i++) {
                write(g, node.get(i), pointer + "/" + i, repeated);
            }
            g.writeEndArray();
        } else {
            g.writeTree(node);
        }
    }
}
