package io.github.demarche.jackson;

import static io.github.demarche.ReferenceArticleFixture.DENIAL;
import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.Actor;
import io.github.demarche.QualifiedCount;
import io.github.demarche.Statement;
import io.github.demarche.ViolationCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile documents, read by the recommended mapper ({@link DemarcheJson#newObjectMapper()}) and
 * by the NDJSON reader: each is rejected with a Jackson exception of a known type, at a known path,
 * with a known message, never with a {@code StackOverflowError}, an {@code OutOfMemoryError}, a
 * {@code NullPointerException} or a bare {@code IllegalArgumentException}. The huge ones (a 50 MB
 * string, a 65 MiB array) are generated as they are read, so the tests hold none of them.
 */
class HostileInputTest {

    private static final int DEEP = 100_000;
    private static final DemarcheNdjson NDJSON = DemarcheNdjson.create()
            .withErrorMode(DemarcheNdjson.ErrorMode.COLLECT);
    /** The recommended mapper, but skipping unknown properties, so that hostile values get read. */
    private static final JsonMapper LENIENT = DemarcheJson.newObjectMapper().rebuild()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final String GOOD_LINE = NdjsonReaderTest.line(DENIAL);
    /** Jackson's message, which 2.16 reworded (see {@link JacksonVersions}). */
    private static final String DEPTH_EXCEEDED = JacksonVersions.depthExceeded(65, DemarcheJson.MAX_NESTING_DEPTH);
    private static final String CHINA = "{\"id\":\"chn\",\"name\":\"China\",\"kind\":\"state\"}";

    private static String arrays(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    private static String objects(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    /** An affiliation chain of {@code depth} actors above the first. */
    private static String chain(int depth) {
        StringBuilder json = new StringBuilder(depth * 50);
        for (int i = 0; i <= depth; i++) {
            json.append("{\"id\":\"a").append(i).append("\",\"name\":\"A\",\"kind\":\"other\"");
            if (i < depth) {
                json.append(",\"affiliation\":");
            }
        }
        return json.append("}".repeat(depth + 1)).toString();
    }

    /** Asserts the exception of reading a document with the recommended mapper. */
    private static <E extends JsonProcessingException> E mapperRejects(Class<E> exception, ThrowingRead read) {
        E e = catchThrowableOfType(exception, read::read);
        assertThat(e).as("expected %s", exception.getSimpleName()).isNotNull();
        assertThat(e).isExactlyInstanceOf(exception);
        return e;
    }

    @FunctionalInterface
    private interface ThrowingRead {
        void read() throws IOException;
    }

    /**
     * Reads NDJSON in collect mode, the bad line followed by a good one, and gets the one problem;
     * the good line after it is read, so the reader went on.
     */
    private static NdjsonProblem ndjsonProblem(InputStream badLine) throws IOException {
        InputStream in = new SequenceInputStream(badLine, bytes("\n" + GOOD_LINE + "\n"));
        try (NdjsonReader<Statement> reader = NDJSON.reader(in, Statement.class)) {
            assertThat(reader.read()).as("the good line after the bad one").isEqualTo(DENIAL);
            assertThat(reader.read()).isNull();
            assertThat(reader.problems()).hasSize(1);
            assertThat(reader.problems().get(0).lineNumber()).isEqualTo(1);
            return reader.problems().get(0);
        }
    }

    private static NdjsonProblem ndjsonProblem(String badLine) throws IOException {
        return ndjsonProblem(bytes(badLine));
    }

    private static InputStream bytes(String text) {
        return new InputSupport.Recording(text);
    }

    private static void assertProblem(NdjsonProblem problem, Class<? extends JsonProcessingException> type,
            String pointer, String message) {
        assertThat(problem.exceptionType()).isEqualTo(type);
        assertThat(problem.jsonPointer()).isEqualTo(pointer);
        assertThat(problem.message()).isEqualTo(message);
    }

    // --- nesting

    @Test
    void deep_arrays_are_rejected_by_shape_or_at_the_depth_limit() throws Exception {
        String hostile = arrays(DEEP);

        MismatchedInputException typed = mapperRejects(MismatchedInputException.class,
                () -> MAPPER.readValue(hostile, Statement.class));
        assertThat(DemarcheJson.jsonPointer(typed)).isEmpty();
        assertThat(typed.getOriginalMessage()).isEqualTo("Statement must be an object, got an array");

        assertThat(mapperRejects(StreamConstraintsException.class, () -> MAPPER.readTree(hostile)))
                .hasMessageStartingWith(DEPTH_EXCEEDED);
        assertThat(mapperRejects(StreamConstraintsException.class, () -> MAPPER.readValue(hostile, Object.class)))
                .hasMessageStartingWith(DEPTH_EXCEEDED);
        assertThat(mapperRejects(StreamConstraintsException.class,
                () -> LENIENT.readValue("{\"extra\":" + hostile + "," + CHINA.substring(1), Actor.class)))
                .hasMessageStartingWith(DEPTH_EXCEEDED);

        assertProblem(ndjsonProblem(hostile), MismatchedInputException.class, "",
                "NdjsonLine must be an object, got an array");
        assertProblem(ndjsonProblem("{\"statement\":" + hostile + "}"), MismatchedInputException.class, "/statement",
                "Statement must be an object, got an array");
        assertProblem(ndjsonProblem("{\"statement\":{\"eventIds\":" + hostile + "}}"),
                MismatchedInputException.class, "/statement/eventIds/0",
                "Statement.eventIds[0] must be a string, got an array");
    }

    @Test
    void deep_arrays_that_a_lenient_reader_skips_stop_at_the_depth_limit() throws Exception {
        try (NdjsonReader<Statement> reader = DemarcheNdjson.create(LENIENT)
                .withErrorMode(DemarcheNdjson.ErrorMode.COLLECT)
                .reader(bytes("{\"statement\":{\"extra\":" + arrays(DEEP) + "}}\n"), Statement.class)) {
            assertThat(reader.read()).isNull();
            assertProblem(reader.problems().get(0), StreamConstraintsException.class,
                    "/statement/extra" + "/0".repeat(62), DEPTH_EXCEEDED);
        }
    }

    @Test
    void deep_objects_are_rejected_as_unknown_or_at_the_depth_limit() throws Exception {
        String hostile = objects(DEEP);

        UnrecognizedPropertyException typed = mapperRejects(UnrecognizedPropertyException.class,
                () -> MAPPER.readValue(hostile, Statement.class));
        assertThat(DemarcheJson.jsonPointer(typed)).isEqualTo("/a");
        assertThat(mapperRejects(StreamConstraintsException.class, () -> MAPPER.readTree(hostile)))
                .hasMessageStartingWith(DEPTH_EXCEEDED);
        assertThat(mapperRejects(StreamConstraintsException.class, () -> LENIENT.readValue(hostile, Statement.class)))
                .hasMessageStartingWith(DEPTH_EXCEEDED);

        assertProblem(ndjsonProblem("{\"statement\":" + hostile + "}"), UnrecognizedPropertyException.class,
                "/statement/a",
                "Unrecognized field \"a\" (class io.github.demarche.Statement), not marked as ignorable");
        assertProblem(ndjsonProblem(hostile), InvalidTypeIdException.class, "/a",
                "NdjsonLine must have one field, 'statement', 'event', 'casualtyReport', 'document' or 'demarcheFormat', got 'a'");
    }

    @Test
    void a_deep_affiliation_chain_is_cut_at_the_first_affiliation_too_many() throws Exception {
        String hostile = chain(DEEP);
        String tooDeep = "Actor.affiliation must be a chain of at most 8 actors, got more than 8 actors";
        String affiliations = "/affiliation".repeat(Actor.MAX_AFFILIATION_DEPTH + 1);

        InvalidValueException actor = mapperRejects(InvalidValueException.class,
                () -> MAPPER.readValue(hostile, Actor.class));
        assertThat(DemarcheJson.jsonPointer(actor)).isEqualTo(affiliations);
        assertThat(actor.getOriginalMessage()).isEqualTo(tooDeep);
        assertThat(actor.violations().get(0).code()).isEqualTo(ViolationCode.AFFILIATION_TOO_DEEP);
        assertThat(mapperRejects(StreamConstraintsException.class, () -> MAPPER.readTree(hostile)))
                .hasMessageStartingWith(DEPTH_EXCEEDED);

        assertProblem(ndjsonProblem("{\"statement\":{\"id\":\"s\",\"speakers\":[" + hostile + "]}}"),
                InvalidValueException.class, "/statement/speakers/0" + affiliations, tooDeep);
    }

    // --- long strings, numbers and names

    @Test
    void a_50_megabyte_string_is_rejected_after_its_first_megabyte() throws Exception {
        String tooLong = JacksonVersions.stringTooLongPattern(DemarcheJson.MAX_STRING_LENGTH);
        String x = "x".repeat(1000);

        StreamConstraintsException e = mapperRejects(StreamConstraintsException.class, () -> MAPPER.readValue(
                InputSupport.generated("{\"id\":\"s\",\"summary\":\"", x, 50_000, "\"}"), Statement.class));
        assertThat(e.getMessage()).matches(tooLong);

        NdjsonProblem problem = ndjsonProblem(InputSupport.generated("{\"statement\":{\"id\":\"s\",\"summary\":\"", x,
                50_000, "\"}}"));
        assertThat(problem.exceptionType()).isEqualTo(StreamConstraintsException.class);
        assertThat(problem.jsonPointer()).isEqualTo("/statement/summary");
        assertThat(problem.message()).matches(tooLong);
    }

    @Test
    void a_10000_digit_number_is_rejected_at_the_number_limit() throws Exception {
        String digits = "1".repeat(10_000);
        String tooLong = JacksonVersions.numberTooLong(10_000, DemarcheJson.MAX_NUMBER_LENGTH);

        assertThat(mapperRejects(StreamConstraintsException.class, () -> MAPPER.readValue(
                "{\"qualifier\":\"exactly\",\"figure\":" + digits + "}", QualifiedCount.class)))
                .hasMessageStartingWith(tooLong);
        assertThat(mapperRejects(StreamConstraintsException.class, () -> MAPPER.readValue(
                ("{\"qualifier\":\"exactly\",\"figure\":-" + digits + "}").getBytes(StandardCharsets.UTF_8),
                QualifiedCount.class)))
                .hasMessageStartingWith(tooLong);

        assertProblem(ndjsonProblem("{\"statement\":{\"id\":\"s\",\"summary\":" + digits + "}}"),
                StreamConstraintsException.class, "/statement/summary", tooLong);
    }

    @Test
    void a_50_megabyte_field_name_is_rejected_at_the_name_limit() throws Exception {
        String atNameLimit = JacksonVersions.nameTooLongPattern(DemarcheJson.MAX_NAME_LENGTH);
        InputStream hostile = InputSupport.generated("{\"", "n".repeat(1000), 50_000, "\":1}");
        NdjsonProblem problem = ndjsonProblem(InputSupport.generated("{\"statement\":{\"", "n".repeat(1000), 50_000,
                "\":1}}"));

        // bytes: at the name limit as the name is read; Jackson 2.15 has no name limit, and reads
        // the name whole, then the module rejects it as unknown
        if (JacksonVersions.limitsNamesAndDocuments()) {
            assertThat(mapperRejects(StreamConstraintsException.class, () -> MAPPER.readValue(hostile,
                    Statement.class)).getMessage()).matches(atNameLimit);
        } else {
            UnrecognizedPropertyException e = mapperRejects(UnrecognizedPropertyException.class,
                    () -> MAPPER.readValue(hostile, Statement.class));
            assertThat(e.getPropertyName()).hasSize(50_000_000);
        }
        // text (each NDJSON line): at the name limit as the name is read, or, on versions that check
        // the name limit on text only at the end of the name (2.15 has none), at the string limit
        assertThat(problem.exceptionType()).isEqualTo(StreamConstraintsException.class);
        assertThat(problem.jsonPointer()).isEqualTo("/statement");
        assertThat(problem.message()).matches(JacksonVersions.checksNameLimitWhileReadingText() ? atNameLimit
                : JacksonVersions.stringTooLongPattern(DemarcheJson.MAX_STRING_LENGTH));
    }

    // --- huge arrays

    @Test
    void a_hundred_thousand_speakers_are_read_and_rejected_as_repeated_with_a_short_problem() throws Exception {
        String speakers = (CHINA + ",").repeat(100_000);
        String statement = write(DENIAL).replaceFirst("\"speakers\":\\[", "\"speakers\":[" + speakers);

        InvalidValueException e = mapperRejects(InvalidValueException.class,
                () -> MAPPER.readValue(statement, Statement.class));
        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/speakers/1");
        assertThat(e.violations()).hasSize(99_999).first()
                .satisfies(v -> assertThat(v.code()).isEqualTo(ViolationCode.DUPLICATE));
        assertThat(e.getOriginalMessage()).startsWith("99999 violations: Statement.speakers[1] must name each "
                + "speaker once, got 'chn'; ");

        NdjsonProblem problem = ndjsonProblem("{\"statement\":" + statement + "}");
        assertThat(problem.exceptionType()).isEqualTo(InvalidValueException.class);
        assertThat(problem.jsonPointer()).isEqualTo("/statement/speakers/1");
        assertThat(problem.message()).hasSize(NdjsonProblem.MAX_MESSAGE_LENGTH).startsWith(e.getOriginalMessage()
                .substring(0, 200)).endsWith("...");
    }

    @Test
    void an_array_of_speakers_beyond_the_document_limit_is_rejected_at_the_limit() throws Exception {
        ThrowingRead document = () -> MAPPER.readValue(InputSupport.generated("{\"id\":\"s\",\"speakers\":[",
                CHINA + ",", DemarcheJson.MAX_DOCUMENT_LENGTH / CHINA.length() + 1, CHINA + "]}"), Statement.class);
        NdjsonProblem problem = ndjsonProblem(InputSupport.generated("{\"statement\":{\"id\":\"s\",\"speakers\":[",
                CHINA + ",", DemarcheJson.MAX_LINE_LENGTH / CHINA.length() + 1, CHINA + "]}}"));

        if (JacksonVersions.limitsNamesAndDocuments()) {
            StreamConstraintsException e = mapperRejects(StreamConstraintsException.class, document);
            assertThat(e.getMessage())
                    .matches(JacksonVersions.documentTooLongPattern(DemarcheJson.MAX_DOCUMENT_LENGTH));
            assertThat(problem.exceptionType()).isEqualTo(StreamConstraintsException.class);
            assertThat(problem.jsonPointer()).matches("/statement/speakers/\\d+(/\\w+)?");
            assertThat(problem.message()).matches(JacksonVersions.documentTooLongPattern(DemarcheJson.MAX_LINE_LENGTH));
        } else {
            // Jackson 2.15 has no document limit: the document is read whole, then rejected by the model
            String missing = "3 violations: Statement.date must be set, got nothing; Statement.mode must be set, got "
                    + "nothing; Statement.channel must be set, got nothing";
            assertThat(mapperRejects(InvalidValueException.class, document).getOriginalMessage()).isEqualTo(missing);
            assertThat(problem.exceptionType()).isEqualTo(InvalidValueException.class);
            assertThat(problem.message()).isEqualTo(missing);
        }
    }

    @Test
    void a_line_of_white_space_beyond_the_line_limit_is_rejected_at_the_limit() throws Exception {
        InputStream hostile = InputSupport.generated("", " ".repeat(1024), DemarcheJson.MAX_LINE_LENGTH / 1024 + 1, "");
        if (!JacksonVersions.limitsNamesAndDocuments()) {
            // Jackson 2.15 has no document limit: the line is read to its end, blank, and skipped
            try (NdjsonReader<Statement> reader = NDJSON.reader(new SequenceInputStream(hostile,
                    bytes("\n" + GOOD_LINE + "\n")), Statement.class)) {
                assertThat(reader.read()).isEqualTo(DENIAL);
                assertThat(reader.problems()).isEmpty();
            }
            return;
        }
        NdjsonProblem problem = ndjsonProblem(hostile);

        assertThat(problem.exceptionType()).isEqualTo(StreamConstraintsException.class);
        assertThat(problem.jsonPointer()).isEmpty();
        assertThat(problem.message()).startsWith("Document length (");
    }

    // --- truncated documents

    @Test
    void every_truncation_of_a_document_is_a_parse_error_at_a_path_of_the_document() throws Exception {
        String json = write(DENIAL);
        JsonNode tree = MAPPER.readTree(json);
        for (int length = 1; length < json.length(); length++) {
            String truncated = json.substring(0, length);

            StreamReadException e = catchThrowableOfType(StreamReadException.class,
                    () -> MAPPER.readValue(truncated, Statement.class));
            assertThat(e).as("truncated to %s", truncated).isNotNull();
            assertThat(e.getMessage()).as("truncated to %s", truncated).startsWith("Unexpected end-of-input");
        }
        List<String> lines = new ArrayList<>();
        for (int length = 1; length < json.length(); length += 7) {
            lines.add("{\"statement\":" + json.substring(0, length));
        }
        try (NdjsonReader<Statement> reader = NDJSON.reader(bytes(String.join("\n", lines) + "\n" + GOOD_LINE),
                Statement.class)) {
            assertThat(reader.read()).isEqualTo(DENIAL);
            assertThat(reader.problems()).hasSize(lines.size()).allSatisfy(problem -> {
                assertThat(problem.exceptionType()).isIn(JsonEOFException.class, JsonParseException.class);
                assertThat(problem.message()).startsWith("Unexpected end-of-input");
                assertThat(problem.jsonPointer()).startsWith("/statement");
                String pointer = problem.jsonPointer().substring("/statement".length());
                String parent = pointer.isEmpty() ? "" : pointer.substring(0, pointer.lastIndexOf('/'));
                assertThat(tree.at(parent).isMissingNode()).as("%s leads into the document", pointer).isFalse();
            });
        }
    }

    @Test
    void a_truncated_document_is_reported_where_it_ends() throws Exception {
        String truncated = "{\"id\":\"s07\",\"speakers\":[{\"id\":\"chn\",\"name\":\"Chi";

        JsonEOFException e = mapperRejects(JsonEOFException.class, () -> MAPPER.readValue(truncated, Statement.class));
        assertThat(e.getOriginalMessage()).isEqualTo("Unexpected end-of-input: was expecting closing quote for a "
                + "string value");
        assertThat(e.getLocation().getColumnNr()).isEqualTo(truncated.length() + 1);

        assertProblem(ndjsonProblem("{\"statement\":" + truncated), JsonEOFException.class,
                "/statement/speakers/0/name", e.getOriginalMessage());
    }

    // --- encodings

    static Stream<Arguments> otherEncodings() {
        Charset utf32 = Charset.forName("UTF-32LE");
        return Stream.of(
                Arguments.of("UTF-16BE with a byte order mark", withBom(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
                        "the byte order mark of UTF-16BE (0xFE 0xFF)"),
                Arguments.of("UTF-16LE with a byte order mark", withBom(StandardCharsets.UTF_16LE, 0xFF, 0xFE),
                        "the byte order mark of UTF-16LE (0xFF 0xFE)"),
                Arguments.of("UTF-16BE without a byte order mark", GOOD_LINE.getBytes(StandardCharsets.UTF_16BE),
                        "a NUL byte (0x00) at offset 0, as in UTF-16 or UTF-32"),
                Arguments.of("UTF-16LE without a byte order mark", GOOD_LINE.getBytes(StandardCharsets.UTF_16LE),
                        "a NUL byte (0x00) at offset 1, as in UTF-16 or UTF-32"),
                Arguments.of("UTF-32LE with a byte order mark", withBom(utf32, 0xFF, 0xFE, 0, 0),
                        "the byte order mark of UTF-32LE (0xFF 0xFE 0x00 0x00)"));
    }

    private static byte[] withBom(Charset charset, int... bom) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int b : bom) {
            out.write(b);
        }
        out.writeBytes((GOOD_LINE + "\n" + GOOD_LINE + "\n").getBytes(charset));
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("otherEncodings")
    void text_in_another_encoding_than_utf8_is_rejected(String name, byte[] text, String problem) throws Exception {
        JsonParseException array = mapperRejects(JsonParseException.class,
                () -> MAPPER.readValue(text, Object.class));
        JsonParseException stream = mapperRejects(JsonParseException.class,
                () -> MAPPER.readValue(new InputSupport.Recording(text), Object.class));
        assertThat(array.getOriginalMessage()).isEqualTo("JSON text must be UTF-8, got " + problem);
        assertThat(stream.getOriginalMessage()).isEqualTo(array.getOriginalMessage());

        try (NdjsonReader<Statement> reader = NDJSON.reader(new InputSupport.Recording(text), Statement.class)) {
            assertThat(reader.read()).isNull();
            assertThat(reader.recordCount()).isZero();
            assertThat(reader.problems()).first().isEqualTo(NdjsonProblem.of(1, "",
                    "NdjsonLine must be UTF-8, got " + problem, JsonParseException.class));
            assertThat(reader.problems()).allSatisfy(p ->
                    assertThat(p.exceptionType()).isEqualTo(JsonParseException.class));
        }
    }

    static Stream<Arguments> malformedUtf8() {
        return Stream.of(
                Arguments.of("Latin-1 é", new int[] {0xE9}, "Invalid UTF-8 middle byte 0x22",
                        "the malformed byte 0xE9"),
                Arguments.of("a lone continuation byte", new int[] {0x80}, "Invalid UTF-8 start byte 0x80",
                        "the malformed byte 0x80"),
                Arguments.of("a lead byte without its continuation", new int[] {0xC3, 0x28},
                        "Invalid UTF-8 middle byte 0x28", "the malformed byte 0xC3"),
                Arguments.of("a byte UTF-8 never has", new int[] {0xFF}, "Invalid UTF-8 start byte 0xff",
                        "the malformed byte 0xFF"),
                Arguments.of("an overlong slash", new int[] {0xC0, 0xAF}, null, "the malformed byte 0xC0"),
                Arguments.of("a surrogate", new int[] {0xED, 0xA0, 0x80}, null, "the malformed bytes 0xED 0xA0 0x80"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedUtf8")
    void malformed_utf8_is_rejected(String name, int[] bad, String jacksonMessage, String problem) throws Exception {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        line.writeBytes("{\"statement\":{\"id\":\"s\",\"summary\":\"caf".getBytes(StandardCharsets.UTF_8));
        for (int b : bad) {
            line.write(b);
        }
        line.writeBytes("\"}}".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = line.toByteArray();
        byte[] document = java.util.Arrays.copyOfRange(bytes, "{\"statement\":".length(), bytes.length - 1);

        if (jacksonMessage != null) {   // Jackson's own UTF-8 decoder
            assertThat(mapperRejects(JsonParseException.class, () -> MAPPER.readValue(document, Statement.class))
                    .getOriginalMessage()).startsWith(jacksonMessage);
        }
        assertProblem(ndjsonProblem(new InputSupport.Recording(bytes)), JsonParseException.class,
                "/statement/summary", "NdjsonLine must be UTF-8, got " + problem);
    }

    // --- duplicate keys and NUL bytes

    @Test
    void duplicate_keys_are_rejected() throws Exception {
        String duplicate = write(DENIAL).replace("\"mode\":\"reported\"", "\"mode\":\"reported\",\"mode\":\"joint\"");

        JsonParseException e = mapperRejects(JsonParseException.class, () -> MAPPER.readValue(duplicate,
                Statement.class));
        assertThat(e.getOriginalMessage()).isEqualTo("Duplicate field 'mode'");

        assertProblem(ndjsonProblem("{\"statement\":" + duplicate + "}"), JsonParseException.class, "/statement/mode",
                "Duplicate field 'mode'");
    }

    @Test
    void nul_bytes_are_rejected() throws Exception {
        String inText = "Illegal unquoted character ((CTRL-CHAR, code 0)): has to be escaped using backslash to be "
                + "included in string value";
        String betweenTokens = "Illegal character ((CTRL-CHAR, code 0)): only regular white space (\\r, \\n, \\t) is "
                + "allowed between tokens";

        assertThat(mapperRejects(JsonParseException.class, () -> MAPPER.readValue(
                "{\"id\":\"s\u0000\"}".getBytes(StandardCharsets.UTF_8), Statement.class)).getOriginalMessage())
                .isEqualTo(inText);
        assertThat(mapperRejects(JsonParseException.class, () -> MAPPER.readValue(
                "{\"id\":\"s\",\u0000\"mode\":1}".getBytes(StandardCharsets.UTF_8), Statement.class))
                .getOriginalMessage()).isEqualTo(betweenTokens);
        assertThat(mapperRejects(JsonParseException.class, () -> MAPPER.readValue(
                "\u0000{}".getBytes(StandardCharsets.UTF_8), Statement.class)).getOriginalMessage())
                .isEqualTo("JSON text must be UTF-8, got a NUL byte (0x00) at offset 0, as in UTF-16 or UTF-32");

        assertProblem(ndjsonProblem("{\"statement\":{\"id\":\"s\u0000\"}}"), JsonParseException.class,
                "/statement/id", inText);
        assertProblem(ndjsonProblem("{\"statement\":{\"id\":\"s\",\u0000\"mode\":1}}"), JsonParseException.class,
                "/statement/id", betweenTokens);
    }

    // --- the limits themselves

    @Test
    void the_deepest_document_of_the_format_is_well_within_the_nesting_limit() throws Exception {
        List<Actor> chain = new ArrayList<>();
        for (Actor actor = deepChain(); actor != null; actor = actor.affiliation().orElse(null)) {
            chain.add(actor);
        }
        String deepest = write(io.github.demarche.Dossier.builder().source(DENIAL.sources().get(0))
                .addAllActors(chain)
                .addStatement(Statement.builder().from(DENIAL).speakers(List.of(deepChain()))
                        .stances(List.of(io.github.demarche.Stance.builder()
                                .type(io.github.demarche.StanceType.CRITICIZE)
                                .target(io.github.demarche.StanceTarget.actor(deepChain())).build()))
                        .eventIds(List.of()).build())
                .build());

        assertThat(depth(deepest)).isEqualTo(16).isLessThan(DemarcheJson.MAX_NESTING_DEPTH);
        assertThat(MAPPER.readValue(deepest, io.github.demarche.Dossier.class)).isNotNull();
    }

    private static Actor deepChain() {
        Actor actor = null;
        for (int i = Actor.MAX_AFFILIATION_DEPTH; i >= 0; i--) {
            Actor.Builder builder = Actor.builder().id("a" + i).name("A").kind(io.github.demarche.ActorKind.OTHER)
                    .addAlias("alias " + i);
            if (actor != null) {
                builder.affiliation(actor);
            }
            actor = builder.build();
        }
        return actor;
    }

    private static int depth(String json) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return max;
    }
}
