package io.github.demarche.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming check on a small file: it reads back and copies what it wrote, then cleans up. */
class StreamingCheckTest {

    @Test
    void streams_a_small_file_and_deletes_it(@TempDir Path directory) throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
        try {
            StreamingCheck.main(new String[] {"2000", directory.toString()});
        } finally {
            System.setOut(original);
        }
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("2,000 statements", "read (validated)", "copy identical to the file: yes");
        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }
}
