package io.github.demarche.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonLinesTest {

    /** Reads every line through the line reader, in small reads. */
    private static List<String> lines(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        try (NdjsonLines source = new NdjsonLines(new StringReader(text))) {
            while (source.nextLine()) {
                lines.add(read(source.line()));
                assertThat(source.lineNumber()).isEqualTo(lines.size());
            }
        }
        return lines;
    }

    private static String read(Reader line) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[7];
        for (int n = line.read(buffer, 0, buffer.length); n >= 0; n = line.read(buffer, 0, buffer.length)) {
            assertThat(n).as("never 0 characters").isPositive();
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    @Test
    void splits_at_new_lines_only() throws Exception {
        assertThat(lines("a\nb\r\n\n c \u2028 d\rx\n")).containsExactly("a", "b\r", "", " c \u2028 d\rx");
    }

    @Test
    void a_last_line_without_a_new_line_is_a_line_and_an_empty_text_has_none() throws Exception {
        assertThat(lines("a\nb")).containsExactly("a", "b");
        assertThat(lines("")).isEmpty();
        assertThat(lines("\n")).containsExactly("");
    }

    @Test
    void drops_a_byte_order_mark_at_the_start_only() throws Exception {
        assertThat(lines("\uFEFFa\n\uFEFFb")).containsExactly("a", "\uFEFFb");
        assertThat(lines("\uFEFF")).isEmpty();
    }

    @Test
    void reads_lines_longer_than_its_buffer_and_skips_what_is_left_of_one() throws Exception {
        String longLine = "x".repeat(50_000);
        assertThat(lines(longLine + "\n" + longLine + "y\nz")).containsExactly(longLine, longLine + "y", "z");

        try (NdjsonLines source = new NdjsonLines(new StringReader(longLine + "\nnext\n"))) {
            assertThat(source.nextLine()).isTrue();
            char[] start = new char[10];
            assertThat(source.line().read(start, 0, 10)).isEqualTo(10);
            assertThat(source.column()).isEqualTo(10);
            assertThat(source.nextLine()).isTrue();
            assertThat(read(source.line())).isEqualTo("next");
            assertThat(source.lineNumber()).isEqualTo(2);
            assertThat(source.nextLine()).isFalse();
        }
    }

    @Test
    void closing_the_line_keeps_the_source_open_and_closing_the_lines_closes_it() throws Exception {
        InputSupport.Recording in = new InputSupport.Recording("a\nb\n");
        NdjsonLines source = new NdjsonLines(new Utf8Reader(in));
        source.nextLine();
        source.line().close();

        assertThat(in.isClosed()).isFalse();
        assertThat(source.nextLine()).isTrue();
        source.close();
        assertThat(in.isClosed()).isTrue();
    }
}
