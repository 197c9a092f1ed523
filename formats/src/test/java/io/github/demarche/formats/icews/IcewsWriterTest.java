package io.github.demarche.formats.icews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.AttributeValue;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.SecondFixture;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.ErrorMode;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowAssertions;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.TableRows;
import io.github.demarche.samples.SampleFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IcewsWriterTest {

    private static final String FILE = IcewsReaderTest.FILE;
    private static final ReadOptions OPTIONS = ReadOptions.defaults().withInput("icews-events-2018-06.sample.tab");

    private static byte[] sample() throws IOException {
        try (InputStream in = IcewsWriterTest.class.getResourceAsStream(FILE)) {
            return in.readAllBytes();
        }
    }

    /** Converts bytes of one format to another through the public API, and checks the counts. */
    private static byte[] convert(byte[] in, DataFormat from, DataFormat to, long rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormatReader reader = Formats.reader(from, new ByteArrayInputStream(in), OPTIONS);
                FormatWriter writer = Formats.writer(to, out)) {
            for (RowRecords row; (row = reader.read()) != null; ) {
                writer.write(row);
            }
            assertThat(reader.rowsRead()).isEqualTo(reader.rowsAccepted()).isEqualTo(rows);
            assertThat(writer.rowsWritten()).isEqualTo(rows);
            assertThat(writer.recordsWritten()).isEqualTo(reader.recordsRead()).isEqualTo(rows);
        }
        return out.toByteArray();
    }

    /** Asserts that a written ICEWS file holds the sample's rows, field by field, then byte for byte. */
    private static void assertSameRows(byte[] written) throws IOException {
        List<List<String>> expected = SampleFiles.readTsv(FILE);
        try (TableRows rows = TableRows.tsv(new ByteArrayInputStream(written))) {
            int line = 0;
            for (String[] row; (row = rows.next()) != null; ) {
                assertThat(rows.line()).isEqualTo(line + 1);
                RowAssertions.assertSameFields(FILE, line + 1, IcewsRows.COLUMNS, expected.get(line), Arrays.asList(row));
                line++;
            }
            assertThat(line).isEqualTo(expected.size()).isEqualTo(304);
        }
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(sample(), StandardCharsets.UTF_8));
    }

    @Test
    void every_shared_row_round_trips_through_ndjson_exactly() throws IOException {
        byte[] ndjson = convert(sample(), DataFormat.ICEWS, DataFormat.NDJSON, 303);
        assertSameRows(convert(ndjson, DataFormat.NDJSON, DataFormat.ICEWS, 303));
    }

    @Test
    void every_shared_row_is_written_back_as_read() throws IOException {
        assertSameRows(convert(sample(), DataFormat.ICEWS, DataFormat.ICEWS, 303));
    }

    @Test
    void writes_the_header_alone_for_no_rows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormatWriter writer = Formats.writer(DataFormat.ICEWS, out)) {
            assertThat(writer.rowsWritten()).isZero();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(IcewsReaderTest.HEADER + "\n");
        try (FormatReader reader = Formats.reader(DataFormat.ICEWS, new ByteArrayInputStream(out.toByteArray()),
                OPTIONS)) {
            assertThat(reader.read()).isNull();
        }
    }

    //-----------------------------------------------------------------------
    private static Statement statement() {
        return IcewsRows.toModel(IcewsReaderTest.goodRow()).statement().orElseThrow();
    }

    private static Event event() {
        List<String> row = SampleFiles.readTsv(FILE).stream().skip(1)
                .filter(fields -> IcewsRows.toModel(fields).event().isPresent()).findFirst().orElseThrow();
        return IcewsRows.toModel(row).event().orElseThrow();
    }

    private static Actor other() {
        return Actor.builder().from(statement().speakers().get(0)).id("someone-else").name("Xi Jinping").build();
    }

    static Stream<Arguments> unwritable() {
        Dossier dossier = SecondFixture.dossier();
        CasualtyReport report = dossier.casualtyReports().get(0);
        Statement statement = statement();
        Actor speaker = statement.speakers().get(0);
        Stance stance = statement.stances().get(0);
        Event event = event();
        Location location = statement.location().orElseThrow();
        return Stream.of(
                Arguments.of("a document", RowRecords.of(dossier.documents().get(0)), problem(null, null,
                        "ICEWS rows must be statements or events, got a document")),
                Arguments.of("a casualty report", RowRecords.of(report), problem(null, null,
                        "ICEWS rows must be statements or events, got a casualty report")),
                Arguments.of("an event with a casualty report", RowRecords.of(Event.builder().from(event)
                        .addCasualtyReportId(report.id()).build(), List.of(report)), problem(null, null,
                        "ICEWS rows must have no casualty reports, got 1")),
                Arguments.of("no ICEWS id", RowRecords.of(Statement.builder().from(statement).externalIds(List.of())
                        .build()), problem("Event ID", null,
                        "ICEWS.Event ID must be the one external id of scheme 'icews', got 0")),
                Arguments.of("a month, not a day", RowRecords.of(Statement.builder().from(statement)
                        .date(ApproximateDate.parse("2018-06")).build()), problem("Event Date", "2018-06",
                        "ICEWS.Event Date must be a day yyyy-MM-dd, got '2018-06'")),
                Arguments.of("two speakers", RowRecords.of(Statement.builder().from(statement).addSpeaker(other())
                        .build()), problem("Source Name", null,
                        "ICEWS.Source Name must be the one speaker of a statement, got 2 speakers")),
                Arguments.of("two stances", RowRecords.of(Statement.builder().from(statement).addStance(Stance.builder()
                        .from(stance).target(StanceTarget.actor(other())).build()).build()), problem("CAMEO Code", null,
                        "ICEWS.CAMEO Code must code the one stance of a statement, got 2 stances")),
                Arguments.of("a stance toward a topic", RowRecords.of(Statement.builder().from(statement)
                        .stances(List.of(Stance.builder().from(stance).target(StanceTarget.topic("trade")).build()))
                        .build()), problem("Target Name", null,
                        "ICEWS.Target Name must be the actor a stance is toward, got topic 'trade'")),
                Arguments.of("a speaker named NA", RowRecords.of(Statement.builder().from(statement)
                        .speakers(List.of(Actor.builder().from(speaker).name("NA").build())).build()),
                        problem("Source Name", "NA", "ICEWS.Source Name must not be NA, ICEWS's mark of a missing value,"
                                + " got 'NA'")),
                Arguments.of("a speaker of no name", RowRecords.of(Statement.builder().from(statement)
                        .speakers(List.of(Actor.builder().from(speaker).name(Optional.empty()).description("officials")
                                .build())).build()),
                        problem("Source Name", null, "ICEWS.Source Name must be the actor's name, got an actor of no"
                                + " name 'icews-32891068-source'")),
                Arguments.of("a sector with a comma", RowRecords.of(Statement.builder().from(statement)
                        .speakers(List.of(Actor.builder().from(speaker).sectors(List.of("Government", "Executive, Office"))
                                .build())).build()), problem("Source Sectors", "Executive, Office",
                        "ICEWS.Source Sectors must hold sectors with no comma, got 'Executive, Office'")),
                Arguments.of("two sources", RowRecords.of(Statement.builder().from(statement)
                        .addSource(SourceAttribution.builder().publication("Xinhua").build()).build()), problem(
                        "Story ID", null, "ICEWS.Story ID must be of the one source of a record, got 2 sources")),
                Arguments.of("three admin units", RowRecords.of(Statement.builder().from(statement)
                        .location(Location.builder().from(location).addAdminUnits("Dongcheng", "Jingshan").build())
                        .build()), problem("District", null,
                        "ICEWS.District must be the last of at most two admin units, got 3 admin units")),
                Arguments.of("a tab in a cell", RowRecords.of(Statement.builder().from(statement)
                        .location(Location.builder().from(location).place(Optional.empty()).build())
                        .putAttribute("icews.City", AttributeValue.of("Bei\tjing")).build()), problem("City",
                        "Bei\tjing", "ICEWS.City must hold no tab or line break, got 'Bei\\u0009jing'")),
                Arguments.of("a third participant", RowRecords.of(Event.builder().from(event)
                        .addParticipant(Participant.of(other(), ParticipantRole.PARTICIPANT)).build()), problem(null, null,
                        "ICEWS rows must have an INITIATOR and a TARGET only, got a PARTICIPANT 'someone-else'")),
                Arguments.of("two initiators", RowRecords.of(Event.builder().from(event)
                        .addParticipant(Participant.of(other(), ParticipantRole.INITIATOR)).build()), problem("Source Name",
                        null, "ICEWS.Source Name must be the one INITIATOR of an event, got 2")));
    }

    private static RowProblem problem(String column, String value, String message) {
        return RowProblem.of("-", 7, column, value, ProblemCode.NOT_WRITABLE, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unwritable")
    void refuses_records_icews_cannot_hold_and_writes_nothing_of_them(String name, RowRecords records,
            RowProblem problem) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowRecords good = RowRecords.of(statement()).withLine(8);
        try (FormatWriter writer = Formats.writer(DataFormat.ICEWS, out)) {
            RowException e = catchThrowableOfType(RowException.class, () -> writer.write(records.withLine(7)));
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e).hasMessage(problem.toString());
            writer.write(good);
            assertThat(writer.rowsWritten()).isEqualTo(1);
            assertThat(writer.recordsWritten()).isEqualTo(1);
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo(IcewsReaderTest.HEADER + "\n" + String.join("\t", IcewsReaderTest.goodRow()) + "\n");
    }

    @Test
    void names_the_output_it_is_given_in_its_problems() throws IOException {
        try (IcewsWriter writer = IcewsWriter.open(new ByteArrayOutputStream(), "events.ndjson")) {
            RowException e = catchThrowableOfType(RowException.class, () -> writer.write(
                    RowRecords.of(SecondFixture.dossier().documents().get(0)).withLine(3)));
            assertThat(e.problem().input()).isEqualTo("events.ndjson");
            assertThat(e.problem().line()).isEqualTo(3);
        }
    }

    @Test
    void reads_back_what_it_writes_of_records_made_in_code() throws IOException {
        Statement statement = statement();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormatWriter writer = Formats.writer(DataFormat.ICEWS, out)) {
            writer.write(RowRecords.of(statement));
        }
        try (FormatReader reader = Formats.reader(DataFormat.ICEWS, new ByteArrayInputStream(out.toByteArray()),
                ReadOptions.defaults().withErrorMode(ErrorMode.FAIL_FAST))) {
            assertThat(reader.read()).isEqualTo(RowRecords.of(statement).withLine(2));
        }
    }
}
