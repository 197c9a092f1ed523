package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.json;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.StanceTarget;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import org.junit.jupiter.api.Test;

/** Stance targets and victims: values of several kinds, each named by a {@code "kind"} from a closed set. */
class StanceTargetJsonTest {

    @Test
    void writes_the_kind_first() {
        assertThat(write(ReferenceArticleFixture.SITUATION))
                .isEqualTo(json("{'kind':'topic','label':'the situation in Myanmar','key':'myanmar-situation'}"));
        assertThat(write(StanceTarget.topic("reconciliation")))
                .isEqualTo(json("{'kind':'topic','label':'reconciliation'}"));
        assertThat(write(StanceTarget.event("coup-2021-02-01")))
                .isEqualTo(json("{'kind':'event','eventId':'coup-2021-02-01'}"));
        assertThat(write(StanceTarget.actor(ReferenceArticleFixture.MYANMAR))).isEqualTo(json("{'kind':'actor',"
                + "'actor':{'id':'mmr','name':'Myanmar','kind':'state','country':'MMR','wikidataId':'Q836',"
                + "'cameoCode':'MMR'}}"));
    }

    @Test
    void a_target_read_again_is_the_same_instance_and_only_for_the_same_input() throws Exception {
        JsonMapper mapper = DemarcheJson.newObjectMapper();
        String situation = write(ReferenceArticleFixture.SITUATION);
        StanceTarget first = mapper.readValue(situation, StanceTarget.class);

        assertThat(mapper.readValue(situation, StanceTarget.class)).isSameAs(first);
        assertThat(mapper.readValue(json("{'label':'the situation in Myanmar','key':'myanmar-situation',"
                + "'kind':'topic'}"), StanceTarget.class)).isSameAs(first);
        assertThat(mapper.readValue(json("{'kind':'topic','label':'the situation in Myanmar'}"), StanceTarget.class))
                .isEqualTo(StanceTarget.topic("the situation in Myanmar"));
        assertThat(mapper.readValue(json("{'kind':'topic','label':'the situation in Myanmar','key':'myanmar'}"),
                StanceTarget.class)).isEqualTo(StanceTarget.topic("the situation in Myanmar", "myanmar"));
        assertThat(mapper.readValue(json("{'kind':'event','eventId':'myanmar-situation'}"), StanceTarget.class))
                .isEqualTo(StanceTarget.event("myanmar-situation"));
        StanceTarget myanmar = mapper.readValue(write(StanceTarget.actor(ReferenceArticleFixture.MYANMAR)),
                StanceTarget.class);
        assertThat(mapper.readValue(write(StanceTarget.actor(ReferenceArticleFixture.MYANMAR)), StanceTarget.class))
                .isSameAs(myanmar).isEqualTo(StanceTarget.actor(ReferenceArticleFixture.MYANMAR));
        assertThat(mapper.readValue(situation, StanceTarget.class)).isEqualTo(first);
    }

    @Test
    void reads_the_kind_wherever_it_is() throws Exception {
        assertThat(MAPPER.readValue(
                json("{'key':'myanmar-situation','label':'the situation in Myanmar','kind':'topic'}"),
                StanceTarget.class)).isEqualTo(ReferenceArticleFixture.SITUATION);
        assertThat(MAPPER.readValue(json("{'actor':{'id':'mmr','name':'Myanmar','kind':'state'},'kind':'actor'}"),
                StanceTarget.class).actor().orElseThrow().id()).isEqualTo("mmr");
    }

    @Test
    void reports_every_field_of_another_kind() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                json("{'kind':'event','eventId':'e1','label':'x','key':'k'}"), StanceTarget.class));

        assertThat(e.getOriginalMessage()).isEqualTo("2 violations: StanceTarget.label must be absent unless kind is "
                + "'topic', got 'x'; StanceTarget.key must be absent unless kind is 'topic', got 'k'");
        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/label");
    }

    @Test
    void reports_an_unknown_kind_with_its_type_id() {
        InvalidTypeIdException e = catchThrowableOfType(InvalidTypeIdException.class,
                () -> MAPPER.readValue(json("{'kind':'Topic','label':'x'}"), StanceTarget.class));

        assertThat(e.getTypeId()).isEqualTo("Topic");
        assertThat(e.getBaseType().getRawClass()).isEqualTo(StanceTarget.class);
    }

    @Test
    void writes_and_reads_both_kinds_of_victims() throws Exception {
        assertThat(write(Victims.of(VictimGroup.SECURITY_FORCES)))
                .isEqualTo(json("{'kind':'group','group':'security_forces'}"));
        assertThat(MAPPER.readValue(json("{'group':'civilians','kind':'group'}"), Victims.class))
                .isEqualTo(Victims.of(VictimGroup.CIVILIANS));
        Victims protesters = Victims.of(ReferenceArticleFixture.PROTESTERS);
        assertThat(MAPPER.readValue(write(protesters), Victims.class)).isEqualTo(protesters);
    }

    @Test
    void rejects_victims_with_a_group_and_an_actor() {
        InvalidValueException e = catchThrowableOfType(InvalidValueException.class, () -> MAPPER.readValue(
                json("{'kind':'group','group':'civilians','actor':{'id':'mmr','name':'Myanmar','kind':'state'}}"),
                Victims.class));

        assertThat(e.getOriginalMessage()).isEqualTo("Victims.actor must be absent unless kind is 'actor', got "
                + "Actor[mmr: Myanmar, STATE]");
        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/actor");
    }
}
