package io.github.demarche.examples;

import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.Statement;
import io.github.demarche.jackson.DemarcheJson;
import io.github.demarche.jackson.DemarcheNdjson;
import io.github.demarche.jackson.NdjsonException;
import io.github.demarche.jackson.NdjsonProblem;
import io.github.demarche.jackson.NdjsonReader;
import io.github.demarche.jackson.NdjsonWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Example 8: streaming NDJSON.
 *
 * <p>Idea: a pipeline reads and writes one record per line, in constant memory, whatever the size
 * of the file. A bad line is never silently dropped: by default it stops the reader with its line
 * number and JSON pointer; in collect mode it is reported and reading goes on.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am package -DskipTests exec:java -Dexec.mainClass=io.github.demarche.examples.Example08StreamingNdjson}
 */
public final class Example08StreamingNdjson {

    private Example08StreamingNdjson() {
    }

    /**
     * Runs the example.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        try {
            Dossier article = Briefing.referenceArticle(DemarcheJson.newObjectMapper());
            Path file = Files.createTempFile("demarche-", ".ndjson");
            try {
                DemarcheNdjson ndjson = DemarcheNdjson.create();

                // Write: one record per line after a format header; the writer closes the file.
                try (NdjsonWriter<Object> writer = ndjson.writer(file, Object.class)) {
                    writer.writeAll(article.statements());
                    writer.writeAll(article.events());
                    writer.writeAll(article.casualtyReports());
                }
                out.println("wrote " + Files.readAllLines(file).size() + " lines; the first: "
                        + Files.readAllLines(file).get(0));

                // Read as a stream of all three kinds; closing the stream closes the file.
                try (Stream<Object> records = ndjson.reader(file, Object.class).stream()) {
                    out.println("read back: " + records.map(Example08StreamingNdjson::kind)
                            .collect(Collectors.groupingBy(kind -> kind, TreeMap::new, Collectors.counting())));
                }

                // A reader of statements refuses the other kinds, naming the line (fail-fast by default).
                try (Stream<Statement> statements = ndjson.reader(file, Statement.class).stream()) {
                    statements.forEach(statement -> { });
                } catch (UncheckedIOException e) {
                    NdjsonException cause = (NdjsonException) e.getCause();
                    out.println("statements only: stopped at line " + cause.lineNumber() + ": "
                            + cause.getOriginalMessage());
                }

                // A bad line, appended (a date no reader can place): collect mode reports it and reads
                // everything else.
                String badLine = Files.readAllLines(file).get(1).replace("\"date\":\"2021-03\"", "\"date\":\"March 2021\"");
                Files.writeString(file, badLine + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
                DemarcheNdjson collecting = ndjson.withErrorMode(DemarcheNdjson.ErrorMode.COLLECT);
                try (NdjsonReader<Object> reader = collecting.reader(file, Object.class)) {
                    long records = 0;
                    while (reader.read() != null) {
                        records++;
                    }
                    out.println("collect mode: " + records + " records read, " + reader.problems().size() + " bad line");
                    for (NdjsonProblem problem : reader.problems()) {
                        out.println("  line " + problem.lineNumber() + " at " + problem.jsonPointer() + ": "
                                + problem.message());
                    }
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The kind of a record read, by its type: the class that implements it is the library's own. */
    private static String kind(Object record) {
        return record instanceof Statement ? "Statement" : record instanceof Event ? "Event"
                : record instanceof CasualtyReport ? "CasualtyReport" : "Document";
    }
}
