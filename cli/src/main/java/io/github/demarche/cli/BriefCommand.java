package io.github.demarche.cli;

import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.Statement;
import io.github.demarche.examples.Briefing;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.RowException;
import java.io.BufferedInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code demarche brief INPUT}: the examples' briefing of the records of a file of any format. */
@Command(name = "brief", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
        description = {"Prints a briefing of INPUT: the actors and who speaks for whom, the statements in time order, "
                + "the casualty figures, how the actors align on each question and how their stances shifted.",
            "INPUT is Demarche NDJSON or a Demarche JSON document, or with --from a file of any format. The valid "
                + "records are held in memory; refused rows are reported on standard error.",
            "", "Exit codes: 0 every row read, 1 rows refused (the others still briefed), 2 usage error."},
        footer = {"", "Example:", "  demarche brief --from icews events.tab"})
final class BriefCommand extends RowsCommand {

    @Option(names = "--from", order = 1, paramLabel = "FORMAT", completionCandidates = Demarche.FormatNames.class,
            description = "Read INPUT as this format (${COMPLETION-CANDIDATES}) instead of Demarche JSON or NDJSON.")
    DataFormat from;

    @Parameters(index = "0", paramLabel = "INPUT", description = "The file to brief, or - for standard input.")
    String input;

    @Override
    public Integer call() throws IOException {
        checkOptions();
        Summary summary = new Summary(input, maxProblems);
        PrintStream out = new PrintStream(new FilterOutputStream(demarche.stdout) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();   // standard output stays open
            }
        }, false, StandardCharsets.UTF_8);
        try (BufferedInputStream in = Endpoints.open(demarche, spec.commandLine(), input); out) {
            if (from == null && !isNdjson(in, input)) {
                briefDocument(in, summary, out);
            } else {
                briefRecords(in, summary, out);
            }
        }
        summary.print(err());
        return summary.exitCode();
    }

    private void briefRecords(BufferedInputStream in, Summary summary, PrintStream out) throws IOException {
        List<Statement> statements = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<CasualtyReport> reports = new ArrayList<>();
        try (FormatReader reader = reader(from == null ? DataFormat.NDJSON : from, in, input)) {
            readAll(reader, summary, row -> {
                row.statement().ifPresent(statements::add);
                row.event().ifPresent(events::add);
                reports.addAll(row.casualtyReports());
                return true;
            });
        } catch (RowException e) {
            summary.refusedAtStart(e.problem());
            summary.stopped("the input was refused before its first row");
            return;
        }
        Briefing.printRecords(input.equals(Endpoints.STANDARD) ? "standard input"
                : String.valueOf(Path.of(input).getFileName()), statements, events, reports, out);
    }

    private void briefDocument(BufferedInputStream in, Summary summary, PrintStream out) throws IOException {
        Dossier dossier = readDocument(in, input, summary);
        if (dossier != null) {
            Briefing.print(dossier, out);
        }
    }
}
