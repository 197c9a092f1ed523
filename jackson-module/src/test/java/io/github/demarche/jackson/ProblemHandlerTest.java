package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CountryCode;
import io.github.demarche.Dossier;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mapper's {@code DeserializationProblemHandler}s run for the model's values, at any depth,
 * as they do for Jackson's beans: the module reports its failures through the context.
 */
class ProblemHandlerTest {

    private static final Statement DENIAL = ReferenceArticleFixture.DENIAL;

    private static ObjectMapper mapperWith(DeserializationProblemHandler handler) {
        return DemarcheJson.newObjectMapper().rebuild().addHandler(handler).build();
    }

    /** Skips every unknown property, and records where. */
    private static final class SkipUnknown extends DeserializationProblemHandler {

        final List<String> skipped = new ArrayList<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
                JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
            skipped.add(((Class<?>) beanOrClass).getSimpleName() + "." + propertyName);
            p.skipChildren();
            return true;
        }
    }

    @Test
    void a_handler_skips_an_unknown_property_of_a_nested_value() throws IOException {
        String json = write(DENIAL).replace("\"name\":\"Government of China\"",
                "\"name\":\"Government of China\",\"nickname\":{\"deep\":[1,{\"a\":2}]}");
        assertThat(json).contains("nickname");
        SkipUnknown handler = new SkipUnknown();
        assertThat(mapperWith(handler).readValue(json, Statement.class)).isEqualTo(DENIAL);
        assertThat(handler.skipped).containsExactly("Actor.nickname");
    }

    @Test
    void a_handler_skips_an_unknown_property_inside_a_dossier() throws IOException {
        String json = write(ReferenceArticleFixture.dossier())
                .replace("\"intensity\":", "\"tone\":\"grave\",\"intensity\":");
        SkipUnknown handler = new SkipUnknown();
        assertThat(mapperWith(handler).readValue(json, Dossier.class)).isEqualTo(ReferenceArticleFixture.dossier());
        assertThat(handler.skipped).isNotEmpty().allMatch(skipped -> skipped.equals("Stance.tone"));
    }

    /** Replaces unknown stance types with {@code concern}, and the code {@code "BUR"} with Myanmar's. */
    private static final class ReplaceWeird extends DeserializationProblemHandler {

        final List<String> seen = new ArrayList<>();

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
                String failureMsg) {
            seen.add(targetType.getSimpleName() + " " + valueToConvert + ": " + failureMsg);
            if (targetType == StanceType.class) {
                return StanceType.CONCERN;
            }
            if (targetType == CountryCode.class && valueToConvert.equals("BUR")) {
                return CountryCode.of("MMR");
            }
            return NOT_HANDLED;
        }
    }

    @Test
    void a_handler_replaces_an_unknown_enum_name_in_a_nested_value() throws IOException {
        String json = write(DENIAL).replace("\"type\":\"deny\"", "\"type\":\"disavow\"");
        ReplaceWeird handler = new ReplaceWeird();
        Statement read = mapperWith(handler).readValue(json, Statement.class);
        assertThat(read.stances().get(0).type()).isEqualTo(StanceType.CONCERN);
        assertThat(handler.seen).containsExactly("StanceType disavow: Stance.type must be one of 'neutral', 'concern', "
                + "'deny', 'appeal', 'intend_to_cooperate', 'intend_to_mediate', 'consult', 'support', 'praise', "
                + "'cooperate', 'aid', 'yield', 'investigate', 'demand', 'criticize', 'accuse', 'reject', 'veto', "
                + "'threaten', 'threaten_sanctions', got 'disavow'");
    }

    @Test
    void a_handler_replaces_an_unknown_country_code_of_a_nested_actor() throws IOException {
        String json = write(ReferenceArticleFixture.KILLED).replace("\"country\":\"MMR\"", "\"country\":\"BUR\"");
        ReplaceWeird handler = new ReplaceWeird();
        assertThat(mapperWith(handler).readValue(json, CasualtyReport.class))
                .isEqualTo(ReferenceArticleFixture.KILLED);
        assertThat(handler.seen).isNotEmpty().allMatch(seen -> seen.startsWith("CountryCode BUR: "));
    }

    @Test
    void without_a_value_from_a_handler_the_message_is_the_modules() throws IOException {
        String json = write(DENIAL).replace("\"intensity\":\"normal\"", "\"intensity\":\"loud\"");
        ReplaceWeird handler = new ReplaceWeird();
        assertThatThrownBy(() -> mapperWith(handler).readValue(json, Statement.class))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessageStartingWith("Stance.intensity must be one of 'low', 'normal', 'high', got 'loud'")
                .satisfies(e -> assertThat(DemarcheJson.jsonPointer((InvalidFormatException) e))
                        .isEqualTo("/stances/0/intensity"));
        assertThat(handler.seen).hasSize(1);
    }

    @Test
    void a_handler_supplies_a_value_for_a_token_of_the_wrong_type() throws IOException {
        String json = write(DENIAL).replace("\"summary\":\"", "\"summary\":42,\"quote\":\"");
        ObjectMapper mapper = mapperWith(new DeserializationProblemHandler() {
            @Override
            public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                    JsonParser p, String failureMsg) throws IOException {
                return targetType.getRawClass() == String.class && t == JsonToken.VALUE_NUMBER_INT
                        ? "a summary numbered " + p.getText() : NOT_HANDLED;
            }
        });
        Statement read = mapper.readValue(json, Statement.class);
        assertThat(read.summary()).contains("a summary numbered 42");
        assertThat(read.quote()).isEqualTo(DENIAL.summary());
    }
}
