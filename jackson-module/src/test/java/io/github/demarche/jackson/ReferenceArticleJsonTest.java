package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.Dossier;
import io.github.demarche.ReferenceArticleFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The golden file {@code golden/reference-article.json}: the reference article's dossier as the
 * module writes it, pretty-printed. Reading it must give the fixture, so that a later version that
 * can no longer read files written today fails the build; writing the fixture must give it byte
 * for byte, so that any change of the format is deliberate.
 *
 * <p>To accept a deliberate change, regenerate the golden files and review the diff:
 * {@code mvn -pl core,jackson-module verify -Ddemarche.golden.update=true}.
 */
class ReferenceArticleJsonTest {

    static final String GOLDEN = "reference-article.json";

    /** Reads a golden file from the test class path. */
    static String golden(String name) throws IOException {
        try (InputStream in = ReferenceArticleJsonTest.class.getResourceAsStream("/golden/" + name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Rewrites a golden file in the sources when {@code -Ddemarche.golden.update=true}; returns whether it did. */
    static boolean updateGolden(String name, String content) throws IOException {
        if (!Boolean.getBoolean("demarche.golden.update")) {
            return false;
        }
        String dir = System.getProperty("demarche.golden.dir", "src/test/resources/golden");
        Files.writeString(Path.of(dir, name), content, StandardCharsets.UTF_8);
        return true;
    }

    /** Writes a value as the golden files hold it: pretty-printed, with a final new line. */
    static String pretty(Object value) throws IOException {
        return MAPPER.writer(DemarcheJson.prettyPrinter()).writeValueAsString(value) + "\n";
    }

    @Test
    void writing_the_reference_article_reproduces_the_golden_file_byte_for_byte() throws IOException {
        String written = pretty(ReferenceArticleFixture.dossier());
        if (updateGolden(GOLDEN, written)) {
            return;
        }
        assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(golden(GOLDEN).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reading_the_golden_file_gives_the_reference_article() throws IOException {
        Dossier read = MAPPER.readValue(golden(GOLDEN), Dossier.class);

        assertThat(read).isEqualTo(ReferenceArticleFixture.dossier());
        assertThat(read.statements()).isEqualTo(ReferenceArticleFixture.STATEMENTS);
        assertThat(read.actors()).isEqualTo(ReferenceArticleFixture.ACTORS);
    }

    @Test
    void golden_file_starts_with_the_format_version() throws IOException {
        assertThat(golden(GOLDEN)).startsWith("{\n  \"demarcheFormat\": 2,\n  \"source\": {");
    }

    @Test
    void reading_shares_one_instance_per_distinct_actor_source_and_date() throws IOException {
        Dossier read = MAPPER.readValue(golden(GOLDEN), Dossier.class);

        // Wang Yi speaks in two statements and meets Lavrov: one instance, and his affiliation is China's government
        assertThat(read.statement("s03-joint-statement").orElseThrow().speakers().get(0))
                .isSameAs(read.statement("s08-reconciliation").orElseThrow().speakers().get(0))
                .isSameAs(read.actor("wang-yi").orElseThrow());
        assertThat(read.actor("wang-yi").orElseThrow().affiliation().orElseThrow())
                .isSameAs(read.actor("chn-gov").orElseThrow());
        assertThat(read.statements().get(0).sources().get(0)).isSameAs(read.source())
                .isSameAs(read.statements().get(8).sources().get(0));
        assertThat(read.statements().get(3).date()).isSameAs(read.statements().get(4).date());
    }
}
