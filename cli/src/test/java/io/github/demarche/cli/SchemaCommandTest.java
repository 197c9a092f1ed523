package io.github.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.jackson.DemarcheJson;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SchemaCommandTest {

    @Test
    void prints_the_schema_of_the_json_module_as_it_is() throws IOException {
        Cli.Result result = Cli.run("schema");
        assertThat(result.exitCode()).isZero();
        try (InputStream schema = DemarcheJson.openSchema()) {
            assertThat(result.stdout()).isEqualTo(schema.readAllBytes());
        }
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void takes_no_argument() {
        Cli.Result result = Cli.run("schema", "extra");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("demarche schema: Unmatched argument at index 1: 'extra'",
                "Try 'demarche schema --help' for more information.");
    }
}
