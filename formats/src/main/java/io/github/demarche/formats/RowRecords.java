package io.github.demarche.formats;

import io.github.demarche.CasualtyReport;
import io.github.demarche.Document;
import io.github.demarche.Event;
import io.github.demarche.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The model records that one row of a dataset became, or that one row of a dataset is written
 * from: a statement; an event with the casualty reports that belong to it (UCDP GED's figures per
 * side); a casualty report alone; or a document.
 *
 * <p>A reader gives each row's records with the {@linkplain #line() line} where the row begins,
 * so that a writer can name it when the records cannot be written in its format. In Demarche's
 * NDJSON, the records of a row are written in the order of {@link #records()}: the statement,
 * event or document first, then the event's casualty reports.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class RowRecords {

    private final long line;
    private final Statement statement;
    private final Event event;
    private final List<CasualtyReport> casualtyReports;
    private final Document document;

    private RowRecords(long line, Statement statement, Event event, List<CasualtyReport> casualtyReports,
            Document document) {
        this.line = line;
        this.statement = statement;
        this.event = event;
        this.casualtyReports = List.copyOf(casualtyReports);
        this.document = document;
    }

    /**
     * Obtains the records of a row that became a statement.
     *
     * @param statement  the statement, not null
     * @return the records, line 0, not null
     */
    public static RowRecords of(Statement statement) {
        return new RowRecords(0, Objects.requireNonNull(statement, "statement"), null, List.of(), null);
    }

    /**
     * Obtains the records of a row that became an event.
     *
     * @param event  the event, not null
     * @return the records, line 0, not null
     */
    public static RowRecords of(Event event) {
        return of(event, List.of());
    }

    /**
     * Obtains the records of a row that became an event and its casualty reports. Each report must
     * be one that the event names in {@link Event#casualtyReportIds()}.
     *
     * @param event  the event, not null
     * @param casualtyReports  its reports, in the order of the row's columns, not null
     * @return the records, line 0, not null
     * @throws IllegalArgumentException if a report is not one of the event's
     */
    public static RowRecords of(Event event, List<CasualtyReport> casualtyReports) {
        Objects.requireNonNull(event, "event");
        for (CasualtyReport report : casualtyReports) {
            if (!event.casualtyReportIds().contains(report.id())) {
                throw new IllegalArgumentException("RowRecords: casualty report " + report.id()
                        + " is not one of event " + event.id() + "'s " + event.casualtyReportIds());
            }
        }
        return new RowRecords(0, null, event, casualtyReports, null);
    }

    /**
     * Obtains the records of a row that became a casualty report of no event.
     *
     * @param casualtyReport  the report, not null
     * @return the records, line 0, not null
     */
    public static RowRecords of(CasualtyReport casualtyReport) {
        return new RowRecords(0, null, null, List.of(Objects.requireNonNull(casualtyReport, "casualtyReport")), null);
    }

    /**
     * Obtains the records of a row that became a document.
     *
     * @param document  the document, not null
     * @return the records, line 0, not null
     */
    public static RowRecords of(Document document) {
        return new RowRecords(0, null, null, List.of(), Objects.requireNonNull(document, "document"));
    }

    /**
     * Returns a copy that names the line where the row begins.
     *
     * @param line  the line, from 1, or 0 for a row of no file
     * @return the records, not null
     * @throws IllegalArgumentException if the line is negative
     */
    public RowRecords withLine(long line) {
        if (line < 0) {
            throw new IllegalArgumentException("RowRecords.line must be at least 0, got " + line);
        }
        return new RowRecords(line, statement, event, casualtyReports, document);
    }

    /**
     * Gets the line of the input where the row begins.
     *
     * @return the line, from 1; 0 for records made in code
     */
    public long line() {
        return line;
    }

    /**
     * Gets the statement.
     *
     * @return the statement, empty if the row is not one
     */
    public Optional<Statement> statement() {
        return Optional.ofNullable(statement);
    }

    /**
     * Gets the event.
     *
     * @return the event, empty if the row is not one
     */
    public Optional<Event> event() {
        return Optional.ofNullable(event);
    }

    /**
     * Gets the casualty reports: the event's, or the one report of a row that is only a report.
     *
     * @return the reports, not null
     */
    public List<CasualtyReport> casualtyReports() {
        return casualtyReports;
    }

    /**
     * Gets the document.
     *
     * @return the document, empty if the row is not one
     */
    public Optional<Document> document() {
        return Optional.ofNullable(document);
    }

    /**
     * Gets every record, in the order Demarche's NDJSON writes them: the statement, event or
     * document, then the casualty reports.
     *
     * @return the records, at least one, not null
     */
    public List<Object> records() {
        List<Object> records = new ArrayList<>(1 + casualtyReports.size());
        if (statement != null) {
            records.add(statement);
        }
        if (event != null) {
            records.add(event);
        }
        if (document != null) {
            records.add(document);
        }
        records.addAll(casualtyReports);
        return List.copyOf(records);
    }

    /**
     * Gets the number of records.
     *
     * @return the number, at least 1
     */
    public int recordCount() {
        return (statement != null || event != null || document != null ? 1 : 0) + casualtyReports.size();
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof RowRecords other && line == other.line && Objects.equals(statement, other.statement)
                && Objects.equals(event, other.event) && casualtyReports.equals(other.casualtyReports)
                && Objects.equals(document, other.document);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, statement, event, casualtyReports, document);
    }

    @Override
    public String toString() {
        String head = statement != null ? "Statement " + statement.id()
                : event != null ? "Event " + event.id()
                : document != null ? "Document " + document.id() : "";
        return "RowRecords[line " + line + ", " + head + (casualtyReports.isEmpty() ? ""
                : (head.isEmpty() ? "" : ", ") + casualtyReports.size() + " casualty report(s)") + "]";
    }
}
