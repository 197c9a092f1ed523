package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.ReferenceArticleJsonTest.golden;
import static io.github.demarche.jackson.ReferenceArticleJsonTest.pretty;
import static io.github.demarche.jackson.ReferenceArticleJsonTest.updateGolden;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.Dossier;
import io.github.demarche.SecondFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The second fixture, every kind of claim of the teaching table, through JSON: it reads back
 * equal, writes again identical, validates against the schema, and matches the golden file
 * {@code golden/second-fixture.json} byte for byte (regenerate with
 * {@code -Ddemarche.golden.update=true} and review the diff).
 */
class SecondFixtureJsonTest {

    static final String GOLDEN = "second-fixture.json";

    @Test
    void writing_the_second_fixture_reproduces_the_golden_file_byte_for_byte() throws IOException {
        String written = pretty(SecondFixture.dossier());
        if (updateGolden(GOLDEN, written)) {
            return;
        }
        assertThat(written.getBytes(StandardCharsets.UTF_8)).isEqualTo(golden(GOLDEN).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void reading_the_golden_file_gives_the_second_fixture() throws IOException {
        Dossier read = MAPPER.readValue(golden(GOLDEN), Dossier.class);

        assertThat(read).isEqualTo(SecondFixture.dossier());
        assertThat(read.actors()).isEqualTo(SecondFixture.ACTORS);
        assertThat(read.statements()).isEqualTo(SecondFixture.STATEMENTS);
        assertThat(read.casualtyReports()).isEqualTo(SecondFixture.CASUALTY_REPORTS);
        assertThat(read.documents()).isEqualTo(SecondFixture.DOCUMENTS);
    }

    @Test
    void the_second_fixture_round_trips_exactly() throws IOException {
        String written = MAPPER.writeValueAsString(SecondFixture.dossier());
        Dossier read = MAPPER.readValue(written, Dossier.class);

        assertThat(read).isEqualTo(SecondFixture.dossier());
        assertThat(MAPPER.writeValueAsString(read)).isEqualTo(written);
    }

    @Test
    void the_second_fixture_validates_against_the_schema() throws IOException {
        SchemaSupport.assertValid(golden(GOLDEN), null);
        SchemaSupport.assertValid(JsonSupport.write(SecondFixture.dossier()), "Dossier");
    }

    @Test
    void vague_figures_are_written_without_a_number() throws IOException {
        String json = golden(GOLDEN);
        int thousands = json.indexOf("\"id\": \"thousands-fled-thailand-2021-03-28\"");
        int count = json.indexOf("\"count\"", thousands);
        String countObject = json.substring(count, json.indexOf('}', count) + 1);

        assertThat(countObject).contains("\"thousands\"").doesNotContain("2000").doesNotContain("9999")
                .doesNotContain("\"figure\"");
    }
}
