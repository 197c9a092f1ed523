package io.github.demarche.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON against the module's schema, the resource {@link DemarcheJson#SCHEMA_RESOURCE},
 * with networknt's json-schema-validator (draft 2020-12). The schema is loaded from the jar under
 * its {@code $id}; nothing is fetched from the network.
 */
public final class SchemaSupport {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(Map.of(DemarcheJson.SCHEMA_ID, schemaText())));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private SchemaSupport() {
    }

    private static String schemaText() {
        try (InputStream in = DemarcheJson.openSchema()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gets the schema of a type of {@code $defs}, such as {@code Statement}, or of the root (a dossier) for null. */
    public static Schema schema(String definition) {
        String location = definition == null ? DemarcheJson.SCHEMA_ID
                : DemarcheJson.SCHEMA_ID + "#/$defs/" + definition;
        return SCHEMAS.computeIfAbsent(location, key -> REGISTRY.getSchema(SchemaLocation.of(key)));
    }

    /** Gets the errors of the schema itself against the draft 2020-12 meta-schema, which the validator bundles. */
    public static List<Error> metaSchemaErrors() {
        return REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"))
                .validate(schemaText(), InputFormat.JSON);
    }

    /** Gets the errors of a JSON text against a type of the schema, the root for null. */
    public static List<Error> errors(String json, String definition) {
        return schema(definition).validate(json, InputFormat.JSON);
    }

    /** Asserts that a JSON text is valid against a type of the schema, the root for null. */
    public static void assertValid(String json, String definition) {
        assertThat(errors(json, definition)).as("schema errors of %s against %s", json,
                definition == null ? "the root" : definition).isEmpty();
    }
}
