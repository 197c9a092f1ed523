package io.github.demarche.formats.icews;

import io.github.demarche.formats.internal.ColumnHome;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.samples.SampleFiles;
import io.github.demarche.formats.RowAssertions;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.ApproximateDate;
import io.github.demarche.AttributeValue;
import io.github.demarche.CameoCode;
import io.github.demarche.CameoDialect;
import io.github.demarche.Channel;
import io.github.demarche.CountryCode;
import io.github.demarche.Event;
import io.github.demarche.Intensity;
import io.github.demarche.Stance;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IcewsRowsTest {

    private static final String FILE = "/samples/icews-events-2018-06.sample.tab";

    @Test
    void every_row_maps_to_a_statement_or_an_event_and_back_to_the_same_fields() {
        List<List<String>> rows = SampleFiles.readTsv(FILE);
        assertThat(rows.get(0)).containsExactlyElementsOf(IcewsRows.COLUMNS);
        List<List<String>> events = rows.subList(1, rows.size());
        assertThat(events).hasSize(303);
        int statements = 0;
        for (int i = 0; i < events.size(); i++) {
            List<String> row = events.get(i);
            RowRecords values = IcewsRows.toModel(row);
            RowAssertions.assertSameFields(FILE, i + 2, IcewsRows.COLUMNS, row, IcewsRows.toRow(values));
            RowAssertions.assertKeysDeclared(FILE, i + 2, IcewsRows.columns(), values);
            statements += values.statement().isPresent() ? 1 : 0;
        }
        assertThat(statements).isEqualTo(295);
    }

    /** The stance types found once per code are those of the rule: the admitting type of the longest family. */
    @Test
    void the_stance_type_of_every_code_is_the_most_specific_admitting_one() {
        for (CameoCode code : CameoCode.all(CameoDialect.ICEWS)) {
            Optional<StanceType> expected = Arrays.stream(StanceType.values()).filter(type -> type.admits(code))
                    .max(Comparator.comparingInt(type -> type.family().code().length()));
            assertThat(IcewsRows.stanceType(code)).as("%s", code).isEqualTo(expected);
        }
    }

    @Test
    void every_column_has_one_home() {
        ColumnHome.checkTable(IcewsRows.columns());
        assertThat(IcewsRows.columns()).hasSize(20);
    }

    /** A row is a statement exactly when its code is verbal and a stance type admits it. */
    @Test
    void verbal_codes_with_a_stance_type_make_statements() {
        for (List<String> row : SampleFiles.readTsv(FILE).subList(1, 304)) {
            CameoCode code = CameoCode.icews(row.get(6));
            boolean verbal = !code.quadClass().isMaterial() && IcewsRows.stanceType(code).isPresent();
            assertThat(IcewsRows.toModel(row).statement().isPresent()).as("row %s code %s", row.get(0), code)
                    .isEqualTo(verbal);
        }
    }

    /** Event Text is the name of the code in the ICEWS dialect in every row. */
    @Test
    void event_text_is_derived_from_the_code_and_kept_nowhere_else() {
        Map<String, Integer> kept = new TreeMap<>();
        for (List<String> row : SampleFiles.readTsv(FILE).subList(1, 304)) {
            for (String key : RowAssertions.attributeKeys(IcewsRows.toModel(row))) {
                kept.merge(key, 1, Integer::sum);
            }
        }
        assertThat(kept).doesNotContainKeys("icews.Event_Text", "icews.CAMEO_Code", "icews.Intensity",
                "icews.Story_ID", "icews.Sentence_Number", "icews.Publisher", "icews.Event_Date");
    }

    @Test
    void maps_a_demand_into_a_statement() {
        List<String> row = SampleFiles.readTsv(FILE).get(1);
        Statement statement = IcewsRows.toModel(row).statement().orElseThrow();
        assertThat(statement.id()).isEqualTo("icews-32891068");
        assertThat(statement.date()).isEqualTo(ApproximateDate.parse("2018-06-01"));
        assertThat(statement.mode()).isEqualTo(StatementMode.REPORTED);
        assertThat(statement.channel()).isEqualTo(Channel.OTHER);
        assertThat(statement.speakers().get(0).name()).contains("Donald Trump");
        assertThat(statement.speakers().get(0).sectors()).containsExactly("Government", "Executive Office", "Executive");
        assertThat(statement.speakers().get(0).country()).contains(CountryCode.of("USA"));
        Stance stance = statement.stances().get(0);
        assertThat(stance.type()).isEqualTo(StanceType.DEMAND);
        assertThat(stance.intensity()).isEqualTo(Intensity.NORMAL);
        assertThat(stance.target().actor().orElseThrow().name()).contains("China");
        assertThat(stance.coding().orElseThrow().cameoCode()).contains(CameoCode.icews("102"));
        assertThat(stance.coding().orElseThrow().reportedScore()).contains(new BigDecimal("-5"));
        assertThat(statement.sources().get(0).publication()).contains("Indo-Asian News Service");
        assertThat(statement.sources().get(0).documentId()).contains("47400363");
        assertThat(statement.sources().get(0).sentenceNumber()).hasValue(1);
        assertThat(statement.location().orElseThrow().place()).contains("Beijing");
        assertThat(statement.location().orElseThrow().adminUnits()).containsExactly("Beijing Shi");
        assertThat(statement.location().orElseThrow().country()).contains(CountryCode.of("CHN"));
    }

    @Test
    void keeps_a_country_name_that_is_not_the_display_name() {
        List<String> row = SampleFiles.readTsv(FILE).get(3);
        RowRecords values = IcewsRows.toModel(row);
        assertThat(row.get(17)).isEqualTo("Russian Federation");
        Statement statement = values.statement().orElseThrow();
        assertThat(statement.location().orElseThrow().country()).contains(CountryCode.of("RUS"));
        assertThat(statement.attributes()).containsEntry("icews.Country", AttributeValue.of("Russian Federation"));
    }

    @Test
    void a_material_code_makes_an_event() {
        List<String> row = SampleFiles.readTsv(FILE).subList(1, 304).stream()
                .filter(r -> CameoCode.icews(r.get(6)).quadClass().isMaterial()).findFirst().orElseThrow();
        Event event = IcewsRows.toModel(row).event().orElseThrow();
        assertThat(event.participants()).hasSize(2);
        assertThat(event.coding().orElseThrow().cameoCode()).contains(CameoCode.icews(row.get(6)));
    }
}
