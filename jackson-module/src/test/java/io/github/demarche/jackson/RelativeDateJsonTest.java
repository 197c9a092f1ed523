package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.RelativeDate;
import io.github.demarche.RelativeDate.Anchor;
import io.github.demarche.RelativeDate.Unit;
import io.github.demarche.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RelativeDateJsonTest {

    private static final RelativeDate SIX_WEEKS_AFTER_COUP = RelativeDate.after(Anchor.event("coup-2021-02-01"), 6,
            Unit.WEEKS).withWording("six weeks after the coup");

    @Test
    void writes_the_anchor_its_kind_and_the_offset_only_where_given() throws Exception {
        assertThat(MAPPER.writeValueAsString(SIX_WEEKS_AFTER_COUP)).isEqualTo(json("{'relation':'after',"
                + "'anchorKind':'event','anchor':'coup-2021-02-01','amount':6,'unit':'weeks',"
                + "'wording':'six weeks after the coup'}"));
        assertThat(MAPPER.writeValueAsString(RelativeDate.on(Anchor.statement("s07-beijing-denial"))))
                .isEqualTo(json("{'relation':'on','anchorKind':'statement','anchor':'s07-beijing-denial'}"));
        assertThat(MAPPER.readValue(json("{'anchor':'coup-2021-02-01','unit':'weeks','relation':'after','amount':6,"
                + "'anchorKind':'event','wording':'six weeks after the coup'}"), RelativeDate.class))
                .isEqualTo(SIX_WEEKS_AFTER_COUP);
    }

    @Test
    void round_trips_on_statements_and_events_of_a_dossier() throws Exception {
        Statement joint = Statement.builder().from(ReferenceArticleFixture.JOINT_STATEMENT)
                .date(io.github.demarche.ApproximateDate.parse("2021-03-15")).relativeDate(SIX_WEEKS_AFTER_COUP)
                .build();
        Event press = Event.builder().from(ReferenceArticleFixture.PRESS_CONFERENCE)
                .relativeDate(RelativeDate.on(Anchor.event("wang-lavrov-2021-03-23")).withWording("the same day"))
                .build();
        Dossier dossier = Dossier.builder().from(ReferenceArticleFixture.dossier())
                .statements(List.of(joint)).events(List.of(ReferenceArticleFixture.COUP,
                        ReferenceArticleFixture.MEETING, press)).casualtyReports(List.of()).build();
        String written = MAPPER.writeValueAsString(dossier);
        assertThat(written).contains(json("'date':'2021-03-15','relativeDate':{'relation':'after'"))
                .contains(json("'date':'2021-03-23','relativeDate':{'relation':'on','anchorKind':'event'"));
        assertThat(MAPPER.readValue(written, Dossier.class)).isEqualTo(dossier);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(press), Event.class)).isEqualTo(press);
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(joint), Statement.class)).isEqualTo(joint);
    }

    private static Arguments bad(String name, Class<?> type, String json,
            Class<? extends JsonMappingException> exception, String pointer, String message) {
        return Arguments.of(name, type, json, exception, pointer, message);
    }

    private static String statementWith(String relativeDate) {
        ObjectNode tree = MAPPER.valueToTree(ReferenceArticleFixture.dossier());
        try {
            ((ObjectNode) tree.at("/statements/1")).set("relativeDate", MAPPER.readTree(json(relativeDate)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return tree.toString();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                bad("missing relation, kind and anchor", RelativeDate.class, json("{'amount':2,'unit':'days'}"),
                        InvalidValueException.class, "/relation", "3 violations: RelativeDate.relation must be set,"
                                + " got nothing; RelativeDate.anchorKind must be set, got nothing;"
                                + " RelativeDate.anchor must be set, got nothing"),
                bad("amount without unit", RelativeDate.class,
                        json("{'relation':'after','anchorKind':'event','anchor':'coup','amount':2}"),
                        InvalidValueException.class, "/unit", "RelativeDate.unit must be set when amount is set,"
                                + " got nothing"),
                bad("unit without amount", RelativeDate.class,
                        json("{'relation':'after','anchorKind':'event','anchor':'coup','unit':'days'}"),
                        InvalidValueException.class, "/amount", "RelativeDate.amount must be set when unit is set,"
                                + " got nothing"),
                bad("offset with on", RelativeDate.class,
                        json("{'relation':'on','anchorKind':'event','anchor':'coup','amount':2,'unit':'days'}"),
                        InvalidValueException.class, "/amount", "RelativeDate.amount must be empty unless relation is"
                                + " BEFORE or AFTER, got 2 days with relation ON"),
                bad("amount of zero", RelativeDate.class,
                        json("{'relation':'after','anchorKind':'event','anchor':'coup','amount':0,'unit':'days'}"),
                        InvalidValueException.class, "/amount", "RelativeDate.amount must be between 1 and 1000, got 0"),
                bad("amount beyond int", RelativeDate.class,
                        json("{'relation':'after','anchorKind':'event','anchor':'coup','amount':5000000000,'unit':'days'}"),
                        InvalidValueException.class, "/amount",
                        "RelativeDate.amount must be between 1 and 1000, got 5000000000"),
                bad("bad anchor id", RelativeDate.class,
                        json("{'relation':'after','anchorKind':'event','anchor':'The Coup'}"),
                        InvalidValueException.class, "/anchor", "RelativeDate.Anchor.id must be lower-case letters and"
                                + " digits separated by single '-', '.' or '_', got 'The Coup'"),
                bad("blank wording", RelativeDate.class,
                        json("{'relation':'after','anchorKind':'event','anchor':'coup','wording':' '}"),
                        InvalidValueException.class, "/wording", "RelativeDate.wording must not be blank, got ' '"),
                bad("unknown field", RelativeDate.class,
                        json("{'relation':'after','anchorKind':'event','anchor':'coup','offset':'6 weeks'}"),
                        UnrecognizedPropertyException.class, "/offset", null),
                bad("anchor missing from the dossier", Dossier.class,
                        statementWith("{'relation':'after','anchorKind':'event','anchor':'nowhere'}"),
                        InvalidValueException.class, "/statements/1/relativeDate/anchor",
                        "Dossier.statements[1].relativeDate.anchor must be an event of the dossier, got 'nowhere'"),
                bad("anchored to the statement itself", Dossier.class,
                        statementWith("{'relation':'after','anchorKind':'statement','anchor':'s03-joint-statement'}"),
                        InvalidValueException.class, "/statements/1/relativeDate/anchor",
                        "Statement.relativeDate.anchor must name another statement than this one,"
                                + " got 's03-joint-statement'"),
                bad("date contradicting the offset", Dossier.class,
                        statementWith("{'relation':'after','anchorKind':'event','anchor':'coup-2021-02-01',"
                                + "'amount':6,'unit':'weeks'}"),
                        InvalidValueException.class, "/statements/1/relativeDate",
                        "Dossier.statements[1].relativeDate must agree with the statement's date: 6 weeks after"
                                + " event:coup-2021-02-01 (2021-02-01) falls in 2021-03-15, got '2021-03-23'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reports_bad_input_with_type_path_and_message(String name, Class<?> type, String json,
            Class<? extends JsonMappingException> exception, String pointer, String message) {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(json, type));

        assertThat(e).as("no exception for %s", json).isNotNull();
        assertThat(e).isExactlyInstanceOf(exception);
        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo(pointer);
        if (message != null) {
            assertThat(e.getOriginalMessage()).isEqualTo(message);
        }
    }
}
