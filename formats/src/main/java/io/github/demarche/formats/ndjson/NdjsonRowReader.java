package io.github.demarche.formats.ndjson;

import io.github.demarche.CasualtyReport;
import io.github.demarche.Document;
import io.github.demarche.Event;
import io.github.demarche.Statement;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.jackson.DemarcheNdjson;
import io.github.demarche.jackson.InvalidValueException;
import io.github.demarche.jackson.NdjsonException;
import io.github.demarche.jackson.NdjsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads Demarche's NDJSON (as {@code demarche-jackson}'s {@link DemarcheNdjson} writes it) as rows:
 * each statement and each document is a row of its own; an event is a row with the casualty
 * reports it names ({@link Event#casualtyReportIds()}) that follow it, in any order, before any
 * other record, as {@link NdjsonRowWriter} writes them; a casualty report that follows no event of
 * its own is a row of its own. A row's line is the line of its first record.
 *
 * <p>A line that is not a record is refused with the line, the JSON pointer of the fault as the
 * column, and {@link ProblemCode#MODEL_RULE} when the model's rules refused the record,
 * {@link ProblemCode#MALFORMED} otherwise. A header of a format that this version cannot read is
 * refused, and ends reading with an {@link IOException}.
 *
 * <p>Obtained from {@link io.github.demarche.formats.Formats#reader}. Not thread-safe.
 *
 * @since 0.2
 */
public final class NdjsonRowReader extends FormatReader {

    private final NdjsonReader<Object> records;
    /** A record read ahead: the first after an event's reports. */
    private Object ahead;
    private long aheadLine;
    private NdjsonException last;

    /**
     * Opens a reader on a stream.
     *
     * @param in  the input, UTF-8, closed when the reader is; not null
     * @param options  the options, not null
     */
    public NdjsonRowReader(InputStream in, ReadOptions options) {
        super(options);
        this.records = DemarcheNdjson.create().reader(in, Object.class);
    }

    @Override
    protected RowRecords readRow() throws IOException {
        Object first;
        long line;
        if (ahead != null) {
            first = ahead;
            line = aheadLine;
            ahead = null;
        } else {
            first = nextRecord();
            if (first == null) {
                return null;
            }
            line = records.lineNumber();
        }
        RowRecords row;
        if (first instanceof Statement statement) {
            row = RowRecords.of(statement);
        } else if (first instanceof Document document) {
            row = RowRecords.of(document);
        } else if (first instanceof CasualtyReport report) {
            row = RowRecords.of(report);
        } else {
            Event event = (Event) first;
            row = RowRecords.of(event, reportsOf(event));
        }
        return row.withLine(line);
    }

    /** Reads the reports that follow an event and are its own, and keeps the first other record ahead. */
    private List<CasualtyReport> reportsOf(Event event) throws IOException {
        Set<String> wanted = new HashSet<>(event.casualtyReportIds());
        List<CasualtyReport> reports = new ArrayList<>();
        while (!wanted.isEmpty()) {
            Object record = nextRecord();
            if (record == null) {
                break;
            }
            if (record instanceof CasualtyReport report && wanted.remove(report.id())) {
                reports.add(report);
            } else {
                ahead = record;
                aheadLine = records.lineNumber();
                break;
            }
        }
        return reports;
    }

    /** Reads the next record; a bad line is refused, a fatal one ends reading. */
    private Object nextRecord() throws IOException {
        try {
            return records.read();
        } catch (NdjsonException e) {
            if (e == last) {
                throw new IOException(options().input() + ": NDJSON cannot be read on: " + e.getMessage(), e);
            }
            last = e;
            boolean rule = e.getCause() instanceof InvalidValueException;
            throw refuse(e.lineNumber(), e.jsonPointer().isEmpty() ? null : e.jsonPointer(), null,
                    rule ? ProblemCode.MODEL_RULE : ProblemCode.MALFORMED, e.getOriginalMessage());
        }
    }

    @Override
    public void close() throws IOException {
        records.close();
    }
}
