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
    void names_the_groups_a_figure_includes_in_the_sources_order() {
        Victims victims = Victims.of(VictimGroup.CIVILIANS).including(VictimGroup.WOMEN, VictimGroup.CHILDREN);

        assertThat(victims.group()).contains(VictimGroup.CIVILIANS);
        assertThat(victims.included()).containsExactly(IncludedGroup.of(VictimGroup.WOMEN),
                IncludedGroup.of(VictimGroup.CHILDREN));
        assertThat(victims).hasToString("civilians including women, children");
        assertThat(Victims.of(VictimGroup.CIVILIANS).included()).isEmpty();
    }

    @Test
    void gives_a_group_included_its_own_count() {
        Victims victims = Victims.of(VictimGroup.CIVILIANS).including(VictimGroup.CHILDREN, QualifiedCount.exactly(44))
                .including(VictimGroup.MEDICAL_WORKERS);

        assertThat(victims.included().get(0).count()).contains(QualifiedCount.exactly(44));
        assertThat(victims.included().get(1).count()).isEmpty();
        assertThat(victims).hasToString("civilians including 44 children, medical workers");
        assertThat(Victims.of(PROTESTERS).including(VictimGroup.JOURNALISTS, QualifiedCount.vague(CountQualifier.SEVERAL)))
                .hasToString("mmr-protesters including several journalists");
    }

    @Test
    void counts_the_same_people_whatever_groups_they_include_both_ways() {
        Victims plain = Victims.of(VictimGroup.CIVILIANS);
        Victims including = plain.including(VictimGroup.WOMEN, VictimGroup.CHILDREN);

        assertThat(including.isSameAs(plain)).isTrue();
        assertThat(plain.isSameAs(including)).isTrue();
        assertThat(including).isNotEqualTo(plain);
        assertThat(including).isNotEqualTo(plain.including(VictimGroup.CHILDREN, VictimGroup.WOMEN));
        assertThat(including).isEqualTo(plain.including(VictimGroup.WOMEN).including(VictimGroup.CHILDREN))
                .hasSameHashCodeAs(plain.including(VictimGroup.WOMEN).including(VictimGroup.CHILDREN));
        assertThat(including.withIncluded(java.util.List.of())).isEqualTo(plain);
        assertThat(including.withIncluded(including.included())).isSameAs(including);
    }

    @Test
    void rejects_a_group_included_twice_or_in_itself() {
        Victims civilians = Victims.of(VictimGroup.CIVILIANS);

        assertThat(civilians.validateIncluded(java.util.List.of(IncludedGroup.of(VictimGroup.CHILDREN),
                IncludedGroup.of(VictimGroup.WOMEN)))).isEmpty();
        assertThat(civilians.validateIncluded(java.util.List.of(IncludedGroup.of(VictimGroup.CIVILIANS),
                IncludedGroup.of(VictimGroup.CHILDREN), IncludedGroup.of(VictimGroup.CHILDREN, QualifiedCount.exactly(4)))))
                .containsExactly(
                        Violation.of("included[0].group", ViolationCode.INCONSISTENT,
                                "Victims.included[0].group must not be the victims' own group, got 'civilians'"),
                        Violation.of("included[2].group", ViolationCode.DUPLICATE,
                                "Victims.included[2].group must not repeat a group already included, got 'children'"));
        assertThatThrownBy(() -> civilians.including(VictimGroup.WOMEN, VictimGroup.WOMEN))
                .isInstanceOf(ValidationException.class)
                .hasMessage("Victims.included[1].group must not repeat a group already included, got 'women'");
        assertThat(Victims.of(PROTESTERS).including(VictimGroup.PROTESTERS).included()).hasSize(1);
    }

    @Test
    void included_groups_survive_serialization() {
        Victims victims = Victims.of(VictimGroup.CIVILIANS).including(VictimGroup.CHILDREN, QualifiedCount.exactly(44))
                .including(VictimGroup.WOMEN);

        assertThat(SerializationSupport.roundTrip(victims)).isEqualTo(victims);
    }

    @Test
    void an_included_group_equals_another_of_the_same_group_and_count() {
        assertThat(IncludedGroup.of(VictimGroup.CHILDREN, QualifiedCount.exactly(44)))
                .isEqualTo(IncludedGroup.of(VictimGroup.CHILDREN, QualifiedCount.exactly(44)))
                .hasSameHashCodeAs(IncludedGroup.of(VictimGroup.CHILDREN, QualifiedCount.exactly(44)))
                .isNotEqualTo(IncludedGroup.of(VictimGroup.CHILDREN))
                .isNotEqualTo(IncludedGroup.of(VictimGroup.WOMEN, QualifiedCount.exactly(44)))
                .hasToString("44 children");
        assertThat(IncludedGroup.of(VictimGroup.AID_WORKERS)).hasToString("aid workers");
        assertThat(IncludedGroup.of(VictimGroup.AID_WORKERS).group()).isEqualTo(VictimGroup.AID_WORKERS);
        assertThatThrownBy(() -> IncludedGroup.of(null)).isInstanceOf(NullPointerException.class).hasMessage("group");
        assertThatThrownBy(() -> IncludedGroup.of(VictimGroup.WOMEN, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("count");
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
