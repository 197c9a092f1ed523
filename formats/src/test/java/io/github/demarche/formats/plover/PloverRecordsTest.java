package io.github.demarche.formats.plover;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.AttributeValue;
import io.github.demarche.CameoActorCode;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.Channel;
import io.github.demarche.Coding;
import io.github.demarche.CountryCode;
import io.github.demarche.Document;
import io.github.demarche.DocumentKind;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.ExternalId;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.PloverContext;
import io.github.demarche.PloverEventType;
import io.github.demarche.PloverMode;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.ColumnHome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PloverRecordsTest {

    /** The PLOVER sample, as a test resource of this module. */
    static final String FILE = "/samples/plover-gsr-0.5b1.sample.json";

    /** Reads every record of the sample, the DOCUMENT record first. */
    static List<JsonNode> records() {
        try (InputStream in = PloverRecordsTest.class.getResourceAsStream(FILE)) {
            assertThat(in).as("test resource %s", FILE).isNotNull();
            JsonNode array = new ObjectMapper().readTree(in);
            assertThat(array.isArray()).isTrue();
            List<JsonNode> records = new ArrayList<>();
            array.forEach(records::add);
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads every event record of the sample: all but the DOCUMENT record. */
    static List<JsonNode> eventRecords() {
        List<JsonNode> records = records();
        return records.subList(1, records.size());
    }

    private static JsonNode record(String id) {
        return eventRecords().stream().filter(r -> r.get("id").textValue().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void every_record_but_the_document_maps_to_a_statement_or_an_event_and_back_to_the_same_json() {
        List<JsonNode> records = records();
        assertThat(records).hasSize(162);
        assertThat(PloverRecords.isDocument(records.get(0))).isTrue();
        assertThat(records.stream().filter(PloverRecords::isDocument)).hasSize(1);
        Map<String, Integer> kinds = new TreeMap<>();
        Set<String> declared = PloverRecords.columns().stream().map(ColumnHome::attributeKey)
                .collect(Collectors.toSet());
        for (JsonNode record : eventRecords()) {
            String id = record.get("id").textValue();
            RowRecords values = PloverRecords.toModel(record);
            ObjectNode written = PloverRecords.toRecord(values);
            assertThat(written).as("%s", id).isEqualTo(record);
            assertSameOrder(id, record, written);
            assertThat(declared).as("%s: attribute keys", id).containsAll(attributeKeys(values));
            kinds.merge(values.statement().isPresent() ? "statement" : "event", 1, Integer::sum);
        }
        assertThat(kinds).containsExactly(Map.entry("event", 83), Map.entry("statement", 78));
    }

    /** Asserts that two equal JSON values also list their keys in the same order, at every depth. */
    static void assertSameOrder(String id, JsonNode expected, JsonNode actual) {
        if (expected.isObject()) {
            List<String> names = new ArrayList<>();
            expected.fieldNames().forEachRemaining(names::add);
            List<String> written = new ArrayList<>();
            actual.fieldNames().forEachRemaining(written::add);
            assertThat(written).as("%s: order of keys", id).containsExactlyElementsOf(names);
            names.forEach(name -> assertSameOrder(id, expected.get(name), actual.get(name)));
        } else if (expected.isArray()) {
            for (int i = 0; i < expected.size(); i++) {
                assertSameOrder(id, expected.get(i), actual.get(i));
            }
        }
    }

    /** Every attribute key of a record's values: on the record and on its actors. */
    static Set<String> attributeKeys(RowRecords values) {
        Set<String> keys = new TreeSet<>();
        values.statement().ifPresent(statement -> {
            keys.addAll(statement.attributes().keySet());
            statement.speakers().forEach(actor -> keys.addAll(actor.attributes().keySet()));
            statement.stances().forEach(stance -> keys.addAll(stance.target().actor().orElseThrow()
                    .attributes().keySet()));
        });
        values.event().ifPresent(event -> {
            keys.addAll(event.attributes().keySet());
            event.participants().forEach(p -> keys.addAll(p.actor().attributes().keySet()));
        });
        values.casualtyReports().forEach(report -> keys.addAll(report.attributes().keySet()));
        return keys;
    }

    @Test
    void every_field_of_the_sample_has_one_home() {
        List<ColumnHome> table = PloverRecords.columns();
        ColumnHome.checkTable(table);
        Set<String> fields = new HashSet<>();
        for (JsonNode record : records()) {
            for (Map.Entry<String, JsonNode> field : record.properties()) {
                if (!field.getValue().isObject()) {
                    fields.add(field.getKey());
                }
                if (field.getValue().isArray()) {
                    field.getValue().forEach(actor -> actor.fieldNames()
                            .forEachRemaining(name -> fields.add(field.getKey() + "[]." + name)));
                } else if (field.getValue().isObject()) {
                    field.getValue().fieldNames().forEachRemaining(name -> fields.add(field.getKey() + "." + name));
                }
            }
        }
        assertThat(table.stream().map(ColumnHome::column)).containsAll(fields);
        assertThat(table).hasSize(31);
    }

    /** Which fields the records keep as attributes, and in how many records: the rest is typed. */
    @Test
    void keeps_as_attributes_only_what_has_no_typed_home_or_is_empty() {
        Map<String, Integer> kept = new TreeMap<>();
        for (JsonNode record : eventRecords()) {
            attributeKeys(PloverRecords.toModel(record)).forEach(key -> kept.merge(key, 1, Integer::sum));
        }
        assertThat(kept).containsExactly(
                Map.entry("plover.comment", 9),
                Map.entry("plover.context", 2),
                Map.entry("plover.eventText", 161),
                Map.entry("plover.mode", 17),
                Map.entry("plover.size", 11),
                Map.entry("plover.target", 4),
                Map.entry("plover.textInfo", 1),
                Map.entry("plover.textInfo.markup", 160),
                Map.entry("plover.version", 161));
    }

    @Test
    void maps_the_document_record_to_a_document_and_back() {
        JsonNode record = records().get(0);
        assertThat(record.get("event").textValue()).isEqualTo("DOCUMENT");
        assertThat(record.has("date")).isFalse();
        Document document = PloverRecords.toModel(record).document().orElseThrow();

        assertThat(document.id()).isEqualTo("plover-gsr01-document-0001");
        assertThat(document.kind()).isEqualTo(DocumentKind.REPORT);
        assertThat(document.title()).isEqualTo("PLOVER-GSR01-DOCUMENT-0001");
        assertThat(document.date()).isEqualTo(ApproximateDate.parse("2016-12-12"));
        assertThat(document.externalIds()).containsExactly(ExternalId.of("plover", "PLOVER-GSR01-DOCUMENT-0001"));
        assertThat(document.sources().get(0).coder()).contains("Parus Analytics");
        assertThat(document.attributes()).containsOnlyKeys("plover.eventText", "plover.version", "plover.license",
                "plover.copyright", "plover.comment");
        ObjectNode written = PloverRecords.toRecord(RowRecords.of(document));
        assertThat(written).isEqualTo(record);
        assertSameOrder("DOCUMENT", record, written);
    }

    @Test
    void reads_the_later_names_actor_and_recipient_and_writes_them_back() {
        for (JsonNode original : eventRecords()) {
            ObjectNode later = renamed(original);
            RowRecords values = PloverRecords.toModel(later);
            RowRecords asRead = PloverRecords.toModel(original);
            assertThat(values.records()).as("%s", original.get("id")).hasSameSizeAs(asRead.records());
            ObjectNode written = PloverRecords.toRecord(values);
            assertThat(written).as("%s", original.get("id")).isEqualTo(later);
            assertSameOrder(original.get("id").textValue(), later, written);
        }
        Statement statement = PloverRecords.toModel(renamed(record("PLOVER-GSR01-AGREE-0005"))).statement()
                .orElseThrow();
        assertThat(statement.attributes()).containsEntry("plover.fieldNames", AttributeValue.of("actor, recipient"));
        assertThat(statement.speakers().get(0).name()).contains("Libya");
        assertThat(statement.stances().get(0).target().actor().orElseThrow().name()).contains("Great Britain");
    }

    /** The record with its sides named actor and recipient, in the same places. */
    static ObjectNode renamed(JsonNode record) {
        ObjectNode renamed = new ObjectMapper().createObjectNode();
        record.properties().forEach(field -> renamed.set(field.getKey().equals("source") ? "actor"
                : field.getKey().equals("target") ? "recipient" : field.getKey(), field.getValue()));
        return renamed;
    }

    @Test
    void maps_an_agreement_toward_an_actor_into_a_statement() {
        Statement statement = PloverRecords.toModel(record("PLOVER-GSR01-AGREE-0005")).statement().orElseThrow();

        assertThat(statement.id()).isEqualTo("plover-gsr01-agree-0005");
        assertThat(statement.externalIds()).containsExactly(ExternalId.of("plover", "PLOVER-GSR01-AGREE-0005"));
        assertThat(statement.date()).isEqualTo(ApproximateDate.parse("2000-01-01"));
        assertThat(statement.mode()).isEqualTo(StatementMode.REPORTED);
        assertThat(statement.channel()).isEqualTo(Channel.OTHER);
        Actor libya = statement.speakers().get(0);
        assertThat(libya.name()).contains("Libya");
        assertThat(libya.cameoCode()).contains(CameoActorCode.parse("LBY"));
        assertThat(libya.country()).contains(CountryCode.of("LBY"));
        Stance stance = statement.stances().get(0);
        assertThat(stance.type()).isEqualTo(StanceType.INTEND_TO_COOPERATE);
        assertThat(stance.target().actor().orElseThrow().name()).contains("Great Britain");
        assertThat(stance.coding()).contains(Coding.builder().ploverType(PloverEventType.AGREE)
                .addPloverContext(PloverContext.TERRORISM).build());
        SourceAttribution source = statement.sources().get(0);
        assertThat(source.excerpt()).hasValueSatisfying(text -> assertThat(text).startsWith("Libya has offered"));
        assertThat(source.publication()).contains("OEDA team from CAMEO 1.1b3 manual");
        assertThat(source.coder()).contains("Parus Analytics");
        assertThat(source.codedOn()).contains(LocalDate.of(2016, 12, 19));
        assertThat(source.language()).contains("en");
        assertThat(statement.attributes()).containsOnlyKeys("plover.eventText", "plover.textInfo.markup",
                "plover.version");
    }

    @Test
    void maps_a_compound_actor_with_an_empty_target_into_an_event_that_keeps_the_empty_text() {
        RowRecords values = PloverRecords.toModel(record("PLOVER-GSR01-AGREE-0003"));
        Event event = values.event().orElseThrow();

        assertThat(event.participants()).extracting(Participant::role)
                .containsExactly(ParticipantRole.INITIATOR, ParticipantRole.INITIATOR);
        assertThat(event.attributes()).containsEntry("plover.target", AttributeValue.of(""));
        assertThat(event.type()).isEqualTo(EventType.OTHER);
        assertThat(event.coding().orElseThrow().ploverType()).contains(PloverEventType.AGREE);
    }

    @Test
    void maps_a_fight_with_its_dead_and_injured_into_an_event_and_two_casualty_reports() {
        RowRecords values = PloverRecords.toModel(record("PLOVER-GSR01-FIGHT-0008"));
        Event event = values.event().orElseThrow();

        assertThat(event.type()).isEqualTo(EventType.ATTACK);
        assertThat(event.coding().orElseThrow().ploverMode()).contains(PloverMode.parse("explosives"));
        assertThat(event.coding().orElseThrow().ploverContexts()).isEmpty();
        assertThat(event.location().orElseThrow().place()).contains("Samarra");
        assertThat(event.participants().get(0).actor().sectors()).containsExactly("UAF");
        assertThat(event.casualtyReportIds()).containsExactly("plover-gsr01-fight-0008-dead",
                "plover-gsr01-fight-0008-injured");
        assertThat(values.casualtyReports()).extracting(CasualtyReport::type, CasualtyReport::count,
                CasualtyReport::victims).containsExactly(
                        tuple(CasualtyType.KILLED, QualifiedCount.exactly(2),
                                Victims.of(VictimGroup.UNKNOWN)),
                        tuple(CasualtyType.INJURED, QualifiedCount.exactly(5),
                                Victims.of(VictimGroup.UNKNOWN)));
    }

    @Test
    void maps_a_consultation_without_a_target_into_a_meeting_with_its_place_and_country() {
        Event event = PloverRecords.toModel(record("PLOVER-GSR01-CONSULT-0007")).event().orElseThrow();

        assertThat(event.type()).isEqualTo(EventType.MEETING);
        assertThat(event.location().orElseThrow().place()).contains("Geneva");
        assertThat(event.location().orElseThrow().country()).contains(CountryCode.of("CHE"));
        assertThat(event.coding().orElseThrow().ploverMode()).contains(PloverMode.parse("third-party"));
        assertThat(event.participants()).extracting(p -> p.actor().name().orElseThrow())
                .containsExactly("U.S. ... negotiators", "Russian negotiators");
    }

    @Test
    void keeps_unspecified_sectors_and_lower_case_segments_as_written() {
        List<String> sectors = new ArrayList<>();
        for (JsonNode record : eventRecords()) {
            RowRecords values = PloverRecords.toModel(record);
            values.event().ifPresent(e -> e.participants().forEach(p -> sectors.addAll(p.actor().sectors())));
            values.statement().ifPresent(s -> {
                s.speakers().forEach(a -> sectors.addAll(a.sectors()));
                s.stances().forEach(st -> sectors.addAll(st.target().actor().orElseThrow().sectors()));
            });
        }
        assertThat(sectors).contains("***", "CVLalb", "ELIyor", "RELCHR").hasSize(203);
    }

    @Test
    void verbal_types_with_source_and_target_actors_make_statements() {
        for (JsonNode record : eventRecords()) {
            PloverEventType type = PloverEventType.parse(record.get("event").textValue());
            boolean verbal = PloverRecords.stanceType(type).isPresent() && record.path("source").isArray()
                    && record.path("target").isArray() && !record.has("dead") && !record.has("injured");
            assertThat(PloverRecords.toModel(record).statement().isPresent()).as("%s", record.get("id"))
                    .isEqualTo(verbal);
        }
    }

    @Test
    void refuses_a_field_or_a_shape_with_no_home() {
        ObjectNode extra = record("PLOVER-GSR01-AGREE-0005").deepCopy();
        extra.put("recipient", "x");
        assertThatThrownBy(() -> PloverRecords.toModel(extra)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PLOVER.recipient must not be given beside source or target (a record names its sides "
                        + "source/target or actor/recipient), got 'x'");
        ObjectNode unknown = record("PLOVER-GSR01-AGREE-0005").deepCopy();
        unknown.put("tone", "x");
        assertThatThrownBy(() -> PloverRecords.toModel(unknown)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PLOVER record must have only PLOVER's fields, got 'tone'");
        ObjectNode number = record("PLOVER-GSR01-AGREE-0005").deepCopy();
        number.put("comment", 7);
        assertThatThrownBy(() -> PloverRecords.toModel(number)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PLOVER.comment must be a string, got 7");
        ObjectNode empty = record("PLOVER-GSR01-AGREE-0005").deepCopy();
        empty.putArray("target");
        assertThatThrownBy(() -> PloverRecords.toModel(empty)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PLOVER.target must be a text or a non-empty list of actors, got []");
    }
}
