package io.github.demarche.formats.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.ErrorMode;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The PLOVER reader and writer through {@link Formats}: the sample, JSON Lines, bad records. */
class PloverReaderTest {

    private static final String SAMPLE = "plover-gsr-0.5b1.sample.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static InputStream sample() {
        InputStream in = PloverReaderTest.class.getResourceAsStream("/samples/" + SAMPLE);
        assertThat(in).isNotNull();
        return in;
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static List<RowRecords> readAll(InputStream in, ReadOptions options) throws IOException {
        List<RowRecords> rows = new ArrayList<>();
        try (FormatReader reader = Formats.reader(DataFormat.PLOVER, in, options)) {
            RowRecords row;
            while ((row = reader.read()) != null) {
                rows.add(row);
            }
            assertThat(reader.problems()).isEmpty();
            assertThat(reader.rowsRead()).isEqualTo(rows.size());
        }
        return rows;
    }

    private static byte[] write(DataFormat format, List<RowRecords> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormatWriter writer = Formats.writer(format, out)) {
            for (RowRecords row : rows) {
                writer.write(row);
            }
            assertThat(writer.rowsWritten()).isEqualTo(rows.size());
        }
        return out.toByteArray();
    }

    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\n");
        return List.of(text.split("\n"));
    }

    /** The lines where the sample's records begin: its objects are indented by one space. */
    private static List<Long> recordLines() throws IOException {
        List<Long> lines = new ArrayList<>();
        String[] text = new String(sample().readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < text.length; i++) {
            if (text[i].equals(" {")) {
                lines.add(i + 1L);
            }
        }
        return lines;
    }

    @Test
    void reads_every_record_of_the_sample_array_with_the_line_where_it_begins() throws IOException {
        List<RowRecords> rows = readAll(sample(), ReadOptions.defaults().withInput(SAMPLE));

        assertThat(rows).hasSize(162);
        assertThat(rows).extracting(RowRecords::line).containsExactlyElementsOf(recordLines());
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).document()).isPresent();
        assertThat(rows.stream().filter(row -> row.statement().isPresent())).hasSize(78);
        assertThat(rows.stream().filter(row -> row.event().isPresent())).hasSize(83);
        List<JsonNode> records = PloverRecordsTest.records();
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).withLine(0)).isEqualTo(PloverRecords.toModel(records.get(i)));
        }
    }

    /** Every record of the sample, through Demarche's NDJSON and back, is written as the same JSON object. */
    @Test
    void every_sample_record_round_trips_through_ndjson_exactly() throws IOException {
        List<RowRecords> rows = readAll(sample(), ReadOptions.defaults().withInput(SAMPLE));
        byte[] ndjson = write(DataFormat.NDJSON, rows);
        List<RowRecords> back = new ArrayList<>();
        try (FormatReader reader = Formats.reader(DataFormat.NDJSON, new ByteArrayInputStream(ndjson),
                ReadOptions.defaults())) {
            reader.forEachRemaining(back::add);
            assertThat(reader.rowsRefused()).isZero();
        }
        assertThat(back).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(back.get(i).records()).isEqualTo(rows.get(i).records());
        }
        List<String> lines = lines(write(DataFormat.PLOVER, back));
        List<JsonNode> records = PloverRecordsTest.records();
        assertThat(lines).hasSameSizeAs(records);
        for (int i = 0; i < records.size(); i++) {
            JsonNode written = MAPPER.readTree(lines.get(i));
            String id = records.get(i).get("id").textValue();
            assertThat(written).as("%s", id).isEqualTo(records.get(i));
            PloverRecordsTest.assertSameOrder(id, records.get(i), written);
        }
    }

    @Test
    void reads_json_lines_as_it_reads_the_array() throws IOException {
        List<RowRecords> rows = readAll(sample(), ReadOptions.defaults());
        byte[] lines = write(DataFormat.PLOVER, rows);

        List<RowRecords> again = readAll(new ByteArrayInputStream(lines), ReadOptions.defaults());
        assertThat(again).hasSameSizeAs(rows);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(again.get(i).line()).isEqualTo(i + 1);
            assertThat(again.get(i).withLine(0)).isEqualTo(rows.get(i).withLine(0));
        }
        assertThat(write(DataFormat.PLOVER, again)).isEqualTo(lines);
    }

    @Test
    void reads_the_later_names_and_writes_them_back() throws IOException {
        StringBuilder text = new StringBuilder();
        List<JsonNode> renamed = new ArrayList<>();
        for (JsonNode record : PloverRecordsTest.eventRecords()) {
            JsonNode later = PloverRecordsTest.renamed(record);
            renamed.add(later);
            text.append(later).append('\n');
        }
        List<RowRecords> rows = readAll(bytes(text.toString()), ReadOptions.defaults());
        List<String> written = lines(write(DataFormat.PLOVER, rows));
        for (int i = 0; i < renamed.size(); i++) {
            assertThat(MAPPER.readTree(written.get(i))).isEqualTo(renamed.get(i));
        }
        assertThat(written.get(0)).startsWith("{\"id\":\"PLOVER-GSR01-AGREE-0001\",\"date\":\"2000-01-01\","
                + "\"actor\":[{\"actorText\":\"Hungarian\"");
    }

    @Test
    void counts_lines_across_a_byte_order_mark_blank_lines_and_crlf() throws IOException {
        String one = PloverRecordsTest.eventRecords().get(0).toString();
        String two = PloverRecordsTest.eventRecords().get(1).toString();
        List<RowRecords> lines = readAll(bytes("\uFEFF\r\n  \r\n" + one + "\r\n\r\n" + two + "\n\n"),
                ReadOptions.defaults());
        assertThat(lines).extracting(RowRecords::line).containsExactly(3L, 5L);

        List<RowRecords> array = readAll(bytes("\uFEFF\n\n  [\n" + one + ",\r\n\r\n  " + two + "\n]\n"),
                ReadOptions.defaults());
        assertThat(array).extracting(RowRecords::line).containsExactly(4L, 6L);
        assertThat(readAll(bytes(" \n\t\n"), ReadOptions.defaults())).isEmpty();
        assertThat(readAll(bytes("[]"), ReadOptions.defaults())).isEmpty();
    }

    //-----------------------------------------------------------------------
    /** JSON Lines of every kind of bad record, each between two good ones. */
    private static String badLines() {
        String good = PloverRecordsTest.eventRecords().get(2).toString();
        String agree = good.substring(1);
        return good + "\n"
                + "{\"id\":\"X-1\",\"date\":\"2019-13-45\"," + agree.substring(agree.indexOf("\"source\"")) + "\n"
                + "{\"id\":\"X-2\",\"date\":\"2000-01-01\",\"event\":\"PARLEY\"}\n"
                + "{\"id\":\"X-3\",\"date\":\"2000-01-01\",\"event\":\"FIGHT\",\"dead\":\"many\"}\n"
                + "{\"id\":\"X-4\",\"date\":\"2000-01-01\",\"event\":\"FIGHT\",\"mode\":\"catapult\"}\n"
                + "{\"id\":\"X-5\",\"date\":\"2000-01-01\",\"event\":\"AGREE\",\"context\":\"economic, weather\"}\n"
                + "{\"id\":\"X-6\",\"date\":\"2000-01-01\",\"event\":\"AGREE\",\"tone\":\"-2\"}\n"
                + "{\"id\":\"X-7\",\"date\":\"2000-01-01\",\"event\":\"AGREE\",\"comment\":7}\n"
                + "{\"id\":\"X-8\",\"date\":\"2000-01-01\",\"event\":\"AGREE\"\n"
                + "[1,2]\n"
                + "{\"id\":\"X 9\",\"date\":\"2000-01-01\",\"event\":\"AGREE\",\"coder\":\"C\"}\n"
                + "{\"id\":\"X-10\",\"date\":\"2000-01-01\",\"event\":\"AGREE\",\"date\":\"2000-01-02\"}\n"
                + "{\"id\":\"X-11\",\"date\":\"2000-01-01\",\"source\":[{\"actorText\":\"\"}],\"event\":\"AGREE\"}\n"
                + "{\"id\":\"X-12\",\"date\":\"2000-01-01\",\"source\":[],\"event\":\"AGREE\"}\n"
                + "{\"date\":\"2000-01-01\",\"event\":\"AGREE\"}\n"
                + "{\"id\":\"X-14\",\"event\":\"AGREE\",\"eventLoc\":{\"name\":\"Geneva\",\"lat\":\"46.2\"}}\n"
                + "{\"id\":\"X-15\",\"date\":\"2000-01-01\",\"source\":[{\"actorText\":\"A\"}],"
                + "\"recipient\":[{\"actorText\":\"B\"}],\"event\":\"AGREE\"}\n"
                + "{\"id\":\"X-16\",\"event\":\"DOCUMENT\",\"coder\":\"C\"}\n"
                + good + "\n";
    }

    private static List<RowProblem> expectedProblems() {
        String in = "bad.jsonl";
        return List.of(
                RowProblem.of(in, 2, "date", "2019-13-45", ProblemCode.NOT_A_DATE,
                        "PLOVER.date must be a date such as 2016-12-19, got '2019-13-45'"),
                RowProblem.of(in, 3, "event", "PARLEY", ProblemCode.UNKNOWN_CODE,
                        "PLOVER.event must be a PLOVER event type, got 'PARLEY'"),
                RowProblem.of(in, 4, "dead", "many", ProblemCode.NOT_A_NUMBER,
                        "PLOVER.dead must be a count of people written in digits, got 'many'"),
                RowProblem.of(in, 5, "mode", "catapult", ProblemCode.UNKNOWN_CODE,
                        "PLOVER.mode must be a PLOVER mode, got 'catapult'"),
                RowProblem.of(in, 6, "context", "economic, weather", ProblemCode.UNKNOWN_CODE,
                        "PLOVER.context must be PLOVER contexts joined by ', ', got 'economic, weather'"),
                RowProblem.of(in, 7, "tone", "-2", ProblemCode.MALFORMED,
                        "PLOVER record must have only PLOVER's fields, got 'tone'"),
                RowProblem.of(in, 8, "comment", "7", ProblemCode.MALFORMED, "PLOVER.comment must be a string, got 7"),
                RowProblem.of(in, 9, null, "{\"id\":\"X-8\",\"date\":\"2000-01-01\",\"event\":\"AGREE\"",
                        ProblemCode.MALFORMED, "PLOVER record must be JSON, got broken JSON at column 48: Unexpected "
                                + "end-of-input: expected close marker for Object (start marker at [line: 1, column: 1])"),
                RowProblem.of(in, 10, null, "[1,2]", ProblemCode.MALFORMED,
                        "PLOVER record must be a JSON object, got [1,2]"),
                RowProblem.of(in, 11, "id", "X 9", ProblemCode.MODEL_RULE,
                        "Event.id must be lower-case letters and digits separated by single '-', '.' or '_', got 'x 9'"),
                RowProblem.of(in, 12, "date", null, ProblemCode.MALFORMED,
                        "PLOVER record must have each field once, got 'date' twice"),
                RowProblem.of(in, 13, "source[0].actorText", "", ProblemCode.MODEL_RULE,
                        "Actor.name must not be blank, got ''"),
                RowProblem.of(in, 14, "source", "[]", ProblemCode.MALFORMED,
                        "PLOVER.source must be a text or a non-empty list of actors, got []"),
                RowProblem.of(in, 15, "id", null, ProblemCode.MALFORMED, "PLOVER.id must be set, got nothing"),
                RowProblem.of(in, 16, "date", null, ProblemCode.NOT_A_DATE,
                        "PLOVER.date must be a date such as 2016-12-19, got nothing"),
                RowProblem.of(in, 17, "recipient", "[{\"actorText\":\"B\"}]", ProblemCode.MALFORMED,
                        "PLOVER.recipient must not be given beside source or target (a record names its sides "
                                + "source/target or actor/recipient), got [{\"actorText\":\"B\"}]"),
                RowProblem.of(in, 18, "dateCoded", null, ProblemCode.NOT_A_DATE, "PLOVER.dateCoded must be a date "
                        + "such as 2016-12-12 on a DOCUMENT record, which has no other date, got nothing"));
    }

    @Test
    void reports_each_bad_json_line_exactly_and_goes_on_in_collect_mode() throws IOException {
        ReadOptions options = ReadOptions.defaults().withInput("bad.jsonl").withErrorMode(ErrorMode.COLLECT);
        try (FormatReader reader = Formats.reader(DataFormat.PLOVER, bytes(badLines()), options)) {
            List<RowRecords> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);

            assertThat(rows).extracting(RowRecords::line).containsExactly(1L, 19L);
            assertThat(reader.problems()).containsExactlyElementsOf(expectedProblems());
            assertThat(reader.rowsRead()).isEqualTo(19);
            assertThat(reader.rowsRefused()).isEqualTo(17);
            assertThat(reader.rowsAccepted()).isEqualTo(2);
            assertThat(reader.rowsRead()).isEqualTo(reader.rowsAccepted() + reader.rowsRefused());
            assertThat(reader.problemCounts()).containsExactly(Map.entry(ProblemCode.NOT_A_DATE, 3L),
                    Map.entry(ProblemCode.NOT_A_NUMBER, 1L), Map.entry(ProblemCode.UNKNOWN_CODE, 3L),
                    Map.entry(ProblemCode.MODEL_RULE, 2L), Map.entry(ProblemCode.MALFORMED, 8L));
        }
    }

    @Test
    void throws_each_bad_json_line_in_fail_fast_mode_and_reads_on_after_it() throws IOException {
        ReadOptions options = ReadOptions.defaults().withInput("bad.jsonl");
        List<RowProblem> thrown = new ArrayList<>();
        List<Long> accepted = new ArrayList<>();
        try (FormatReader reader = Formats.reader(DataFormat.PLOVER, bytes(badLines()), options)) {
            while (true) {
                try {
                    RowRecords row = reader.read();
                    if (row == null) {
                        break;
                    }
                    accepted.add(row.line());
                } catch (RowException e) {
                    thrown.add(e.problem());
                    assertThat(e.getMessage()).isEqualTo(e.problem().toString());
                }
            }
            assertThat(reader.rowsRead()).isEqualTo(19);
            assertThat(reader.rowsRefused()).isEqualTo(17);
        }
        assertThat(thrown).containsExactlyElementsOf(expectedProblems());
        assertThat(accepted).containsExactly(1L, 19L);
        assertThat(thrown.get(0).toString()).isEqualTo("bad.jsonl:2: column date = \"2019-13-45\": NOT_A_DATE: "
                + "PLOVER.date must be a date such as 2016-12-19, got '2019-13-45'");
    }

    @Test
    void the_iterator_reports_a_refused_record_as_an_unchecked_exception_in_fail_fast_mode() throws IOException {
        try (FormatReader reader = Formats.reader(DataFormat.PLOVER,
                bytes("{\"id\":\"X-2\",\"date\":\"2000-01-01\",\"event\":\"PARLEY\"}\n"), ReadOptions.defaults())) {
            assertThatThrownBy(reader::hasNext).isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(RowException.class);
            assertThat(reader.hasNext()).isFalse();
            assertThat(reader.rowsRefused()).isEqualTo(1);
        }
    }

    @Test
    void in_an_array_refuses_a_non_object_and_a_field_twice_and_goes_on() throws IOException {
        String good = PloverRecordsTest.eventRecords().get(2).toString();
        String text = "[\n" + good + ",\n7,\n{\"id\":\"X-1\",\n \"id\":\"X-2\", \"source\":[{\"actorText\":\"A\"}]},\n"
                + "{\"id\":\"X-3\",\"source\":[{\"actorText\":\"A\",\"actorText\":\"B\"}]},\n" + good + "\n]\n";
        ReadOptions options = ReadOptions.defaults().withInput("a.json").withErrorMode(ErrorMode.COLLECT);
        try (FormatReader reader = Formats.reader(DataFormat.PLOVER, bytes(text), options)) {
            List<RowRecords> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);
            assertThat(rows).extracting(RowRecords::line).containsExactly(2L, 7L);
            assertThat(reader.problems()).containsExactly(
                    RowProblem.of("a.json", 3, null, "7", ProblemCode.MALFORMED,
                            "PLOVER record must be a JSON object, got 7"),
                    RowProblem.of("a.json", 4, "id", null, ProblemCode.MALFORMED,
                            "PLOVER record must have each field once, got 'id' twice"),
                    RowProblem.of("a.json", 6, "actorText", null, ProblemCode.MALFORMED,
                            "PLOVER record must have each field once, got 'actorText' twice"));
            assertThat(reader.rowsRead()).isEqualTo(5);
        }
    }

    @Test
    void in_an_array_broken_json_ends_the_input_with_one_report() throws IOException {
        String good = PloverRecordsTest.eventRecords().get(2).toString();
        String text = "[\n" + good + ",\n{\"id\": \"X-1\", \"date\" \"2000\"},\n" + good + "\n]\n";
        ReadOptions options = ReadOptions.defaults().withInput("a.json").withErrorMode(ErrorMode.COLLECT);
        try (FormatReader reader = Formats.reader(DataFormat.PLOVER, bytes(text), options)) {
            List<RowRecords> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);
            assertThat(rows).extracting(RowRecords::line).containsExactly(2L);
            assertThat(reader.problems()).containsExactly(RowProblem.of("a.json", 3, null, null,
                    ProblemCode.MALFORMED, "PLOVER array must be JSON, got broken JSON at line 3, column 22: "
                            + "Unexpected character ('\"' (code 34)): was expecting a colon to separate field name "
                            + "and value; nothing after it can be read"));
            assertThat(reader.rowsRead()).isEqualTo(2);
        }
    }

    @Test
    void in_an_array_refuses_a_missing_end_and_more_after_the_end() throws IOException {
        String good = PloverRecordsTest.eventRecords().get(2).toString();
        ReadOptions options = ReadOptions.defaults().withInput("a.json").withErrorMode(ErrorMode.COLLECT);
        try (FormatReader reader = Formats.reader(DataFormat.PLOVER, bytes("[\n" + good + "\n"), options)) {
            reader.forEachRemaining(row -> { });
            assertThat(reader.problems()).containsExactly(RowProblem.of("a.json", 3, null, null,
                    ProblemCode.MALFORMED, "PLOVER array must end with ']', got the end of the input"));
            assertThat(reader.rowsAccepted()).isEqualTo(1);
        }
        try (FormatReader reader = Formats.reader(DataFormat.PLOVER, bytes("[\n" + good + "\n]\n[]\n"), options)) {
            reader.forEachRemaining(row -> { });
            assertThat(reader.problems()).containsExactly(RowProblem.of("a.json", 4, null, null,
                    ProblemCode.MALFORMED, "PLOVER array must be the whole input, got more after its end"));
            assertThat(reader.rowsAccepted()).isEqualTo(1);
        }
    }

    //-----------------------------------------------------------------------
    /** Values a field is set to by the seeded test: strings PLOVER might write, and every other JSON type. */
    private static final List<String> VALUES = List.of("\"\"", "\"x\"", "\"0\"", "\"2000-01-01\"", "\"AGREE\"",
            "\"visit\"", "\"diplomatic, military\"", "7", "-1.5", "true", "null", "[]", "{}", "[{\"actorText\":\"A\"}]",
            "{\"name\":\"Geneva\"}", "{\"markup\":\"m\"}", "\"   \"");
    private static final List<String> NAMES = List.of("id", "date", "source", "target", "actor", "recipient", "event",
            "eventText", "eventLoc", "context", "mode", "size", "dead", "injured", "text", "textInfo", "language",
            "publication", "coder", "version", "dateCoded", "license", "copyright", "comment", "extra");

    /**
     * Seeded: sample records with fields removed or set to other values are each either refused with a
     * problem or accepted, never anything else; and a record accepted is written back as it was read.
     */
    @Test
    void a_changed_record_is_refused_with_a_problem_or_written_back_as_read() throws IOException {
        long seed = 20261203L;
        java.util.Random random = new java.util.Random(seed);
        List<JsonNode> records = PloverRecordsTest.records();
        int accepted = 0;
        for (int round = 0; round < 1000; round++) {
            com.fasterxml.jackson.databind.node.ObjectNode record = records.get(random.nextInt(records.size()))
                    .deepCopy();
            for (int change = 0; change <= random.nextInt(3); change++) {
                String name = NAMES.get(random.nextInt(NAMES.size()));
                if (random.nextBoolean()) {
                    record.remove(name);
                } else {
                    record.set(name, MAPPER.readTree(VALUES.get(random.nextInt(VALUES.size()))));
                }
            }
            String text = record.toString();
            ReadOptions options = ReadOptions.defaults().withErrorMode(ErrorMode.COLLECT);
            try (FormatReader reader = Formats.reader(DataFormat.PLOVER, bytes(text + "\n"), options)) {
                List<RowRecords> rows = new ArrayList<>();
                reader.forEachRemaining(rows::add);
                assertThat(reader.rowsRead()).as("seed %d, round %d: %s", seed, round, text).isEqualTo(1);
                if (rows.isEmpty()) {
                    assertThat(reader.problems()).as("seed %d, round %d: %s", seed, round, text).hasSize(1);
                    continue;
                }
                accepted++;
                JsonNode written = MAPPER.readTree(lines(write(DataFormat.PLOVER, rows)).get(0));
                assertThat(written).as("seed %d, round %d", seed, round).isEqualTo(record);
            } catch (RuntimeException e) {
                throw new AssertionError("seed " + seed + ", round " + round + ": " + text, e);
            }
        }
        assertThat(accepted).isBetween(200, 800);
    }
}
