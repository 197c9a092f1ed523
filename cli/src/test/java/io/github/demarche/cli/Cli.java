package io.github.demarche.cli;

import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.Statement;
import io.github.demarche.examples.Briefing;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.jackson.DemarcheJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the command line in-process, with captured standard streams; and the test data. */
final class Cli {

    /** The shared samples of every dataset, in the formats module. */
    static final Path SAMPLES = Path.of("../formats/src/test/resources/samples");

    private Cli() {
    }

    /** What a run gave: its exit code, standard output and standard error. */
    record Result(int exitCode, byte[] stdout, String stderr) {

        String out() {
            return new String(stdout, StandardCharsets.UTF_8);
        }

        List<String> outLines() {
            return out().lines().toList();
        }

        List<String> errLines() {
            return stderr.lines().toList();
        }
    }

    static Result run(String... args) {
        return run(new byte[0], args);
    }

    static Result run(byte[] stdin, String... args) {
        return run(stdin, false, args);
    }

    static Result run(byte[] stdin, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = Demarche.commandLine(new ByteArrayInputStream(stdin), out, err, () -> terminal).execute(args);
        return new Result(exitCode, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** The reference article of the examples (China and Russia on Myanmar, March 2021). */
    static Dossier referenceArticle() {
        try (InputStream in = Briefing.class.getResourceAsStream("reference-article.json")) {
            return DemarcheJson.newObjectMapper().readValue(in, Dossier.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference article as JSON, as the examples ship it. */
    static byte[] referenceArticleJson() {
        try (InputStream in = Briefing.class.getResourceAsStream("reference-article.json")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The records of the reference article as Demarche NDJSON: the header, its 10 statements (lines
     * 2 to 11), its 6 events (12 to 17) and its casualty report (18), each a row of its own.
     */
    static byte[] referenceNdjson() {
        Dossier article = referenceArticle();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormatWriter writer = Formats.writer(DataFormat.NDJSON, out)) {
            for (Statement statement : article.statements()) {
                writer.write(RowRecords.of(statement));
            }
            for (Event event : article.events()) {
                writer.write(RowRecords.of(event));
            }
            for (CasualtyReport report : article.casualtyReports()) {
                writer.write(RowRecords.of(report));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The lines of the reference NDJSON, from line 1 (the header) at index 0. */
    static List<String> referenceLines() {
        return new String(referenceNdjson(), StandardCharsets.UTF_8).lines().toList();
    }

    /**
     * Bad NDJSON of five rows: a statement (line 2), a line broken off (3), a statement (4), a
     * casualty report whose low figure is above its best (5) and an event (6).
     */
    static byte[] badNdjson() {
        List<String> lines = referenceLines();
        String badReport = lines.get(17).replace("\"low\":271,\"best\":271", "\"low\":300,\"best\":271");
        if (badReport.equals(lines.get(17))) {
            throw new IllegalStateException("the reference casualty report has changed: " + badReport);
        }
        return String.join("\n", lines.get(0), lines.get(1), "{\"statement\":{\"id\":", lines.get(2), badReport,
                lines.get(11), "").getBytes(StandardCharsets.UTF_8);
    }
}
