package io.github.demarche.formats.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CameoCode;
import io.github.demarche.CameoDialect;
import io.github.demarche.Coding;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.gdelt.GdeltRows;
import io.github.demarche.formats.icews.IcewsRows;
import io.github.demarche.samples.SampleFiles;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * GDELT and ICEWS records written as PLOVER agree with the CAMEO to PLOVER crosswalk file
 * ({@code CAMEO2PLOVER-2021.txt}, from core's test-jar), read here apart from core's table.
 */
class PloverCrosswalkTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** One mapping of the file: type, mode ("" for none) and contexts, as written. */
    record Mapping(String type, String mode, List<String> contexts) {
    }

    /**
     * Reads the mapping lines {@code code: TYPE, mode, contexts # text}, contexts split at ';'. A code
     * written twice with two different mappings (root 08: CONCEDE and RETREAT) maps to nothing.
     */
    static Map<String, Optional<Mapping>> crosswalk() throws IOException {
        Map<String, Optional<Mapping>> map = new LinkedHashMap<>();
        try (InputStream in = PloverCrosswalkTest.class.getResourceAsStream("/reference-data/CAMEO2PLOVER-2021.txt")) {
            assertThat(in).as("core's test resource CAMEO2PLOVER-2021.txt").isNotNull();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                int colon = line.indexOf(':');
                if (colon < 0 || !line.substring(0, colon).matches("\\d+")) {
                    continue;
                }
                String text = line.substring(colon + 1);
                int hash = text.indexOf('#');
                String[] fields = (hash < 0 ? text : text.substring(0, hash)).split(",", -1);
                List<String> contexts = new ArrayList<>();
                if (fields.length > 2) {
                    for (String context : fields[2].split(";")) {
                        if (!context.isBlank()) {
                            contexts.add(context.strip());
                        }
                    }
                }
                Mapping mapping = new Mapping(fields[0].strip(), fields.length > 1 ? fields[1].strip() : "", contexts);
                String code = line.substring(0, colon);
                Optional<Mapping> earlier = map.get(code);
                map.put(code, earlier == null || earlier.equals(Optional.of(mapping)) ? Optional.of(mapping)
                        : Optional.empty());
            }
        }
        return map;
    }

    /** The mapping that a written PLOVER record shows. */
    private static Mapping written(JsonNode record) {
        List<String> contexts = record.has("context") ? List.of(record.get("context").textValue().split(", "))
                : List.of();
        return new Mapping(record.get("event").textValue(), record.path("mode").asText(""), contexts);
    }

    private static Event event(CameoCode code) {
        return Event.builder().id("test-" + code.code()).date(ApproximateDate.parse("2021-04-24"))
                .type(EventType.OTHER).coding(Coding.of(code)).addSource(SourceAttribution.builder().coder("test")
                        .build()).build();
    }

    @Test
    void every_code_of_the_crosswalk_file_is_written_as_the_file_maps_it_in_both_dialects() throws IOException {
        Map<String, Optional<Mapping>> crosswalk = crosswalk();
        assertThat(crosswalk).hasSize(274);
        int checked = 0;
        for (CameoDialect dialect : CameoDialect.values()) {
            for (Map.Entry<String, Optional<Mapping>> entry : crosswalk.entrySet()) {
                if (!CameoCode.validate(dialect, entry.getKey()).isEmpty()) {
                    continue;
                }
                CameoCode code = CameoCode.of(dialect, entry.getKey());
                RowRecords row = RowRecords.of(event(code));
                if (entry.getValue().isPresent()) {
                    assertThat(written(PloverRecords.toRecord(row))).as("%s %s", dialect, code)
                            .isEqualTo(entry.getValue().get());
                } else {
                    assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> PloverRecords.toRecord(row)))
                            .as("%s %s", dialect, code).hasMessage("PLOVER.event must be a PLOVER event type, got "
                                    + "CAMEO code " + code.code() + " of event 'test-" + code.code()
                                    + "', which the CAMEO to PLOVER crosswalk gives none");
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(400);
    }

    /** What writing the rows of a sample as PLOVER gave: the written records by row, and the problems. */
    private record Written(Map<Integer, JsonNode> records, List<RowProblem> problems) {
    }

    private static Written write(List<RowRecords> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<RowProblem> problems = new ArrayList<>();
        List<Integer> accepted = new ArrayList<>();
        try (FormatWriter writer = Formats.writer(DataFormat.PLOVER, out)) {
            for (int i = 0; i < rows.size(); i++) {
                try {
                    writer.write(rows.get(i));
                    accepted.add(i);
                } catch (RowException e) {
                    problems.add(e.problem());
                }
            }
            assertThat(writer.rowsWritten()).isEqualTo(accepted.size());
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSameSizeAs(accepted.toArray());
        Map<Integer, JsonNode> records = new TreeMap<>();
        for (int i = 0; i < lines.length; i++) {
            records.put(accepted.get(i), MAPPER.readTree(lines[i]));
        }
        return new Written(records, problems);
    }

    /** The CAMEO codes of a row: the event's, or each stance's. */
    private static Set<CameoCode> codes(RowRecords row) {
        Set<CameoCode> codes = new HashSet<>();
        row.event().flatMap(Event::coding).flatMap(Coding::cameoCode).ifPresent(codes::add);
        row.statement().ifPresent(s -> s.stances().stream().map(Stance::coding).flatMap(Optional::stream)
                .map(Coding::cameoCode).flatMap(Optional::stream).forEach(codes::add));
        return codes;
    }

    /** Asserts that each row is written as the crosswalk maps its code, or refused where it maps none. */
    private static void assertAgrees(String file, List<RowRecords> rows, int expectWritten) throws IOException {
        Map<String, Optional<Mapping>> crosswalk = crosswalk();
        Written written = write(rows);
        List<Integer> refusedRows = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Set<CameoCode> codes = codes(rows.get(i));
            assertThat(codes).as("%s row %d", file, i).hasSize(1);
            CameoCode code = codes.iterator().next();
            Optional<Mapping> mapping = crosswalk.getOrDefault(code.code(), Optional.empty());
            if (mapping.isPresent()) {
                assertThat(written.records()).as("%s row %d, CAMEO %s", file, i, code).containsKey(i);
                JsonNode record = written.records().get(i);
                assertThat(written(record)).as("%s row %d, CAMEO %s", file, i, code).isEqualTo(mapping.get());
                assertThat(record.get("id").textValue()).isEqualTo(recordId(rows.get(i)));
            } else {
                assertThat(written.records()).as("%s row %d, CAMEO %s", file, i, code).doesNotContainKey(i);
                refusedRows.add(i);
            }
        }
        assertThat(written.problems()).hasSize(refusedRows.size());
        for (int k = 0; k < refusedRows.size(); k++) {
            RowRecords row = rows.get(refusedRows.get(k));
            CameoCode code = codes(row).iterator().next();
            String kind = row.statement().isPresent() ? "statement" : "event";
            assertThat(written.problems().get(k)).isEqualTo(RowProblem.of("-", row.line(), "event", code.code(),
                    ProblemCode.NOT_WRITABLE, "PLOVER.event must be a PLOVER event type, got CAMEO code " + code.code()
                            + " of " + kind + " '" + recordId(row) + "', which the CAMEO to PLOVER crosswalk gives none"));
        }
        assertThat(written.records()).as(file).hasSize(expectWritten);
    }

    private static String recordId(RowRecords row) {
        return row.event().map(Event::id).orElseGet(() -> row.statement().orElseThrow().id());
    }

    private static List<RowRecords> rows(String file, int skip, Function<List<String>, RowRecords> mapping) {
        List<List<String>> lines = SampleFiles.readTsv("/samples/" + file);
        List<RowRecords> rows = new ArrayList<>();
        for (int i = skip; i < lines.size(); i++) {
            rows.add(mapping.apply(lines.get(i)).withLine(i + 1));
        }
        return rows;
    }

    @Test
    void gdelt_rows_are_written_as_the_crosswalk_maps_their_codes() throws IOException {
        assertAgrees("gdelt2", rows("gdelt2-export-20191024143000.sample.tsv", 0, GdeltRows::toModel), 109);
        assertAgrees("gdelt1", rows("gdelt1-events-2016-07.sample.tsv", 0, GdeltRows::toModel), 538);
    }

    @Test
    void icews_rows_are_written_as_the_crosswalk_maps_their_codes() throws IOException {
        assertAgrees("icews", rows("icews-events-2018-06.sample.tab", 1, IcewsRows::toModel), 249);
    }
}
