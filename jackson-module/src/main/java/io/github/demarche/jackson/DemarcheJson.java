package io.github.demarche.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The JSON format of Demarche in one place: its version, its JSON Schema, the recommended mapper
 * with its limits for untrusted input, and the pretty printer of the golden files.
 *
 * <pre>{@code
 * JsonMapper mapper = DemarcheJson.newObjectMapper();
 * Dossier dossier = mapper.readValue(file, Dossier.class);
 * String pretty = mapper.writer(DemarcheJson.prettyPrinter()).writeValueAsString(dossier);
 * }</pre>
 *
 * <p><b>Limits.</b> The recommended mapper reads untrusted input safely: it rejects, with a
 * {@code StreamConstraintsException} raised as soon as the limit is passed, documents nested deeper
 * than {@value #MAX_NESTING_DEPTH} levels, strings longer than {@value #MAX_STRING_LENGTH}
 * characters, numbers of more than {@value #MAX_NUMBER_LENGTH} digits, field names longer than
 * {@value #MAX_NAME_LENGTH} characters and documents longer than {@value #MAX_DOCUMENT_LENGTH}
 * bytes (characters when reading text); it rejects byte input that is not UTF-8 with a
 * {@code JsonParseException}, and the module rejects a key that comes twice in an object of the
 * model with the same exception. No valid Demarche document comes near these limits: the
 * format nests at most 32 levels (a dossier's statement's stance's target actor, 8 memberships
 * of three levels each and the aliases of the last) and its longest text is a quote of 5000
 * characters.
 * {@link DemarcheNdjson} reads each line of an NDJSON file with the same limits and at most
 * {@value #MAX_LINE_LENGTH} characters a line.
 *
 * <p><b>Jackson versions.</b> The limits are Jackson's {@code StreamReadConstraints}. The nesting,
 * string and number limits hold on every supported Jackson, 2.15 and later; the name, document and
 * line limits need 2.16 or later, and are left out on 2.15, which has no such limits. Reading text
 * (rather than bytes), Jackson checks the name limit as it reads only from 2.18.10, 2.21.6, 2.22.2
 * and 2.23 on; before, a long name is rejected at the string limit. The module's README lists what
 * each version guarantees.
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
    public static final int FORMAT_VERSION = 2;

    /**
     * What readers add to their message when they meet a document or NDJSON header of format 1,
     * which this version no longer reads: {@value}.
     */
    public static final String FORMAT_1_HINT = "; format 1 is that of demarche 0.1, whose records had one source and no"
            + " codings: see the CHANGELOG of 0.2";

    /** The name of the field of a dossier that holds the {@linkplain #FORMAT_VERSION format version}. */
    public static final String FORMAT_FIELD = "demarcheFormat";

    /**
     * The class path resource of the JSON Schema (draft 2020-12) of the format, inside the jar:
     * {@value}. Its root describes a dossier; {@code $defs} describes every value type, such as
     * {@code #/$defs/Statement}.
     */
    public static final String SCHEMA_RESOURCE = "/io/github/demarche/jackson/demarche.schema.json";

    /** The {@code $id} of the JSON Schema of {@linkplain #FORMAT_VERSION format} 2: {@value}. */
    public static final String SCHEMA_ID = "https://demarche.github.io/schema/demarche-format-2.schema.json";

    /**
     * The deepest nesting of arrays and objects that the {@linkplain #newObjectMapper() recommended
     * mapper} reads: {@value}. The format nests at most 32 levels, so that a Demarche value still
     * fits in a few levels of your own types; a deeper document is a {@code StreamConstraintsException}
     * when the parser opens the level too many, without recursion (Jackson's default is 1000).
     */
    public static final int MAX_NESTING_DEPTH = 64;

    /**
     * The longest string value that the {@linkplain #newObjectMapper() recommended mapper} reads, in
     * characters: {@value} (one million). The model's longest text, a quote, has at most 5000; the
     * margin leaves room for texts of your own types, such as an article's body, while a string of
     * 50 MB is rejected after its first megabyte (Jackson's default is 20 million).
     */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    /**
     * The most characters of a number that the {@linkplain #newObjectMapper() recommended mapper}
     * reads: {@value}. The format's numbers have at most 13 digits (10<sup>12</sup>); the limit
     * keeps the parsing of huge numbers, which takes time quadratic in their length, away (Jackson's
     * default is 1000).
     */
    public static final int MAX_NUMBER_LENGTH = 100;

    /**
     * The longest field name that the {@linkplain #newObjectMapper() recommended mapper} reads, in
     * characters: {@value}. The format's names have at most 17 characters (Jackson's default is 50,000).
     */
    public static final int MAX_NAME_LENGTH = 1_000;

    /**
     * The longest document that the {@linkplain #newObjectMapper() recommended mapper} reads: {@value}
     * (64 MiB), counted in bytes when reading bytes and in characters when reading text. A dossier
     * models one source: the reference article is 23 kB; 64 MiB holds tens of thousands of statements,
     * more than any one source has, and bounds the memory and time that one document can take
     * (Jackson sets no limit). Store larger collections as NDJSON, with {@link DemarcheNdjson}.
     */
    public static final long MAX_DOCUMENT_LENGTH = 64L * 1024 * 1024;

    /**
     * The longest line of NDJSON that {@link DemarcheNdjson} reads, in characters: {@value} (16 MiB).
     * A line holds one statement, event or casualty report, which is a few kilobytes; the largest
     * that the model allows in practice (a statement of a hundred speakers, each with eight
     * affiliations, and texts at their longest) is under a megabyte. The reader skips the rest of a
     * longer line without holding it.
     */
    public static final long MAX_LINE_LENGTH = 16L * 1024 * 1024;

    private DemarcheJson() {
    }

    /**
     * Obtains a new mapper configured as this module recommends, safe for untrusted input: the
     * {@link DemarcheModule} registered; {@code FAIL_ON_UNKNOWN_PROPERTIES} on (Jackson's default,
     * made explicit); {@code FAIL_ON_TRAILING_TOKENS} on, so that {@code {...} garbage} is an error
     * rather than a value; the limits of {@link #streamReadConstraints()}; and byte input accepted
     * in UTF-8 only (RFC 8259), where Jackson would detect and read UTF-16 and UTF-32.
     *
     * <p>A key that comes twice in an object of the model is an error on any mapper: the module's
     * deserializers reject it with the {@code JsonParseException} ({@code Duplicate field 'mode'})
     * of Jackson's {@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}. This mapper leaves that
     * feature off, because the parser's check allocates a set for nearly every object and took a
     * fifth of the time of reading statements. If you read types of your own that hold Demarche
     * values and want their keys checked too, turn it on:
     * <pre>{@code
     * JsonMapper mapper = DemarcheJson.newObjectMapper().rebuild()
     *         .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
     *         .build();
     * }</pre>
     *
     * <p>Configure it further with {@code rebuild()}, which keeps the limits. To read documents
     * beyond them, build a mapper on a {@code JsonFactory} with other {@code StreamReadConstraints}.
     *
     * @return a new mapper, not null
     * @throws IllegalStateException if Jackson is older than 2.15
     */
    public static JsonMapper newObjectMapper() {
        return newObjectMapper(MAX_DOCUMENT_LENGTH);
    }

    /** Obtains the recommended mapper with another limit on the length of a document. */
    static JsonMapper newObjectMapper(long maxDocumentLength) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(streamReadConstraints(maxDocumentLength))
                .inputDecorator(new Utf8Input())
                .build();
        return JsonMapper.builder(factory)
                .addModule(new DemarcheModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build();
    }

    /**
     * Obtains the limits that the {@linkplain #newObjectMapper() recommended mapper} applies to a
     * document: {@link #MAX_NESTING_DEPTH}, {@link #MAX_STRING_LENGTH}, {@link #MAX_NUMBER_LENGTH},
     * {@link #MAX_NAME_LENGTH} and {@link #MAX_DOCUMENT_LENGTH}; the count of tokens is not limited
     * apart from the length of the document. Every limit is set here, so that a change of Jackson's
     * defaults ({@code StreamReadConstraints.overrideDefaultStreamReadConstraints}) does not change
     * them.
     *
     * <p>On Jackson 2.15, which has no limits on names and documents, the constraints hold the
     * other three.
     *
     * @return the constraints, not null
     * @throws IllegalStateException if Jackson is older than 2.15
     */
    public static StreamReadConstraints streamReadConstraints() {
        return streamReadConstraints(MAX_DOCUMENT_LENGTH);
    }

    private static StreamReadConstraints streamReadConstraints(long maxDocumentLength) {
        JacksonRange.requireSupported();
        StreamReadConstraints.Builder builder = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH);
        return JacksonRange.nameAndDocumentLimits(builder, MAX_NAME_LENGTH, maxDocumentLength).build();
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
        return new GoldenPrettyPrinter();
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

    /**
     * Gets the path of a parser's position, from the root of the document to the given context, as
     * the references of a mapping exception.
     */
    static List<JsonMappingException.Reference> references(JsonStreamContext context, Object from) {
        List<JsonMappingException.Reference> references = new ArrayList<>();
        for (JsonStreamContext c = context; c != null; c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                references.add(0, new JsonMappingException.Reference(from, c.getCurrentName()));
            } else if (c.inArray() && c.hasCurrentIndex()) {
                references.add(0, new JsonMappingException.Reference(List.class, c.getCurrentIndex()));
            }
        }
        return references;
    }

    /**
     * Jackson's default pretty printer with two spaces of indentation, {@code \n} line ends and a
     * space after the colon only. Jackson 2.16 can say that with {@code Separators.Spacing}; this
     * subclass writes the same on 2.15, where {@code DefaultPrettyPrinter} puts a space on both sides.
     */
    private static final class GoldenPrettyPrinter extends DefaultPrettyPrinter {

        private static final long serialVersionUID = 1L;

        GoldenPrettyPrinter() {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            indentObjectsWith(indenter);
            indentArraysWith(indenter);
        }

        private GoldenPrettyPrinter(GoldenPrettyPrinter base) {
            super(base);
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new GoldenPrettyPrinter(this);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }
    }
}
