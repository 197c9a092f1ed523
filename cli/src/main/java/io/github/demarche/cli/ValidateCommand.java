package io.github.demarche.cli;

import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.RowException;
import java.io.BufferedInputStream;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code demarche validate INPUT}: reads a Demarche JSON document or NDJSON file (or, with
 * {@code --from}, a file of any format) and reports what the model refuses.
 */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
        description = {"Checks INPUT against the model's rules: a Demarche JSON document, or Demarche NDJSON "
                + "(one statement, event, casualty report or document a line), told apart by how the input begins.",
            "With --from, a file of any format is checked as convert would read it. Nothing is written but the "
                + "summary, on standard error.",
            "", "Exit codes: 0 all valid, 1 rows refused, 2 usage error."})
final class ValidateCommand extends RowsCommand {

    @Option(names = "--from", order = 1, paramLabel = "FORMAT", completionCandidates = Demarche.FormatNames.class,
            description = "Read INPUT as this format (${COMPLETION-CANDIDATES}) instead of Demarche JSON or NDJSON.")
    DataFormat from;

    @Parameters(index = "0", paramLabel = "INPUT", description = "The file to check, or - for standard input.")
    String input;

    @Override
    public Integer call() throws IOException {
        checkOptions();
        Summary summary = new Summary(input, maxProblems);
        try (BufferedInputStream in = Endpoints.open(demarche, spec.commandLine(), input)) {
            if (from == null && !isNdjson(in, input)) {
                readDocument(in, input, summary);
            } else {
                try (FormatReader reader = reader(from == null ? DataFormat.NDJSON : from, in, input)) {
                    readAll(reader, summary, row -> true);
                } catch (RowException e) {
                    summary.refusedAtStart(e.problem());
                    summary.stopped("the input was refused before its first row");
                }
            }
        }
        summary.print(err());
        return summary.exitCode();
    }
}
