package io.github.demarche.flink.source;

import io.github.demarche.flink.typeutils.SourceRowTypeInfoFactory;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.apache.flink.api.common.typeinfo.TypeInfo;

/**
 * What a Demarche file source read from one row of a file: the row's records, or the problem of a
 * refused row (file, line, column, value, code and message, as the {@code demarche} command prints
 * it). {@link DemarcheFileSource#split} sends the records on and the problems to a side output.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
@TypeInfo(SourceRowTypeInfoFactory.class)
public final class SourceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The records of an accepted row, or null. */
    private final RowRecords records;
    /** The problem of a refused row, or null. */
    private final RowProblem problem;

    private SourceRow(RowRecords records, RowProblem problem) {
        this.records = records;
        this.problem = problem;
    }

    /**
     * Obtains the row of an accepted row.
     *
     * @param records  the row's records, not null
     * @return the row, not null
     */
    public static SourceRow of(RowRecords records) {
        return new SourceRow(Objects.requireNonNull(records, "records"), null);
    }

    /**
     * Obtains the row of a refused row.
     *
     * @param problem  the problem, not null
     * @return the row, not null
     */
    public static SourceRow of(RowProblem problem) {
        return new SourceRow(null, Objects.requireNonNull(problem, "problem"));
    }

    /**
     * Gets the records.
     *
     * @return the records, empty if the row was refused
     */
    public Optional<RowRecords> records() {
        return Optional.ofNullable(records);
    }

    /**
     * Gets the problem.
     *
     * @return the problem, empty if the row was accepted
     */
    public Optional<RowProblem> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SourceRow other && Objects.equals(records, other.records)
                && Objects.equals(problem, other.problem);
    }

    @Override
    public int hashCode() {
        return Objects.hash(records, problem);
    }

    /**
     * Gets the records' or the problem's description.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return records != null ? records.toString() : problem.toString();
    }
}
