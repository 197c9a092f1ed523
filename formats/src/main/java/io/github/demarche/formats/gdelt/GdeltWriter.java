package io.github.demarche.formats.gdelt;

import io.github.demarche.ApproximateDate;
import io.github.demarche.AttributeValue;
import io.github.demarche.CompactDates;
import io.github.demarche.Event;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.SourceAttribution;
import io.github.demarche.ValidationException;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.gdelt.GdeltRows.Layout;
import io.github.demarche.formats.internal.CellRefusal;
import io.github.demarche.formats.internal.Cells;
import io.github.demarche.formats.internal.TableWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.lang3.StringUtils;

/**
 * Writes events as GDELT event rows (tab-separated, no header, {@code \n} line ends), one row an
 * event, as {@link GdeltRows} maps them: the writer of {@link DataFormat#GDELT1} and
 * {@link DataFormat#GDELT2}, obtained from
 * {@link io.github.demarche.formats.Formats#writer Formats.writer(DataFormat.GDELT1 or GDELT2, ..)}.
 *
 * <p><b>Layouts.</b> The GDELT 2.0 writer writes 61 fields. The GDELT 1.0 writer writes each event
 * in its own 1.0 layout: 58 fields when its source has a URL, else the backfile's 57. It also writes
 * GDELT 2.0 events as 1.0 rows, GDELT 1.0 having only the day of {@code DATEADDED}: the day (UTC) of
 * the source's {@code codedAt} time is written, and the time of day is not; an event with an ADM2
 * code (the second admin code of a location, or a kept {@code *Geo_ADM2Code} cell) is refused, as
 * GDELT 1.0 has no ADM2 columns.
 *
 * <p><b>What is refused.</b> A row is written only if reading it back gives the event again (for a
 * 2.0 event in 1.0: the event with its source coded on the day of its time), so that nothing is lost
 * silently. Each refusal is a {@link RowException} of {@link ProblemCode#NOT_WRITABLE} that names the
 * input given to the writer ({@code -} by default) and the line of the {@link RowRecords}, and nothing
 * of the row is written; writing may go on with the next row. The messages, for GDELT 2.0 (1.0 alike):
 * <ul>
 * <li>records that are not one event: {@code GDELT 2.0 row must hold an event, got Statement 's-1'};</li>
 * <li>casualty reports: {@code GDELT 2.0 row has no column for casualty reports, got 2 with event 'e-1'};</li>
 * <li>no GDELT id (column GLOBALEVENTID): {@code GDELT.GLOBALEVENTID must be the event's external id
 *     of scheme 'gdelt', got none in event 'e-1'};</li>
 * <li>a date that is not one day (column SQLDATE, the date as value): {@code GDELT.SQLDATE must be
 *     one day, got '2021-02' in event 'gdelt-1'};</li>
 * <li>in GDELT 2.0, a source with no time (column DATEADDED): {@code GDELT.DATEADDED must be a UTC time
 *     (the source's codedAt) in GDELT 2.0, got none in event 'gdelt-1'};</li>
 * <li>in GDELT 1.0, an ADM2 code (its column and value): {@code GDELT.ActionGeo_ADM2Code must be empty
 *     in GDELT 1.0, which has no such column, got 'CH23' in event 'gdelt-1'};</li>
 * <li>an actor in another role than initiator (Actor1) and target (Actor2), or two in one role:
 *     {@code GDELT 2.0 row has one actor as initiator (Actor1) and one as target (Actor2), got
 *     a-1 as MEDIATOR in event 'gdelt-1'};</li>
 * <li>an actor with no name (column Actor1Name or Actor2Name): {@code GDELT.Actor1Name must be the
 *     actor's name, got none for actor 'a-1' in event 'gdelt-1'};</li>
 * <li>a cell with a tab or a line break, which the format cannot quote (its column and value):
 *     {@code GDELT.Actor1Name must not hold a tab or a line break, got 'A\tB'};</li>
 * <li>a cell that the reader would refuse (its column and value, the reader's message), such as a kept
 *     {@code gdelt.NumMentions} attribute {@code 'many'}: {@code GDELT.NumMentions must be a whole
 *     number, got 'many'};</li>
 * <li>any other value the row does not hold (a title, an attribute of another dataset, a second
 *     source, an actor id of another form): {@code GDELT 2.0 row cannot hold Event.title of event
 *     'gdelt-1', got Optional[Coup]} (the part's value, cut to 200 characters).</li>
 * </ul>
 *
 * <p>Not thread-safe.
 *
 * @since 0.2
 */
public final class GdeltWriter implements FormatWriter {

    private static final int SHOWN = 200;
    private static final Set<ParticipantRole> ROLES = EnumSet.of(ParticipantRole.INITIATOR, ParticipantRole.TARGET);

