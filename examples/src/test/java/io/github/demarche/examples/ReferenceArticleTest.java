package io.github.demarche.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReferenceArticleTest {

    @Test
    void prints_who_speaks_for_whom() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ReferenceArticle.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertThat(output).contains("Reference article: China and Russia on Myanmar (March 2021)");
        assertThat(output.lines())
                .anyMatch(line -> line.matches("wang-yi\\s+Wang Yi\\s+PERSON\\s+Government of China"))
                .anyMatch(line -> line.matches("rus-gov\\s+Government of Russia\\s+GOVERNMENT\\s+Russia"));
    }
}
