package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.QualifiedCount;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.ValidationException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input of every kind, each asserting the exception type, the JSON path (as a JSON Pointer)
 * and the message. The nested cases edit the reference article's dossier, so that the paths run
 * through real documents.
 */
class BadInputTest {

    private static final String ACTOR = "{'id':'chn','name':'China','kind':'state'";
    private static final String STANCE_TYPES = "'neutral', 'concern', 'deny', 'appeal', 'intend_to_cooperate', "
            + "'intend_to_mediate', 'consult', 'support', 'praise', 'cooperate', 'aid', 'yield', 'investigate', "
            + "'demand', 'criticize', 'accuse', 'reject', 'veto', 'threaten', 'threaten_sanctions'";

    /** The reference article's dossier as JSON, edited. */
    private static String dossierWith(Consumer<ObjectNode> edit) {
        ObjectNode tree = MAPPER.valueToTree(ReferenceArticleFixture.dossier());
        edit.accept(tree);
        return tree.toString();
    }

    private static ObjectNode at(ObjectNode tree, String pointer) {
        return (ObjectNode) tree.at(pointer);
    }

    private static Arguments bad(String name, Class<?> type, String json,
            Class<? extends JsonMappingException> exception, String pointer, String message) {
        return Arguments.of(name, type, json, exception, pointer, message);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // a required field left out: the core's MISSING_ATTRIBUTE
                bad("missing field", Actor.class, json("{'id':'chn','name':'China'}"),
                        InvalidValueException.class, "/kind", "Actor.kind must be set, got nothing"),
                bad("neither name nor description", Actor.class, json("{'id':'chn','kind':'state'}"),
                        InvalidValueException.class, "/name",
                        "Actor.name must be set when no description is given, got nothing"),
                bad("a membership of the actor itself", Actor.class,
                        json(ACTOR + ",'memberships':[{'organization':" + ACTOR + "}}]}"),
                        InvalidValueException.class, "/memberships/0/organization",
                        "Actor.memberships[0].organization must not be the actor itself, got 'chn'"),
                bad("a membership given twice", Actor.class,
                        json(ACTOR + ",'memberships':[{'organization':{'id':'un','name':'UN','kind':'other'},"
                                + "'role':'permanent member'},{'organization':{'id':'un','name':'UN','kind':'other'},"
                                + "'role':'permanent member'}]}"),
                        InvalidValueException.class, "/memberships/1",
                        "Actor.memberships[1] must name each membership once, got Membership[un as 'permanent member']"),
                bad("a membership that starts after it ends", Actor.class,
                        json(ACTOR + ",'memberships':[{'organization':{'id':'un','name':'UN','kind':'other'},"
                                + "'since':'2021-04','until':'2021-03'}]}"),
                        InvalidValueException.class, "/memberships/0/since",
                        "Membership.since must not be after until, got since=2021-04, until=2021-03"),
                bad("a membership without organization", Actor.class,
                        json(ACTOR + ",'memberships':[{'role':'chair'}]}"),
                        InvalidValueException.class, "/memberships/0/organization",
                        "Membership.organization must be set, got nothing"),
                bad("a membership's role not text", Actor.class,
                        json(ACTOR + ",'memberships':[{'organization':{'id':'un','name':'UN','kind':'other'},'role':1}]}"),
                        MismatchedInputException.class, "/memberships/0/role",
                        "Membership.role must be a string, got 1"),
                bad("collective not a flag", Actor.class, json(ACTOR + ",'collective':'yes'}"),
                        MismatchedInputException.class, "/collective",
                        "Actor.collective must be true or false, got 'yes'"),
                bad("a surname of a state", Actor.class, json(ACTOR + ",'surname':'Wang'}"),
                        InvalidValueException.class, "/surname",
                        "Actor.surname must be empty unless kind is PERSON, got surname='Wang' for kind STATE"),
                bad("a reporter who is one of the speakers", Dossier.class,
                        dossierWith(t -> at(t, "/statements/2").set("reportedBy", at(t, "/statements/2/speakers/0"))),
                        InvalidValueException.class, "/statements/2/reportedBy",
                        "Statement.reportedBy must not be one of the speakers, got 'mmr-protesters'"),
                bad("a reporter not in the dossier", Dossier.class,
                        dossierWith(t -> at(t, "/statements/2").putObject("reportedBy").put("id", "unnamed-diplomats-1")
                                .put("description", "diplomats").put("kind", "person").put("collective", true)),
                        InvalidValueException.class, "/statements/2/reportedBy",
                        "Dossier.statements[2].reportedBy must be an actor of the dossier, got 'unnamed-diplomats-1'"),
                bad("missing field, nested", Dossier.class, dossierWith(t -> at(t, "/statements/1").remove("channel")),
                        InvalidValueException.class, "/statements/1/channel",
                        "Statement.channel must be set, got nothing"),
                bad("missing field of a factory-built value", Dossier.class,
                        dossierWith(t -> at(t, "/casualtyReports/0").putObject("location")),
                        InvalidValueException.class, "/casualtyReports/0/location",
                        "Location must have a country, place, administrative unit or code, coordinates or feature id,"
                                + " got nothing"),
                bad("missing field of a kind", StanceTarget.class, json("{'kind':'topic','key':'myanmar-situation'}"),
                        InvalidValueException.class, "/label",
                        "StanceTarget.label must be set when kind is 'topic', got nothing"),
                bad("missing format version", Dossier.class, dossierWith(t -> t.remove("demarcheFormat")),
                        InvalidValueException.class, "/demarcheFormat",
                        "Dossier.demarcheFormat must be set, got nothing"),
                // explicit null: never a value in this format
                bad("null for a required field", Actor.class, json("{'id':'chn','name':null,'kind':'state'}"),
                        MismatchedInputException.class, "/name", "Actor.name must be a string, got null"),
                bad("null for an optional field", Actor.class, json(ACTOR + ",'title':null}"),
                        MismatchedInputException.class, "/title", "Actor.title must be a string, got null"),
                bad("null for an object, nested", Dossier.class,
                        dossierWith(t -> at(t, "/statements/0/stances/0").putNull("target")),
                        MismatchedInputException.class, "/statements/0/stances/0/target",
                        "StanceTarget must be an object, got null"),
                // wrong JSON type
                bad("text for a number", QualifiedCount.class, json("{'qualifier':'exactly','figure':'270'}"),
                        MismatchedInputException.class, "/figure",
                        "QualifiedCount.figure must be a whole number, got '270'"),
                bad("fraction for a whole number", QualifiedCount.class, json("{'qualifier':'exactly','figure':270.5}"),
                        MismatchedInputException.class, "/figure",
                        "QualifiedCount.figure must be a whole number, got 270.5"),
                bad("object for an array", Dossier.class,
                        dossierWith(t -> at(t, "/statements/2").putObject("speakers")),
                        MismatchedInputException.class, "/statements/2/speakers",
                        "Statement.speakers must be an array, got an object"),
                bad("number in an array of texts", Actor.class, json(ACTOR + ",'aliases':['PRC',1]}"),
                        MismatchedInputException.class, "/aliases/1", "Actor.aliases[1] must be a string, got 1"),
                bad("text for a boolean", Stance.class,
                        json("{'type':'veto','target':{'kind':'event','eventId':'e1'},'contemplated':'yes'}"),
                        MismatchedInputException.class, "/contemplated",
                        "Stance.contemplated must be true or false, got 'yes'"),
                bad("text for an object at the root", Actor.class, json("'chn'"),
                        MismatchedInputException.class, "", "Actor must be an object, got 'chn'"),
                bad("text for an object, nested", Dossier.class,
                        dossierWith(t -> ((ArrayNode) t.at("/actors")).set(3, t.textNode("rus"))),
                        MismatchedInputException.class, "/actors/3", "Actor must be an object, got 'rus'"),
                // unknown enum names, the Java names included
                bad("unknown enum name", Dossier.class,
                        dossierWith(t -> at(t, "/statements/0/stances/0").put("type", "deep")),
                        InvalidFormatException.class, "/statements/0/stances/0/type",
                        "Stance.type must be one of " + STANCE_TYPES + ", got 'deep'"),
                bad("Java name of an enum", Stance.class,
                        json("{'type':'THREATEN_SANCTIONS','target':{'kind':'event','eventId':'e1'}}"),
                        InvalidFormatException.class, "/type",
                        "Stance.type must be one of " + STANCE_TYPES + ", got 'THREATEN_SANCTIONS'"),
                bad("unknown enum name at the root", StanceType.class, json("'deep'"),
                        InvalidFormatException.class, "", "StanceType must be one of " + STANCE_TYPES + ", got 'deep'"),
                // discriminators
                bad("unknown discriminator", Dossier.class,
                        dossierWith(t -> at(t, "/statements/0/stances/0/target").put("kind", "country")),
                        InvalidTypeIdException.class, "/statements/0/stances/0/target/kind",
                        "StanceTarget.kind must be one of 'actor', 'topic', 'event', 'casualty_report', 'statement', 'document',"
                                + " got 'country'"),
                bad("missing discriminator", Dossier.class,
                        dossierWith(t -> at(t, "/casualtyReports/0/victims").remove("kind")),
                        InvalidTypeIdException.class, "/casualtyReports/0/victims/kind",
                        "Victims.kind must be one of 'group', 'actor', got nothing"),
                bad("field of another kind", StanceTarget.class,
                        json("{'kind':'actor','actor':" + ACTOR + "},'label':'China'}"),
                        InvalidValueException.class, "/label",
                        "StanceTarget.label must be absent unless kind is 'topic', got 'China'"),
                // text forms the core rejects
                bad("day the month lacks", Dossier.class,
                        dossierWith(t -> at(t, "/statements/0").put("date", "2021-02-30")),
                        InvalidValueException.class, "/statements/0/date",
                        "ApproximateDate.day must be a day of 2021-02, got 30"),
                bad("date text of no form", ApproximateDate.class, json("'March 2021'"),
                        InvalidValueException.class, "",
                        "ApproximateDate.text must be an EDTF date such as '2021-03-23', '2021-03~' or '2021-02-01/..', "
                                + "got 'March 2021'"),
                bad("malformed ISO date", Dossier.class,
                        dossierWith(t -> at(t, "/source").put("publicationDate", "2021-3-24")),
                        InvalidValueException.class, "/source/publicationDate",
                        "SourceAttribution.publicationDate must be an ISO 8601 date such as '2021-03-24', got '2021-3-24'"),
                bad("unknown country", Actor.class, json(ACTOR + ",'country':'ZZZ'}"),
                        InvalidValueException.class, "/country",
                        "CountryCode.code must be an ISO 3166-1 alpha-3 country code, got 'ZZZ'"),
                bad("relative URL", Dossier.class,
                        dossierWith(t -> at(t, "/statements/4/sources/0").put("url", "news/burma")),
                        InvalidValueException.class, "/statements/4/sources/0/url",
                        "SourceAttribution.url must be an absolute URI with a scheme such as 'https:' or 'urn:', "
                                + "got 'news/burma'"),
                // counts
                bad("range inverted", Dossier.class,
                        dossierWith(t -> at(t, "/casualtyReports/0/count").put("qualifier", "between")
                                .put("figure", 300).put("secondFigure", 270).remove("bounds")),
                        InvalidValueException.class, "/casualtyReports/0/count/secondFigure",
                        "QualifiedCount.bounds must satisfy low <= best <= high, got low=300, best=300, high=270"),
                bad("bounds inverted", CasualtyReport.class,
                        writeWith(ReferenceArticleFixture.KILLED,
                                t -> at(t, "/count/bounds").put("low", 300).put("best", 270)),
                        InvalidValueException.class, "/count/bounds",
                        "QualifiedCount.bounds must satisfy low <= best <= high, got low=300, best=270, high=∞"),
                bad("figure beyond long", QualifiedCount.class,
                        json("{'qualifier':'exactly','figure':100000000000000000000000000000}"),
                        InvalidValueException.class, "/figure",
                        "QualifiedCount.figure must be at most 1000000000000, got 100000000000000000000000000000"),
                bad("second figure of another qualifier", QualifiedCount.class,
                        json("{'qualifier':'about','figure':270,'secondFigure':300}"),
                        InvalidValueException.class, "/secondFigure",
                        "QualifiedCount.secondFigure must be absent unless qualifier is 'between', got 300"),
                // unknown properties (FAIL_ON_UNKNOWN_PROPERTIES, on by default)
                bad("unknown property", Actor.class, json(ACTOR + ",'nmae':'China'}"),
                        UnrecognizedPropertyException.class, "/nmae",
                        "Unrecognized field \"nmae\" (class io.github.demarche.Actor), not marked as ignorable"),
                bad("unknown property, nested", Dossier.class,
                        dossierWith(t -> at(t, "/statements/0/stances/0/target").putArray("extra").add(1)),
                        UnrecognizedPropertyException.class, "/statements/0/stances/0/target/extra",
                        "Unrecognized field \"extra\" (class io.github.demarche.StanceTarget), not marked as ignorable"),
                // rules of a value and of the whole graph
                bad("several violations: all in the message, the path at the first", Actor.class,
                        json("{'id':'Wang Yi','name':' ','kind':'person'}"),
                        InvalidValueException.class, "/id",
                        "2 violations: Actor.id must be lower-case letters and digits separated by single '-', '.' or '_', "
                                + "got 'Wang Yi'; Actor.name must not be blank, got ' '"),
                bad("rule of a value, nested", Dossier.class,
                        dossierWith(t -> at(t, "/events/0").put("blocked", true)),
                        InvalidValueException.class, "/events/0/blocked",
                        "Event.blocked must be false unless type is VOTE_OR_RESOLUTION, got true for type COUP"),
                bad("rule of the graph", Dossier.class,
                        dossierWith(t -> at(t, "/statements/2/speakers/0").put("name", "Someone else")),
                        InvalidValueException.class, "/statements/2/speakers/0",
                        "Dossier.statements[2].speakers[0] must equal the dossier's actor 'mmr-protesters', got a different "
                                + "actor with that id: Actor[mmr-protesters: Someone else, CIVIL_SOCIETY]"),
                // format versions
                bad("newer format version", Dossier.class, dossierWith(t -> t.put("demarcheFormat", 3)),
                        InvalidFormatException.class, "/demarcheFormat",
                        "Dossier.demarcheFormat must be 2, the only format that demarche-jackson " + PackageVersion.VERSION
                                + " reads, got 3; a newer demarche-jackson may read it"),
                bad("format version as text", Dossier.class, dossierWith(t -> t.put("demarcheFormat", "1")),
                        MismatchedInputException.class, "/demarcheFormat",
                        "Dossier.demarcheFormat must be a whole number, got '1'"),
                // trailing tokens (FAIL_ON_TRAILING_TOKENS, on in DemarcheJson.newObjectMapper())
                bad("trailing tokens", Actor.class, json(ACTOR + "} {}"),
                        MismatchedInputException.class, "",
                        "Trailing token (of type START_OBJECT) found after value (bound as `io.github.demarche.Actor`): "
                                + "not allowed as per `DeserializationFeature.FAIL_ON_TRAILING_TOKENS`"));
    }

    private static String writeWith(Object value, Consumer<ObjectNode> edit) {
        ObjectNode tree = MAPPER.valueToTree(value);
        edit.accept(tree);
        return tree.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reports_bad_input_with_type_path_and_message(String name, Class<?> type, String json,
            Class<? extends JsonMappingException> exception, String pointer, String message) {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(json, type));

        assertThat(e).as("no exception for %s", json).isNotNull();
        assertThat(e).isExactlyInstanceOf(exception);
        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo(pointer);
        assertThat(e.getOriginalMessage()).isEqualTo(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reports_the_same_through_a_tree(String name, Class<?> type, String json,
            Class<? extends JsonMappingException> exception, String pointer, String message) throws Exception {
        if (name.startsWith("trailing")) {
            return;  // a tree has no trailing tokens
        }
        JsonNode tree = MAPPER.readTree(json);
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> MAPPER.treeToValue(tree, type));

        assertThat(e).isExactlyInstanceOf(exception);
        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo(pointer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void carries_the_core_violations_of_a_broken_rule(String name, Class<?> type, String json,
            Class<? extends JsonMappingException> exception, String pointer, String message) {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(json, type));
        if (e instanceof InvalidValueException) {
            InvalidValueException invalid = (InvalidValueException) e;
            assertThat(invalid.violations()).isNotEmpty();
            assertThat(invalid.getCause()).isInstanceOf(ValidationException.class).hasMessage(message);
            assertThat(invalid.violations()).isEqualTo(((ValidationException) invalid.getCause()).violations());
        }
    }
}
