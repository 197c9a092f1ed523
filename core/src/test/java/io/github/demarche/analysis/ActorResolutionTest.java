package io.github.demarche.analysis;

import static io.github.demarche.ReferenceArticleFixture.CHINA;
import static io.github.demarche.ReferenceArticleFixture.CHINA_GOV;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.Actor;
import io.github.demarche.SerializationSupport;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorResolutionTest {

    @Test
    void found_holds_one_actor() {
        ActorResolution.Found found = ActorResolution.Found.of("Beijing", CHINA_GOV);
        assertThat(found.name()).isEqualTo("Beijing");
        assertThat(found.actor()).isEqualTo(CHINA_GOV);
        assertThat(found.candidates()).containsExactly(CHINA_GOV);
        assertThat(found.found()).contains(CHINA_GOV);
        assertThat(found.isFound()).isTrue();
        assertThat(found.isAmbiguous()).isFalse();
        assertThat(found.isUnknown()).isFalse();
        assertThat(found).isEqualTo(ActorResolution.Found.of("Beijing", CHINA_GOV))
                .hasSameHashCodeAs(ActorResolution.Found.of("Beijing", CHINA_GOV))
                .isNotEqualTo(ActorResolution.Found.of("beijing", CHINA_GOV));
    }

    @Test
    void ambiguous_keeps_its_candidates_sorted_by_id() {
        ActorResolution.Ambiguous ambiguous = ActorResolution.Ambiguous.of("China", List.of(CHINA_GOV, CHINA));
        assertThat(ambiguous.candidates()).containsExactly(CHINA, CHINA_GOV);
        assertThat(ambiguous.found()).isEmpty();
        assertThat(ambiguous.isAmbiguous()).isTrue();
        assertThat(ambiguous.isFound()).isFalse();
        assertThat(ambiguous).isEqualTo(ActorResolution.Ambiguous.of("China", List.of(CHINA, CHINA_GOV)))
                .hasSameHashCodeAs(ActorResolution.Ambiguous.of("China", List.of(CHINA, CHINA_GOV)));
        assertThat(ambiguous).hasToString("Ambiguous['China' -> chn, chn-gov]");
    }

    @Test
    void rejects_an_ambiguity_of_fewer_than_two_distinct_actors() {
        assertThatThrownBy(() -> ActorResolution.Ambiguous.of("China", List.of(CHINA)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).singleElement()
                        .returns("candidates", Violation::path).returns(ViolationCode.INCONSISTENT, Violation::code))
                .hasMessage("ActorResolution.Ambiguous.candidates must be at least two actors with distinct ids,"
                        + " got [chn]");
        Actor otherChina = Actor.builder().from(CHINA).name("People's Republic of China").build();
        assertThatThrownBy(() -> ActorResolution.Ambiguous.of("China", List.of(CHINA, otherChina)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations()).singleElement()
                        .returns("candidates", Violation::path).returns(ViolationCode.INCONSISTENT, Violation::code))
                .hasMessage("ActorResolution.Ambiguous.candidates must be at least two actors with distinct ids,"
                        + " got [chn, chn]");
    }

    @Test
    void unknown_has_no_candidates() {
        ActorResolution.Unknown unknown = ActorResolution.Unknown.of("Washington");
        assertThat(unknown.candidates()).isEmpty();
        assertThat(unknown.found()).isEmpty();
        assertThat(unknown.isUnknown()).isTrue();
        assertThat(unknown).hasToString("Unknown['Washington']").isEqualTo(ActorResolution.Unknown.of("Washington"))
                .hasSameHashCodeAs(ActorResolution.Unknown.of("Washington"));
        assertThat(unknown).isNotEqualTo(ActorResolution.Unknown.of("Washington DC"));
    }

    @Test
    void survives_serialization() {
        ActorResolution ambiguous = ActorResolution.Ambiguous.of("China", List.of(CHINA_GOV, CHINA));
        assertThat(SerializationSupport.roundTrip(ambiguous)).isEqualTo(ambiguous);
        assertThat(SerializationSupport.roundTrip(ActorResolution.Unknown.of("x")))
                .isEqualTo(ActorResolution.Unknown.of("x"));
    }

    @Test
    void rejects_null_arguments_naming_them() {
        assertThatThrownBy(() -> ActorResolution.Found.of(null, CHINA)).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
        assertThatThrownBy(() -> ActorResolution.Found.of("x", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("actor");
        assertThatThrownBy(() -> ActorResolution.Ambiguous.of(null, List.of(CHINA, CHINA_GOV)))
                .isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> ActorResolution.Ambiguous.of("x", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("candidates");
        assertThatThrownBy(() -> ActorResolution.Ambiguous.of("x", Arrays.asList(CHINA, null)))
                .isInstanceOf(NullPointerException.class).hasMessage("candidates");
        assertThatThrownBy(() -> ActorResolution.Unknown.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("name");
    }
}
