package io.github.demarche.formats.ucdp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.ErrorMode;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowAssertions;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.TableRows;
import io.github.demarche.samples.SampleFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every row of the shared UCDP GED sample, and of the other GED layouts, read and written back
 * through the public API: UCDP GED, then Demarche's NDJSON, then UCDP GED again, compared field by
 * field with the rows read.
 */
class UcdpGedRoundTripTest {

    static final String FILE = "/samples/ucdp-ged-BGD.hdx.csv";

    /** The one row of the sample that the model refuses as published. */
    static final String INCONSISTENT = "84006";

    static byte[] sample() throws IOException {
        try (InputStream in = UcdpGedRoundTripTest.class.getResourceAsStream(FILE)) {
            return in.readAllBytes();
        }
    }

    /** What a conversion gave: the bytes written and the problems of the reader. */
    record Converted(byte[] bytes, List<RowProblem> problems, long rowsRead, long rowsAccepted, long recordsRead,
            long rowsWritten, long recordsWritten) {

        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    static Converted convert(DataFormat from, DataFormat to, byte[] input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReadOptions options = ReadOptions.defaults().withInput("in").withErrorMode(ErrorMode.COLLECT);
        try (FormatReader reader = Formats.reader(from, new ByteArrayInputStream(input), options);
                FormatWriter writer = Formats.writer(to, out)) {
            RowRecords row;
            while ((row = reader.read()) != null) {
                writer.write(row);
            }
            writer.flush();
            assertThat(reader.rowsRead()).isEqualTo(reader.rowsAccepted() + reader.rowsRefused());
            assertThat(writer.rowsWritten()).isEqualTo(reader.rowsAccepted());
            assertThat(writer.recordsWritten()).isEqualTo(reader.recordsRead());
            return new Converted(out.toByteArray(), reader.problems(), reader.rowsRead(), reader.rowsAccepted(),
                    reader.recordsRead(), writer.rowsWritten(), writer.recordsWritten());
        }
    }

    static List<List<String>> rows(byte[] csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (TableRows table = TableRows.csv(new ByteArrayInputStream(csv))) {
            String[] row;
            while ((row = table.next()) != null) {
                rows.add(List.of(row));
            }
        }
        return rows;
    }

    /** The sample's text without the line of event 84006 (a row of one line). */
    static String sampleButTheRefusedRow() throws IOException {
        String original = new String(sample(), StandardCharsets.UTF_8);
        return original.lines().filter(line -> !line.startsWith(INCONSISTENT + ","))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    /** Asserts that two texts are equal, naming the first line that differs. */
    static void assertSameLines(String actual, String expected) {
        List<String> written = actual.lines().collect(Collectors.toList());
        List<String> lines = expected.lines().collect(Collectors.toList());
        for (int i = 0; i < Math.min(written.size(), lines.size()); i++) {
            assertThat(written.get(i)).as("line %d", i + 1).isEqualTo(lines.get(i));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void every_row_of_the_sample_goes_through_ndjson_and_back_to_the_same_fields() throws IOException {
        Converted ndjson = convert(DataFormat.UCDP_GED, DataFormat.NDJSON, sample());
        assertThat(ndjson.rowsRead()).isEqualTo(601);
        assertThat(ndjson.rowsAccepted()).isEqualTo(600);
        assertThat(ndjson.recordsRead()).isEqualTo(600 * 5);
        assertThat(ndjson.problems()).extracting(RowProblem::code).containsExactly(ProblemCode.MODEL_RULE);
        Converted back = convert(DataFormat.NDJSON, DataFormat.UCDP_GED, ndjson.bytes());
        assertThat(back.problems()).isEmpty();
        assertThat(back.rowsRead()).isEqualTo(600);
        assertThat(back.recordsRead()).isEqualTo(600 * 5);

        List<List<String>> original = SampleFiles.readCsv(FILE);
        List<List<String>> written = rows(back.bytes());
        assertThat(written.get(0)).isEqualTo(original.get(0));
        assertThat(written.get(1)).as("the HXL hashtag row").isEqualTo(original.get(1));
        List<List<String>> expected = original.stream().skip(2).filter(row -> !row.get(0).equals(INCONSISTENT))
                .collect(Collectors.toList());
        assertThat(written).hasSize(expected.size() + 2);
        for (int i = 0; i < expected.size(); i++) {
            RowAssertions.assertSameFields(FILE, i + 3, UcdpGedLayout.HDX.columns(), expected.get(i),
                    written.get(i + 2));
        }
        assertSameLines(back.text(), sampleButTheRefusedRow());
    }

    @Test
    void the_sample_written_back_directly_is_the_same_text_but_the_refused_row() throws IOException {
        Converted back = convert(DataFormat.UCDP_GED, DataFormat.UCDP_GED, sample());
        String expected = sampleButTheRefusedRow();
        assertSameLines(back.text(), expected);
    }

    /**
     * GED's own layout of release 20.1 on (49 columns, {@code gwnoa}/{@code gwnob} last, no
     * {@code iso3}, the country from {@code country_id}): the sample's events written in it give
     * the same cell in every column that both layouts have, and go through NDJSON and back to the
     * same text.
     */
    @Test
    void the_sample_in_ged_s_own_layout_goes_through_ndjson_and_back_to_the_same_text() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReadOptions options = ReadOptions.defaults().withErrorMode(ErrorMode.COLLECT);
        try (FormatReader reader = Formats.reader(DataFormat.UCDP_GED, new ByteArrayInputStream(sample()), options);
                UcdpGedWriter writer = new UcdpGedWriter(out, UcdpGedLayout.GED)) {
            RowRecords row;
            while ((row = reader.read()) != null) {
                writer.write(row);
            }
        }
        byte[] ged = out.toByteArray();
        List<List<String>> original = SampleFiles.readCsv(FILE).stream().skip(2)
                .filter(row -> !row.get(0).equals(INCONSISTENT)).collect(Collectors.toList());
        List<List<String>> written = rows(ged);
        assertThat(written.get(0)).isEqualTo(UcdpGedLayout.GED.columns());
        assertThat(written).hasSize(original.size() + 1);
        List<String> hdx = UcdpGedLayout.HDX.columns();
        List<String> shared = hdx.stream().filter(UcdpGedLayout.GED::has).collect(Collectors.toList());
        assertThat(shared).hasSize(42);
        for (int i = 0; i < original.size(); i++) {
            for (String column : shared) {
                assertThat(written.get(i + 1).get(UcdpGedLayout.GED.columns().indexOf(column)))
                        .as("row %d column %s", i, column).isEqualTo(original.get(i).get(hdx.indexOf(column)));
            }
        }

        Converted ndjson = convert(DataFormat.UCDP_GED, DataFormat.NDJSON, ged);
        assertThat(ndjson.problems()).isEmpty();
        assertThat(ndjson.text()).contains("\"ucdp:layout\":\"ged\"");
        Converted back = convert(DataFormat.NDJSON, DataFormat.UCDP_GED, ndjson.bytes());
        assertSameLines(back.text(), new String(ged, StandardCharsets.UTF_8));
    }

    /**
     * Seeded random column sets: a random part of the sample's columns (the required ones always),
     * in a random order, with columns of no GED release holding any text, an HXL hashtag row or
     * none, and days written at midnight ({@code 2013-12-13 00:00:00.000}) in some rows; each file
     * goes through NDJSON and back to the same fields, header and hashtag row included.
     */
    @Test
    void files_of_random_column_sets_go_through_ndjson_and_back_to_the_same_fields() throws IOException {
        long seed = 20261203L;
        Random random = new Random(seed);
        List<List<String>> sample = SampleFiles.readCsv(FILE).stream().skip(2)
                .filter(row -> !row.get(0).equals(INCONSISTENT)).collect(Collectors.toList());
        List<String> hdx = UcdpGedLayout.HDX.columns();
        String[] texts = {"", "x", "a, b", "say \"no\"", "two\nlines", "#tag", "0", "  spaced  "};
        for (int round = 0; round < 40; round++) {
            List<String> columns = new ArrayList<>();
            for (String column : hdx) {
                if (UcdpGedLayout.REQUIRED.contains(column) || random.nextInt(10) < 7) {
                    columns.add(column);
                }
            }
            int extras = random.nextInt(3);
            for (int k = 0; k < extras; k++) {
                columns.add("extra_" + k);
            }
            Collections.shuffle(columns, random);
            List<List<String>> input = new ArrayList<>();
            input.add(columns);
            if (random.nextBoolean()) {
                input.add(columns.stream().map(column -> random.nextInt(3) == 0 ? "#" + column.replace("_", "+") : "")
                        .collect(Collectors.toList()));
                input.get(1).set(0, "#first");
            }
            for (int n = 0; n < 20; n++) {
                List<String> source = sample.get(random.nextInt(sample.size()));
                boolean midnight = random.nextInt(4) == 0;
                List<String> row = new ArrayList<>();
                for (String column : columns) {
                    String cell = column.startsWith("extra_") ? texts[random.nextInt(texts.length)]
                            : source.get(hdx.indexOf(column));
                    if (midnight && column.startsWith("date_") && !column.equals("date_prec")) {
                        cell += random.nextBoolean() ? " 00:00:00.000" : " 00:00:00";
                    }
                    row.add(cell);
                }
                input.add(row);
            }
            byte[] text = input.stream().map(UcdpGedLayout::line).collect(Collectors.joining("\n", "", "\n"))
                    .getBytes(StandardCharsets.UTF_8);

            Converted ndjson = convert(DataFormat.UCDP_GED, DataFormat.NDJSON, text);
            assertThat(ndjson.problems()).as("seed %d, round %d", seed, round).isEmpty();
            Converted back = convert(DataFormat.NDJSON, DataFormat.UCDP_GED, ndjson.bytes());
            assertThat(back.problems()).as("seed %d, round %d", seed, round).isEmpty();
            List<List<String>> written = rows(back.bytes());
            assertThat(written).as("seed %d, round %d", seed, round).hasSameSizeAs(input);
            for (int i = 0; i < input.size(); i++) {
                RowAssertions.assertSameFields("seed " + seed + " round " + round, i + 1, columns, input.get(i),
                        written.get(i));
            }
        }
    }
}
