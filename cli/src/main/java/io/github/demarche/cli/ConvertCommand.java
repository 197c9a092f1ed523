package io.github.demarche.cli;

import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.RowException;
import java.io.BufferedInputStream;
import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code demarche convert --from FORMAT --to FORMAT INPUT OUTPUT}: every row read, written in another format. */
@Command(name = "convert", mixinStandardHelpOptions = true, sortOptions = false, sortSynopsis = false,
        description = {"Reads INPUT in one format and writes its records to OUTPUT in another, one row at a time.",
            "A row that cannot be read, or written in the output's format, is refused and reported on standard "
                + "error; the others are still written.",
            "", "Formats: gdelt1, gdelt2, icews, ucdp-ged, plover, ndjson (Demarche's own NDJSON).",
            "", "Exit codes: 0 every row written, 1 rows refused, 2 usage error."},
        footer = {"", "Example:",
            "  demarche convert --from gdelt2 --to ndjson export.CSV events.ndjson"})
final class ConvertCommand extends RowsCommand {

    @Option(names = "--from", required = true, order = 1, paramLabel = "FORMAT",
            completionCandidates = Demarche.FormatNames.class,
            description = "The format of INPUT: ${COMPLETION-CANDIDATES}.")
    DataFormat from;

    @Option(names = "--to", required = true, order = 2, paramLabel = "FORMAT",
            completionCandidates = Demarche.FormatNames.class,
            description = "The format of OUTPUT: ${COMPLETION-CANDIDATES}.")
    DataFormat to;

    @Parameters(index = "0", paramLabel = "INPUT", description = "The file to read, or - for standard input.")
    String input;

    @Parameters(index = "1", paramLabel = "OUTPUT",
            description = "The file to write (replaced if it exists), or - for standard output.")
    String output;

    @Override
    public Integer call() throws IOException {
        checkOptions();
        Summary summary = new Summary(input, maxProblems);
        try (BufferedInputStream in = Endpoints.open(demarche, spec.commandLine(), input)) {
            FormatReader reader;
            try {
                reader = reader(from, in, input);
            } catch (RowException e) {
                return refusedAtOpening(summary, e);
            }
            try (reader) {
                try (FormatWriter writer = Formats.writer(to, Endpoints.create(demarche, spec.commandLine(), output,
                        input))) {
                    readAll(reader, summary, row -> {
                        try {
                            writer.write(row);
                            return true;
                        } catch (RowException e) {
                            summary.writerRefused(e.problem());
                            if (failFast) {
                                summary.stopped("stopped at the first refused row (--fail-fast): the rows after it "
                                        + "were not read");
                            }
                            return !failFast;
                        }
                    });
                    writer.flush();
                    summary.written(output, writer.rowsWritten(), writer.recordsWritten());
                }
            }
        }
        summary.print(err());
        return summary.exitCode();
    }

    private int refusedAtOpening(Summary summary, RowException e) {
        summary.refusedAtStart(e.problem());
        summary.written(output, 0, 0);
        summary.stopped("the input was refused before its first row: nothing was written");
        summary.print(err());
        return Demarche.ROWS_REFUSED;
    }
}
