package io.github.demarche.analysis;

import static io.github.demarche.ReferenceArticleFixture.CHINA;
import static io.github.demarche.ReferenceArticleFixture.CHINA_GOV;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA_GOV;
import static io.github.demarche.ReferenceArticleFixture.UN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.CountryCode;
import io.github.demarche.Dossier;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.SerializationSupport;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ActorDirectoryTest {

    private static final ActorDirectory ARTICLE = ActorDirectory.of(ReferenceArticleFixture.ACTORS);

    /** Beijing's city government, which shares the name "Beijing" with China's government. */
    private static final Actor BEIJING_CITY = Actor.builder().id("beijing-city").name("Beijing Municipal Government")
            .kind(ActorKind.GOVERNMENT).country(CountryCode.of("CHN")).addAlias("Beijing").build();

    static Stream<Arguments> names() {
        return Stream.of(
                Arguments.of("U.N", "un"),
                Arguments.of("UN", "un"),
                Arguments.of("u n", "un"),
                Arguments.of("the U. N.", "un"),
                Arguments.of("United Nations", "unitednations"),
                Arguments.of("  united\tnations ", "unitednations"),
                Arguments.of("Sergéi Lávrov", "sergeilavrov"),
                Arguments.of("Łódź", "lodz"),
                Arguments.of("pro-democracy supporters", "prodemocracysupporters"),
                Arguments.of("China’s government", "chinasgovernment"),
                Arguments.of("The", "the"),
                Arguments.of("Theresa", "theresa"),
                Arguments.of("...", ""),
                Arguments.of("", ""));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @MethodSource("names")
    void keys_names_without_case_punctuation_spacing_diacritics_or_leading_article(String name, String key) {
        assertThat(ActorDirectory.nameKey(name)).isEqualTo(key);
    }

    @Test
    void resolves_a_name_or_alias_to_its_one_actor() {
        ActorResolution resolution = ARTICLE.resolve("Beijing");
        assertThat(resolution.isFound()).isTrue();
        assertThat(resolution.found()).contains(CHINA_GOV);
        assertThat(resolution.candidates()).containsExactly(CHINA_GOV);
        assertThat(resolution).hasToString("Found['Beijing' -> chn-gov]");
        assertThat(ARTICLE.resolve("China").found()).contains(CHINA);
        assertThat(ARTICLE.resolve("moscow").found()).contains(RUSSIA_GOV);
        assertThat(ARTICLE.resolve("U.N").found()).contains(UN);
    }

    @Test
    void reports_a_name_of_several_actors_as_ambiguous_never_guessing() {
        ActorDirectory directory = ARTICLE.with(BEIJING_CITY);
        ActorResolution resolution = directory.resolve("beijing");
        assertThat(resolution.isAmbiguous()).isTrue();
        assertThat(resolution.found()).isEmpty();
        assertThat(resolution.candidates()).containsExactly(BEIJING_CITY, CHINA_GOV);
        assertThat(resolution).hasToString("Ambiguous['beijing' -> beijing-city, chn-gov]");
        assertThat(directory.resolve("Beijing Municipal Government").found()).contains(BEIJING_CITY);
    }

    @Test
    void does_not_call_one_actor_with_two_equal_names_ambiguous() {
        // "UN Security Council" and its alias "U.N Security Council" have one key
        assertThat(ARTICLE.resolve("UN security council").isFound()).isTrue();
    }

    @ParameterizedTest
    @MethodSource("unknownNames")
    void returns_unknown_for_a_name_no_actor_has(String name) {
        ActorResolution resolution = ARTICLE.resolve(name);
        assertThat(resolution.isUnknown()).isTrue();
        assertThat(resolution.found()).isEmpty();
        assertThat(resolution.candidates()).isEmpty();
        assertThat(resolution.name()).isEqualTo(name);
    }

    static Stream<String> unknownNames() {
        return Stream.of("Washington", "", "   ", "...", "Beijing City", "chn-gov");
    }

    @Test
    void resolves_nothing_when_empty() {
        assertThat(ActorDirectory.empty().resolve("Beijing").isUnknown()).isTrue();
        assertThat(ActorDirectory.empty().size()).isZero();
        assertThat(ActorDirectory.empty().actors()).isEmpty();
    }

    @Test
    void builds_from_a_dossier_with_every_actor() {
        Dossier dossier = ReferenceArticleFixture.dossier();
        ActorDirectory directory = ActorDirectory.of(dossier);
        assertThat(directory).isEqualTo(ARTICLE);
        assertThat(directory.size()).isEqualTo(dossier.actors().size());
        assertThat(directory.actor("chn-gov")).contains(CHINA_GOV);
        assertThat(directory.actor("nobody")).isEmpty();
        assertThat(directory.actors()).extracting(Actor::id).isSorted();
    }

    @Test
    void with_returns_a_new_directory_and_leaves_this_one_unchanged() {
        ActorDirectory extended = ARTICLE.with(BEIJING_CITY);
        assertThat(extended.size()).isEqualTo(ARTICLE.size() + 1);
        assertThat(ARTICLE.resolve("Beijing").isFound()).isTrue();
        assertThat(ARTICLE.actor("beijing-city")).isEmpty();
        assertThat(extended).isNotEqualTo(ARTICLE);
    }

    @Test
    void with_replaces_the_actor_of_the_same_id_with_all_its_names() {
        Actor renamed = Actor.builder().from(CHINA_GOV).aliases(List.of("Zhongnanhai")).build();
        ActorDirectory directory = ARTICLE.with(renamed);
        assertThat(directory.size()).isEqualTo(ARTICLE.size());
        assertThat(directory.resolve("Beijing").isUnknown()).isTrue();
        assertThat(directory.resolve("Zhongnanhai").found()).contains(renamed);
        assertThat(directory.actor("chn-gov")).contains(renamed);
    }

    @Test
    void keeps_the_last_of_several_actors_with_one_id() {
        Actor renamed = Actor.builder().from(CHINA_GOV).aliases(List.of("Zhongnanhai")).build();
        ActorDirectory directory = ActorDirectory.of(List.of(CHINA_GOV, renamed));
        assertThat(directory.size()).isEqualTo(1);
        assertThat(directory.actor("chn-gov")).contains(renamed);
        assertThat(ActorDirectory.empty().withAll(List.of(renamed, CHINA_GOV)).actor("chn-gov")).contains(CHINA_GOV);
    }

    @Test
    void is_equal_by_its_actors_whatever_the_order_of_adding() {
        ActorDirectory forwards = ActorDirectory.of(List.of(CHINA, CHINA_GOV));
        ActorDirectory backwards = ActorDirectory.empty().with(CHINA_GOV).with(CHINA);
        assertThat(forwards).isEqualTo(backwards).hasSameHashCodeAs(backwards);
        assertThat(forwards).isNotEqualTo(ActorDirectory.of(List.of(CHINA)));
    }

    @Test
    void has_a_short_to_string() {
        assertThat(ActorDirectory.of(List.of(CHINA, CHINA_GOV))).hasToString("ActorDirectory[2 actors, 3 names]");
    }

    @Test
    void survives_serialization() {
        ActorDirectory copy = SerializationSupport.roundTrip(ARTICLE);
        assertThat(copy).isEqualTo(ARTICLE);
        assertThat(copy.resolve("Beijing").found()).contains(CHINA_GOV);
        assertThat(SerializationSupport.roundTrip(ARTICLE.resolve("Beijing"))).isEqualTo(ARTICLE.resolve("Beijing"));
    }

    @Test
    void rejects_null_arguments_naming_them() {
        assertThatThrownBy(() -> ActorDirectory.of((Collection<Actor>) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("actors");
        assertThatThrownBy(() -> ActorDirectory.of(Arrays.asList(CHINA, null)))
                .isInstanceOf(NullPointerException.class).hasMessage("actors");
        assertThatThrownBy(() -> ActorDirectory.of((Dossier) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("dossier");
        assertThatThrownBy(() -> ARTICLE.with(null)).isInstanceOf(NullPointerException.class).hasMessage("actor");
        assertThatThrownBy(() -> ARTICLE.withAll(null)).isInstanceOf(NullPointerException.class).hasMessage("actors");
        assertThatThrownBy(() -> ARTICLE.resolve(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> ARTICLE.actor(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
        assertThatThrownBy(() -> ActorDirectory.nameKey(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
    }

    private static final Actor JUNTA = Actor.builder().id("mmr-junta").name("State Administration Council")
            .kind(ActorKind.GOVERNMENT).addCommonDescriptions("the junta", "the military government",
                    "Myanmar's military rulers").build();
    private static final Actor WANG_YI = Actor.builder().id("wang-yi").name("Wang Yi").surname("Wang")
            .kind(ActorKind.PERSON).build();
    private static final Actor WANG_WENBIN = Actor.builder().id("wang-wenbin").name("Wang Wenbin").surname("Wang")
            .kind(ActorKind.PERSON).build();
    private static final Actor LAVROV = Actor.builder().id("sergei-lavrov").name("Sergei Lavrov")
            .kind(ActorKind.PERSON).build();
    private static final Actor MONITOR = Actor.builder().id("unnamed-monitor-1").description("a monitoring group")
            .kind(ActorKind.CIVIL_SOCIETY).build();
    private static final ActorDirectory DESCRIBED = ActorDirectory.of(List.of(JUNTA, WANG_YI, LAVROV, MONITOR));

    static Stream<Arguments> descriptions() {
        return Stream.of(
                Arguments.of("the junta", "junta"),
                Arguments.of("The  Junta", "junta"),
                Arguments.of("a monitoring group", "monitoringgroup"),
                Arguments.of("An armed group", "armedgroup"),
                Arguments.of("Myanmar’s military rulers", "myanmarsmilitaryrulers"),
                Arguments.of("the", "the"),
                Arguments.of("a", "a"),
                Arguments.of("Anand", "anand"),
                Arguments.of("theatre group", "theatregroup"));
    }

    @ParameterizedTest(name = "''{0}'' -> ''{1}''")
    @MethodSource("descriptions")
    void keys_descriptions_without_a_leading_article(String description, String key) {
        assertThat(ActorDirectory.descriptionKey(description)).isEqualTo(key);
    }

    @ParameterizedTest
    @MethodSource("commonDescriptionsOfTheJunta")
    void resolves_a_common_description_with_or_without_its_article(String description) {
        assertThat(DESCRIBED.resolve(description)).isEqualTo(ActorResolution.Found.of(description, JUNTA));
    }

    static Stream<String> commonDescriptionsOfTheJunta() {
        return Stream.of("the junta", "junta", "The military government", "military government",
                "Myanmar's military rulers", "Myanmar’s military rulers", "a junta");
    }

    @Test
    void resolves_an_unnamed_actor_by_its_description() {
        assertThat(DESCRIBED.resolve("monitoring group")).hasToString("Found['monitoring group' -> unnamed-monitor-1]");
        assertThat(DESCRIBED.resolve("the monitoring group").found()).contains(MONITOR);
    }

    @Test
    void two_unnamed_actors_of_one_description_are_ambiguous() {
        Actor another = Actor.builder().from(MONITOR).id("unnamed-monitor-2").build();
        assertThat(DESCRIBED.with(another).resolve("a monitoring group"))
                .hasToString("Ambiguous['a monitoring group' -> unnamed-monitor-1, unnamed-monitor-2]");
    }

    @Test
    void resolves_a_person_by_a_given_surname_or_the_last_word_of_the_name() {
        assertThat(DESCRIBED.resolve("Wang")).hasToString("Found['Wang' -> wang-yi]");
        assertThat(DESCRIBED.resolve("Yi").isUnknown()).isTrue();
        assertThat(DESCRIBED.resolve("Lavrov")).hasToString("Found['Lavrov' -> sergei-lavrov]");
        assertThat(DESCRIBED.resolve("lávrov").found()).contains(LAVROV);
        assertThat(DESCRIBED.resolve("Sergei").isUnknown()).isTrue();
        assertThat(ARTICLE.resolve("Lavrov").found()).contains(ReferenceArticleFixture.LAVROV);
    }

    @Test
    void reports_a_surname_that_two_people_share_as_ambiguous() {
        ActorResolution wang = DESCRIBED.with(WANG_WENBIN).resolve("Wang");
        assertThat(wang.isAmbiguous()).isTrue();
        assertThat(wang.candidates()).containsExactly(WANG_WENBIN, WANG_YI);
        assertThat(wang).hasToString("Ambiguous['Wang' -> wang-wenbin, wang-yi]");
    }

    @Test
    void finds_no_surname_of_a_collective_or_unnamed_or_one_word_person_or_of_another_kind() {
        Actor officials = Actor.builder().id("chinese-officials").name("Chinese officials").kind(ActorKind.PERSON)
                .collective(true).build();
        Actor madonna = Actor.builder().id("madonna").name("Madonna").kind(ActorKind.PERSON).build();
        Actor council = Actor.builder().id("sac").name("State Administration Council").kind(ActorKind.GOVERNMENT)
                .build();
        ActorDirectory directory = ActorDirectory.of(List.of(officials, madonna, council));
        assertThat(directory.resolve("officials").isUnknown()).isTrue();
        assertThat(directory.resolve("Council").isUnknown()).isTrue();
        assertThat(directory.resolve("Madonna").found()).contains(madonna);
    }

    @Test
    void prefers_a_name_to_a_description_and_a_description_to_a_surname() {
        Actor juntaByName = Actor.builder().id("junta-band").name("Junta").kind(ActorKind.OTHER).build();
        assertThat(DESCRIBED.with(juntaByName).resolve("the junta").found()).contains(juntaByName);
        Actor mr = Actor.builder().id("mr-junta").name("Aung Junta").kind(ActorKind.PERSON).build();
        assertThat(DESCRIBED.with(mr).resolve("junta").found()).contains(JUNTA);
        assertThat(DESCRIBED.with(mr).resolve("Aung Junta").found()).contains(mr);
    }
}
