package io.github.demarche.flink;

import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Document;
import io.github.demarche.Event;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.SecondFixture;
import io.github.demarche.Statement;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.ErrorMode;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The records the tests serialize: both fixtures of the core (every kind of claim the model has),
 * and every row of the importers' samples (GDELT 1.0 and 2.0, ICEWS, UCDP GED, PLOVER).
 */
public final class TestRecords {

    /** The samples of the formats' test-jar, by format. */
    public static final Map<DataFormat, String> SAMPLES = samples();

    private TestRecords() {
    }

    private static Map<DataFormat, String> samples() {
        Map<DataFormat, String> samples = new LinkedHashMap<>();
        samples.put(DataFormat.GDELT1, "/samples/gdelt1-events-2016-07.sample.tsv");
        samples.put(DataFormat.GDELT2, "/samples/gdelt2-export-20191024143000.sample.tsv");
        samples.put(DataFormat.ICEWS, "/samples/icews-events-2018-06.sample.tab");
        samples.put(DataFormat.UCDP_GED, "/samples/ucdp-ged-BGD.hdx.csv");
        samples.put(DataFormat.PLOVER, "/samples/plover-gsr-0.5b1.sample.json");
        return samples;
    }

    /**
     * Reads a sample in collect mode.
     *
     * @param format  the format
     * @return the rows, with their lines
     */
    public static List<RowRecords> rows(DataFormat format) {
        List<RowRecords> rows = new ArrayList<>();
        try (InputStream in = TestRecords.class.getResourceAsStream(SAMPLES.get(format));
                FormatReader reader = Formats.reader(format, in,
                        ReadOptions.defaults().withInput(SAMPLES.get(format)).withErrorMode(ErrorMode.COLLECT))) {
            for (RowRecords row; (row = reader.read()) != null; ) {
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** @return every row of every sample */
    public static List<RowRecords> allRows() {
        List<RowRecords> rows = new ArrayList<>();
        SAMPLES.keySet().forEach(format -> rows.addAll(rows(format)));
        return rows;
    }

    /** @return the statements of both fixtures and of the samples */
    public static List<Statement> statements() {
        List<Statement> statements = new ArrayList<>(ReferenceArticleFixture.STATEMENTS);
        statements.addAll(SecondFixture.STATEMENTS);
        allRows().forEach(row -> row.statement().ifPresent(statements::add));
        return statements;
    }

    /** @return the events of both fixtures and of the samples */
    public static List<Event> events() {
        List<Event> events = new ArrayList<>(ReferenceArticleFixture.EVENTS);
        events.addAll(SecondFixture.EVENTS);
        allRows().forEach(row -> row.event().ifPresent(events::add));
        return events;
    }

    /** @return the casualty reports of both fixtures and of the samples */
    public static List<CasualtyReport> casualtyReports() {
        List<CasualtyReport> reports = new ArrayList<>(ReferenceArticleFixture.dossier().casualtyReports());
        reports.addAll(SecondFixture.CASUALTY_REPORTS);
        allRows().forEach(row -> reports.addAll(row.casualtyReports()));
        return reports;
    }

    /** @return the actors of both fixtures, and the speakers of the samples' statements */
    public static List<Actor> actors() {
        List<Actor> actors = new ArrayList<>(ReferenceArticleFixture.ACTORS);
        actors.addAll(SecondFixture.ACTORS);
        allRows().forEach(row -> row.statement().ifPresent(statement -> actors.addAll(statement.speakers())));
        return actors;
    }

    /** @return the documents of the second fixture */
    public static List<Document> documents() {
        return SecondFixture.DOCUMENTS;
    }

    /** @return problems with and without a column and a value */
    public static List<RowProblem> problems() {
        return List.of(
                RowProblem.of("ucdp-ged-BGD.hdx.csv", 64, "high", "0", io.github.demarche.formats.ProblemCode.MODEL_RULE,
                        "QualifiedCount.bounds must satisfy low <= best <= high, got low=0, best=3, high=0"),
                RowProblem.of("export.CSV", 3, io.github.demarche.formats.ProblemCode.FIELD_COUNT,
                        "GDELT 2.0 row must have 61 fields, got 12"),
                RowProblem.of("-", 0, null, "\u00e9t\u00e9 \"quoted\"", io.github.demarche.formats.ProblemCode.MALFORMED,
                        "message with\nline break"));
    }
}
