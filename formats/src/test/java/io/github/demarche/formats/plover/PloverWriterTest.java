package io.github.demarche.formats.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CameoCode;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.Channel;
import io.github.demarche.Coding;
import io.github.demarche.Document;
import io.github.demarche.DocumentKind;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.ExternalId;
import io.github.demarche.Intensity;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.FormatWriter;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.gdelt.GdeltRows;
import io.github.demarche.formats.icews.IcewsRows;
import io.github.demarche.samples.SampleFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PLOVER writer: records of other sources through the crosswalk, and what it refuses. */
class PloverWriterTest {

    private static final SourceAttribution SOURCE = SourceAttribution.builder().publication("The Irrawaddy")
            .coder("analyst").build();
    private static final ApproximateDate DAY = ApproximateDate.parse("2021-04-24");

    private static Actor actor(String id, String name) {
        Actor.Builder actor = Actor.builder().id(id).kind(ActorKind.STATE);
        return (name != null ? actor.name(name) : actor.description("the generals")).build();
    }

    private static Event event(String id, Coding coding, Actor... targets) {
        Event.Builder event = Event.builder().id(id).date(DAY).type(EventType.OTHER).addSource(SOURCE)
                .addParticipant(Participant.of(actor("asean", "ASEAN"), ParticipantRole.INITIATOR));
        if (coding != null) {
            event.coding(coding);
        }
        for (Actor target : targets) {
            event.addParticipant(Participant.of(target, ParticipantRole.TARGET));
        }
        return event.build();
    }

    private static Stance stance(StanceTarget target, Coding coding) {
        StanceType type = coding.cameoCode().orElseThrow().code().startsWith("13") ? StanceType.THREATEN
                : StanceType.DEMAND;
        return Stance.builder().type(type).target(target).intensity(Intensity.NORMAL).coding(coding)
                .build();
    }

    private static Statement statement(String id, Stance... stances) {
        return Statement.builder().id(id).addSpeaker(actor("asean", "ASEAN")).date(DAY).mode(StatementMode.REPORTED)
                .channel(Channel.OTHER).addStances(stances).addSource(SOURCE).build();
    }

