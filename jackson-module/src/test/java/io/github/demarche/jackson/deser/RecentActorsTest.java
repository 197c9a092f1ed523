package io.github.demarche.jackson.deser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
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
    void an_actor_replaces_the_one_in_its_slot_and_is_never_found_by_another_id() {
        RecentActors recent = new RecentActors(1);  // one slot: every actor collides
        Actor china = actor("chn");
        Actor russia = actor("rus");
        recent.put(china);
        recent.put(russia);
        assertThat(find(recent, "rus").actor()).isSameAs(russia);
        assertThat(find(recent, "chn")).isNull();
    }
}
