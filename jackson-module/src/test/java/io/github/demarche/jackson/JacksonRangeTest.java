package io.github.demarche.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

class JacksonRangeTest {

    private static Version version(int minor, int patch, String artifactId) {
        return new Version(2, minor, patch, null, "com.fasterxml.jackson.core", artifactId);
    }

    @Test
    void accepts_the_running_jackson() {
        assertThatCode(JacksonRange::requireSupported).doesNotThrowAnyException();
        assertThat(JsonMapper.builder().addModule(new DemarcheModule()).build().getRegisteredModuleIds())
                .contains(new DemarcheModule().getTypeId());
    }

    @Test
    void accepts_2_15_0_and_later_minors() {
        assertThatCode(() -> JacksonRange.requireSupported(version(15, 0, "jackson-core"),
                version(15, 0, "jackson-databind"))).doesNotThrowAnyException();
        assertThatCode(() -> JacksonRange.requireSupported(version(99, 1, "jackson-core"),
                version(99, 1, "jackson-databind"))).doesNotThrowAnyException();
        assertThatCode(() -> JacksonRange.requireSupported(Version.unknownVersion(),
                version(15, 4, "jackson-databind"))).doesNotThrowAnyException();
    }

    @Test
    void rejects_2_14_naming_the_minimum_and_both_versions() {
        assertThatThrownBy(() -> JacksonRange.requireSupported(version(14, 3, "jackson-core"),
                version(14, 3, "jackson-databind")))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage("demarche-jackson needs Jackson 2.15 or a later 2.x, got jackson-core 2.14.3 and "
                        + "jackson-databind 2.14.3: align the Jackson versions of your build, for instance with the "
                        + "jackson-bom");
    }

    @Test
    void rejects_an_older_databind_beside_a_newer_core() {
        assertThatThrownBy(() -> JacksonRange.requireSupported(version(17, 0, "jackson-core"),
                version(13, 5, "jackson-databind")))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessageContaining("got jackson-core 2.17.0 and jackson-databind 2.13.5");
    }

    @Test
    void sets_the_name_and_document_limits_where_jackson_has_them() {
        StreamReadConstraints constraints = JacksonRange.nameAndDocumentLimits(StreamReadConstraints.builder()
                .maxNestingDepth(7), 123, 4567).build();

        assertThat(constraints.getMaxNestingDepth()).isEqualTo(7);
        assertThat(JacksonRange.hasNameAndDocumentLimits()).isEqualTo(JacksonVersions.limitsNamesAndDocuments());
        if (JacksonVersions.limitsNamesAndDocuments()) {
            assertThat(constraints.getMaxNameLength()).isEqualTo(123);
            assertThat(constraints.getMaxDocumentLength()).isEqualTo(4567);
        }
    }
}
