package io.github.demarche.samples;

import io.github.demarche.CasualtyReport;
import io.github.demarche.Event;
import io.github.demarche.Statement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The model values one row of an event dataset became: a statement or an event, and the casualty
 * reports that belong to it (UCDP GED's figures per side).
 *
 * @param statement  the statement, for a row of a verbal code that a stance type admits (ICEWS)
 * @param event  the event, for every other row
 * @param casualtyReports  the casualty reports of the event, in the order of the row's columns
 */
public record MappedRow(Optional<Statement> statement, Optional<Event> event, List<CasualtyReport> casualtyReports) {

    /**
     * Checks that exactly one of statement and event is given, and copies the reports.
     *
     * @param statement  the statement, or empty
     * @param event  the event, or empty
     * @param casualtyReports  the casualty reports, not null
     */
    public MappedRow {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(event, "event");
        casualtyReports = List.copyOf(casualtyReports);
        if (statement.isPresent() == event.isPresent()) {
            throw new IllegalArgumentException("MappedRow must hold a statement or an event, not both or neither");
        }
        if (statement.isPresent() && !casualtyReports.isEmpty()) {
            throw new IllegalArgumentException("MappedRow's casualty reports belong to an event");
        }
    }

    /**
     * Obtains the values of a row that became an event.
     *
     * @param event  the event, not null
     * @return the mapped row, not null
     */
    public static MappedRow of(Event event) {
        return new MappedRow(Optional.empty(), Optional.of(event), List.of());
    }

    /**
     * Obtains the values of a row that became an event with casualty reports.
     *
     * @param event  the event, not null
     * @param casualtyReports  its reports, not null
     * @return the mapped row, not null
     */
    public static MappedRow of(Event event, List<CasualtyReport> casualtyReports) {
        return new MappedRow(Optional.empty(), Optional.of(event), casualtyReports);
    }

    /**
     * Obtains the values of a row that became a statement.
     *
     * @param statement  the statement, not null
     * @return the mapped row, not null
     */
    public static MappedRow of(Statement statement) {
        return new MappedRow(Optional.of(statement), Optional.empty(), List.of());
    }
}
