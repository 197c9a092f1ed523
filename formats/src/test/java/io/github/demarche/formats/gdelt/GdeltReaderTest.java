package io.github.demarche.formats.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.AttributeValue;
import io.github.demarche.Coding;
import io.github.demarche.Event;
import io.github.demarche.Location;
import io.github.demarche.SourceAttribution;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.ErrorMode;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowAssertions;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.gdelt.GdeltRows.Layout;
import io.github.demarche.formats.internal.TableRows;
import io.github.demarche.samples.SampleFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GdeltReaderTest {

    static final String V1 = "/samples/gdelt1-events-2016-07.sample.tsv";
    static final String V2 = "/samples/gdelt2-export-20191024143000.sample.tsv";

    //-----------------------------------------------------------------------
    // every shared row: format -> NDJSON -> format, field by field

    @Test
    void every_gdelt1_row_round_trips_through_ndjson() throws IOException {
        roundTrip(DataFormat.GDELT1, V1, 710);
    }

    @Test
    void every_gdelt2_row_round_trips_through_ndjson() throws IOException {
        roundTrip(DataFormat.GDELT2, V2, 129);
    }

    /**
     * Reads a sample, writes it as NDJSON, reads that and writes the format again: every row comes
     * back with every field. No GDELT row of the samples is refused: none is inconsistent as published.
     */
    private static void roundTrip(DataFormat format, String file, int rows) throws IOException {
        ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
        try (FormatReader reader = Formats.reader(format, resource(file), ReadOptions.defaults().withInput(file));
                FormatWriter writer = Formats.writer(DataFormat.NDJSON, ndjson)) {
            for (RowRecords row; (row = reader.read()) != null; ) {
                writer.write(row);
            }
            assertThat(reader.rowsRead()).isEqualTo(rows);
            assertThat(reader.rowsRefused()).isZero();
            assertThat(reader.problems()).isEmpty();
            assertThat(reader.recordsRead()).isEqualTo(rows);
            assertThat(writer.rowsWritten()).isEqualTo(rows);
        }
        ByteArrayOutputStream back = new ByteArrayOutputStream();
        try (FormatReader reader = Formats.reader(DataFormat.NDJSON, new ByteArrayInputStream(ndjson.toByteArray()),
                ReadOptions.defaults());
                FormatWriter writer = Formats.writer(format, back)) {
            for (RowRecords row; (row = reader.read()) != null; ) {
                writer.write(row);
            }
            assertThat(reader.rowsAccepted()).isEqualTo(rows);
            assertThat(writer.rowsWritten()).isEqualTo(rows);
            assertThat(writer.recordsWritten()).isEqualTo(rows);
        }
        List<List<String>> original = SampleFiles.readTsv(file);
        String[] written = back.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertThat(written).hasSize(rows + 1);
        assertThat(written[rows]).isEmpty();
        for (int i = 0; i < rows; i++) {
            List<String> row = original.get(i);
            RowAssertions.assertSameFields(file, i + 1, Layout.ofFieldCount(row.size()).columns(), row,
                    List.of(written[i].split("\t", -1)));
        }
    }

    @Test
    void each_row_has_its_line_and_a_mixed_gdelt1_file_keeps_both_layouts() throws IOException {
        try (FormatReader reader = Formats.reader(DataFormat.GDELT1, resource(V1), ReadOptions.defaults())) {
            List<RowRecords> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);
            assertThat(rows).extracting(RowRecords::line).startsWith(1L, 2L, 3L).endsWith(710L);
            assertThat(rows.stream().map(row -> GdeltRows.layoutOf(row.event().orElseThrow())).distinct())
                    .containsExactlyInAnyOrder(Layout.V1_DAILY, Layout.V1_BACKFILE);
        }
    }

    //-----------------------------------------------------------------------
    // bad rows: the exact problem, in both modes; reading goes on

    static Stream<Arguments> badCells() {
        return Stream.of(
                Arguments.of(DataFormat.GDELT2, "GLOBALEVENTID", "88l2", ProblemCode.NOT_A_NUMBER,
                        "GDELT.GLOBALEVENTID must be a whole number, got '88l2'"),
                Arguments.of(DataFormat.GDELT2, "SQLDATE", "20191345", ProblemCode.NOT_A_DATE,
                        "GDELT.SQLDATE must be a date yyyyMMdd, got '20191345'"),
                Arguments.of(DataFormat.GDELT1, "SQLDATE", "2006-07-31", ProblemCode.NOT_A_DATE,
                        "GDELT.SQLDATE must be a date yyyyMMdd, got '2006-07-31'"),
                Arguments.of(DataFormat.GDELT2, "MonthYear", "Oct 2019", ProblemCode.NOT_A_NUMBER,
                        "GDELT.MonthYear must be a whole number, got 'Oct 2019'"),
                Arguments.of(DataFormat.GDELT2, "FractionDate", "2019,8137", ProblemCode.NOT_A_NUMBER,
                        "GDELT.FractionDate must be a number, got '2019,8137'"),
                Arguments.of(DataFormat.GDELT2, "IsRootEvent", "2", ProblemCode.NOT_A_NUMBER,
                        "GDELT.IsRootEvent must be 0 or 1, got '2'"),
                Arguments.of(DataFormat.GDELT2, "EventCode", "999", ProblemCode.UNKNOWN_CODE,
                        "GDELT.EventCode must be a CAMEO event code of GDELT's dialect, got '999'"),
                Arguments.of(DataFormat.GDELT1, "EventCode", "", ProblemCode.UNKNOWN_CODE,
                        "GDELT.EventCode must be a CAMEO event code of GDELT's dialect, got ''"),
                Arguments.of(DataFormat.GDELT2, "QuadClass", "5", ProblemCode.NOT_A_NUMBER,
                        "GDELT.QuadClass must be 1, 2, 3 or 4, got '5'"),
                Arguments.of(DataFormat.GDELT2, "GoldsteinScale", "10.5", ProblemCode.NOT_A_NUMBER,
                        "GDELT.GoldsteinScale must be a number from -10 to 10, got '10.5'"),
                Arguments.of(DataFormat.GDELT2, "NumMentions", "many", ProblemCode.NOT_A_NUMBER,
                        "GDELT.NumMentions must be a whole number, got 'many'"),
                Arguments.of(DataFormat.GDELT1, "AvgTone", "", ProblemCode.NOT_A_NUMBER,
                        "GDELT.AvgTone must be a number, got ''"),
                Arguments.of(DataFormat.GDELT2, "Actor1Geo_Type", "6", ProblemCode.NOT_A_NUMBER,
                        "GDELT.Actor1Geo_Type must be empty or a whole number from 0 to 5, got '6'"),
                Arguments.of(DataFormat.GDELT2, "ActionGeo_CountryCode", "U.S.", ProblemCode.UNKNOWN_CODE,
                        "GDELT.ActionGeo_CountryCode must be empty or two capital letters (FIPS 10-4, or GDELT's own"
                        + " such as OS for the oceans), got 'U.S.'"),
                Arguments.of(DataFormat.GDELT1, "ActionGeo_Lat", "95", ProblemCode.NOT_A_NUMBER,
                        "GDELT.ActionGeo_Lat must be empty or a latitude from -90 to 90, got '95'"),
                Arguments.of(DataFormat.GDELT2, "ActionGeo_Long", "-180.5", ProblemCode.NOT_A_NUMBER,
                        "GDELT.ActionGeo_Long must be empty or a longitude from -180 to 180, got '-180.5'"),
                Arguments.of(DataFormat.GDELT2, "DATEADDED", "20191024", ProblemCode.NOT_A_DATE,
                        "GDELT.DATEADDED must be a UTC time yyyyMMddHHmmss, got '20191024'"),
                Arguments.of(DataFormat.GDELT1, "DATEADDED", "20160732", ProblemCode.NOT_A_DATE,
                        "GDELT.DATEADDED must be a date yyyyMMdd, got '20160732'"),
                Arguments.of(DataFormat.GDELT2, "Actor1Name", " ", ProblemCode.MODEL_RULE,
                        "Actor.name must not be blank, got ' '"),
                Arguments.of(DataFormat.GDELT2, "ActionGeo_FullName", "Yangon\u0007", ProblemCode.MODEL_RULE,
                        "Location.place must not contain control characters, got 'Yangon\\u0007' (U+0007 at index 6)"),
                Arguments.of(DataFormat.GDELT2, "SOURCEURL", "news\u0007", ProblemCode.MODEL_RULE,
                        "AttributeValue.text must not contain control characters, got 'news\\u0007' (U+0007 at index 4)"));
    }

    @ParameterizedTest(name = "{0} {1} = ''{2}''")
    @MethodSource("badCells")
    void refuses_a_row_with_a_bad_cell_and_goes_on(DataFormat format, String column, String cell, ProblemCode code,
            String message) throws IOException {
        List<String> row = new ArrayList<>(firstRow(format));
        Layout layout = Layout.ofFieldCount(row.size());
        row.set(layout.columns().indexOf(column), cell);
        RowProblem expected = RowProblem.of("bad.tsv", 2, column, cell, code, message);
        assertCollectedAndThrown(format, String.join("\t", row), expected);
    }

    static Stream<Arguments> badFieldCounts() {
        List<String> v1 = firstRow(DataFormat.GDELT1);
        List<String> v2 = firstRow(DataFormat.GDELT2);
        return Stream.of(
                Arguments.of(DataFormat.GDELT2, String.join("\t", v1), "GDELT 2.0 row must have 61 fields, got 58"),
                Arguments.of(DataFormat.GDELT1, String.join("\t", v2), "GDELT 1.0 row must have 57 or 58 fields, got 61"),
                Arguments.of(DataFormat.GDELT1, String.join("\t", v1.subList(0, 56)),
                        "GDELT 1.0 row must have 57 or 58 fields, got 56"),
                Arguments.of(DataFormat.GDELT2, "GLOBALEVENTID SQLDATE", "GDELT 2.0 row must have 61 fields, got 1"));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("badFieldCounts")
    void refuses_a_row_of_another_field_count_and_goes_on(DataFormat format, String line, String message)
            throws IOException {
        assertCollectedAndThrown(format, line,
                RowProblem.of("bad.tsv", 2, null, null, ProblemCode.FIELD_COUNT, message));
    }

    @Test
    void refuses_a_line_too_long_to_hold_and_goes_on() throws IOException {
        assertCollectedAndThrown(DataFormat.GDELT2, "x".repeat(TableRows.TooLongRow.MAX_LENGTH + 1),
                RowProblem.of("bad.tsv", 2, null, null, ProblemCode.MALFORMED,
                        "GDELT row must be at most 1048576 bytes long, got a longer line"));
    }

    /** Reads a good row, the bad row and a good row, in collect mode and in fail-fast mode. */
    private static void assertCollectedAndThrown(DataFormat format, String bad, RowProblem expected)
            throws IOException {
        String good = String.join("\t", firstRow(format));
        String text = good + "\n" + bad + "\n" + good + "\n";
        ReadOptions options = ReadOptions.defaults().withInput("bad.tsv");
        try (FormatReader reader = reader(format, text, options.withErrorMode(ErrorMode.COLLECT))) {
            List<RowRecords> rows = new ArrayList<>();
            reader.forEachRemaining(rows::add);
            assertThat(rows).extracting(RowRecords::line).containsExactly(1L, 3L);
            assertThat(reader.problems()).containsExactly(expected);
            assertThat(reader.problemCounts()).containsExactly(Map.entry(expected.code(), 1L));
            assertThat(reader.rowsRead()).isEqualTo(3);
            assertThat(reader.rowsAccepted()).isEqualTo(2);
            assertThat(reader.rowsRefused()).isEqualTo(1);
            assertThat(reader.recordsRead()).isEqualTo(2);
        }
        try (FormatReader reader = reader(format, text, options)) {
            assertThat(reader.read().line()).isEqualTo(1);
            assertThatThrownBy(reader::read).isInstanceOfSatisfying(RowException.class,
                    e -> assertThat(e.problem()).isEqualTo(expected));
            assertThat(reader.read().line()).isEqualTo(3);
            assertThat(reader.read()).isNull();
            assertThat(reader.problems()).containsExactly(expected);
            assertThat(reader.rowsRead()).isEqualTo(3);
            assertThat(reader.rowsRefused()).isEqualTo(1);
        }
    }

    @Test
    void the_problem_reads_as_one_line() throws IOException {
        List<String> row = new ArrayList<>(firstRow(DataFormat.GDELT2));
        row.set(1, "20191345");
        try (FormatReader reader = reader(DataFormat.GDELT2, String.join("\t", row) + "\n",
                ReadOptions.defaults().withInput("gdelt2-export.tsv"))) {
            assertThatThrownBy(reader::read).hasMessage("gdelt2-export.tsv:1: column SQLDATE = \"20191345\":"
                    + " NOT_A_DATE: GDELT.SQLDATE must be a date yyyyMMdd, got '20191345'");
        }
    }

    @Test
    void an_empty_input_has_no_rows() throws IOException {
        try (FormatReader reader = reader(DataFormat.GDELT1, "", ReadOptions.defaults())) {
            assertThat(reader.read()).isNull();
            assertThat(reader.rowsRead()).isZero();
        }
    }

    //-----------------------------------------------------------------------
    static List<String> firstRow(DataFormat format) {
        return SampleFiles.readTsv(format == DataFormat.GDELT1 ? V1 : V2).get(0);
    }

    @Test
    void the_rows_of_one_article_share_its_source_and_repeated_places_and_codes_are_shared_yet_equal_to_rows_read_alone()
            throws IOException {
        List<List<String>> rows = SampleFiles.readTsv(V2);
        Map<String, SourceAttribution> sourceByUrl = new HashMap<>();
        Set<SourceAttribution> sources = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Location> places = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Coding> codings = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<List<String>> codesAndScores = new HashSet<>();
        int placesMentioned = 0;
        try (FormatReader reader = Formats.reader(DataFormat.GDELT2, resource(V2), ReadOptions.defaults())) {
            for (List<String> row : rows) {
                Event event = reader.read().event().orElseThrow();
                Event alone = GdeltRows.toModel(row).event().orElseThrow();
                assertThat(event).isEqualTo(alone);
                SourceAttribution source = event.sources().get(0);
                assertThat(sourceByUrl.computeIfAbsent(source.url().orElseThrow().toString(), url -> source))
                        .isSameAs(source);
                sources.add(source);
                codings.add(event.coding().orElseThrow());
                codesAndScores.add(List.of(row.get(GdeltRows.EVENT_CODE), row.get(GdeltRows.GOLDSTEIN_SCALE)));
                for (Location place : eventPlaces(event)) {
                    places.add(place);
                    placesMentioned++;
                }
            }
        }
        assertThat(sources).hasSize(47);  // the sample's distinct URLs, one source each
        assertThat(codings).hasSize(codesAndScores.size()).hasSizeLessThan(rows.size() / 2);
        assertThat(placesMentioned).isEqualTo(359);
        assertThat(places).hasSizeLessThan(150);  // 96 distinct places: some are built again once forgotten
    }

    @Test
    void gdelt1_rows_of_both_layouts_read_with_shared_places_equal_rows_read_alone() throws IOException {
        try (FormatReader reader = Formats.reader(DataFormat.GDELT1, resource(V1), ReadOptions.defaults())) {
            for (List<String> row : SampleFiles.readTsv(V1)) {
                assertThat(reader.read().event()).isEqualTo(GdeltRows.toModel(row).event());
            }
            assertThat(reader.read()).isNull();
        }
    }

    private static List<Location> eventPlaces(Event event) {
        List<Location> places = new ArrayList<>();
        event.location().ifPresent(places::add);
        event.participants().forEach(participant -> participant.location().ifPresent(places::add));
        return places;
    }

    @Test
    void a_source_that_left_its_url_to_an_attribute_is_shared_with_the_attribute() throws IOException {
        List<String> cells = new ArrayList<>(SampleFiles.readTsv(V2).get(0));
        cells.set(cells.size() - 1, "not-absolute");
        String relative = String.join("\t", cells);
        byte[] twice = (relative + "\n" + relative.replace("881990842", "881990843") + "\n")
                .getBytes(StandardCharsets.UTF_8);
        try (FormatReader reader = Formats.reader(DataFormat.GDELT2, new ByteArrayInputStream(twice),
                ReadOptions.defaults())) {
            Event first = reader.read().event().orElseThrow();
            Event second = reader.read().event().orElseThrow();
            assertThat(first.attributes()).containsEntry("gdelt.SOURCEURL", AttributeValue.of("not-absolute"));
            assertThat(second.attributes()).containsEntry("gdelt.SOURCEURL", AttributeValue.of("not-absolute"));
            assertThat(second.sources().get(0)).isSameAs(first.sources().get(0));
        }
    }

    static InputStream resource(String file) {
        return GdeltReaderTest.class.getResourceAsStream(file);
    }

    static FormatReader reader(DataFormat format, String text, ReadOptions options) throws IOException {
        return Formats.reader(format, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), options);
    }
}
