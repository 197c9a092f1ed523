package io.github.demarche.formats.gdelt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.AttributeValue;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CompactDates;
import io.github.demarche.Event;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.SecondFixture;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Statement;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowAssertions;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.gdelt.GdeltRows.Layout;
import io.github.demarche.samples.SampleFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GdeltWriterTest {

    /** The first GDELT 2.0 sample row, as read: event gdelt-881990842 (line 1 of the sample). */
    private static RowRecords v2Row() {
        return GdeltRows.toModel(GdeltReaderTest.firstRow(DataFormat.GDELT2)).withLine(7);
    }

    private static Event v2Event() {
        return v2Row().event().orElseThrow();
    }

    private static RowRecords row(Event event) {
        return RowRecords.of(event).withLine(7);
    }

    /** Writes a good row, the given row (which must be refused, with the problem) and a good row. */
    private static void assertRefused(DataFormat format, RowRecords bad, RowProblem expected) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowRecords good = format == DataFormat.GDELT2 ? v2Row()
                : GdeltRows.toModel(GdeltReaderTest.firstRow(DataFormat.GDELT1));
        try (FormatWriter writer = Formats.writer(format, out)) {
            writer.write(good);
            assertThatThrownBy(() -> writer.write(bad)).isInstanceOfSatisfying(RowException.class,
                    e -> assertThat(e.problem()).isEqualTo(expected));
            writer.write(good);
            assertThat(writer.rowsWritten()).isEqualTo(2);
            assertThat(writer.recordsWritten()).isEqualTo(2);
        }
        String line = String.join("\t", GdeltReaderTest.firstRow(format)) + "\n";
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(line + line);
    }

    private static RowProblem problem(String column, String value, String message) {
        return RowProblem.of("-", 7, column, value, ProblemCode.NOT_WRITABLE, message);
    }

    @Test
    void refuses_a_statement() throws IOException {
        Statement statement = SecondFixture.dossier().statements().get(0);
        assertRefused(DataFormat.GDELT2, RowRecords.of(statement).withLine(7), problem(null, null,
                "GDELT 2.0 row must hold an event, got Statement '" + statement.id() + "'"));
    }

    @Test
    void refuses_an_event_with_casualty_reports() throws IOException {
        List<CasualtyReport> reports = SecondFixture.dossier().casualtyReports().subList(0, 2);
        Event event = Event.builder().from(v2Event()).addCasualtyReportId(reports.get(0).id())
                .addCasualtyReportId(reports.get(1).id()).build();
        assertRefused(DataFormat.GDELT1, RowRecords.of(event, reports).withLine(7), problem(null, null,
                "GDELT 1.0 row has no column for casualty reports, got 2 with event 'gdelt-881990842'"));
    }

    @Test
    void refuses_an_event_of_no_gdelt_id() throws IOException {
        Event event = Event.builder().from(v2Event()).id("coup").externalIds(List.of()).build();
        assertRefused(DataFormat.GDELT2, row(event), problem("GLOBALEVENTID", null,
                "GDELT.GLOBALEVENTID must be the event's external id of scheme 'gdelt', got none in event 'coup'"));
    }

    @Test
    void refuses_a_date_that_is_not_one_day() throws IOException {
        Event event = Event.builder().from(v2Event()).date(ApproximateDate.ofMonth(2019, 10)).build();
        assertRefused(DataFormat.GDELT2, row(event), problem("SQLDATE", "2019-10",
                "GDELT.SQLDATE must be one day, got '2019-10' in event 'gdelt-881990842'"));
    }

    @Test
    void gdelt2_refuses_an_event_coded_on_a_day() throws IOException {
        Event event = GdeltRows.toModel(GdeltReaderTest.firstRow(DataFormat.GDELT1)).event().orElseThrow();
        assertRefused(DataFormat.GDELT2, row(event), problem("DATEADDED", "20160728",
                "GDELT.DATEADDED must be a UTC time (the source's codedAt) in GDELT 2.0, got the day '20160728'"
                + " in event 'gdelt-564111644'"));
        Event undated = Event.builder().from(event).sources(List.of(SourceAttribution.builder().coder("GDELT")
                .build())).build();
        assertRefused(DataFormat.GDELT2, row(undated), problem("DATEADDED", null,
                "GDELT.DATEADDED must be a UTC time (the source's codedAt) in GDELT 2.0, got none"
                + " in event 'gdelt-564111644'"));
    }

    @Test
    void gdelt1_refuses_an_event_with_an_adm2_code() throws IOException {
        List<String> cells = SampleFiles.readTsv(GdeltReaderTest.V2).stream()
                .filter(row -> !row.get(55).isEmpty()).findFirst().orElseThrow();
        String column = Layout.V2.columns().get(cells.get(39).isEmpty() ? cells.get(47).isEmpty() ? 55 : 47 : 39);
        String adm2 = cells.get(Layout.V2.columns().indexOf(column));
        assertRefused(DataFormat.GDELT1, GdeltRows.toModel(cells).withLine(7), problem(column, adm2,
                "GDELT." + column + " must be empty in GDELT 1.0, which has no such column, got '" + adm2
                + "' in event 'gdelt-" + cells.get(0) + "'"));
    }

    @Test
    void refuses_an_actor_in_another_role_or_twice_in_one() throws IOException {
        Event event = v2Event();
        Actor actor = event.participants().get(0).actor();
        Event mediated = Event.builder().from(event).participants(List.of(Participant.of(actor,
                ParticipantRole.MEDIATOR))).build();
        assertRefused(DataFormat.GDELT2, row(mediated), problem(null, null, "GDELT 2.0 row has one actor as"
                + " initiator (Actor1) and one as target (Actor2), got " + actor.id() + " as MEDIATOR in event"
                + " 'gdelt-881990842'"));
        Actor other = Actor.builder().from(actor).id("other").build();
        Event twice = Event.builder().from(event).participants(List.of(Participant.of(actor,
                ParticipantRole.INITIATOR), Participant.of(other, ParticipantRole.INITIATOR))).build();
        assertRefused(DataFormat.GDELT2, row(twice), problem(null, null, "GDELT 2.0 row has one actor as"
                + " initiator (Actor1) and one as target (Actor2), got other as INITIATOR a second time in event"
                + " 'gdelt-881990842'"));
    }

    @Test
    void refuses_an_actor_of_no_name() throws IOException {
        Event event = v2Event();
        Participant first = event.participants().get(0);
        Actor unnamed = Actor.builder().from(first.actor()).name(Optional.empty()).description("a crowd").build();
        List<Participant> participants = new ArrayList<>(event.participants());
        participants.set(0, Participant.of(unnamed, first.role()));
        Event changed = Event.builder().from(event).participants(participants).build();
        assertRefused(DataFormat.GDELT2, row(changed), problem("Actor1Name", null, "GDELT.Actor1Name must be the"
                + " actor's name, got none for actor '" + unnamed.id() + "' in event 'gdelt-881990842'"));
    }

    @Test
    void refuses_a_cell_with_a_tab() throws IOException {
        Event event = Event.builder().from(v2Event()).putAttribute("gdelt.NumMentions", AttributeValue.of("1\t2"))
                .build();
        assertRefused(DataFormat.GDELT2, row(event), problem("NumMentions", "1\t2",
                "GDELT.NumMentions must not hold a tab or a line break, got '1\t2'"));
    }

    @Test
    void refuses_a_cell_the_reader_would_refuse() throws IOException {
        Event event = Event.builder().from(v2Event()).putAttribute("gdelt.NumMentions", AttributeValue.of("many"))
                .build();
        assertRefused(DataFormat.GDELT2, row(event), problem("NumMentions", "many",
                "GDELT.NumMentions must be a whole number, got 'many'"));
    }

    @Test
    void refuses_a_value_a_row_does_not_hold() throws IOException {
        Event titled = Event.builder().from(v2Event()).title("Coup").build();
        assertRefused(DataFormat.GDELT2, row(titled), problem(null, null,
                "GDELT 2.0 row cannot hold Event.title of event 'gdelt-881990842', got Optional[Coup]"));
        Event foreign = Event.builder().from(v2Event()).putAttribute("icews.Intensity", AttributeValue.of(3))
                .build();
        assertThatThrownBy(() -> GdeltWriter.gdelt2(new ByteArrayOutputStream(), "events.ndjson")
                .write(row(foreign))).isInstanceOfSatisfying(RowException.class, e -> assertThat(e.problem())
                        .returns("events.ndjson", RowProblem::input)
                        .returns(ProblemCode.NOT_WRITABLE, RowProblem::code)
                        .satisfies(p -> assertThat(p.message()).startsWith(
                                "GDELT 2.0 row cannot hold Event.attributes of event 'gdelt-881990842', got {")));
    }

    /**
     * GDELT 2.0 events written as GDELT 1.0: the 35 sample rows with no ADM2 code become 58-field
     * rows (the 61 less the three ADM2 columns, DATEADDED its day), which read back as the events
     * with their source coded on that day; the 94 others are refused, naming their ADM2 column.
     */
    @Test
    void writes_gdelt2_events_as_gdelt1_rows_without_adm2_codes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Event> written = new ArrayList<>();
        int refused = 0;
        try (FormatReader reader = Formats.reader(DataFormat.GDELT2, GdeltReaderTest.resource(GdeltReaderTest.V2),
                ReadOptions.defaults()); FormatWriter writer = Formats.writer(DataFormat.GDELT1, out)) {
            for (RowRecords row; (row = reader.read()) != null; ) {
                try {
                    writer.write(row);
                    written.add(row.event().orElseThrow());
                } catch (RowException e) {
                    assertThat(e.problem().column()).hasValueSatisfying(column -> assertThat(column).endsWith("ADM2Code"));
                    assertThat(e.problem().line()).isEqualTo(row.line());
                    refused++;
                }
            }
            assertThat(writer.rowsWritten()).isEqualTo(35);
        }
        assertThat(refused).isEqualTo(94);
        List<List<String>> originals = new ArrayList<>();
        for (List<String> cells : SampleFiles.readTsv(GdeltReaderTest.V2)) {
            if (cells.get(39).isEmpty() && cells.get(47).isEmpty() && cells.get(55).isEmpty()) {
                List<String> v1 = new ArrayList<>(cells);
                v1.set(59, cells.get(59).substring(0, 8));
                v1.remove(55);
                v1.remove(47);
                v1.remove(39);
                originals.add(v1);
            }
        }
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(35);
        for (int i = 0; i < lines.length; i++) {
            RowAssertions.assertSameFields("gdelt1 from gdelt2", i + 1, Layout.V1_DAILY.columns(), originals.get(i),
                    List.of(lines[i].split("\t", -1)));
        }
        try (FormatReader reader = Formats.reader(DataFormat.GDELT1, new ByteArrayInputStream(out.toByteArray()),
                ReadOptions.defaults())) {
            for (Event original : written) {
                SourceAttribution source = original.sources().get(0);
                Event expected = Event.builder().from(original).sources(List.of(SourceAttribution.builder()
                        .from(source).codedAt(Optional.empty())
                        .codedOn(CompactDates.parseDate(CompactDates.formatTimestamp(source.codedAt().orElseThrow())
                                .substring(0, 8))).build())).build();
                assertThat(reader.read().event()).contains(expected);
            }
            assertThat(reader.read()).isNull();
        }
    }
}
