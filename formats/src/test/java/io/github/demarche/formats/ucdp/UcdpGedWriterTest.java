package io.github.demarche.formats.ucdp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.AttributeValue;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Event;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SecondFixture;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.samples.SampleFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UcdpGedWriterTest {

    /** Event 71663 of the shared sample (line 3) and its four reports, as the reader gives them. */
    private static final RowRecords GOOD = UcdpGedRows.toModel(SampleFiles.readCsv(UcdpGedRoundTripTest.FILE).get(2))
            .withLine(3);
    private static final Event EVENT = GOOD.event().orElseThrow();

    private static RowRecords changed(UnaryOperator<Event.Builder> change) {
        return RowRecords.of(change.apply(Event.builder().from(EVENT)).build(), GOOD.casualtyReports()).withLine(7);
    }

    static Stream<Arguments> unwritable() {
        CasualtyReport report = GOOD.casualtyReports().get(0);
        CasualtyReport other = CasualtyReport.builder().from(report).id("ucdp-ged-71663-wounded").build();
        CasualtyReport estimate = CasualtyReport.builder().from(GOOD.casualtyReports().get(1))
                .count(QualifiedCount.atLeast(1)).build();
        return Stream.of(
                Arguments.of(RowRecords.of(SecondFixture.PRESIDENTIAL).withLine(7), null,
                        "GED row must be an event, got a statement"),
                Arguments.of(RowRecords.of(SecondFixture.DRAFT).withLine(7), null,
                        "GED row must be an event, got a document"),
                Arguments.of(RowRecords.of(report).withLine(7), null,
                        "GED row must be an event, got a casualty report of no event"),
                Arguments.of(changed(event -> event.externalIds(List.of())), "id",
                        "GED.id is the event's external id of scheme 'ucdp-ged', got none in event ucdp-ged-71663"),
                Arguments.of(changed(event -> event.participants(EVENT.participants().subList(0, 1))), "side_a",
                        "GED.side_a and side_b are the event's two participants, got 1 in event ucdp-ged-71663"),
                Arguments.of(changed(event -> event.deaths(Optional.empty())), "best",
                        "GED.low, best and high are the event's deaths, got none in event ucdp-ged-71663"),
                Arguments.of(changed(event -> event.deaths(QualifiedCount.atLeast(1))), "best",
                        "GED.low, best and high are the event's deaths, exactly a best figure within a low and a high"
                        + " bound, got " + QualifiedCount.atLeast(1) + " in event ucdp-ged-71663"),
                Arguments.of(RowRecords.of(Event.builder().from(EVENT).addCasualtyReportId(other.id()).build(),
                        List.of(report, other)).withLine(7), null, "GED.deaths_* are the casualty reports"
                        + " ucdp-ged-71663-deaths-a, b, civilians or unknown, got 'ucdp-ged-71663-wounded'"),
                Arguments.of(RowRecords.of(EVENT, List.of(estimate)).withLine(7), "deaths_b",
                        "GED.deaths_b is an exact figure, got " + estimate.count()
                        + " in casualty report ucdp-ged-71663-deaths-b"),
                Arguments.of(changed(event -> event.putAttribute(UcdpGedLayout.LAYOUT_KEY, AttributeValue.of("v9"))),
                        null, "GED layout must be hdx or ged, got 'v9' in the attribute ucdp:layout of event"
                        + " ucdp-ged-71663"));
    }

    /** Records that UCDP GED cannot hold are refused with the line they name, and nothing of them is written. */
    @ParameterizedTest
    @MethodSource("unwritable")
    void refuses_records_that_a_ged_row_cannot_hold(RowRecords records, String column, String message)
            throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormatWriter writer = Formats.writer(DataFormat.UCDP_GED, out)) {
            assertThatThrownBy(() -> writer.write(records)).isInstanceOfSatisfying(RowException.class,
                    e -> assertThat(e.problem()).isEqualTo(RowProblem.of("-", 7, column, null,
                            ProblemCode.NOT_WRITABLE, message)));
            writer.flush();
            assertThat(out.size()).as("nothing written, not even the header").isZero();
            assertThat(writer.rowsWritten()).isZero();
            writer.write(GOOD);
            assertThat(writer.rowsWritten()).isEqualTo(1);
            assertThat(writer.recordsWritten()).isEqualTo(5);
        }
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("id,year,active_year,");
        assertThat(lines.get(2)).startsWith("71663,2013,");
    }

    @Test
    void the_rows_of_a_file_share_its_header_so_an_event_of_another_layout_is_refused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RowRecords ged = RowRecords.of(Event.builder().from(EVENT).id("ucdp-ged-2").externalIds(List.of())
                .addExternalId(io.github.demarche.ExternalId.of("ucdp-ged", "2")).casualtyReportIds(List.of())
                .putAttribute(UcdpGedLayout.LAYOUT_KEY, AttributeValue.of("ged")).build()).withLine(9);
        try (FormatWriter writer = Formats.writer(DataFormat.UCDP_GED, out)) {
            writer.write(GOOD);
            assertThatThrownBy(() -> writer.write(ged)).isInstanceOfSatisfying(RowException.class,
                    e -> assertThat(e.problem()).isEqualTo(RowProblem.of("-", 9, null, null, ProblemCode.NOT_WRITABLE,
                            "GED rows of one file share its header, got event ucdp-ged-2 of UcdpGedLayout[ged] in a"
                            + " file of UcdpGedLayout[hdx]")));
            assertThat(writer.rowsWritten()).isEqualTo(1);
        }
        // a writer told its layout writes every event in it
        ByteArrayOutputStream told = new ByteArrayOutputStream();
        try (UcdpGedWriter writer = new UcdpGedWriter(told, UcdpGedLayout.GED)) {
            writer.write(GOOD);
            writer.write(ged);
            assertThat(writer.layout()).contains(UcdpGedLayout.GED);
        }
        List<String> lines = told.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(String.join(",", UcdpGedLayout.GED.columns()));
        assertThat(lines.get(2)).startsWith("2,,2013,0,,2,,4591,");
    }

    @Test
    void an_event_of_no_layout_is_written_in_ged_s_own_layout() throws IOException {
        Event plain = Event.builder().from(EVENT).attributes(new java.util.LinkedHashMap<>()).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (UcdpGedWriter writer = new UcdpGedWriter(out)) {
            assertThat(writer.layout()).isEmpty();
            writer.write(RowRecords.of(plain, GOOD.casualtyReports()));
            assertThat(writer.layout()).contains(UcdpGedLayout.GED);
        }
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).hasSize(2);
    }

    @Test
    void a_writer_that_writes_no_row_writes_nothing() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new UcdpGedWriter(out, UcdpGedLayout.HDX).close();
        assertThat(out.size()).isZero();
    }
}
