package io.github.demarche.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.AttributeValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuiltTest {

    @Test
    void replays_the_attributes_added_while_building_in_their_order() {
        Map<String, AttributeValue> row = new LinkedHashMap<>();
        row.put("gdelt.IsRootEvent", AttributeValue.of(true));
        int before = row.size();
        row.put("gdelt.SOURCEURL", AttributeValue.of("not-absolute"));
        row.put("gdelt.DATEADDED", AttributeValue.of("2019"));
        Built<String> built = Built.since("source", row, before);
        assertThat(built.hasAttributes()).isTrue();

        Map<String, AttributeValue> later = new LinkedHashMap<>();
        later.put("gdelt.NumMentions", AttributeValue.of(5L));
        assertThat(built.replay(later)).isEqualTo("source");
        assertThat(List.copyOf(later.keySet())).containsExactly("gdelt.NumMentions", "gdelt.SOURCEURL", "gdelt.DATEADDED");
        assertThat(later).containsEntry("gdelt.DATEADDED", AttributeValue.of("2019"));
    }

    @Test
    void a_value_built_without_attributes_replays_none() {
        Map<String, AttributeValue> row = new LinkedHashMap<>(Map.of("k", AttributeValue.of(1L)));
        Built<String> built = Built.since("place", row, 1);
        assertThat(built.hasAttributes()).isFalse();
        Map<String, AttributeValue> later = new LinkedHashMap<>();
        assertThat(built.replay(later)).isEqualTo("place");
        assertThat(later).isEmpty();
    }
}
