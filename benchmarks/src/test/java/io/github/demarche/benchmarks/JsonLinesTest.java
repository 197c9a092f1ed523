package io.github.demarche.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.Statement;
import io.github.demarche.benchmarks.PlainRecords.StatementRecord;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three sides of the JSON benchmarks handle the same bytes. */
class JsonLinesTest {

    private final JsonLines lines = new JsonLines(500);

    @Test
    void writes_one_statement_per_line() {
        String text = new String(lines.bytes, StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n").doesNotContain("\n\n");
        assertThat(text.split("\n")).hasSize(500).allSatisfy(line -> assertThat(line).startsWith("{\"id\":\"s-"));
    }

    @Test
    void databind_writes_the_modules_bytes_for_the_records() {
        byte[] records = JsonLines.writeTo(lines.recordWriter, lines.records, new ByteArrayOutputStream())
                .toByteArray();
        assertThat(records).isEqualTo(lines.bytes);
    }

    @Test
    void model_reads_back_the_statements_it_wrote() {
        List<Statement> read = JsonLines.readAll(lines.modelReader, lines.bytes);
        assertThat(read).isEqualTo(lines.statements);
    }

    @Test
    void databind_reads_the_same_bytes_into_records_that_write_them_again() {
        List<StatementRecord> read = JsonLines.readAll(lines.recordReader, lines.bytes);
        assertThat(read).hasSize(500);
        byte[] again = JsonLines.writeTo(lines.recordWriter, read, new ByteArrayOutputStream()).toByteArray();
        assertThat(again).isEqualTo(lines.bytes);
    }
}
