package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.json;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CountryCode;
import io.github.demarche.Dossier;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.StanceType;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schema describes what the module writes: the reference article, each value type, and
 * (in {@link RandomRoundTripTest}) thousands of random graphs validate against it. It also rejects
 * what the module rejects for its shape.
 */
class DemarcheSchemaTest {

    @Test
    void schema_is_valid_against_the_draft_2020_12_meta_schema() {
        assertThat(SchemaSupport.metaSchemaErrors()).isEmpty();
    }

    @Test
    void reference_article_validates_against_the_root() throws Exception {
        SchemaSupport.assertValid(ReferenceArticleJsonTest.golden(ReferenceArticleJsonTest.GOLDEN), null);
        SchemaSupport.assertValid(write(ReferenceArticleFixture.dossier()), "Dossier");
    }

    static Stream<Arguments> values() {
        Stream.Builder<Arguments> values = Stream.builder();
        Dossier dossier = ReferenceArticleFixture.dossier();
        values.add(Arguments.of("SourceAttribution", dossier.source()));
        dossier.actors().forEach(actor -> values.add(Arguments.of("Actor", actor)));
        dossier.events().forEach(event -> {
            values.add(Arguments.of("Event", event));
            event.location().ifPresent(location -> values.add(Arguments.of("Location", location)));
            event.participants().forEach(participant -> values.add(Arguments.of("Participant", participant)));
        });
        dossier.statements().forEach(statement -> {
            values.add(Arguments.of("Statement", statement));
            statement.stances().forEach(stance -> {
                values.add(Arguments.of("Stance", stance));
                values.add(Arguments.of("StanceTarget", stance.target()));
            });
            values.add(Arguments.of("ApproximateDate", statement.date()));
        });
        dossier.casualtyReports().forEach(report -> {
            values.add(Arguments.of("CasualtyReport", report));
            values.add(Arguments.of("QualifiedCount", report.count()));
            values.add(Arguments.of("Victims", report.victims()));
        });
        values.add(Arguments.of("CountryCode", CountryCode.of("MMR")));
        values.add(Arguments.of("StanceType", StanceType.THREATEN_SANCTIONS));
        values.add(Arguments.of("ApproximateDate", ApproximateDate.parse("2021-03-early%/2021-03-late~")));
        return values.build();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("values")
    void each_value_of_the_reference_article_validates_against_its_type(String definition, Object value) {
        SchemaSupport.assertValid(write(value), definition);
    }

    static Stream<Arguments> invalid() {
        String actor = "{'id':'chn','name':'China','kind':'state'";
        return Stream.of(
                Arguments.of("Actor", json(actor + ",'title':null}")),
                Arguments.of("Actor", json(actor + ",'nmae':'x'}")),
                Arguments.of("Actor", json("{'id':'Wang Yi','name':'x','kind':'person'}")),
                Arguments.of("Actor", json(actor + ",'title':'Foreign Minister'}")),
                Arguments.of("Actor", json("{'id':'chn','name':'China','kind':'STATE'}")),
                Arguments.of("Actor", json(actor + ",'country':'mmr'}")),
                Arguments.of("StanceTarget", json("{'kind':'country','label':'x'}")),
                Arguments.of("StanceTarget", json("{'kind':'actor','label':'x'}")),
                Arguments.of("StanceTarget", json("{'label':'x'}")),
                Arguments.of("QualifiedCount", json("{'qualifier':'between','figure':1}")),
                Arguments.of("QualifiedCount", json("{'qualifier':'about','figure':1,'secondFigure':2}")),
                Arguments.of("QualifiedCount", json("{'qualifier':'exactly','figure':'1'}")),
                Arguments.of("QualifiedCount", json("{'qualifier':'fewer_than','figure':0}")),
                Arguments.of("QualifiedCount", json("{'qualifier':'thousands','figure':3000}")),
                Arguments.of("QualifiedCount", json("{'qualifier':'more_than'}")),
                Arguments.of("QualifiedCount", json("{'qualifier':'dozens','secondFigure':30}")),
                Arguments.of("ApproximateDate", json("'March 2021'")),
                Arguments.of("ApproximateDate", json("'../..'")),
                Arguments.of("ApproximateDate", json("'2021-13'")),
                Arguments.of("SourceAttribution",
                        json("{'publication':'x','url':'x','publicationDate':'2021-03-24'}")),
                Arguments.of("SourceAttribution",
                        json("{'publication':'x','url':'urn:x','publicationDate':'2021-3-24'}")),
                Arguments.of("Event", json("{'id':'e','type':'coup','title':'t','date':'2021','blocked':true}")),
                Arguments.of("Statement", json("{'id':'s','speakers':[],'date':'2021','mode':'reported','channel':'other',"
                        + "'summary':'x','stances':[{'type':'veto','target':{'kind':'event','eventId':'e'}}],"
                        + "'source':{'publication':'x','url':'urn:x','publicationDate':'2021-03-24'}}")),
                Arguments.of(null, json("{'source':{'publication':'x','url':'urn:x','publicationDate':'2021-03-24'}}")),
                Arguments.of(null, json("{'demarcheFormat':3,'source':{'publication':'x','url':'urn:x',"
                        + "'publicationDate':'2021-03-24'}}")),
                Arguments.of(null, json("{'demarcheFormat':1,'source':{'publication':'x','url':'urn:x',"
                        + "'publicationDate':'2021-03-24'}}")),
                Arguments.of("SourceAttribution", json("{'language':'en','publicationDate':'2021-03-24'}")),
                Arguments.of("SourceAttribution", json("{'publication':'x','sentenceNumber':1}")),
                Arguments.of("Location", json("{'precision':{'scale':'gdelt_geo_type','code':1}}")),
                Arguments.of("LocationPrecision", json("{'scale':'gdelt_geo_type','code':6}")),
                Arguments.of("Coding", json("{'cameoCode':'036'}")),
                Arguments.of("Coding", json("{'reportedScore':1.0}")),
                Arguments.of("Coding", json("{'ploverType':'agree','reportedScore':10.5}")),
                Arguments.of("Coordinates", json("{'latitude':91,'longitude':0}")),
                Arguments.of("ExternalId", json("{'scheme':'GDELT','value':'1'}")),
                Arguments.of("Statement", json("{'id':'s','speakers':[{'id':'a','name':'A','kind':'state'}],"
                        + "'date':'2021','mode':'reported','channel':'other','stances':[{'type':'concern',"
                        + "'target':{'kind':'topic','label':'x'}}],'sources':[],'attributes':{'1x':true}}")));
    }

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("Actor", "{\"id\":\"a\",\"name\":\"Wang\\u0000\",\"kind\":\"person\"}", false),
                Arguments.of("Actor", "{\"id\":\"a\",\"name\":\"Wang\\nYi\",\"kind\":\"person\"}", false),
                Arguments.of("Actor", "{\"id\":\"a\",\"name\":\"Wang\\u202eiY\",\"kind\":\"person\"}", false),
                Arguments.of("Actor", "{\"id\":\"a\",\"name\":\"\\u00a0\\u200b\",\"kind\":\"person\"}", false),
                Arguments.of("Actor", "{\"id\":\"a\",\"name\":\"Wang\\uffff\",\"kind\":\"person\"}", false),
                Arguments.of("Actor", "{\"id\":\"a\",\"name\":\"Wang\\u00a0Yi \\ud83d\\ude00\",\"kind\":\"person\"}", true),
                Arguments.of("Actor", "{\"id\":\"a\",\"name\":\"Wang\",\"title\":\"\\u2067x\\u2069\",\"kind\":\"person\"}", true),
                Arguments.of("SourceAttribution", "{\"excerpt\":\"a\\r\\nb\\tc\"}", true),
                Arguments.of("SourceAttribution", "{\"excerpt\":\"a\\u0001\"}", false),
                Arguments.of("SourceAttribution", "{\"headline\":\"\\n\\u3000\"}", false),
                Arguments.of("SourceAttribution", "{\"publication\":\"x\",\"publicationDate\":\"0000-01-01\"}", true),
                Arguments.of("SourceAttribution", "{\"publication\":\"x\",\"publicationDate\":\"+10000-01-01\"}", false),
                Arguments.of("SourceAttribution", "{\"publication\":\"x\",\"publicationDate\":\"-0001-12-31\"}", false),
                Arguments.of("SourceAttribution", "{\"url\":\"https://example.org/" + "a".repeat(8172) + "\"}", true),
                Arguments.of("SourceAttribution", "{\"url\":\"https://example.org/" + "a".repeat(8173) + "\"}", false),
                Arguments.of("Location", "{\"featureId\":\"a b\"}", false),
                Arguments.of("Location", "{\"featureId\":\"a\\u0000\"}", false));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("texts")
    void describes_the_text_rules_and_the_year_range_of_the_core(String definition, String json, boolean valid) {
        assertThat(SchemaSupport.errors(json, definition)).as("schema errors of %s", json)
                .matches(errors -> errors.isEmpty() == valid);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("invalid")
    void rejects_what_the_reader_rejects_for_its_shape(String definition, String json) {
        List<Error> errors = SchemaSupport.errors(json, definition);

        assertThat(errors).as("schema errors of %s", json).isNotEmpty();
    }

    @Test
    void accepts_input_the_reader_accepts_without_defaults() {
        SchemaSupport.assertValid(json("{'type':'concern','target':{'kind':'topic','label':'x'}}"), "Stance");
        SchemaSupport.assertValid(json("{'qualifier':'more_than','figure':270}"), "QualifiedCount");
        SchemaSupport.assertValid(json("{'qualifier':'thousands'}"), "QualifiedCount");
        SchemaSupport.assertValid(json("{'qualifier':'thousands','bounds':{'low':2000,'high':5000}}"), "QualifiedCount");
        SchemaSupport.assertValid(json("{'id':'e','type':'coup','date':'2021-02-01','sources':[{'coder':'GDELT'}]}"),
                "Event");
        SchemaSupport.assertValid(json("{'place':'Black Sea'}"), "Location");
        SchemaSupport.assertValid(json("{'ploverType':'disapprove','ploverContexts':['refugees']}"), "Coding");
        SchemaSupport.assertValid(json("{'a':'x','b':5,'c':-2.54350736278448,'d':5E0,'e':true}"), "Attributes");
    }

    @Test
    void describes_the_lines_of_ndjson() {
        SchemaSupport.assertValid("{\"demarcheFormat\":2}", "NdjsonLine");
        SchemaSupport.assertValid(NdjsonReaderTest.line(ReferenceArticleFixture.DENIAL), "NdjsonLine");
        SchemaSupport.assertValid(NdjsonReaderTest.line(ReferenceArticleFixture.COUP), "NdjsonLine");
        SchemaSupport.assertValid(NdjsonReaderTest.line(ReferenceArticleFixture.KILLED), "NdjsonRecord");
        SchemaSupport.assertValid("{\"demarcheFormat\":2}", "NdjsonHeader");
    }

    static Stream<String> invalidLines() {
        String coup = write(ReferenceArticleFixture.COUP);
        return Stream.of("{}", "[]", "{\"demarcheFormat\":3}", "{\"demarcheFormat\":1}", "{\"demarcheFormat\":\"1\"}", "{\"statement\":null}",
                "{\"actor\":" + write(ReferenceArticleFixture.CHINA) + "}", "{\"statement\":" + coup + "}",
                "{\"event\":" + coup + ",\"casualtyReport\":" + write(ReferenceArticleFixture.KILLED) + "}",
                "{\"demarcheFormat\":2,\"event\":" + coup + "}", "{\"record\":\"event\",\"event\":" + coup + "}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidLines")
    void rejects_lines_the_ndjson_reader_rejects_for_their_shape(String line) {
        assertThat(SchemaSupport.errors(line, "NdjsonLine")).as("schema errors of %s", line).isNotEmpty();
    }

    @Test
    void describes_the_bound_of_affiliation_chains_as_the_model_has_it() {
        assertThat(SchemaSupport.schema("Actor").getSchemaNode().get("description").asText())
                .contains("at most " + Actor.MAX_AFFILIATION_DEPTH + " above it");
    }
}
