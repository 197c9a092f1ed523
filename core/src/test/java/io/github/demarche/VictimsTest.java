package io.github.demarche;

import static io.github.demarche.ReferenceArticleFixture.PROTESTERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VictimsTest {

    @Test
    void holds_a_group_or_an_actor() {
        assertThat(Victims.of(VictimGroup.CIVILIANS).group()).contains(VictimGroup.CIVILIANS);
        assertThat(Victims.of(VictimGroup.CIVILIANS).actor()).isEmpty();
        assertThat(Victims.of(PROTESTERS).actor()).contains(PROTESTERS);
        assertThat(Victims.of(PROTESTERS).group()).isEmpty();
        assertThat(Victims.of(VictimGroup.SECURITY_FORCES)).hasToString("security forces");
        assertThat(Victims.of(PROTESTERS)).hasToString("mmr-protesters");
    }

    @Test
    void counts_the_same_people_for_the_same_group_or_actor_id_both_ways() {
        Actor renamed = Actor.builder().from(PROTESTERS).name("Protest movement").build();
        assertThat(Victims.of(PROTESTERS).isSameAs(Victims.of(renamed))).isTrue();
        assertThat(Victims.of(renamed).isSameAs(Victims.of(PROTESTERS))).isTrue();
        assertThat(Victims.of(VictimGroup.CIVILIANS).isSameAs(Victims.of(VictimGroup.CIVILIANS))).isTrue();
        assertThat(Victims.of(VictimGroup.CIVILIANS).isSameAs(Victims.of(PROTESTERS))).isFalse();
        assertThat(Victims.of(PROTESTERS).isSameAs(Victims.of(VictimGroup.CIVILIANS))).isFalse();
        assertThat(Victims.of(VictimGroup.PROTESTERS).isSameAs(Victims.of(VictimGroup.CIVILIANS))).isFalse();
    }

    @Test
    void equal_when_all_attributes_are_equal_and_serializable() {
        assertThat(Victims.of(PROTESTERS)).isEqualTo(Victims.of(PROTESTERS)).hasSameHashCodeAs(Victims.of(PROTESTERS));
        assertThat(SerializationSupport.roundTrip(Victims.of(VictimGroup.CIVILIANS)))
                .isEqualTo(Victims.of(VictimGroup.CIVILIANS));
    }

    @Test
    void rejects_null_arguments_with_the_parameter_name() {
        assertThatThrownBy(() -> Victims.of((VictimGroup) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("group");
        assertThatThrownBy(() -> Victims.of((Actor) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("actor");
        assertThatThrownBy(() -> Victims.of(PROTESTERS).isSameAs(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("other");
    }
}