    /** Writes rows; returns the output, and each refusal's problem in order. */
    private static String write(List<RowRecords> rows, List<RowProblem> problems) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (FormatWriter writer = Formats.writer(DataFormat.PLOVER, out)) {
            for (RowRecords row : rows) {
                try {
                    writer.write(row);
                } catch (RowException e) {
                    problems.add(e.problem());
                    assertThat(e.getMessage()).isEqualTo(e.problem().toString());
                }
            }
            assertThat(writer.rowsWritten()).isEqualTo(rows.size() - problems.size());
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static RowProblem notWritable(long line, String column, String value, String message) {
        return RowProblem.of("-", line, column, value, ProblemCode.NOT_WRITABLE, message);
    }

    @Test
    void refuses_what_plover_cannot_hold_with_exact_problems_and_writes_nothing_of_it() throws IOException {
        Actor myanmar = actor("myanmar", "Myanmar");
        CasualtyReport killed = CasualtyReport.builder().id("killed-1").type(CasualtyType.KILLED)
                .count(QualifiedCount.vague(io.github.demarche.CountQualifier.DOZENS))
                .victims(Victims.of(VictimGroup.CIVILIANS)).asOf(DAY).addSource(SOURCE).build();
        Document resolution = Document.builder().id("res-2719").kind(DocumentKind.RESOLUTION).title("Resolution 2719")
                .date(DAY).addSource(SOURCE).build();
        Document header = Document.builder().id("plover-doc").kind(DocumentKind.REPORT).title("PLOVER-DOC")
                .date(DAY).addSource(SOURCE).addExternalId(ExternalId.of("plover", "PLOVER-DOC")).build();
        Coding demand = Coding.of(CameoCode.gdelt("1041"));
        Coding threat = Coding.of(CameoCode.gdelt("138"));
        Event fromPlover = Event.builder().from(event("plover-x-1", null, myanmar))
                .addExternalId(ExternalId.of("plover", "PLOVER-X-1")).addCasualtyReportId("killed-1").build();
        Statement ploverStatement = Statement.builder().from(statement("plover-x-2",
                stance(StanceTarget.topic("ceasefire"), demand))).addExternalId(ExternalId.of("plover", "PLOVER-X-2"))
                .build();
        List<RowRecords> rows = List.of(
                RowRecords.of(event("e-1", demand, myanmar)).withLine(1),
                RowRecords.of(killed).withLine(2),
                RowRecords.of(resolution).withLine(3),
                RowRecords.of(event("e-4", Coding.of(CameoCode.gdelt("010")), myanmar)).withLine(4),
                RowRecords.of(event("e-5", null, myanmar)).withLine(5),
                RowRecords.of(statement("s-6", stance(StanceTarget.actor(myanmar), demand),
                        stance(StanceTarget.actor(actor("china", "China")), threat))).withLine(6),
                RowRecords.of(event("e-7", demand, actor("junta", null))).withLine(7),
                RowRecords.of(ploverStatement).withLine(8),
                RowRecords.of(fromPlover, List.of(killed)).withLine(9),
                RowRecords.of(header).withLine(10),
                RowRecords.of(event("e-11", demand, myanmar)).withLine(11));
        List<RowProblem> problems = new java.util.ArrayList<>();
        String written = write(rows, problems);

        assertThat(problems).containsExactly(
                notWritable(2, null, null, "PLOVER record must be an event, a statement or a PLOVER DOCUMENT record, "
                        + "got casualty report 'killed-1' alone"),
                notWritable(3, null, null, "PLOVER record must be an event, a statement or a PLOVER DOCUMENT record, "
                        + "got document 'res-2719'"),
                notWritable(4, "event", "010", "PLOVER.event must be a PLOVER event type, got CAMEO code 010 of event "
                        + "'e-4', which the CAMEO to PLOVER crosswalk gives none"),
                notWritable(5, "event", null, "PLOVER.event must be a PLOVER event type, got event 'e-5' of no PLOVER "
                        + "type and no CAMEO code"),
                notWritable(6, "event", null, "PLOVER.event must be one event type for the whole record, got statement "
                        + "'s-6' whose stances are coded REQUEST and THREATEN"),
                notWritable(8, "target", "topic 'ceasefire'", "PLOVER.target must be a list of actors, "
                        + "got statement 'plover-x-2' with a stance toward topic 'ceasefire'"),
                notWritable(9, "dead", "dozens", "PLOVER.dead must be a count of people written in digits, got "
                        + "casualty report 'killed-1' of count dozens"),
                notWritable(10, "dateCoded", null, "PLOVER.dateCoded must be the day a DOCUMENT record was coded, got "
                        + "document 'plover-doc' whose source has no day coded"));
        assertThat(written).isEqualTo(line("e-1") + line("e-7").replace("Myanmar", "the generals") + line("e-11"));
    }

    /** An ASEAN event of GDELT's 1041, written as the crosswalk's line {@code 1041: REQUEST, change, executive}. */
    private static String line(String id) {
        return "{\"id\":\"" + id + "\",\"date\":\"2021-04-24\",\"actor\":[{\"actorText\":\"ASEAN\"}],\"recipient\":"
                + "[{\"actorText\":\"Myanmar\"}],\"event\":\"REQUEST\",\"context\":\"executive\",\"mode\":\"change\","
                + "\"publication\":\"The Irrawaddy\",\"coder\":\"analyst\"}\n";
    }

    @Test
    void writes_a_gdelt_event_and_an_icews_statement_through_the_crosswalk() throws IOException {
        List<String> gdelt = SampleFiles.readTsv("/samples/gdelt2-export-20191024143000.sample.tsv").get(70);
        List<String> icews = SampleFiles.readTsv("/samples/icews-events-2018-06.sample.tab").get(1);
        RowRecords event = GdeltRows.toModel(gdelt);
        RowRecords statement = IcewsRows.toModel(icews);
        assertThat(statement.statement()).isPresent();

        String written = write(List.of(event, statement), new java.util.ArrayList<>());

        assertThat(written).isEqualTo("{\"id\":\"gdelt-881991960\",\"date\":\"2019-10-24\",\"actor\":[{\"actorText\":"
                + "\"IRANIAN\",\"code\":\"IRNGOV\"}],\"recipient\":[{\"actorText\":\"SYRIA\",\"code\":\"SYR\"}],"
                + "\"event\":\"CONSULT\",\"eventLoc\":{\"name\":\"Sochi, Krasnodarskiy Kray, Russia\","
                + "\"country code\":\"RU\"},\"mode\":\"visit\",\"coder\":\"GDELT\",\"dateCoded\":\"2019-10-24\"}\n"
                + "{\"id\":\"icews-32891068\",\"date\":\"2018-06-01\",\"actor\":[{\"actorText\":\"Donald Trump\","
                + "\"sector\":\"Government,Executive Office,Executive\"}],\"recipient\":[{\"actorText\":\"China\"}],"
                + "\"event\":\"REQUEST\",\"eventLoc\":{\"name\":\"Beijing\",\"country code\":\"CN\"},"
                + "\"context\":\"diplomatic\",\"mode\":\"assist\",\"publication\":\"Indo-Asian News Service\","
                + "\"coder\":\"ICEWS\"}\n");
    }

    @Test
    void adds_up_the_figures_of_a_row_and_reads_back_what_it_wrote() throws IOException {
        Coding fight = Coding.of(CameoCode.icews("190"));
        CasualtyReport sideA = CasualtyReport.builder().id("e-1-a").type(CasualtyType.KILLED)
                .count(QualifiedCount.exactly(3)).victims(Victims.of(VictimGroup.COMBATANTS)).asOf(DAY)
                .addSource(SOURCE).build();
        CasualtyReport civilians = CasualtyReport.builder().from(sideA).id("e-1-c").count(QualifiedCount.between(4, 6))
                .victims(Victims.of(VictimGroup.CIVILIANS)).build();
        Event event = Event.builder().from(event("e-1", fight, actor("myanmar", "Myanmar")))
                .addCasualtyReportIds("e-1-a", "e-1-c").build();
        String written = write(List.of(RowRecords.of(event, List.of(sideA, civilians))), new java.util.ArrayList<>());

        JsonNode record = new com.fasterxml.jackson.databind.ObjectMapper().readTree(written);
        assertThat(record.get("event").textValue()).isEqualTo("ASSAULT");
        assertThat(record.get("dead").textValue()).isEqualTo(Long.toString(3 + civilians.count().best().getAsLong()));
        RowRecords back = PloverRecords.toModel(record);
        assertThat(back.event().orElseThrow().coding().orElseThrow().ploverType())
                .isEqualTo(fight.cameoCode().orElseThrow().ploverType());
        assertThat(PloverRecords.toRecord(back)).isEqualTo(record);
    }

    @Test
    void the_mapping_refuses_a_document_without_a_plover_id() {
        Document resolution = Document.builder().id("res-2719").kind(DocumentKind.RESOLUTION).title("Resolution 2719")
                .date(DAY).addSource(SOURCE).build();
        assertThat(catchThrowableOfType(IllegalArgumentException.class,
                () -> PloverRecords.toRecord(RowRecords.of(resolution)))).hasMessage("PLOVER record must be an event, a statement or a PLOVER "
                        + "DOCUMENT record, got document 'res-2719'");
    }
}