    /** The parts of an event compared when a row is read back, by the name a message gives them. */
    private static final List<Map.Entry<String, Function<Event, Object>>> PARTS = List.of(
            Map.entry("id", Event::id), Map.entry("type", Event::type), Map.entry("title", Event::title),
            Map.entry("date", Event::date), Map.entry("datePrecision", Event::datePrecision),
            Map.entry("relativeDate", Event::relativeDate), Map.entry("location", Event::location),
            Map.entry("participants", Event::participants), Map.entry("casualtyReportIds", Event::casualtyReportIds),
            Map.entry("sources", Event::sources), Map.entry("externalIds", Event::externalIds),
            Map.entry("attributes", Event::attributes), Map.entry("deaths", Event::deaths),
            Map.entry("blocked", Event::isBlocked), Map.entry("coding", Event::coding));

    private final TableWriter table;
    /** The sources and places of the rows read back so far, shared as a reader shares them. */
    private final GdeltRows.Memory memory = new GdeltRows.Memory();
    private final boolean version2;
    private final String name;
    private final String input;
    private long rowsWritten;
    private long recordsWritten;

    private GdeltWriter(OutputStream out, boolean version2, String input) throws IOException {
        Objects.requireNonNull(out, "out");
        this.input = Objects.requireNonNull(input, "input");
        this.table = TableWriter.tsv(out);
        this.version2 = version2;
        this.name = version2 ? "GDELT 2.0" : "GDELT 1.0";
    }

    /**
     * Opens a writer of GDELT 1.0 event rows, whose refusals name the input {@code -}.
     *
     * @param out  the output, closed when the writer is, not null
     * @return the writer, not null
     * @throws IOException if the output cannot be written
     */
    public static GdeltWriter gdelt1(OutputStream out) throws IOException {
        return new GdeltWriter(out, false, "-");
    }

    /**
     * Opens a writer of GDELT 1.0 event rows, whose refusals name the given input.
     *
     * @param out  the output, closed when the writer is, not null
     * @param input  the name the refusals give as their input, such as the file the records were read from, not null
     * @return the writer, not null
     * @throws IOException if the output cannot be written
     */
    public static GdeltWriter gdelt1(OutputStream out, String input) throws IOException {
        return new GdeltWriter(out, false, input);
    }

    /**
     * Opens a writer of GDELT 2.0 event rows, whose refusals name the input {@code -}.
     *
     * @param out  the output, closed when the writer is, not null
     * @return the writer, not null
     * @throws IOException if the output cannot be written
     */
    public static GdeltWriter gdelt2(OutputStream out) throws IOException {
        return new GdeltWriter(out, true, "-");
    }

    /**
     * Opens a writer of GDELT 2.0 event rows, whose refusals name the given input.
     *
     * @param out  the output, closed when the writer is, not null
     * @param input  the name the refusals give as their input, such as the file the records were read from, not null
     * @return the writer, not null
     * @throws IOException if the output cannot be written
     */
    public static GdeltWriter gdelt2(OutputStream out, String input) throws IOException {
        return new GdeltWriter(out, true, input);
    }

    /**
     * Gets the format written.
     *
     * @return {@link DataFormat#GDELT1} or {@link DataFormat#GDELT2}, not null
     */
    public DataFormat format() {
        return version2 ? DataFormat.GDELT2 : DataFormat.GDELT1;
    }

    @Override
    public void write(RowRecords records) throws IOException {
        Objects.requireNonNull(records, "records");
        table.write(row(records));
        rowsWritten++;
        recordsWritten += records.recordCount();
    }

    /** The row of the records, checked to give them back when read. */
    private List<String> row(RowRecords records) throws RowException {
        long line = records.line();
        Event event = records.event().orElseThrow(() -> refuse(line, null, null,
                name + " row must hold an event, got " + describe(records.records().get(0))));
        String id = event.id();
        if (!records.casualtyReports().isEmpty()) {
            throw refuse(line, null, null, name + " row has no column for casualty reports, got "
                    + records.casualtyReports().size() + " with event '" + id + "'");
        }
        if (event.externalIds().stream().noneMatch(external -> external.scheme().equals(GdeltRows.SCHEME))) {
            throw refuse(line, "GLOBALEVENTID", null, "GDELT.GLOBALEVENTID must be the event's external id of scheme '"
                    + GdeltRows.SCHEME + "', got none in event '" + id + "'");
        }
        ApproximateDate date = event.date();
        if (!ApproximateDate.of(date.earliest()).equals(date)) {
            throw refuse(line, "SQLDATE", date.toString(), "GDELT.SQLDATE must be one day, got '" + date
                    + "' in event '" + id + "'");
        }
        checkParticipants(line, event);
        Event expected = event;
        boolean fromVersion2 = GdeltRows.layoutOf(event) == Layout.V2;
        if (version2 && !fromVersion2) {
            SourceAttribution source = event.sources().get(0);
            throw refuse(line, "DATEADDED", source.codedOn().map(CompactDates::formatDate).orElse(null),
                    "GDELT.DATEADDED must be a UTC time (the source's codedAt) in GDELT 2.0, got "
                    + source.codedOn().map(day -> "the day '" + CompactDates.formatDate(day) + "'").orElse("none")
                    + " in event '" + id + "'");
        }
        if (!version2 && fromVersion2) {
            checkNoAdm2(line, event);
            expected = asVersion1(event);
        }
        List<String> row = GdeltRows.toRow(RowRecords.of(expected));
        Layout layout = GdeltRows.layoutOf(expected);
        int bad = table.unwritableField(row);
        if (bad >= 0) {
            String column = layout.columns().get(bad);
            throw refuse(line, column, row.get(bad), "GDELT." + column
                    + " must not hold a tab or a line break, got '" + row.get(bad) + "'");
        }
        Event back;
        try {
            back = GdeltRows.read(layout, row, memory).event().orElseThrow();
        } catch (CellRefusal e) {
            throw refuse(line, e.column(), e.value(), e.getMessage());
        } catch (ValidationException e) {
            throw refuse(line, null, null, e.violations().get(0).message());
        }
        if (!back.equals(expected)) {
            for (Map.Entry<String, Function<Event, Object>> part : PARTS) {
                Object value = part.getValue().apply(expected);
                if (!value.equals(part.getValue().apply(back))) {
                    throw refuse(line, null, null, name + " row cannot hold Event." + part.getKey() + " of event '"
                            + id + "', got " + StringUtils.abbreviate(String.valueOf(value), SHOWN));
                }
            }
            throw refuse(line, null, null, name + " row cannot hold event '" + id + "' as it is");
        }
        return row;
    }

