package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.json;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.demarche.Dossier;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.ViolationCode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DossierJsonTest {

    private static final String SOURCE = "{'publication':'The Irrawaddy',"
            + "'url':'urn:demarche:article:000_5b4d5c46eeeb27f0','publicationDate':'2021-03-24','language':'en'}";

    @Test
    void writes_the_format_version_first_and_leaves_out_empty_lists() {
        Dossier empty = Dossier.builder().source(ReferenceArticleFixture.SOURCE).build();

        assertThat(write(empty)).isEqualTo(json("{'demarcheFormat':2,'source':" + SOURCE + "}"));
    }

    @Test
    void reads_the_format_version_wherever_it_is_and_empty_lists_as_absent() throws Exception {
        Dossier read = MAPPER.readValue(
                json("{'source':" + SOURCE + ",'actors':[],'statements':[],'demarcheFormat':2}"), Dossier.class);

        assertThat(read).isEqualTo(Dossier.builder().source(ReferenceArticleFixture.SOURCE).build());
    }

    @Test
    void reads_a_document_whose_keys_were_sorted_by_another_tool() throws Exception {
        ObjectNode tree = MAPPER.valueToTree(ReferenceArticleFixture.dossier());
        ObjectNode sorted = MAPPER.createObjectNode();
        tree.properties().stream().map(Map.Entry::getKey).sorted().forEach(key -> sorted.set(key, tree.get(key)));

        assertThat(MAPPER.readValue(sorted.toString(), Dossier.class)).isEqualTo(ReferenceArticleFixture.dossier());
    }

    @Test
    void rejects_an_older_or_unknown_format_version_without_suggesting_an_upgrade() {
        InvalidFormatException e = catchThrowableOfType(InvalidFormatException.class,
                () -> MAPPER.readValue(json("{'demarcheFormat':0,'source':" + SOURCE + "}"), Dossier.class));

        assertThat(e.getOriginalMessage()).isEqualTo("Dossier.demarcheFormat must be 2, the only format that "
                + "demarche-jackson " + PackageVersion.VERSION + " reads, got 0");
        assertThat(e.getValue()).isEqualTo("0");
        InvalidFormatException first = catchThrowableOfType(InvalidFormatException.class,
                () -> MAPPER.readValue(json("{'demarcheFormat':1,'source':" + SOURCE + "}"), Dossier.class));
        assertThat(first.getOriginalMessage()).isEqualTo("Dossier.demarcheFormat must be 2, the only format that "
                + "demarche-jackson " + PackageVersion.VERSION + " reads, got 1; format 1 is that of demarche 0.1,"
                + " whose records had one source and no codings: see the CHANGELOG of 0.2");
    }

    @Test
    void rejects_a_newer_format_version_before_reading_the_rest() {
        // the rest of a format 3 document need not make sense to this version
        InvalidFormatException e = catchThrowableOfType(InvalidFormatException.class,
                () -> MAPPER.readValue(json("{'demarcheFormat':3,'sources':[" + SOURCE + "]}"), Dossier.class));

        assertThat(e.getOriginalMessage()).endsWith("got 3; a newer demarche-jackson may read it");
        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/demarcheFormat");
    }

    @Test
    void rejects_a_huge_format_version_as_newer() {
        InvalidFormatException e = catchThrowableOfType(InvalidFormatException.class, () -> MAPPER.readValue(
                json("{'demarcheFormat':123456789012345678901234567890,'source':" + SOURCE + "}"), Dossier.class));

        assertThat(e.getOriginalMessage())
                .endsWith("got 123456789012345678901234567890; a newer demarche-jackson may read it");
    }

    @Test
    void reports_a_rule_of_the_whole_graph_at_the_offending_reference() {
        String json = write(ReferenceArticleFixture.dossier()).replace("\"statementId\":\"s02-criticism\"",
                "\"statementId\":\"s02-critics\"");

        InvalidValueException e = catchThrowableOfType(InvalidValueException.class,
                () -> MAPPER.readValue(json, Dossier.class));

        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo("/statements/5/stances/0/target");
        assertThat(e.getOriginalMessage()).isEqualTo("Dossier.statements[5].stances[0].target must be a statement of "
                + "the dossier, got 's02-critics'");
        assertThat(e.violations().get(0).code()).isEqualTo(ViolationCode.UNKNOWN_REFERENCE);
    }
}
