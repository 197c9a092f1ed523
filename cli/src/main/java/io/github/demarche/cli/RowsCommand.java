package io.github.demarche.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Dossier;
import io.github.demarche.Violation;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.ErrorMode;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.jackson.DemarcheJson;
import io.github.demarche.jackson.InvalidValueException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What the commands that read rows share: the options of collect and fail-fast reading, opening a
 * reader of a format, reading every row with the progress line, and the summary.
 */
abstract class RowsCommand implements Callable<Integer> {

    /** The field names of an NDJSON line of Demarche's: a record of one kind, or the header. */
    private static final Set<String> NDJSON_FIELDS = Set.of("statement", "event", "casualtyReport", "document");

    /** How far a look at the start of a JSON input may read before it is rewound. */
    private static final int SNIFF_LIMIT = 1 << 20;

    @ParentCommand
    Demarche demarche;

    @Spec
    CommandSpec spec;

    @Option(names = "--fail-fast", order = 10, description = "Stop at the first refused row. By default every "
            + "refused row is reported and reading goes on with the next.")
    boolean failFast;

    @Option(names = "--max-problems", order = 11, paramLabel = "N",
            defaultValue = "" + ReadOptions.DEFAULT_MAX_PROBLEMS,
            description = "List at most N refused rows; all are counted (default: ${DEFAULT-VALUE}).")
    int maxProblems;

    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** Checks the options that picocli cannot. */
    final void checkOptions() {
        if (maxProblems < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Invalid value for option '--max-problems': must be at least 0, got " + maxProblems);
        }
    }

    /**
     * Opens a reader of a format in collect or fail-fast mode.
     *
     * @throws Demarche.CannotOpenException if this build has no reader of the format
     * @throws RowException if the input is refused before its first row (a header not the format's)
     */
    final FormatReader reader(DataFormat format, InputStream in, String input) throws IOException {
        ReadOptions options = ReadOptions.defaults().withInput(input)
                .withErrorMode(failFast ? ErrorMode.FAIL_FAST : ErrorMode.COLLECT).withMaxProblems(maxProblems);
        return Formats.reader(format, in, options);
    }

    /**
     * Reads every row, giving each accepted one to the consumer, and takes the reader's counts and
     * problems into the summary; stops at the first refused row in fail-fast mode, and where the
     * input breaks off.
     */
    final void readAll(FormatReader reader, Summary summary, RowConsumer consumer) throws IOException {
        Progress progress = new Progress(err(), demarche.terminal.getAsBoolean(), reader.options().input());
        try {
            while (true) {
                RowRecords row;
                try {
                    row = reader.read();
                } catch (RowException e) {
                    summary.stopped("stopped at the first refused row (--fail-fast): the rows after it were not read");
                    break;
                } catch (IOException e) {
                    summary.stopped("reading stopped after " + Summary.count(reader.rowsRead(), "row") + ": "
                            + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    break;
                } catch (RuntimeException e) {   // a reader's fault: said as it is, with its type
                    summary.stopped("reading stopped after " + Summary.count(reader.rowsRead(), "row") + ": " + e);
                    break;
                }
                if (row == null) {
                    break;
                }
                if (!consumer.accept(row)) {
                    break;
                }
                progress.rows(reader.rowsRead());
            }
        } finally {
            progress.done();
            summary.read(reader);
        }
    }

    /** Takes the rows a command reads. */
    @FunctionalInterface
    interface RowConsumer {
        /**
         * Takes an accepted row.
         *
         * @return false to stop reading
         */
        boolean accept(RowRecords row) throws IOException;
    }

    /**
     * Reads a whole Demarche JSON document: one row of the summary, valid or refused with its JSON
     * Pointer and the model's messages.
     *
     * @return the document, or null if it was refused
     */
    static Dossier readDocument(InputStream in, String input, Summary summary) throws IOException {
        try {
            Dossier dossier = DemarcheJson.newObjectMapper().readValue(in, Dossier.class);
            summary.acceptedDocument(dossier.statements().size() + dossier.events().size()
                    + dossier.casualtyReports().size() + dossier.documents().size());
            return dossier;
        } catch (InvalidValueException e) {
            summary.refusedDocument(problem(input, e, ProblemCode.MODEL_RULE, e.violations().stream()
                    .map(Violation::message).collect(Collectors.joining("; "))));
        } catch (JsonMappingException e) {
            summary.refusedDocument(problem(input, e, ProblemCode.MALFORMED, e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            summary.refusedDocument(RowProblem.of(input, line(e), ProblemCode.MALFORMED,
                    "not well-formed JSON: " + e.getOriginalMessage()));
        }
        return null;
    }

    private static RowProblem problem(String input, JsonMappingException e, ProblemCode code, String message) {
        String pointer = DemarcheJson.jsonPointer(e);
        return RowProblem.of(input, line(e), pointer.isEmpty() ? "/" : pointer, null, code, message);
    }

    private static long line(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
    }

    /**
     * Tells whether a JSON input is Demarche NDJSON (a first line that is a record of one kind, or
     * the header line) rather than a JSON document, by a look at its start; the stream is rewound.
     * Input that does not parse is taken to be NDJSON if its name says so ({@code .ndjson},
     * {@code .jsonl}), else a document.
     */
    static boolean isNdjson(BufferedInputStream in, String name) throws IOException {
        in.mark(SNIFF_LIMIT);
        JsonFactory factory = DemarcheJson.newObjectMapper().getFactory();
        try (JsonParser parser = factory.createParser(new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the stream is rewound, not closed
            }
        })) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return true;   // nothing at all: no rows
            }
            if (first != JsonToken.START_OBJECT || parser.nextToken() != JsonToken.FIELD_NAME) {
                return false;
            }
            String field = parser.currentName();
            if (NDJSON_FIELDS.contains(field)) {
                return true;
            }
            if (field.equals(DemarcheJson.FORMAT_FIELD)) {
                parser.nextToken();
                return parser.nextToken() == JsonToken.END_OBJECT;   // the header line alone
            }
            return false;
        } catch (IOException e) {
            String lower = name.toLowerCase(Locale.ROOT);
            return lower.endsWith(".ndjson") || lower.endsWith(".jsonl");
        } finally {
            in.reset();
        }
    }
}
