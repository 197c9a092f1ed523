package io.github.demarche.jackson;

import static io.github.demarche.ReferenceArticleFixture.COUP;
import static io.github.demarche.ReferenceArticleFixture.DEEP_CONCERN;
import static io.github.demarche.ReferenceArticleFixture.DENIAL;
import static io.github.demarche.ReferenceArticleFixture.KILLED;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.RandomValues;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.Statement;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading NDJSON: round trips of random records, the line number, JSON Pointer, message and
 * exception of each kind of bad line in both modes, the lines that are not records, closing, and
 * a file of a hundred thousand records read without holding them.
 */
class NdjsonReaderTest {

    private static final DemarcheNdjson NDJSON = DemarcheNdjson.create();
    private static final DemarcheNdjson COLLECT = NDJSON.withErrorMode(DemarcheNdjson.ErrorMode.COLLECT);
    private static final String HEADER = "{\"demarcheFormat\":2}";
    private static final String RECORDS = "'statement', 'event', 'casualtyReport', 'document' or 'demarcheFormat'";

    /** The line of a record, as the writer writes it. */
    static String line(Object record) {
        String field = record instanceof Statement ? "statement" : record instanceof Event ? "event" : "casualtyReport";
        return "{\"" + field + "\":" + write(record) + "}";
    }

    /** Lines joined, each ended by a new line. */
    private static String lines(String... lines) {
        return Arrays.stream(lines).map(l -> l + "\n").collect(Collectors.joining());
    }

    private static <T> NdjsonReader<T> reader(DemarcheNdjson ndjson, String text, Class<T> type) {
        return ndjson.reader(new InputSupport.Recording(text), type);
    }

    private static <T> List<T> readAll(NdjsonReader<T> reader) throws IOException {
        List<T> records = new ArrayList<>();
        for (T record = reader.read(); record != null; record = reader.read()) {
            records.add(record);
        }
        return records;
    }

    @Test
    void random_records_of_every_type_survive_write_then_read() throws Exception {
        long seed = RandomValues.seed();
        try {
            RandomGraphs graphs = new RandomGraphs(seed);
            List<Object> records = new ArrayList<>();
            while (records.size() < 5000) {
                Dossier dossier = graphs.dossier();
                records.addAll(dossier.statements());
                records.addAll(dossier.events());
                records.addAll(dossier.casualtyReports());
            }
            Collections.shuffle(records, new Random(seed));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (NdjsonWriter<Object> writer = NDJSON.writer(out, Object.class)) {
                writer.writeAll(records);
            }
            String text = out.toString(StandardCharsets.UTF_8);

            try (NdjsonReader<Object> reader = NDJSON.reader(new InputSupport.Recording(out.toByteArray()),
                    Object.class)) {
                assertThat(readAll(reader)).isEqualTo(records);
                assertThat(reader.recordCount()).isEqualTo(records.size());
                assertThat(reader.lineNumber()).isEqualTo(records.size() + 1);
            }
            List<String> lines = new BufferedReader(new StringReader(text)).lines().collect(Collectors.toList());
            assertThat(lines).hasSize(records.size() + 1).first().isEqualTo(HEADER);
            for (int i = 0; i < lines.size(); i += 25) {
                SchemaSupport.assertValid(lines.get(i), "NdjsonLine");
            }
        } catch (Exception | AssertionError e) {
            throw new AssertionError("failed with seed " + seed + " (replay with -Ddemarche.seed=" + seed + "): "
                    + e.getMessage(), e);
        }
    }

    @Test
    void reads_each_type_of_record_from_its_own_reader() throws Exception {
        try (NdjsonReader<Event> events = reader(NDJSON, lines(HEADER, line(COUP)), Event.class);
                NdjsonReader<CasualtyReport> reports = reader(NDJSON, lines(line(KILLED)), CasualtyReport.class)) {
            assertThat(readAll(events)).containsExactly(COUP);
            assertThat(readAll(reports)).containsExactly(KILLED);
        }
    }

