package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.demarche.Actor;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.Statement;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemarcheJsonTest {

    private static final String CHINA = "{'id':'chn','name':'China','kind':'state'";

    @Test
    void new_object_mapper_rejects_trailing_tokens() {
        assertThatThrownBy(() -> MAPPER.readValue(json(CHINA + "} []"), Actor.class))
                .isExactlyInstanceOf(MismatchedInputException.class)
                .hasMessageStartingWith("Trailing token (of type START_ARRAY) found after value");
    }

    @Test
    void trailing_text_that_is_not_json_is_a_parse_error_not_a_mapping_error() {
        assertThatThrownBy(() -> MAPPER.readValue(json(CHINA + "} garbage"), Actor.class))
                .isInstanceOf(JsonParseException.class)
                .hasMessageStartingWith("Unrecognized token 'garbage'");
    }

    @Test
    void a_plain_mapper_ignores_trailing_tokens_as_jackson_does() throws Exception {
        ObjectMapper plain = new ObjectMapper().registerModule(new DemarcheModule());

        assertThat(plain.readValue(json(CHINA + "} []"), Actor.class).id()).isEqualTo("chn");
    }

    @Test
    void new_object_mapper_rejects_unknown_properties() {
        assertThatThrownBy(() -> MAPPER.readValue(json(CHINA + ",'flag':'red'}"), Actor.class))
                .isExactlyInstanceOf(UnrecognizedPropertyException.class)
                .hasMessageContaining("17 known properties: \"id\", \"name\", \"description\", \"kind\", "
                        + "\"collective\", \"country\", \"title\", \"surname\", \"affiliation\", \"memberships\", "
                        + "\"aliases\", \"commonDescriptions\", \"wikidataId\", \"cameoCode\", \"sectors\", "
                        + "\"externalIds\", \"attributes\"");
    }

    @Test
    void unknown_properties_are_skipped_however_nested_when_the_mapper_allows_them() throws Exception {
        ObjectMapper lenient = DemarcheJson.newObjectMapper().rebuild()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        String nested = "[".repeat(60) + "{'a':1}" + "]".repeat(60);   // within DemarcheJson.MAX_NESTING_DEPTH

        Actor actor = lenient.readValue(json("{'extra':" + nested + ",'id':'chn','name':'China','later':{'x':[1,{}]},"
                + "'kind':'state'}"), Actor.class);

        assertThat(actor).isEqualTo(Actor.builder().id("chn").name("China").kind(io.github.demarche.ActorKind.STATE)
                .build());
    }

    @Test
    void new_object_mapper_applies_every_limit_and_keeps_them_on_rebuild() {
        StreamReadConstraints constraints = MAPPER.getFactory().streamReadConstraints();

        assertThat(constraints.getMaxNestingDepth()).isEqualTo(DemarcheJson.MAX_NESTING_DEPTH).isEqualTo(64);
        assertThat(constraints.getMaxStringLength()).isEqualTo(DemarcheJson.MAX_STRING_LENGTH).isEqualTo(1_000_000);
        assertThat(constraints.getMaxNumberLength()).isEqualTo(DemarcheJson.MAX_NUMBER_LENGTH).isEqualTo(100);
        assertThat(JacksonRange.hasNameAndDocumentLimits()).isEqualTo(JacksonVersions.limitsNamesAndDocuments());
        if (JacksonVersions.limitsNamesAndDocuments()) {
            assertThat(constraints.getMaxNameLength()).isEqualTo(DemarcheJson.MAX_NAME_LENGTH).isEqualTo(1_000);
            assertThat(constraints.getMaxDocumentLength()).isEqualTo(DemarcheJson.MAX_DOCUMENT_LENGTH)
                    .isEqualTo(64L * 1024 * 1024);
        }
        assertThat(constraints).usingRecursiveComparison().isEqualTo(DemarcheJson.streamReadConstraints());
        // the module rejects duplicate keys of the model's objects itself (DuplicateKeyTest)
        assertThat(MAPPER.getFactory().isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION)).isFalse();
        assertThat(MAPPER.rebuild().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build().getFactory()
                .streamReadConstraints()).usingRecursiveComparison().isEqualTo(constraints);
        assertThat(MAPPER.rebuild().build().getFactory().streamReadConstraints()).usingRecursiveComparison()
                .isEqualTo(constraints);
    }

    @Test
    void limits_do_not_follow_a_change_of_jackson_defaults() {
        StreamReadConstraints defaults = StreamReadConstraints.defaults();
        try {
            StreamReadConstraints.overrideDefaultStreamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(5000).maxStringLength(Integer.MAX_VALUE).build());

            assertThat(DemarcheJson.newObjectMapper().getFactory().streamReadConstraints().getMaxNestingDepth())
                    .isEqualTo(64);
            assertThat(DemarcheJson.streamReadConstraints().getMaxStringLength()).isEqualTo(1_000_000);
        } finally {
            StreamReadConstraints.overrideDefaultStreamReadConstraints(defaults);
        }
    }

    @Test
    void new_object_mapper_rejects_duplicate_keys() {
        assertThatThrownBy(() -> MAPPER.readValue(json(CHINA + ",'name':'PRC'}"), Actor.class))
                .isExactlyInstanceOf(JsonParseException.class)
                .hasMessageStartingWith("Duplicate field 'name'\n");
    }

    @Test
    void new_object_mapper_reads_utf8_bytes_with_or_without_a_byte_order_mark() throws Exception {
        byte[] utf8 = json(CHINA + ",'aliases':['中国']}").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);

        assertThat(MAPPER.readValue(utf8, Actor.class).aliases()).containsExactly("中国");
        assertThat(MAPPER.readValue(new ByteArrayInputStream(withBom), Actor.class).aliases())
                .containsExactly("中国");
    }

    @Test
    void new_object_mapper_rejects_bytes_in_utf16_which_jackson_alone_reads() throws Exception {
        byte[] utf16 = json(CHINA + "}").getBytes(StandardCharsets.UTF_16);   // with a byte order mark

        assertThat(new ObjectMapper().registerModule(new DemarcheModule()).readValue(utf16, Actor.class).id())
                .isEqualTo("chn");
        assertThatThrownBy(() -> MAPPER.readValue(utf16, Actor.class))
                .isExactlyInstanceOf(JsonParseException.class)
                .hasMessageStartingWith("JSON text must be UTF-8, got the byte order mark of UTF-16BE (0xFE 0xFF)");
        assertThatThrownBy(() -> MAPPER.readValue(new ByteArrayInputStream(utf16), Actor.class))
                .isExactlyInstanceOf(JsonParseException.class)
                .hasMessageStartingWith("JSON text must be UTF-8, got the byte order mark of UTF-16BE (0xFE 0xFF)");
    }

    @Test
    void pretty_printer_writes_two_space_indents_and_new_lines() throws Exception {
        String pretty = MAPPER.writer(DemarcheJson.prettyPrinter())
                .writeValueAsString(ReferenceArticleFixture.CHINA_GOV);

        assertThat(pretty).isEqualTo(String.join("\n",
                "{",
                "  \"id\": \"chn-gov\",",
                "  \"name\": \"Government of China\",",
                "  \"kind\": \"government\",",
                "  \"country\": \"CHN\",",
                "  \"affiliation\": {",
                "    \"id\": \"chn\",",
                "    \"name\": \"China\",",
                "    \"kind\": \"state\",",
                "    \"country\": \"CHN\",",
                "    \"wikidataId\": \"Q148\",",
                "    \"cameoCode\": \"CHN\"",
                "  },",
                "  \"aliases\": [",
                "    \"Beijing\"",
                "  ],",
                "  \"cameoCode\": \"CHNGOV\"",
                "}"));
    }

    @Test
    void schema_is_a_resource_of_the_jar_with_the_format_version() throws Exception {
        JsonNode schema;
        try (InputStream in = DemarcheJson.openSchema()) {
            schema = MAPPER.readTree(in);
        }

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).isEqualTo(DemarcheJson.SCHEMA_ID);
        assertThat(schema.at("/$defs/Dossier/properties/" + DemarcheJson.FORMAT_FIELD + "/const").asInt())
                .isEqualTo(DemarcheJson.FORMAT_VERSION);
        assertThat(schema.at("/$defs").properties()).extracting(Map.Entry::getKey).contains("Dossier", "Statement",
                "Stance", "StanceTarget", "Actor", "Event", "Participant", "CasualtyReport", "QualifiedCount", "Victims",
                "Location", "SourceAttribution", "ApproximateDate", "CountryCode", "IsoDate", "StanceType", "NdjsonLine",
                "NdjsonHeader", "NdjsonRecord");
    }

    @Test
    void json_pointer_escapes_tilde_and_slash() {
        JsonMappingException e = JsonMappingException.from((com.fasterxml.jackson.core.JsonParser) null, "message");
        e.prependPath(Statement.class, "a/b~c");
        e.prependPath(List.class, 3);
        e.prependPath(Statement.class, "statements");

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/statements/3/a~1b~0c");
    }

    @Test
    void json_pointer_of_the_whole_document_is_empty() {
        JsonMappingException e = JsonMappingException.from((com.fasterxml.jackson.core.JsonParser) null, "message");

        assertThat(DemarcheJson.jsonPointer(e)).isEmpty();
    }

    @Test
    void path_reference_names_the_types_on_the_way() throws Exception {
        String json = MAPPER.writeValueAsString(ReferenceArticleFixture.dossier()).replace("\"Wang Yi\"", "\" \"");

        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> MAPPER.readValue(json, io.github.demarche.Dossier.class));

        assertThat(e.getPathReference()).isEqualTo("io.github.demarche.Dossier[\"actors\"]->java.util.List[2]"
                + "->io.github.demarche.Actor[\"name\"]");
    }
}
