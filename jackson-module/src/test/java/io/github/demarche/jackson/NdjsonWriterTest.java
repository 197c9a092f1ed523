package io.github.demarche.jackson;

import static io.github.demarche.ReferenceArticleFixture.COUP;
import static io.github.demarche.ReferenceArticleFixture.DENIAL;
import static io.github.demarche.ReferenceArticleFixture.KILLED;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.Statement;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing NDJSON: the exact lines, the header, the types a writer takes, and its target. */
class NdjsonWriterTest {

    private static final DemarcheNdjson NDJSON = DemarcheNdjson.create();

    @Test
    void writes_the_header_then_one_record_a_line_in_compact_json() throws Exception {
        StringWriter out = new StringWriter();

        try (NdjsonWriter<Object> writer = NDJSON.writer(out, Object.class)) {
            writer.write(DENIAL);
            writer.write(COUP);
            writer.write(KILLED);
        }

        assertThat(out.toString()).isEqualTo("{\"demarcheFormat\":2}\n"
                + "{\"statement\":" + write(DENIAL) + "}\n"
                + "{\"event\":" + write(COUP) + "}\n"
                + "{\"casualtyReport\":" + write(KILLED) + "}\n");
    }

    @Test
    void writes_each_line_valid_against_the_schema_of_a_line() throws Exception {
        StringWriter out = new StringWriter();
        try (NdjsonWriter<Object> writer = NDJSON.writer(out, Object.class)) {
            writer.writeAll(ReferenceArticleFixture.dossier().statements());
            writer.writeAll(ReferenceArticleFixture.dossier().events());
            writer.writeAll(ReferenceArticleFixture.dossier().casualtyReports());
        }

        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(1 + 10 + 6 + 1);
        lines.forEach(line -> SchemaSupport.assertValid(line, "NdjsonLine"));
    }

    @Test
    void writes_utf8_to_a_stream_and_keeps_texts_with_line_breaks_on_one_line() throws Exception {
        Statement multiline = Statement.builder().from(DENIAL).summary("first line\nsecond line\r\u2028 緬甸").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (NdjsonWriter<Statement> writer = NDJSON.withHeader(false).writer(out, Statement.class)) {
            writer.write(multiline);
        }

        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("\"summary\":\"first line\\nsecond line\\r\u2028 緬甸\"").endsWith("}\n");
        assertThat(text.indexOf('\n')).isEqualTo(text.length() - 1);
        try (NdjsonReader<Statement> reader = NDJSON.reader(new InputSupport.Recording(out.toByteArray()),
                Statement.class)) {
            assertThat(reader.read()).isEqualTo(multiline);
        }
    }

    @Test
    void appends_to_a_file_without_a_second_header(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.ndjson");
        try (NdjsonWriter<Object> writer = NDJSON.writer(file, Object.class)) {
            writer.write(COUP);
        }
        try (NdjsonWriter<Object> writer = NDJSON.withHeader(false).writer(file, Object.class,
                StandardOpenOption.APPEND)) {
            writer.write(KILLED);
        }

        assertThat(Files.readAllLines(file)).containsExactly("{\"demarcheFormat\":2}",
                "{\"event\":" + write(COUP) + "}", "{\"casualtyReport\":" + write(KILLED) + "}");
        try (Stream<Object> records = NDJSON.reader(file, Object.class).stream()) {
            assertThat(records).containsExactly(COUP, KILLED);
        }
    }

    @Test
    void writes_on_one_line_even_through_a_mapper_that_indents() throws Exception {
        JsonMapper indenting = DemarcheJson.newObjectMapper().rebuild().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.WRAP_ROOT_VALUE).build();
        StringWriter out = new StringWriter();

        try (NdjsonWriter<Object> writer = DemarcheNdjson.create(indenting).writer(out, Object.class)) {
            writer.write(COUP);
        }

        assertThat(out.toString()).isEqualTo("{\"demarcheFormat\":2}\n{\"event\":" + write(COUP) + "}\n");
    }

    @Test
    void rejects_a_value_of_no_record() throws Exception {
        try (NdjsonWriter<Object> writer = NDJSON.writer(new StringWriter(), Object.class)) {
            assertThatThrownBy(() -> writer.write(ReferenceArticleFixture.CHINA))
                    .isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("NdjsonWriter.record must be a Statement, an Event, a CasualtyReport or a Document, got "
                            + ReferenceArticleFixture.CHINA);
            assertThatThrownBy(() -> writer.write(null)).isExactlyInstanceOf(NullPointerException.class)
                    .hasMessage("record");
        }
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void rejects_a_record_of_another_type_than_its_own() throws Exception {
        try (NdjsonWriter<Statement> writer = NDJSON.writer(new StringWriter(), Statement.class)) {
            NdjsonWriter raw = writer;

            assertThatThrownBy(() -> raw.write(COUP)).isExactlyInstanceOf(IllegalArgumentException.class)
                    .hasMessage("NdjsonWriter.record must be a Statement, got " + COUP);
            assertThat(writer.recordCount()).isZero();
        }
    }

    @Test
    void a_file_with_an_unpaired_surrogate_in_a_name_is_refused_on_reading_so_writing_never_meets_one()
            throws Exception {
        String bad = "{\"statement\":" + write(DENIAL).replace("\"Government of China\"", "\"Wang\\uD800\"") + "}";
        DemarcheNdjson collect = NDJSON.withErrorMode(DemarcheNdjson.ErrorMode.COLLECT);
        List<Statement> read = new java.util.ArrayList<>();
        try (NdjsonReader<Statement> reader = collect.reader(new java.io.StringReader(
                bad + "\n" + "{\"statement\":" + write(DENIAL) + "}\n"), Statement.class)) {
            reader.forEachRemaining(read::add);
            assertThat(reader.problems()).extracting(NdjsonProblem::lineNumber, NdjsonProblem::message)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "Actor.name must not contain unpaired "
                            + "surrogates, got 'Wang\\ud800' (U+D800 at index 4)"));
            assertThat(reader.problems().get(0).jsonPointer()).startsWith("/statement/speakers/0");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (NdjsonWriter<Statement> writer = NDJSON.writer(out, Statement.class)) {
            for (Statement statement : read) {
                writer.write(statement);   // every value that can be built is well-formed UTF-16
            }
        }
        String written = out.toString(StandardCharsets.UTF_8);
        assertThat(written.lines()).hasSize(2).doesNotContain("?");
        assertThat(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(out.toByteArray())).toString())
                .isEqualTo(written);
    }

    @Test
    void counts_the_records_and_closes_its_stream() throws Exception {
        ClosingOutput out = new ClosingOutput();
        NdjsonWriter<Object> writer = NDJSON.writer(out, Object.class);
        writer.writeAll(List.of(COUP, KILLED));

        assertThat(writer.recordCount()).isEqualTo(2);
        assertThat(writer).hasToString("NdjsonWriter[Object, 2 records]");
        writer.close();
        writer.close();
        assertThat(out.closes).isEqualTo(1);
    }

    /** Bytes that remember being closed. */
    private static final class ClosingOutput extends ByteArrayOutputStream {

        private int closes;

        @Override
        public void close() {
            closes++;
        }
    }
}
