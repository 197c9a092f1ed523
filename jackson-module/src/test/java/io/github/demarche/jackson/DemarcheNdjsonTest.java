package io.github.demarche.jackson;

import static io.github.demarche.ReferenceArticleFixture.COUP;
import static io.github.demarche.ReferenceArticleFixture.DENIAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.Statement;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DemarcheNdjsonTest {

    private static final DemarcheNdjson NDJSON = DemarcheNdjson.create();

    @Test
    void create_is_fail_fast_and_writes_the_header() {
        assertThat(NDJSON.errorMode()).isEqualTo(DemarcheNdjson.ErrorMode.FAIL_FAST);
        assertThat(NDJSON.writesHeader()).isTrue();
        assertThat(NDJSON).hasToString("DemarcheNdjson[FAIL_FAST, header]");
    }

    @Test
    void copies_change_one_setting_and_return_the_same_when_nothing_changes() {
        DemarcheNdjson collecting = NDJSON.withErrorMode(DemarcheNdjson.ErrorMode.COLLECT).withHeader(false);

        assertThat(collecting.errorMode()).isEqualTo(DemarcheNdjson.ErrorMode.COLLECT);
        assertThat(collecting.writesHeader()).isFalse();
        assertThat(collecting).hasToString("DemarcheNdjson[COLLECT, no header]");
        assertThat(NDJSON.errorMode()).isEqualTo(DemarcheNdjson.ErrorMode.FAIL_FAST);
        assertThat(NDJSON.withErrorMode(DemarcheNdjson.ErrorMode.FAIL_FAST)).isSameAs(NDJSON);
        assertThat(NDJSON.withHeader(true)).isSameAs(NDJSON);
    }

    @Test
    void reads_lines_with_the_limits_of_the_recommended_mapper_and_a_line_limit() throws Exception {
        assertThat(NDJSON.mapper().getFactory().streamReadConstraints().getMaxNestingDepth())
                .isEqualTo(DemarcheJson.MAX_NESTING_DEPTH);
        if (JacksonVersions.limitsNamesAndDocuments()) {
            assertThat(NDJSON.mapper().getFactory().streamReadConstraints().getMaxDocumentLength())
                    .isEqualTo(DemarcheJson.MAX_LINE_LENGTH);
        }
    }

    @Test
    void reads_through_a_mapper_of_ones_own_with_its_limits_and_settings() throws Exception {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNumberLength(20).build()).build();
        ObjectMapper own = JsonMapper.builder(factory).addModule(new DemarcheModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        String line = NdjsonReaderTest.line(COUP).replace("{\"id\"", "{\"extra\":[1],\"id\"");
        String tooLong = NdjsonReaderTest.line(DENIAL).replace(":{", ":{\"extra\":" + "1".repeat(100) + ",");

        try (NdjsonReader<Object> reader = DemarcheNdjson.create(own).withErrorMode(DemarcheNdjson.ErrorMode.COLLECT)
                .reader(new StringReader(line + "\n" + tooLong + "\n"), Object.class)) {
            assertThat(reader.read()).isEqualTo(COUP);
            assertThat(reader.read()).isNull();
            assertThat(reader.problems()).singleElement()
                    .satisfies(p -> assertThat(p.exceptionType()).isEqualTo(StreamConstraintsException.class));
        }
    }

    @Test
    void rejects_a_mapper_without_the_module() {
        assertThatThrownBy(() -> DemarcheNdjson.create(new ObjectMapper()))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("DemarcheNdjson.mapper must have the DemarcheModule registered, got one with []");
        assertThat(DemarcheNdjson.create(new ObjectMapper().findAndRegisterModules())).isNotNull();
    }

    @Test
    void rejects_null_arguments_with_their_names() {
        assertThatThrownBy(() -> DemarcheNdjson.create(null)).hasMessage("mapper");
        assertThatThrownBy(() -> NDJSON.withErrorMode(null)).hasMessage("errorMode");
        assertThatThrownBy(() -> NDJSON.reader((Path) null, Statement.class)).hasMessage("file");
        assertThatThrownBy(() -> NDJSON.reader((InputStream) null, Statement.class)).hasMessage("in");
        assertThatThrownBy(() -> NDJSON.reader((Reader) null, Statement.class)).hasMessage("in");
        assertThatThrownBy(() -> NDJSON.reader(new StringReader(""), null)).hasMessage("type");
        assertThatThrownBy(() -> NDJSON.writer((Path) null, Statement.class)).hasMessage("file");
        assertThatThrownBy(() -> NDJSON.writer((OutputStream) null, Statement.class)).hasMessage("out");
        assertThatThrownBy(() -> NDJSON.writer((Writer) null, Statement.class)).hasMessage("out");
        assertThatThrownBy(() -> NDJSON.writer(new StringWriter(), null)).hasMessage("type");
    }

    @Test
    void rejects_a_type_of_no_record_for_writers_too() {
        assertThatThrownBy(() -> NDJSON.writer(new StringWriter(), String.class))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("DemarcheNdjson.type must be Statement, Event, CasualtyReport, Document or Object, got java.lang.String");
    }
}
