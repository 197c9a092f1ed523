package io.github.demarche.jackson.deser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.QualifiedCount;
import io.github.demarche.jackson.DemarcheJson;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema cannot drift from the fields that the (de)serializers declare: for each object
 * type, the properties of its definition in {@code demarche.schema.json} (with those of each
 * {@code oneOf} branch, for a type whose fields depend on its kind) are exactly its fields' names,
 * in the order they are written.
 */
class ObjectFieldsTest {

    private static final JsonNode DEFS = schema().get("$defs");

    private static JsonNode schema() {
        try (InputStream in = DemarcheJson.openSchema()) {
            return new JsonMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> types() {
        return ObjectFields.BY_TYPE.entrySet().stream()
                .map(entry -> Arguments.of(entry.getKey().getSimpleName(), entry.getValue()));
    }

    /** The properties of a definition, those of its {@code oneOf} branches after its own. */
    private static List<String> properties(String definition) {
        JsonNode def = DEFS.get(definition);
        assertThat(def).as("$defs/%s", definition).isNotNull();
        Set<String> names = new LinkedHashSet<>();
        def.path("properties").fieldNames().forEachRemaining(names::add);
        for (JsonNode branch : def.path("oneOf")) {
            branch.path("properties").fieldNames().forEachRemaining(names::add);
        }
        return new ArrayList<>(names);
    }

    private static List<String> names(List<? extends ObjectField> fields) {
        List<String> names = new ArrayList<>();
        for (ObjectField field : fields) {
            names.add(field.text());
        }
        return names;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void the_schema_has_exactly_the_declared_fields(String definition, List<ObjectField> fields) {
        List<String> declared = names(fields);
        List<String> inSchema = properties(definition);
        if (DEFS.get(definition).has("oneOf")) {
            assertThat(inSchema).containsExactlyInAnyOrderElementsOf(declared);  // kinds list their own fields
        } else {
            assertThat(inSchema).containsExactlyElementsOf(declared);
        }
    }

    @Test
    void the_schema_of_bounds_has_exactly_the_declared_fields() {
        assertThat(properties("Bounds"))
                .containsExactlyElementsOf(names(List.of(QualifiedCountField.BoundsField.values())));
    }

    @Test
    void every_object_definition_of_the_model_has_fields_declared() {
        Set<String> declared = new LinkedHashSet<>();
        ObjectFields.BY_TYPE.keySet().forEach(type -> declared.add(type.getSimpleName()));
        declared.add("Bounds");
        declared.add("Attributes");  // a map of keys to values, read and written by Attributes, with no fields of its own
        Set<String> objects = new LinkedHashSet<>();
        for (Map.Entry<String, JsonNode> def : DEFS.properties()) {
            if ("object".equals(def.getValue().path("type").asText()) && !def.getKey().startsWith("Ndjson")) {
                objects.add(def.getKey());
            }
        }
        assertThat(objects).containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void paths_name_the_type_each_field_holds() {
        assertThat(ObjectFields.valueType(QualifiedCount.class, "bounds")).isEqualTo(QualifiedCount.class);
        assertThat(ObjectFields.valueType(QualifiedCount.class, "figure")).isEqualTo(Object.class);
        assertThat(ObjectFields.valueType(QualifiedCount.class, "nmae")).isEqualTo(Object.class);
    }
}
