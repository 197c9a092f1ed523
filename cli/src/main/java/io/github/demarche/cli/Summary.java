package io.github.demarche.cli;

import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.RowProblem;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a command read, wrote and refused, printed on standard error when it ends:
 * <pre>
 * export.tsv: 129 rows read: 127 written (127 records) to events.ndjson, 2 refused
 * refused: NOT_A_DATE 1, MODEL_RULE 1
 * export.tsv:12: column SQLDATE = "20191345": NOT_A_DATE: GDELT.SQLDATE must be a date yyyyMMdd, got '20191345'
 * export.tsv:40: NOT_WRITABLE: ...
 * </pre>
 * The rows read are the rows accepted (written, or valid) and the rows refused, by the reader or
 * by the writer; the refused rows are counted by code, and the first of them (at most
 * {@code --max-problems}) are listed, in the order of the input.
 */
final class Summary {

    private final String input;
    private final int maxProblems;
    private final Map<ProblemCode, Long> refusedByCode = new EnumMap<>(ProblemCode.class);
    private final List<RowProblem> problems = new ArrayList<>();
    private long rowsRead;
    private long recordsRead;
    private long rowsRefused;
    private long writerRefused;
    private long rowsWritten = -1;
    private long recordsWritten;
    private String output;
    private String stopped;
    private String unit = "row";

    Summary(String input, int maxProblems) {
        this.input = input;
        this.maxProblems = maxProblems;
    }

    /** Takes the counts and problems of a reader that has ended. */
    void read(FormatReader reader) {
        rowsRead = reader.rowsRead();
        recordsRead = reader.recordsRead();
        rowsRefused += reader.rowsRefused();
        reader.problemCounts().forEach((code, count) -> refusedByCode.merge(code, count, Long::sum));
        problems.addAll(reader.problems());
    }

    /** Counts a row that the writer refused, naming the input where its problem names the writer's. */
    void writerRefused(RowProblem problem) {
        writerRefused++;
        rowsRefused++;
        refusedByCode.merge(problem.code(), 1L, Long::sum);
        if (problems.size() < maxProblems) {
            problems.add(RowProblem.of(input, problem.line(), problem.column().orElse(null),
                    problem.value().orElse(null), problem.code(), problem.message()));
        }
    }

    /** Takes the counts of a writer that has ended. */
    void written(String outputName, long rows, long records) {
        output = outputName;
        rowsWritten = rows;
        recordsWritten = records;
    }

    /** Says why reading stopped before the end of the input. */
    void stopped(String why) {
        stopped = why;
    }

    /** Refused a JSON document, the whole input. */
    void refusedDocument(RowProblem problem) {
        unit = "document";
        refusedAtStart(problem);
    }

    /** Refused the input before its first row, such as a header not its format's: counted as one row refused. */
    void refusedAtStart(RowProblem problem) {
        rowsRead++;
        rowsRefused++;
        refusedByCode.merge(problem.code(), 1L, Long::sum);
        if (problems.size() < maxProblems) {
            problems.add(problem);
        }
    }

    /** Accepted a JSON document, the whole input. */
    void acceptedDocument(int records) {
        unit = "document";
        rowsRead++;
        recordsRead += records;
    }

    long rowsRefused() {
        return rowsRefused;
    }

    boolean isClean() {
        return rowsRefused == 0 && stopped == null;
    }

    /** The exit code: 0 if every row was read (and written), else {@link Demarche#ROWS_REFUSED}. */
    int exitCode() {
        return isClean() ? 0 : Demarche.ROWS_REFUSED;
    }

    void print(PrintWriter err) {
        // rows read by the reader include those it refused; those the writer refused were read and accepted
        long readerRefused = rowsRefused - writerRefused;
        StringBuilder head = new StringBuilder(Endpoints.displayName(input)).append(": ")
                .append(count(rowsRead, unit)).append(" read: ");
        if (rowsWritten >= 0) {
            head.append(rowsWritten).append(" written (").append(count(recordsWritten, "record")).append(") to ")
                    .append(output.equals(Endpoints.STANDARD) ? "standard output" : output);
        } else {
            head.append(rowsRead - readerRefused).append(" valid (").append(count(recordsRead, "record"))
                    .append(')');
        }
        err.println(head.append(", ").append(rowsRefused).append(" refused"));
        if (rowsRefused > 0) {
            err.println("refused: " + refusedByCode.entrySet().stream()
                    .map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", ")));
            List<RowProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingLong(RowProblem::line));   // stable: the reader's before the writer's
            sorted.stream().limit(maxProblems).forEach(err::println);
            long unlisted = rowsRefused - Math.min(maxProblems, sorted.size());
            if (unlisted > 0) {
                err.println("(" + count(unlisted, "more refused row") + " not listed; --max-problems " + maxProblems
                        + ")");
            }
        }
        if (stopped != null) {
            err.println(stopped);
        }
        err.flush();
    }

    static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
