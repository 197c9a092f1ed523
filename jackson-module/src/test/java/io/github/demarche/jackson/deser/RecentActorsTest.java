package io.github.demarche.jackson.deser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RecentActorsTest {

    private static Actor actor(String id) {
        return Actor.builder().id(id).name("Name of " + id).kind(ActorKind.STATE).build();
    }

    private static RecentActors.Entry find(RecentActors recent, String id) {
        char[] text = ("  " + id + " ").toCharArray();
        return recent.find(text, 2, id.length());
    }

    @Test
    void finds_an_actor_by_the_characters_of_its_id() {
        RecentActors recent = new RecentActors(16);
        Actor china = actor("chn");
        recent.put(china);
        assertThat(find(recent, "chn").actor()).isSameAs(china);
        assertThat(find(recent, "ch")).isNull();
        assertThat(find(recent, "chx")).isNull();
        assertThat(find(recent, "rus")).isNull();
    }

    @Test
    void a_pair_of_slots_keeps_two_actors_and_a_third_replaces_one_of_them() {
        RecentActors recent = new RecentActors(2);  // one pair of slots: every actor collides
        Actor china = actor("chn");
        Actor russia = actor("rus");
        Actor myanmar = actor("mmr");
        recent.put(china);
        recent.put(russia);
        assertThat(find(recent, "chn").actor()).isSameAs(china);
        assertThat(find(recent, "rus").actor()).isSameAs(russia);

        recent.put(myanmar);
        assertThat(find(recent, "mmr").actor()).isSameAs(myanmar);
        assertThat(Stream.of("chn", "rus").filter(id -> find(recent, id) != null)).hasSize(1);
    }

    @Test
    void an_actor_replaces_the_one_with_its_id() {
        RecentActors recent = new RecentActors(2);
        Actor china = actor("chn");
        Actor renamed = Actor.builder().id("chn").name("PRC").kind(ActorKind.STATE).build();
        Actor russia = actor("rus");
        recent.put(china);
        recent.put(russia);
        recent.put(renamed);
        assertThat(find(recent, "chn").actor()).isSameAs(renamed);
        assertThat(find(recent, "rus").actor()).isSameAs(russia);
        assertThat(find(recent, "chn").title()).isNull();
        assertThat(find(recent, "chn").fields()).isEqualTo(RecentActors.ID | RecentActors.NAME | RecentActors.KIND);
    }

    @Test
    void the_capacity_must_be_a_power_of_two_of_at_least_two() {
        assertThatThrownBy(() -> new RecentActors(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("RecentActors.capacity must be a power of two of at least 2, got 1");
    }
}
