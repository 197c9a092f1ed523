package io.github.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter text = new StringWriter();
    private final AtomicLong clock = new AtomicLong();

    @Test
    void rewrites_one_line_at_most_four_times_a_second_and_wipes_it() {
        Progress progress = new Progress(new PrintWriter(text), true, "export.tsv", clock::get);
        for (long rows = 1; rows <= 1024; rows++) {
            clock.addAndGet(1_000_000L);   // a millisecond a row
            progress.rows(rows);
        }
        // 256 rows: 256 ms; 512: 512 ms; 768: 768 ms; 1024: 1024 ms
        assertThat(text.toString()).isEqualTo("\rexport.tsv: 256 rows read\rexport.tsv: 512 rows read"
                + "\rexport.tsv: 768 rows read\rexport.tsv: 1,024 rows read");
        progress.done();
        assertThat(text.toString()).endsWith("\r" + " ".repeat("export.tsv: 1,024 rows read".length()) + "\r");
    }

    @Test
    void is_silent_when_standard_error_is_not_a_terminal() {
        Progress progress = new Progress(new PrintWriter(text), false, "-", clock::get);
        for (long rows = 1; rows <= 4096; rows++) {
            clock.addAndGet(1_000_000_000L);
            progress.rows(rows);
        }
        progress.done();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void names_standard_input() {
        Progress progress = new Progress(new PrintWriter(text), true, "-", clock::get);
        clock.set(1_000_000_000L);
        progress.rows(256);
        assertThat(text.toString()).isEqualTo("\rstandard input: 256 rows read");
    }
}
