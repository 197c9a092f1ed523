package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CasualtyTypeTest {

    @Test
    void three_types_count_people_forced_from_their_homes() {
        assertThat(EnumSet.allOf(CasualtyType.class)).filteredOn(CasualtyType::isDisplacement)
                .containsExactly(CasualtyType.DISPLACED, CasualtyType.INTERNALLY_DISPLACED, CasualtyType.FLED_ABROAD);
    }
}
