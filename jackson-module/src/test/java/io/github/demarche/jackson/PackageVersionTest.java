package io.github.demarche.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PackageVersionTest {

    @Test
    void is_the_version_of_the_pom() {
        String pomVersion = System.getProperty("demarche.project.version");

        assertThat(pomVersion).as("set by the surefire configuration").isNotBlank();
        assertThat(PackageVersion.VERSION.toString()).isEqualTo(pomVersion);
        assertThat(new PackageVersion().version()).isSameAs(PackageVersion.VERSION);
    }

    @Test
    void names_the_artifact() {
        assertThat(PackageVersion.VERSION.getGroupId()).isEqualTo("io.github.demarche");
        assertThat(PackageVersion.VERSION.getArtifactId()).isEqualTo("demarche-jackson");
        assertThat(PackageVersion.VERSION.isUnknownVersion()).isFalse();
    }
}
