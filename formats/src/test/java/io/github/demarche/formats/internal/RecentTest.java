package io.github.demarche.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecentTest {

    @Test
    void forgets_the_least_recently_used_key_first() {
        Recent<String, Integer> recent = new Recent<>(2);
        recent.put("a", 1);
        recent.put("b", 2);
        assertThat(recent.get("a")).isEqualTo(1);  // "b" is now the least recently used
        recent.put("c", 3);
        assertThat(recent.get("b")).isNull();
        assertThat(recent.get("a")).isEqualTo(1);
        assertThat(recent.get("c")).isEqualTo(3);
        assertThat(recent.size()).isEqualTo(2);
    }

    @Test
    void a_memory_of_capacity_0_remembers_nothing() {
        Recent<String, Integer> none = new Recent<>(0);
        none.put("a", 1);
        assertThat(none.get("a")).isNull();
        assertThat(none.size()).isZero();
    }

    @Test
    void refuses_a_negative_capacity_and_null_keys_or_values() {
        assertThatThrownBy(() -> new Recent<>(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity must not be negative, got -1");
        Recent<String, Integer> recent = new Recent<>(1);
        assertThatThrownBy(() -> recent.get(null)).isInstanceOf(NullPointerException.class).hasMessage("key");
        assertThatThrownBy(() -> recent.put("a", null)).isInstanceOf(NullPointerException.class).hasMessage("value");
        assertThatThrownBy(() -> new Recent<String, Integer>(0).put(null, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("key");
    }
}