    static Stream<Arguments> badLines() {
        String denial = write(DENIAL);
        return Stream.of(
                Arguments.of("not JSON", "garbage", JsonParseException.class, "",
                        "Unrecognized token 'garbage': was expecting (JSON String, Number, Array, Object or token "
                                + "'null', 'true' or 'false')"),
                Arguments.of("not an object", "[1]", MismatchedInputException.class, "",
                        "NdjsonLine must be an object, got an array"),
                Arguments.of("a number", "42", MismatchedInputException.class, "",
                        "NdjsonLine must be an object, got 42"),
                Arguments.of("no record", "{}", MismatchedInputException.class, "",
                        "NdjsonLine must have one field, " + RECORDS + ", got an empty object"),
                Arguments.of("unknown record", "{\"actor\":" + write(ReferenceArticleFixture.CHINA) + "}",
                        InvalidTypeIdException.class, "/actor",
                        "NdjsonLine must have one field, " + RECORDS + ", got 'actor'"),
                Arguments.of("record of another type", line(COUP), InvalidTypeIdException.class, "/event",
                        "NdjsonLine must hold a 'statement' record, the type this reader reads, got 'event'"),
                Arguments.of("two records", "{\"statement\":" + denial + ",\"event\":" + write(COUP) + "}",
                        MismatchedInputException.class, "/event",
                        "NdjsonLine must have one field, got a second one, 'event'"),
                Arguments.of("null record", "{\"statement\":null}", MismatchedInputException.class, "/statement",
                        "Statement must be an object, got null"),
                Arguments.of("text record", "{\"statement\":\"s07\"}", MismatchedInputException.class, "/statement",
                        "Statement must be an object, got 's07'"),
                Arguments.of("rule of the model broken", line(DENIAL).replace("\"Government of China\"", "\" \""),
                        InvalidValueException.class, "/statement/speakers/0/name",
                        "Actor.name must not be blank, got ' '"),
                Arguments.of("required field missing", line(DENIAL).replace("\"mode\":\"reported\",", ""),
                        InvalidValueException.class, "/statement/mode", "Statement.mode must be set, got nothing"),
                Arguments.of("wrong JSON type in the record", line(DENIAL).replace("\"channel\":\"other\"",
                        "\"channel\":7"), MismatchedInputException.class, "/statement/channel",
                        "Statement.channel must be a string, got 7"),
                Arguments.of("unknown property in the record", line(DENIAL).replace("\"summary\":", "\"summry\":"),
                        UnrecognizedPropertyException.class, "/statement/summry",
                        "Unrecognized field \"summry\" (class io.github.demarche.Statement), not marked as ignorable"),
                Arguments.of("duplicate key", "{\"statement\":{\"id\":\"a\",\"id\":\"b\"}}", JsonParseException.class,
                        "/statement/id", "Duplicate field 'id'"),
                Arguments.of("duplicate record", "{\"statement\":" + denial + ",\"statement\":" + denial + "}",
                        JsonParseException.class, "/statement", "Duplicate field 'statement'"),
                Arguments.of("truncated", line(DENIAL).substring(0, 60), JsonEOFException.class,
                        "/statement/speakers/0/id",
                        "Unexpected end-of-input: was expecting closing quote for a string value"),
                Arguments.of("a value after the record", line(DENIAL) + " {}", MismatchedInputException.class, "",
                        "NdjsonLine must hold one JSON value, got more after it: an object"),
                Arguments.of("text after the record", line(DENIAL) + " x", JsonParseException.class, "",
                        "Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', "
                                + "'true' or 'false')"),
                Arguments.of("two lines in one", line(DENIAL) + line(DENIAL), MismatchedInputException.class, "",
                        "NdjsonLine must hold one JSON value, got more after it: an object"),
                Arguments.of("header of text", "{\"demarcheFormat\":\"1\"}", MismatchedInputException.class,
                        "/demarcheFormat", "NdjsonLine.demarcheFormat must be a whole number, got '1'"),
                Arguments.of("header and record", "{\"demarcheFormat\":2,\"statement\":" + denial + "}",
                        MismatchedInputException.class, "/statement",
                        "NdjsonLine must have one field, got a second one, 'statement'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void fail_fast_reports_the_line_number_pointer_and_message_of_a_bad_line_then_goes_on(String name, String bad,
            Class<? extends JsonProcessingException> cause, String pointer, String message) throws Exception {
        try (NdjsonReader<Statement> reader = reader(NDJSON, lines(HEADER, line(DENIAL), bad, line(DEEP_CONCERN)),
                Statement.class)) {
            assertThat(reader.read()).isEqualTo(DENIAL);

            NdjsonException e = catchThrowableOfType(NdjsonException.class, reader::read);

            assertThat(e).as("no exception for %s", bad).isNotNull();
            assertThat(e.lineNumber()).isEqualTo(3);
            assertThat(e.jsonPointer()).isEqualTo(pointer);
            assertThat(e.getOriginalMessage()).isEqualTo(message);
            assertThat(e.getCause()).isExactlyInstanceOf(cause);
            assertThat(e.getMessage()).isEqualTo("line 3" + (pointer.isEmpty() ? "" : ", at " + pointer) + ": "
                    + message);
            assertThat(e.getLocation().getLineNr()).isEqualTo(3);
            assertThat(reader.read()).as("the line after the bad one").isEqualTo(DEEP_CONCERN);
            assertThat(reader.read()).isNull();
            assertThat(reader.problems()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badLines")
    void collect_mode_records_the_same_problem_and_goes_on(String name, String bad,
            Class<? extends JsonProcessingException> cause, String pointer, String message) throws Exception {
        try (NdjsonReader<Statement> reader = reader(COLLECT, lines(HEADER, line(DENIAL), bad, line(DEEP_CONCERN)),
                Statement.class)) {
            assertThat(readAll(reader)).containsExactly(DENIAL, DEEP_CONCERN);
            assertThat(reader.problems()).containsExactly(NdjsonProblem.of(3, pointer, message, cause));
            assertThat(reader.recordCount()).isEqualTo(2);
        }
    }

    @Test
    void collect_mode_reports_every_bad_line_and_returns_every_good_one() throws Exception {
        String text = lines(
                HEADER,                                                              // 1
                line(DENIAL),                                                        // 2
                line(DEEP_CONCERN).replace("\"2021-03\"", "\"2021-13\""),            // 3: a month that is not
                "",                                                                  // 4
                line(COUP),                                                          // 5
                "{\"statement\":",                                                   // 6: truncated
                "   ",                                                               // 7
                line(KILLED),                                                        // 8
                "{\"dossier\":{}}",                                                  // 9: no such record
                HEADER,                                                              // 10
                line(COUP).replace("\"coup\"", "\"putsch\""),                        // 11: an unknown enum name
                line(ReferenceArticleFixture.VETO));                                 // 12

        try (NdjsonReader<Object> reader = reader(COLLECT, text, Object.class)) {
            assertThat(reader.read()).isEqualTo(DENIAL);
            assertThat(reader.read()).isEqualTo(COUP);
            assertThat(reader.problems()).as("while reading").extracting(NdjsonProblem::lineNumber).containsExactly(3L);
            assertThat(readAll(reader)).containsExactly(KILLED, ReferenceArticleFixture.VETO);

            assertThat(reader.problems()).containsExactly(
                    NdjsonProblem.of(3, "/statement/date", "ApproximateDate.month must be between 1 and 12, got 13",
                            InvalidValueException.class),
                    NdjsonProblem.of(6, "/statement", "Unexpected end-of-input within/between Object entries",
                            JsonEOFException.class),
                    NdjsonProblem.of(9, "/dossier", "NdjsonLine must have one field, " + RECORDS + ", got 'dossier'",
                            InvalidTypeIdException.class),
                    NdjsonProblem.of(11, "/event/type", "Event.type must be one of 'coup', 'protest', 'crackdown', "
                            + "'meeting', 'press_conference', 'vote_or_resolution', 'strike', 'blockade', "
                            + "'arrest_or_detention', 'sanction', 'attack', 'other', got 'putsch'",
                            InvalidFormatException.class));
            assertThat(reader.recordCount()).isEqualTo(4);
            assertThat(reader.recordCount() + reader.problems().size()).as("lines neither blank nor headers")
                    .isEqualTo(12 - 2 - 2);
            assertThat(reader.lineNumber()).isEqualTo(12);
        }
    }

    /** Bad lines of the common shapes, mixed with good ones: not an object, not JSON, not UTF-8. */
    private static byte[] badAndGood(int badLines) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        String[] shapes = {"[]", "x", "\u00ff\u00fe\u00ff", "{\"dossier\":{}}", "   7", "\r"};
        for (int i = 0; i < badLines; i++) {
            String shape = shapes[i % shapes.length];
            byte[] bytes = shape.startsWith("\u00ff") ? new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xFF}
                    : shape.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(bytes);
            out.write('\n');
            if (i % 100 == 0) {
                out.writeBytes((line(DENIAL) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    @Test
    void keeps_the_first_problems_up_to_the_cap_and_counts_the_others() throws Exception {
        int lines = 3000;  // 2500 bad ones (every sixth is blank), 30 records
        List<NdjsonProblem> uncapped;
        try (NdjsonReader<Statement> reader = COLLECT.withMaxProblems(Integer.MAX_VALUE)
                .reader(new java.io.ByteArrayInputStream(badAndGood(lines)), Statement.class)) {
            assertThat(readAll(reader)).hasSize(30).containsOnly(DENIAL);
            uncapped = reader.problems();
            assertThat(reader.problemCount()).isEqualTo(2500).isEqualTo(uncapped.size());
        }
        try (NdjsonReader<Statement> reader = COLLECT.reader(new java.io.ByteArrayInputStream(badAndGood(lines)),
                Statement.class)) {
            assertThat(readAll(reader)).hasSize(30);
            assertThat(reader.problems()).hasSize(DemarcheNdjson.DEFAULT_MAX_PROBLEMS)
                    .isEqualTo(uncapped.subList(0, DemarcheNdjson.DEFAULT_MAX_PROBLEMS));
            assertThat(reader.problemCount()).isEqualTo(2500);
            assertThat(reader.recordCount() + reader.problemCount()).isEqualTo(3000 - 500 + 30);
            assertThat(reader).hasToString("NdjsonReader[Statement, line 3030, 30 records, 2500 problems]");
        }
        try (NdjsonReader<Statement> reader = COLLECT.withMaxProblems(0)
                .reader(new java.io.ByteArrayInputStream(badAndGood(lines)), Statement.class)) {
            assertThat(readAll(reader)).hasSize(30);
            assertThat(reader.problems()).isEmpty();
            assertThat(reader.problemCount()).isEqualTo(2500);
        }
        assertThat(uncapped.subList(0, 4)).containsExactly(
                NdjsonProblem.of(1, "", "NdjsonLine must be an object, got an array", MismatchedInputException.class),
                uncapped.get(1),
                NdjsonProblem.of(4, "", "NdjsonLine must be UTF-8, got the malformed byte 0xFF",
                        com.fasterxml.jackson.core.JsonParseException.class),
                NdjsonProblem.of(5, "/dossier", "NdjsonLine must have one field, " + RECORDS + ", got 'dossier'",
                        InvalidTypeIdException.class));
        assertThat(uncapped.get(1).lineNumber()).isEqualTo(3);
        assertThat(uncapped.get(1).message()).startsWith("Unrecognized token 'x'");
    }

    @Test
    void stops_at_the_nth_bad_line_and_then_for_every_call() throws Exception {
        DemarcheNdjson stopping = COLLECT.withMaxBadLines(3).withMaxProblems(2);
        assertThat(stopping).hasToString("DemarcheNdjson[COLLECT, header, 2 problems kept, stop at 3 bad lines]");
        try (NdjsonReader<Statement> reader = reader(stopping, lines(line(DENIAL), "[]", "x", line(DEEP_CONCERN),
                "[1]", line(DENIAL)), Statement.class)) {
            assertThat(reader.read()).isEqualTo(DENIAL);
            assertThat(reader.read()).isEqualTo(DEEP_CONCERN);
            assertThatThrownBy(reader::read).isInstanceOf(NdjsonException.class)
                    .hasMessage("line 5: NdjsonLine must be an object, got an array");
            assertThatThrownBy(reader::read).isInstanceOf(NdjsonException.class)
                    .hasMessage("line 5: NdjsonLine must be an object, got an array");
            assertThat(reader.problems()).extracting(NdjsonProblem::lineNumber).containsExactly(2L, 3L);
            assertThat(reader.problemCount()).isEqualTo(3);
        }
        assertThatThrownBy(() -> COLLECT.withMaxBadLines(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DemarcheNdjson.maxBadLines must be at least 1, got 0");
        assertThatThrownBy(() -> COLLECT.withMaxProblems(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DemarcheNdjson.maxProblems must not be negative, got -1");
        assertThat(COLLECT.maxProblems()).isEqualTo(1000);
        assertThat(COLLECT.maxBadLines()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void a_megabyte_of_malformed_bytes_is_one_problem_and_the_next_line_is_read() throws Exception {
        byte[] bytes = new byte[1 << 20];
        java.util.Arrays.fill(bytes, (byte) 0xFF);
        byte[] good = ("\n" + line(DENIAL) + "\n\u00e9\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(bytes, bytes.length + good.length + 2);
        System.arraycopy(good, 0, all, bytes.length, good.length);
        all[all.length - 3] = (byte) 0xE9;  // a malformed byte on the third line is still reported
        all[all.length - 2] = (byte) 0x20;
        all[all.length - 1] = '\n';
        try (NdjsonReader<Statement> reader = COLLECT.reader(new java.io.ByteArrayInputStream(all), Statement.class)) {
            assertThat(readAll(reader)).containsExactly(DENIAL);
            assertThat(reader.problems()).extracting(NdjsonProblem::lineNumber, NdjsonProblem::message).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1L, "NdjsonLine must be UTF-8, got the malformed byte 0xFF"),
                    org.assertj.core.groups.Tuple.tuple(3L, "NdjsonLine must be UTF-8, got the malformed byte 0xE9"));
        }
    }

    @Test
    void a_reader_of_statements_names_the_first_line_of_another_record() throws Exception {
        String text = lines(HEADER, line(DENIAL), line(DEEP_CONCERN), line(KILLED), line(COUP));

        try (NdjsonReader<Statement> reader = reader(NDJSON, text, Statement.class)) {
            assertThatThrownBy(() -> reader.stream().count())
                    .isExactlyInstanceOf(UncheckedIOException.class)
                    .cause().isExactlyInstanceOf(NdjsonException.class)
                    .hasMessage("line 4, at /casualtyReport: NdjsonLine must hold a 'statement' record, the type this "
                            + "reader reads, got 'casualtyReport'");
            assertThat(reader.recordCount()).isEqualTo(2);
        }
    }

    @Test
    void skips_blank_lines_and_counts_them() throws Exception {
        String text = "\n  \r\n" + line(DENIAL) + "\r\n\t\n" + line(COUP);   // no new line at the end

        try (NdjsonReader<Object> reader = reader(NDJSON, text, Object.class)) {
            assertThat(reader.read()).isEqualTo(DENIAL);
            assertThat(reader.lineNumber()).isEqualTo(3);
            assertThat(reader.read()).isEqualTo(COUP);
            assertThat(reader.lineNumber()).isEqualTo(5);
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void reads_an_empty_file_and_one_of_a_header_alone() throws Exception {
        try (NdjsonReader<Object> empty = reader(NDJSON, "", Object.class);
                NdjsonReader<Object> header = reader(NDJSON, lines(HEADER), Object.class)) {
            assertThat(empty.read()).isNull();
            assertThat(empty.lineNumber()).isZero();
            assertThat(header.read()).isNull();
            assertThat(header.lineNumber()).isEqualTo(1);
        }
    }

    @Test
    void accepts_a_header_on_any_line_as_after_joining_files() throws Exception {
        String text = lines(HEADER, line(DENIAL)) + lines(HEADER, line(COUP));

        try (NdjsonReader<Object> reader = reader(NDJSON, text, Object.class)) {
            assertThat(readAll(reader)).containsExactly(DENIAL, COUP);
        }
    }

    @Test
    void ignores_a_utf8_byte_order_mark_at_the_start() throws Exception {
        try (NdjsonReader<Object> bytes = reader(NDJSON, "\uFEFF" + lines(HEADER, line(COUP)), Object.class);
                NdjsonReader<Object> text = NDJSON.reader(new StringReader("\uFEFF" + line(COUP)), Object.class)) {
            assertThat(readAll(bytes)).containsExactly(COUP);
            assertThat(readAll(text)).containsExactly(COUP);
        }
    }

    /** Found by MutatedNdjsonTest: the mapper's input decorator dropped a U+FEFF at the start of every line. */
    @Test
    void refuses_a_byte_order_mark_at_the_start_of_a_later_line_or_a_second_one() throws Exception {
        String message = "NdjsonLine must not start with U+FEFF, a byte order mark, which only the start of the file"
                + " may have";
        NdjsonProblem problem = NdjsonProblem.of(2, "", message, JsonParseException.class);
        try (NdjsonReader<Object> later = reader(COLLECT, lines(HEADER, "\uFEFF" + line(COUP), line(KILLED)),
                        Object.class);
                NdjsonReader<Object> second = reader(COLLECT, "\uFEFF" + lines(HEADER, "\uFEFF" + line(COUP)),
                        Object.class);
                NdjsonReader<Object> text = COLLECT.reader(new StringReader("\uFEFF\n\uFEFF" + line(COUP)),
                        Object.class);
                NdjsonReader<Object> failFast = reader(NDJSON, lines(HEADER, "\uFEFF" + HEADER), Object.class)) {
            assertThat(readAll(later)).containsExactly(KILLED);
            assertThat(later.problems()).containsExactly(problem);
            assertThat(readAll(second)).isEmpty();
            assertThat(second.problems()).containsExactly(problem);
            assertThat(readAll(text)).isEmpty();
            assertThat(text.problems()).containsExactly(problem);
            NdjsonException e = catchThrowableOfType(NdjsonException.class, failFast::read);
            assertThat(e.getMessage()).isEqualTo("line 2: " + message);
            assertThat(e.getLocation().getColumnNr()).isEqualTo(1);
        }
    }

    @Test
    void a_header_of_a_newer_format_ends_reading_in_both_modes() throws Exception {
        String text = lines(line(DENIAL), "{\"demarcheFormat\":3}", line(COUP));
        String message = "NdjsonLine.demarcheFormat must be 2, the only format that demarche-jackson "
                + PackageVersion.VERSION + " reads, got 3; a newer demarche-jackson may read it";

        for (DemarcheNdjson ndjson : List.of(NDJSON, COLLECT)) {
            try (NdjsonReader<Object> reader = reader(ndjson, text, Object.class)) {
                assertThat(reader.read()).isEqualTo(DENIAL);

                NdjsonException e = catchThrowableOfType(NdjsonException.class, reader::read);

                assertThat(e.lineNumber()).isEqualTo(2);
                assertThat(e.jsonPointer()).isEqualTo("/demarcheFormat");
                assertThat(e.getOriginalMessage()).isEqualTo(message);
                assertThat(e.getCause()).isExactlyInstanceOf(InvalidFormatException.class);
                assertThat(catchThrowableOfType(NdjsonException.class, reader::read)).as("again").isSameAs(e);
                assertThat(reader.problems()).isEmpty();
            }
        }
    }

    @Test
    void a_header_of_an_older_format_says_so() throws Exception {
        try (NdjsonReader<Object> reader = reader(COLLECT, lines("{\"demarcheFormat\":0}"), Object.class)) {
            assertThat(catchThrowableOfType(NdjsonException.class, reader::read).getOriginalMessage())
                    .isEqualTo("NdjsonLine.demarcheFormat must be 2, the only format that demarche-jackson "
                            + PackageVersion.VERSION + " reads, got 0");
        }
        try (NdjsonReader<Object> reader = reader(COLLECT, lines("{\"demarcheFormat\":1}"), Object.class)) {
            assertThat(catchThrowableOfType(NdjsonException.class, reader::read).getOriginalMessage())
                    .isEqualTo("NdjsonLine.demarcheFormat must be 2, the only format that demarche-jackson "
                            + PackageVersion.VERSION + " reads, got 1; format 1 is that of demarche 0.1, whose"
                            + " records had one source and no codings: see the CHANGELOG of 0.2");
        }
    }

    @Test
    void closing_the_reader_closes_the_stream() throws Exception {
        InputSupport.Recording in = new InputSupport.Recording(lines(line(DENIAL), line(COUP)));

        try (NdjsonReader<Object> reader = NDJSON.reader(in, Object.class)) {
            assertThat(reader.read()).isEqualTo(DENIAL);
            assertThat(in.isClosed()).isFalse();
        }

        assertThat(in.isClosed()).isTrue();
    }

    @Test
    void closing_the_stream_closes_the_reader_and_its_stream_once() {
        InputSupport.Recording in = new InputSupport.Recording(lines(line(DENIAL), line(COUP)));
        NdjsonReader<Object> reader = NDJSON.reader(in, Object.class);

        try (Stream<Object> records = reader.stream()) {
            assertThat(records.limit(1)).containsExactly(DENIAL);
        }

        assertThat(in.closes()).isEqualTo(1);
        assertThatThrownBy(reader::read).isInstanceOf(IOException.class)
                .hasMessage("NdjsonReader must be open to read, got a closed reader");
    }

    @Test
    void a_bad_line_in_a_stream_still_closes_the_stream() {
        InputSupport.Recording in = new InputSupport.Recording(lines(line(DENIAL), "{]"));

        assertThatThrownBy(() -> {
            try (Stream<Statement> statements = NDJSON.reader(in, Statement.class).stream()) {
                statements.forEach(statement -> { });
            }
        }).isExactlyInstanceOf(UncheckedIOException.class).cause().isExactlyInstanceOf(NdjsonException.class)
                .hasMessageStartingWith("line 2: Unexpected close marker ']'");
        assertThat(in.isClosed()).isTrue();
    }

    @Test
    void iterates_then_says_there_is_no_more() throws Exception {
        try (NdjsonReader<Object> reader = reader(NDJSON, lines(line(DENIAL)), Object.class)) {
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.hasNext()).isTrue();
            assertThat(reader.recordCount()).isEqualTo(1);
            assertThat(reader.next()).isEqualTo(DENIAL);
            assertThat(reader.hasNext()).isFalse();
            assertThatThrownBy(reader::next).isExactlyInstanceOf(NoSuchElementException.class)
                    .hasMessage("NdjsonReader must have a record left, got the end of the file");
            assertThat(reader).hasToString("NdjsonReader[Object, line 1, 1 record, 0 problems]");
        }
    }

    @Test
    void reads_a_file_and_closes_it(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("records.ndjson");
        Files.writeString(file, lines(HEADER, line(DENIAL), line(KILLED)));

        try (Stream<Object> records = NDJSON.reader(file, Object.class).stream()) {
            assertThat(records).containsExactly(DENIAL, KILLED);
        }
        Files.delete(file);   // fails on some systems while the file is open
    }

    @Test
    void reads_a_hundred_thousand_records_through_a_file_without_holding_them(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("many.ndjson");
        Dossier article = ReferenceArticleFixture.dossier();
        List<Object> values = new ArrayList<>(article.statements());
        values.addAll(article.events());
        values.addAll(article.casualtyReports());
        int count = 100_000;

        try (NdjsonWriter<Object> writer = NDJSON.writer(file, Object.class)) {
            for (int i = 0; i < count; i++) {
                writer.write(values.get(i % values.size()));
            }
            assertThat(writer.recordCount()).isEqualTo(count);
        }

        long statements;
        try (NdjsonReader<Object> reader = NDJSON.reader(file, Object.class);
                Stream<Object> records = reader.stream()) {
            statements = records.filter(Statement.class::isInstance).count();
            assertThat(reader.recordCount()).isEqualTo(count);
            assertThat(reader.lineNumber()).isEqualTo(count + 1);
        }
        long perRound = article.statements().size();
        long rounds = count / values.size();
        long rest = Math.min(count % values.size(), perRound);
        assertThat(statements).isEqualTo(rounds * perRound + rest);
        assertThat(Files.size(file)).as("larger than any one document").isGreaterThan(DemarcheJson.MAX_DOCUMENT_LENGTH);
    }

    @Test
    void rejects_a_type_of_no_record() {
        assertThatThrownBy(() -> NDJSON.reader(new StringReader(""), io.github.demarche.Actor.class))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("DemarcheNdjson.type must be Statement, Event, CasualtyReport, Document or Object, got "
                        + "io.github.demarche.Actor");
    }
}
