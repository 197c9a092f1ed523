package io.github.demarche.formats;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Event;
import io.github.demarche.Statement;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.gdelt.GdeltRows;
import io.github.demarche.formats.icews.IcewsRows;
import io.github.demarche.formats.plover.PloverRecords;
import io.github.demarche.formats.ucdp.UcdpGedRows;
import io.github.demarche.jackson.DemarcheNdjson;
import io.github.demarche.jackson.JsonSupport;
import io.github.demarche.jackson.NdjsonReader;
import io.github.demarche.jackson.NdjsonWriter;
import io.github.demarche.jackson.SchemaSupport;
import io.github.demarche.samples.SampleFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON round trip of every mapped row of every event-data sample: GDELT 1.0 and 2.0, ICEWS and
 * UCDP GED (the core module's mappings, from its test-jar) and PLOVER ({@link PloverRecords}).
 * Each record a row became is written with {@link DemarcheJson#newObjectMapper()}, read back equal,
 * written again to the same text, and valid against the schema; the values read back give the
 * dataset's row again; and a whole file's records go through NDJSON and come back equal.
 */
class SampleRowsJsonTest {

    private static final String GDELT1 = "/samples/gdelt1-events-2016-07.sample.tsv";
    private static final String GDELT2 = "/samples/gdelt2-export-20191024143000.sample.tsv";
    private static final String ICEWS = "/samples/icews-events-2018-06.sample.tab";
    private static final String UCDP = "/samples/ucdp-ged-BGD.hdx.csv";
    private static final String PLOVER = "/samples/plover-gsr-0.5b1.sample.json";

    /** The UCDP row that the model refuses as published: low 0, best 3, high 0. */
    private static final String UCDP_INCONSISTENT = "84006";

    /** A row of a sample: where it is, what it holds, the values it became and how to write it back. */
    private static final class Row {
        final String file;
        final int line;
        final Object original;
        final RowRecords values;
        final Function<RowRecords, Object> back;

        Row(String file, int line, Object original, Function<Object, RowRecords> map, Function<RowRecords, Object> back) {
            this.file = file;
            this.line = line;
            this.original = original;
            this.values = map.apply(original);
            this.back = back;
        }

        @Override
        public String toString() {
            return file + " line " + line;
        }
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, RowRecords> fromRow(Function<List<String>, RowRecords> toModel) {
        return row -> toModel.apply((List<String>) row);
    }

    static Stream<Arguments> samples() {
        return Stream.of(
                Arguments.of(GDELT1, 710),
                Arguments.of(GDELT2, 129),
                Arguments.of(ICEWS, 303),
                Arguments.of(UCDP, 600),
                Arguments.of(PLOVER, 161));
    }

    /** Reads and maps every row of a sample that the model holds (all but UCDP's 84006 and PLOVER's DOCUMENT). */
    private static List<Row> rows(String file) {
        List<Row> rows = new ArrayList<>();
        switch (file) {
            case GDELT1:
            case GDELT2: {
                List<List<String>> lines = SampleFiles.readTsv(file);
                for (int i = 0; i < lines.size(); i++) {
                    rows.add(new Row(file, i + 1, lines.get(i), fromRow(GdeltRows::toModel), GdeltRows::toRow));
                }
                break;
            }
            case ICEWS: {
                List<List<String>> lines = SampleFiles.readTsv(file);
                for (int i = 1; i < lines.size(); i++) {
                    rows.add(new Row(file, i + 1, lines.get(i), fromRow(IcewsRows::toModel), IcewsRows::toRow));
                }
                break;
            }
            case UCDP: {
                List<List<String>> lines = SampleFiles.readCsv(file);
                for (int i = 2; i < lines.size(); i++) {
                    if (!lines.get(i).get(0).equals(UCDP_INCONSISTENT)) {
                        rows.add(new Row(file, i + 1, lines.get(i), fromRow(UcdpGedRows::toModel), UcdpGedRows::toRow));
                    }
                }
                break;
            }
            case PLOVER: {
                List<JsonNode> records = ploverRecords();
                for (int i = 0; i < records.size(); i++) {
                    if (!PloverRecords.isDocument(records.get(i))) {
                        rows.add(new Row(file, i + 1, records.get(i), record -> PloverRecords.toModel((JsonNode) record),
                                PloverRecords::toRecord));
                    }
                }
                break;
            }
            default:
                throw new IllegalArgumentException(file);
        }
        return rows;
    }

    private static List<JsonNode> ploverRecords() {
        try (InputStream in = SampleRowsJsonTest.class.getResourceAsStream(PLOVER)) {
            List<JsonNode> records = new ArrayList<>();
            new ObjectMapper().readTree(in).forEach(records::add);
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The records of a row's values, as an NDJSON file holds them: the statement or event, then its reports. */
    private static List<Object> records(RowRecords values) {
        List<Object> records = new ArrayList<>();
        values.statement().ifPresent(records::add);
        values.event().ifPresent(records::add);
        records.addAll(values.casualtyReports());
        return records;
    }

    private static String definition(Object record) {
        return record instanceof Statement ? "Statement" : record instanceof Event ? "Event" : "CasualtyReport";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void every_record_of_every_row_survives_json_exactly(String file, int count) throws Exception {
        List<Row> rows = rows(file);
        assertThat(rows).hasSize(count);
        for (Row row : rows) {
            List<Object> read = new ArrayList<>();
            for (Object record : records(row.values)) {
                String json = JsonSupport.write(record);
                Object back = JsonSupport.read(json, JsonSupport.modelType(record));
                assertThat(back).as("%s: %s read back from %s", row, record, json).isEqualTo(record);
                assertThat(JsonSupport.write(back)).as("%s: written again", row).isEqualTo(json);
                SchemaSupport.assertValid(json, definition(record));
                read.add(back);
            }
            List<CasualtyReport> reports = read.stream().filter(CasualtyReport.class::isInstance)
                    .map(CasualtyReport.class::cast).collect(Collectors.toList());
            RowRecords readBack = find(read, Statement.class).map(RowRecords::of)
                    .orElseGet(() -> RowRecords.of(find(read, Event.class).orElseThrow(), reports));
            assertThat(row.back.apply(readBack)).as("%s written back from JSON", row).isEqualTo(row.original);
        }
    }

    private static <T> Optional<T> find(List<Object> records, Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void a_whole_file_of_records_survives_ndjson(String file, int count) throws Exception {
        List<Object> records = new ArrayList<>();
        rows(file).forEach(row -> records.addAll(records(row.values)));
        DemarcheNdjson ndjson = DemarcheNdjson.create();
        StringWriter out = new StringWriter();
        try (NdjsonWriter<Object> writer = ndjson.writer(out, Object.class)) {
            writer.writeAll(records);
            assertThat(writer.recordCount()).isEqualTo(records.size());
        }
        String[] lines = out.toString().split("\n", -1);
        assertThat(lines).hasSize(records.size() + 2);  // the header, the records, and "" after the last \n
        for (int i = 0; i < lines.length - 1; i++) {
            SchemaSupport.assertValid(lines[i], "NdjsonLine");
        }
        List<Object> read = new ArrayList<>();
        try (NdjsonReader<Object> reader = ndjson.reader(new StringReader(out.toString()), Object.class)) {
            for (Object record; (record = reader.read()) != null; ) {
                read.add(record);
            }
            assertThat(reader.problems()).isEmpty();
        }
        assertThat(read).as("%s through NDJSON", file).containsExactlyElementsOf(records);
    }
}