    private void checkParticipants(long line, Event event) throws RowException {
        Set<ParticipantRole> seen = EnumSet.noneOf(ParticipantRole.class);
        for (Participant participant : event.participants()) {
            ParticipantRole role = participant.role();
            if (!ROLES.contains(role) || !seen.add(role)) {
                throw refuse(line, null, null, name + " row has one actor as initiator (Actor1) and one as target"
                        + " (Actor2), got " + participant.actor().id() + " as " + role + (ROLES.contains(role)
                        ? " a second time" : "") + " in event '" + event.id() + "'");
            }
            if (participant.actor().name().isEmpty()) {
                String column = (role == ParticipantRole.INITIATOR ? "Actor1" : "Actor2") + "Name";
                throw refuse(line, column, null, "GDELT." + column + " must be the actor's name, got none for actor '"
                        + participant.actor().id() + "' in event '" + event.id() + "'");
            }
        }
    }

    private void checkNoAdm2(long line, Event event) throws RowException {
        for (ParticipantRole role : ROLES) {
            checkNoAdm2(line, event, role == ParticipantRole.INITIATOR ? "Actor1Geo_" : "Actor2Geo_",
                    event.participants().stream().filter(participant -> participant.role() == role).findFirst()
                            .flatMap(Participant::location));
        }
        checkNoAdm2(line, event, "ActionGeo_", event.location());
    }

    private void checkNoAdm2(long line, Event event, String prefix, Optional<Location> location) throws RowException {
        String column = prefix + "ADM2Code";
        Optional<String> adm2 = location.filter(place -> place.adminCodes().size() > 1)
                .map(place -> place.adminCodes().get(1));
        AttributeValue kept = event.attributes().get(GdeltRows.SCHEME + "." + column);
        if (adm2.isEmpty() && kept != null) {
            adm2 = Optional.of(Cells.cell(kept));
        }
        if (adm2.isPresent()) {
            throw refuse(line, column, adm2.get(), "GDELT." + column + " must be empty in GDELT 1.0, which has no"
                    + " such column, got '" + adm2.get() + "' in event '" + event.id() + "'");
        }
    }

    /** A GDELT 2.0 event as GDELT 1.0 holds it: its source coded on the day (UTC) of its time. */
    private static Event asVersion1(Event event) {
        SourceAttribution source = event.sources().get(0);
        if (source.codedAt().isEmpty()) {
            return event;
        }
        SourceAttribution day = SourceAttribution.builder().from(source).codedAt(Optional.empty())
                .codedOn(source.codedAt().get().atOffset(ZoneOffset.UTC).toLocalDate()).build();
        List<SourceAttribution> sources = new java.util.ArrayList<>(event.sources());
        sources.set(0, day);
        return Event.builder().from(event).sources(sources).build();
    }

    /** A record that is not an event, named by its type (not its class, which is the library's own). */
    private static String describe(Object record) {
        return record instanceof io.github.demarche.Statement statement ? "Statement '" + statement.id() + "'"
                : record instanceof io.github.demarche.Document document ? "Document '" + document.id() + "'"
                : record instanceof io.github.demarche.CasualtyReport report ? "CasualtyReport '" + report.id() + "'"
                : record.getClass().getSimpleName().replace("Immutable", "") + " ''";
    }

    private RowException refuse(long line, String column, String value, String message) {
        return new RowException(RowProblem.of(input, line, column, value, ProblemCode.NOT_WRITABLE, message));
    }

    @Override
    public long rowsWritten() {
        return rowsWritten;
    }

    @Override
    public long recordsWritten() {
        return recordsWritten;
    }

    @Override
    public void flush() throws IOException {
        table.flush();
    }

    @Override
    public void close() throws IOException {
        table.close();
    }
}
