package io.github.demarche.jackson;

import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.util.Objects;

/**
 * The JSON format of Demarche in one place: its version, its JSON Schema, the recommended mapper
 * and the pretty printer of the golden files.
 *
 * <pre>{@code
 * JsonMapper mapper = DemarcheJson.newObjectMapper();
 * Dossier dossier = mapper.readValue(file, Dossier.class);
 * String pretty = mapper.writer(DemarcheJson.prettyPrinter()).writeValueAsString(dossier);
 * }</pre>
 *
 * <p>This class is a set of constants and static methods; it cannot be instantiated.
 *
 * @since 0.1
 */
public final class DemarcheJson {

    /**
     * The version of the JSON format that this module writes and reads: 1. A dossier carries it in
     * its {@value #FORMAT_FIELD} field; a later version of the module that changes the format
     * increments it and keeps reading the older versions.
     */
    public static final int FORMAT_VERSION = 1;

    /** The name of the field of a dossier that holds the {@linkplain #FORMAT_VERSION format version}. */
    public static final String FORMAT_FIELD = "demarcheFormat";

    /**
     * The class path resource of the JSON Schema (draft 2020-12) of the format, inside the jar:
     * {@value}. Its root describes a dossier; {@code $defs} describes every value type, such as
     * {@code #/$defs/Statement}.
     */
    public static final String SCHEMA_RESOURCE = "/io/github/demarche/jackson/demarche.schema.json";

    /** The {@code $id} of the JSON Schema of {@linkplain #FORMAT_VERSION format} 1: {@value}. */
    public static final String SCHEMA_ID = "https://demarche.github.io/schema/demarche-format-1.schema.json";

    private DemarcheJson() {
    }

    /**
     * Obtains a new mapper configured as this module recommends: the {@link DemarcheModule}
     * registered, {@code FAIL_ON_UNKNOWN_PROPERTIES} on (Jackson's default, made explicit) and
     * {@code FAIL_ON_TRAILING_TOKENS} on, so that {@code {...} garbage} is an error rather than
     * a value. Configure it further with {@code rebuild()}.
     *
     * @return a new mapper, not null
     */
    public static JsonMapper newObjectMapper() {
        return JsonMapper.builder()
                .addModule(new DemarcheModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * Obtains the pretty printer of the golden files: two spaces of indentation, one value per
     * line, {@code "name": value}, and {@code \n} line ends on every platform. It writes what
     * Python's {@code json.dumps(value, indent=2, ensure_ascii=False)} writes, except that Jackson
     * escapes control characters with upper-case hexadecimal digits.
     *
     * @return a new pretty printer, not null
     */
    public static PrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /**
     * Opens the JSON Schema of the format, the resource {@link #SCHEMA_RESOURCE}.
     *
     * @return a new stream over the schema's UTF-8 text, not null; the caller closes it
     * @throws IllegalStateException if the resource is missing from the class path
     */
    public static InputStream openSchema() {
        InputStream in = DemarcheJson.class.getResourceAsStream(SCHEMA_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("DemarcheJson.SCHEMA_RESOURCE must be on the class path, got nothing at "
                    + SCHEMA_RESOURCE);
        }
        return in;
    }

    /**
     * Gets the path of a mapping exception as a JSON Pointer (RFC 6901), such as
     * {@code /statements/3/speakers/0/name}.
     *
     * @param exception  the exception, not null
     * @return the pointer, the empty string when the exception concerns the whole document
     */
    public static String jsonPointer(JsonMappingException exception) {
        Objects.requireNonNull(exception, "exception");
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                pointer.append('/').append(reference.getFieldName().replace("~", "~0").replace("/", "~1"));
            } else if (reference.getIndex() >= 0) {
                pointer.append('/').append(reference.getIndex());
            }
        }
        return pointer.toString();
    }
}
