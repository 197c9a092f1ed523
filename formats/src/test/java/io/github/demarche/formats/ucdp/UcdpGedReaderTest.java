package io.github.demarche.formats.ucdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.demarche.AttributeValue;
import io.github.demarche.Event;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.ErrorMode;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.samples.SampleFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UcdpGedReaderTest {

    private static final String INPUT = "ged.csv";
    private static final String HEADER = UcdpGedLayout.line(UcdpGedLayout.HDX.columns());

    /** Event 71663 of the shared sample, line 3. */
    private static final List<String> GOOD = SampleFiles.readCsv(UcdpGedRoundTripTest.FILE).get(2);

    private static String good() {
        return UcdpGedLayout.line(GOOD);
    }

    /** Event 71663 with one cell changed. */
    private static String with(String column, String value) {
        List<String> row = new ArrayList<>(GOOD);
        row.set(UcdpGedLayout.HDX.columns().indexOf(column), value);
        return UcdpGedLayout.line(row);
    }

    private static FormatReader open(String text, ErrorMode mode) throws IOException {
        return Formats.reader(DataFormat.UCDP_GED, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ReadOptions.defaults().withInput(INPUT).withErrorMode(mode));
    }

    private static List<RowRecords> readAll(FormatReader reader) throws IOException {
        List<RowRecords> rows = new ArrayList<>();
        RowRecords row;
        while ((row = reader.read()) != null) {
            rows.add(row);
        }
        return rows;
    }

    //-----------------------------------------------------------------------
    @Test
    void reads_the_shared_sample_refusing_only_event_84006_whose_high_is_below_its_best() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(UcdpGedRoundTripTest.FILE);
                FormatReader reader = Formats.reader(DataFormat.UCDP_GED, in,
                        ReadOptions.defaults().withInput("ucdp-ged-BGD.hdx.csv").withErrorMode(ErrorMode.COLLECT))) {
            List<RowRecords> rows = readAll(reader);
            assertThat(rows).hasSize(600);
            assertThat(reader.rowsRead()).isEqualTo(601);
            assertThat(reader.rowsAccepted()).isEqualTo(600);
            assertThat(reader.rowsRefused()).isEqualTo(1);
            assertThat(reader.recordsRead()).isEqualTo(3000);
            assertThat(reader.problems()).containsExactly(RowProblem.of("ucdp-ged-BGD.hdx.csv", 64, "high", "0",
                    ProblemCode.MODEL_RULE,
                    "QualifiedCount.bounds must satisfy low <= best <= high, got low=0, best=3, high=0"));
            assertThat(reader.problemCounts()).containsExactly(Map.entry(ProblemCode.MODEL_RULE, 1L));
            assertThat(((UcdpGedReader) reader).layout()).contains(UcdpGedLayout.HDX);
            assertThat(rows.get(0).line()).isEqualTo(3);
            assertThat(rows.get(0).event().orElseThrow().id()).isEqualTo("ucdp-ged-71663");
            assertThat(rows.get(0).event().orElseThrow().attributes())
                    .containsEntry(UcdpGedLayout.LAYOUT_KEY, AttributeValue.of("hdx"));
            assertThat(rows).allSatisfy(row -> assertThat(row.casualtyReports()).hasSize(4));
        }
    }

    /** Fail-fast, the Java API's default: event 84006 throws, and the rows after it can still be read. */
    @Test
    void fail_fast_stops_at_event_84006_and_reading_can_go_on() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(UcdpGedRoundTripTest.FILE);
                FormatReader reader = Formats.reader(DataFormat.UCDP_GED, in, ReadOptions.defaults())) {
            int before = 0;
            RowException refused = null;
            while (refused == null) {
                try {
                    reader.read();
                    before++;
                } catch (RowException e) {
                    refused = e;
                }
            }
            assertThat(refused).hasMessage("-:64: column high = \"0\": MODEL_RULE: QualifiedCount.bounds must satisfy"
                    + " low <= best <= high, got low=0, best=3, high=0");
            assertThat(readAll(reader)).hasSize(600 - before);
            assertThat(reader.rowsRead()).isEqualTo(601);
        }
    }

    @Test
    void lines_count_the_line_breaks_inside_quoted_fields() throws IOException {
        String text = HEADER + "\n" + with("source_headline", "one\ntwo") + "\n" + with("id", "2") + "\n";
        try (FormatReader reader = open(text, ErrorMode.FAIL_FAST)) {
            assertThat(readAll(reader)).extracting(RowRecords::line).containsExactly(2L, 4L);
            assertThat(((UcdpGedReader) reader).layout()).contains(UcdpGedLayout.HDX.withoutHxl());
        }
    }

    //-----------------------------------------------------------------------
    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of("1,2,3", RowProblem.of(INPUT, 3, null, null, ProblemCode.FIELD_COUNT,
                        "GED row must have 43 fields, as its header has, got 3")),
                Arguments.of(with("date_start", "2013-02-30"), RowProblem.of(INPUT, 3, "date_start", "2013-02-30",
                        ProblemCode.NOT_A_DATE, "GED.date_start must be a date yyyy-MM-dd, got '2013-02-30'")),
                Arguments.of(with("date_end", "14/12/2013"), RowProblem.of(INPUT, 3, "date_end", "14/12/2013",
                        ProblemCode.NOT_A_DATE, "GED.date_end must be a date yyyy-MM-dd, got '14/12/2013'")),
                Arguments.of(with("date_end", "2013-12-14 12:00:00.000"), RowProblem.of(INPUT, 3, "date_end",
                        "2013-12-14 12:00:00.000", ProblemCode.NOT_A_DATE,
                        "GED.date_end must be a date yyyy-MM-dd, got '2013-12-14 12:00:00.000'")),
                Arguments.of(with("id", "x1"), RowProblem.of(INPUT, 3, "id", "x1", ProblemCode.NOT_A_NUMBER,
                        "GED.id must be a whole number, got 'x1'")),
                Arguments.of(with("best", "three"), RowProblem.of(INPUT, 3, "best", "three", ProblemCode.NOT_A_NUMBER,
                        "GED.best must be a whole number at least 0, got 'three'")),
                Arguments.of(with("deaths_b", "-1"), RowProblem.of(INPUT, 3, "deaths_b", "-1",
                        ProblemCode.NOT_A_NUMBER, "GED.deaths_b must be a whole number at least 0, got '-1'")),
                Arguments.of(with("high", ""), RowProblem.of(INPUT, 3, "high", "", ProblemCode.NOT_A_NUMBER,
                        "GED.high must be a whole number at least 0, got ''")),
                Arguments.of(with("type_of_violence", "4"), RowProblem.of(INPUT, 3, "type_of_violence", "4",
                        ProblemCode.UNKNOWN_CODE, "GED.type_of_violence must be 1, 2 or 3, got '4'")),
                Arguments.of(with("date_prec", "9"), RowProblem.of(INPUT, 3, "date_prec", "9",
                        ProblemCode.UNKNOWN_CODE, "GED.date_prec must be a UCDP date precision 1 to 5, got '9'")),
                Arguments.of(with("low", "5"), RowProblem.of(INPUT, 3, "low", "5", ProblemCode.MODEL_RULE,
                        "QualifiedCount.bounds must satisfy low <= best <= high, got low=5, best=1, high=1")),
                Arguments.of(with("date_end", "2013-12-12"), RowProblem.of(INPUT, 3, "date_end", "2013-12-12",
                        ProblemCode.MODEL_RULE, DATE_ORDER)),
                Arguments.of(with("side_a", ""), RowProblem.of(INPUT, 3, "side_a", "", ProblemCode.MODEL_RULE,
                        SIDE_NAME)));
    }

    private static final String DATE_ORDER = "ApproximateDate.end must not end before start begins, got"
            + " start=2013-12-13, end=2013-12-12";
    private static final String SIDE_NAME = "Actor.name must not be blank, got ''";

    /** Each kind of bad row, between two good ones: the exact problem, and reading goes on (collect mode). */
    @ParameterizedTest
    @MethodSource("badRows")
    void a_bad_row_is_refused_with_its_problem_and_reading_goes_on(String bad, RowProblem expected)
            throws IOException {
        String text = HEADER + "\n" + good() + "\n" + bad + "\n" + with("id", "71664") + "\n";
        try (FormatReader reader = open(text, ErrorMode.COLLECT)) {
            List<RowRecords> rows = readAll(reader);
            assertThat(rows).extracting(row -> row.event().map(Event::id).orElseThrow())
                    .containsExactly("ucdp-ged-71663", "ucdp-ged-71664");
            assertThat(rows).extracting(RowRecords::line).containsExactly(2L, 4L);
            assertThat(reader.problems()).containsExactly(expected);
            assertThat(reader.problemCounts()).containsExactly(Map.entry(expected.code(), 1L));
            assertThat(reader.rowsRead()).isEqualTo(3);
            assertThat(reader.rowsRefused()).isEqualTo(1);
            assertThat(reader.rowsRead()).isEqualTo(reader.rowsAccepted() + reader.rowsRefused());
            assertThat(reader.recordsRead()).isEqualTo(10);
        }
    }

    /** The same, fail-fast: read() throws the row's exception, and the next read() gives the next row. */
    @ParameterizedTest
    @MethodSource("badRows")
    void fail_fast_throws_the_problem_and_reading_can_go_on(String bad, RowProblem expected) throws IOException {
        String text = HEADER + "\n" + good() + "\n" + bad + "\n" + with("id", "71664") + "\n";
        try (FormatReader reader = open(text, ErrorMode.FAIL_FAST)) {
            assertThat(reader.read().line()).isEqualTo(2);
            assertThatThrownBy(reader::read).isInstanceOfSatisfying(RowException.class,
                    e -> assertThat(e.problem()).isEqualTo(expected)).hasMessage(expected.toString());
            assertThat(reader.read().event().orElseThrow().id()).isEqualTo("ucdp-ged-71664");
            assertThat(reader.read()).isNull();
            assertThat(reader.problems()).containsExactly(expected);
            assertThat(reader.rowsRead()).isEqualTo(3);
            assertThat(reader.rowsAccepted()).isEqualTo(2);
        }
    }

    /** A quote closed in the middle of a field: the row is refused, and reading goes on with the next line. */
    @Test
    void text_that_is_not_csv_is_malformed_and_reading_goes_on_with_the_next_line() throws IOException {
        String broken = with("id", "71664").replace("\"\"\"BBC", "\"\"\"\"BBC");
        String text = HEADER + "\n" + good() + "\n" + broken + "\n" + with("id", "71665") + "\n"
                + with("source_headline", "two\nlines") + "\n" + broken + "\n" + broken + "\n" + with("id", "71666")
                + "\n";
        try (FormatReader reader = open(text, ErrorMode.COLLECT)) {
            assertThat(readAll(reader)).extracting(RowRecords::line, row -> row.event().orElseThrow().id())
                    .containsExactly(tuple(2L, "ucdp-ged-71663"), tuple(4L, "ucdp-ged-71665"),
                            tuple(5L, "ucdp-ged-71663"), tuple(9L, "ucdp-ged-71666"));
            String message = "GED row must be CSV text, got Unexpected character ('B' (code 66)): Expected column"
                    + " separator character (',' (code 44)) or end-of-line";
            assertThat(reader.problems()).containsExactly(
                    RowProblem.of(INPUT, 3, null, null, ProblemCode.MALFORMED, message),
                    RowProblem.of(INPUT, 7, null, null, ProblemCode.MALFORMED, message),
                    RowProblem.of(INPUT, 8, null, null, ProblemCode.MALFORMED, message));
            assertThat(reader.rowsRead()).isEqualTo(7);
            assertThat(reader.rowsRefused()).isEqualTo(3);
        }
    }

    /** A quote that never closes takes the rest of the input: the row is refused, and nothing follows. */
    @Test
    void a_quote_that_does_not_close_is_malformed_at_the_line_where_its_row_begins() throws IOException {
        String text = HEADER + "\n" + good() + "\n" + "71664,\"no end" + "\n" + good() + "\n";
        try (FormatReader reader = open(text, ErrorMode.COLLECT)) {
            assertThat(readAll(reader)).extracting(RowRecords::line).containsExactly(2L);
            assertThat(reader.problems()).extracting(RowProblem::line, RowProblem::code)
                    .containsExactly(tuple(3L, ProblemCode.MALFORMED));
            assertThat(reader.rowsRead()).isEqualTo(2);
        }
    }

    //-----------------------------------------------------------------------
    static Stream<Arguments> badHeaders() {
        return Stream.of(
                Arguments.of(HEADER.replace(",best,", ",best_est,").replace("date_end,", "end,"),
                        RowProblem.of(INPUT, 1, null, null, ProblemCode.MALFORMED, "GED header must name the columns"
                                + " id, date_start, date_end, side_a, side_b, low, best, high, got no date_end, best")),
                Arguments.of(HEADER.replace("region", "country"), RowProblem.of(INPUT, 1, "country", null,
                        ProblemCode.MALFORMED, "GED header must name each column once, got 'country' twice")),
                Arguments.of(HEADER + ",death toll", RowProblem.of(INPUT, 1, null, "death toll", ProblemCode.MALFORMED,
                        "GED header must name a column it adds by a letter and up to 58 letters, digits, '.', '_',"
                        + " '-' or ':', got 'death toll'")),
                Arguments.of("\"id\"x,date_start", RowProblem.of(INPUT, 1, null, null, ProblemCode.MALFORMED,
                        "GED header must be CSV text, got Unexpected character ('x' (code 120)): Expected column"
                        + " separator character (',' (code 44)) or end-of-line")));
    }

    @ParameterizedTest
    @MethodSource("badHeaders")
    void a_header_that_is_not_one_of_ged_is_refused_when_the_reader_opens(String header, RowProblem expected) {
        assertThatThrownBy(() -> open(header + "\n" + good() + "\n", ErrorMode.COLLECT))
                .isInstanceOfSatisfying(RowException.class, e -> assertThat(e.problem()).isEqualTo(expected));
    }

    @Test
    void an_empty_input_has_no_rows_and_a_header_alone_neither() throws IOException {
        try (FormatReader reader = open("", ErrorMode.FAIL_FAST)) {
            assertThat(reader.read()).isNull();
            assertThat(((UcdpGedReader) reader).layout()).isEmpty();
        }
        try (FormatReader reader = open(HEADER + "\n", ErrorMode.FAIL_FAST)) {
            assertThat(reader.read()).isNull();
            assertThat(reader.rowsRead()).isZero();
            assertThat(((UcdpGedReader) reader).layout()).contains(UcdpGedLayout.HDX.withoutHxl());
        }
    }

    @Test
    void a_hashtag_row_is_only_the_row_right_after_the_header() throws IOException {
        List<String> hxl = UcdpGedLayout.HDX.hxl().orElseThrow();
        String text = HEADER + "\n" + good() + "\n" + UcdpGedLayout.line(hxl) + "\n";
        try (FormatReader reader = open(text, ErrorMode.COLLECT)) {
            assertThat(readAll(reader)).hasSize(1);
            assertThat(reader.problems()).extracting(RowProblem::line, RowProblem::code)
                    .containsExactly(tuple(3L, ProblemCode.NOT_A_NUMBER));
            assertThat(((UcdpGedReader) reader).layout().orElseThrow().hxl()).isEmpty();
        }
    }
}
