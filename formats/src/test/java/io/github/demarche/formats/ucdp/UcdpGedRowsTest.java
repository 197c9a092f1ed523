package io.github.demarche.formats.ucdp;

import io.github.demarche.formats.internal.CellRefusal;
import io.github.demarche.formats.internal.ColumnHome;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.samples.SampleFiles;
import io.github.demarche.formats.RowAssertions;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.Coordinates;
import io.github.demarche.CountryCode;
import io.github.demarche.DatePrecision;
import io.github.demarche.Event;
import io.github.demarche.ExternalId;
import io.github.demarche.LocationPrecision;
import io.github.demarche.ParticipantRole;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SourceAttribution;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class UcdpGedRowsTest {

    private static final String FILE = "/samples/ucdp-ged-BGD.hdx.csv";

    private static List<List<String>> events() {
        List<List<String>> rows = SampleFiles.readCsv(FILE);
        assertThat(rows.get(0)).containsExactlyElementsOf(UcdpGedRows.COLUMNS);
        assertThat(rows.get(1).get(UcdpGedRows.COLUMNS.indexOf("date_start"))).isEqualTo("#date+start");
        return rows.subList(2, rows.size());
    }

    private static List<String> row(String id) {
        return events().stream().filter(row -> row.get(0).equals(id)).findFirst().orElseThrow();
    }

    @Test
    void every_row_but_the_inconsistent_one_maps_to_an_event_and_back_to_the_same_fields() {
        List<List<String>> events = events();
        assertThat(events).hasSize(601);
        int mapped = 0;
        for (int i = 0; i < events.size(); i++) {
            List<String> row = events.get(i);
            if (row.get(0).equals("84006")) {
                continue;
            }
            RowRecords values = UcdpGedRows.toModel(row);
            RowAssertions.assertSameFields(FILE, i + 3, UcdpGedRows.COLUMNS, row, UcdpGedRows.toRow(values));
            Set<String> declared = UcdpGedRows.columns().stream().map(ColumnHome::attributeKey).collect(Collectors.toSet());
            Set<String> keys = RowAssertions.attributeKeys(values);
            assertThat(keys).as("line %d", i + 3).contains(UcdpGedLayout.LAYOUT_KEY);
            assertThat(declared).as("line %d", i + 3).containsAll(keys.stream()
                    .filter(key -> !key.equals(UcdpGedLayout.LAYOUT_KEY)).collect(Collectors.toList()));
            assertThat(values.casualtyReports()).hasSize(4);
            mapped++;
        }
        assertThat(mapped).isEqualTo(600);
    }

    /**
     * Event 84006 is published with low 0, best 3, high 0: its high is below its best, so low, best
     * and high are out of order, and the model refuses it, and says why; the column at fault is high.
     */
    @Test
    void refuses_the_row_whose_figures_are_out_of_order() {
        List<String> row = row("84006");
        assertThatThrownBy(() -> UcdpGedRows.toModel(row))
                .isExactlyInstanceOf(CellRefusal.class)
                .hasMessage("QualifiedCount.bounds must satisfy low <= best <= high, got low=0, best=3, high=0")
                .satisfies(e -> {
                    CellRefusal problem = (CellRefusal) e;
                    assertThat(problem.code()).isEqualTo(ProblemCode.MODEL_RULE);
                    assertThat(problem.column()).isEqualTo("high");
                    assertThat(problem.value()).isEqualTo("0");
                });
    }

    @Test
    void every_column_has_one_home() {
        ColumnHome.checkTable(UcdpGedRows.columns());
        assertThat(UcdpGedRows.columns()).hasSize(43);
        ColumnHome.checkTable(UcdpGedRows.columns(UcdpGedLayout.GED));
        assertThat(UcdpGedRows.columns(UcdpGedLayout.GED)).hasSize(49)
                .allSatisfy(home -> assertThat(UcdpGedRows.isKnown(home.column())).as(home.column()).isTrue());
    }

    /**
     * year, geom_wkt, priogrid_gid, country and country_id are derived in every row; source
     * headlines are kept as written where a headline holds a ';' of its own (three rows).
     */
    @Test
    void derived_columns_agree_with_every_row() {
        Map<String, Integer> kept = new TreeMap<>();
        for (List<String> row : events()) {
            if (row.get(0).equals("84006")) {
                continue;
            }
            Event event = UcdpGedRows.toModel(row).event().orElseThrow();
            for (String column : List.of("year", "geom_wkt", "priogrid_gid", "country", "country_id", "iso3",
                    "source_office", "source_date", "source_headline", "source_article", "source_original",
                    "where_prec", "latitude", "adm_1", "adm_2")) {
                if (event.attributes().containsKey("ucdp." + column)) {
                    kept.merge(column, 1, Integer::sum);
                }
            }
        }
        assertThat(kept).containsExactly(Map.entry("source_headline", 3));
    }

    /** date_prec is the event's typed date precision, and fits every row's dates. */
    @Test
    void date_prec_is_the_date_precision_and_consistent_with_the_dates() {
        for (List<String> row : events()) {
            if (row.get(0).equals("84006")) {
                continue;
            }
            Event event = UcdpGedRows.toModel(row).event().orElseThrow();
            DatePrecision precision = event.datePrecision().orElseThrow();
            assertThat(precision.isConsistentWith(event.date())).as("event %s", event.id()).isTrue();
        }
    }

    @Test
    void maps_a_row_with_its_sides_sources_place_and_dead() {
        RowRecords values = UcdpGedRows.toModel(row("71663"));
        Event event = values.event().orElseThrow();
        assertThat(event.id()).isEqualTo("ucdp-ged-71663");
        assertThat(event.externalIds()).containsExactly(ExternalId.of("ucdp-ged", "71663"));
        assertThat(event.date()).isEqualTo(ApproximateDate.ofDays(LocalDate.of(2013, 12, 13), LocalDate.of(2013, 12, 14)));
        assertThat(event.participants()).extracting(p -> p.actor().id())
                .containsExactly("ucdp-side-372", "ucdp-side-374");
        assertThat(event.participants()).extracting(p -> p.role())
                .containsOnly(ParticipantRole.PARTICIPANT);
        assertThat(event.sources()).hasSize(2);
        assertThat(event.sources().get(0).citation()).contains("\"BBC Monitoring Newsfile,2013-12-14,"
                + "Seven killed in clashes following Bangladesh Islamist party leader's execution\"");
        assertThat(event.sources().get(0).originator()).contains("police");
        SourceAttribution article = event.sources().get(1);
        assertThat(article.publication()).contains("BBC Monitoring Newsfile");
        assertThat(article.publicationDate()).contains(LocalDate.of(2013, 12, 14));
        var location = event.location().orElseThrow();
        assertThat(location.place()).contains("Bhāndāria town");
        assertThat(location.adminUnits()).containsExactly("Barisāl Division", "Pirojpur District");
        assertThat(location.coordinates()).contains(Coordinates.parse("22.488976", "90.062732"));
        assertThat(location.precision()).contains(LocationPrecision.of(LocationPrecision.Scale.UCDP_WHERE_PREC, 1));
        assertThat(location.country()).contains(CountryCode.of("BGD"));
        assertThat(event.deaths()).contains(QualifiedCount.exactly(1).withBounds(1, 1, OptionalLong.of(1)));
        assertThat(event.casualtyReportIds()).containsExactly("ucdp-ged-71663-deaths-a", "ucdp-ged-71663-deaths-b",
                "ucdp-ged-71663-deaths-civilians", "ucdp-ged-71663-deaths-unknown");
        CasualtyReport sideB = values.casualtyReports().get(1);
        assertThat(sideB.type()).isEqualTo(CasualtyType.KILLED);
        assertThat(sideB.count()).isEqualTo(QualifiedCount.exactly(1));
        assertThat(sideB.victims().actor().orElseThrow().name()).contains("Supporters of BNP");
        assertThat(values.casualtyReports().get(2).victims()).isEqualTo(Victims.of(VictimGroup.CIVILIANS));
    }

    @Test
    void one_sided_violence_has_an_initiator_and_a_target_and_a_state_side_its_country() {
        Event event = UcdpGedRows.toModel(row("73855")).event().orElseThrow();
        assertThat(event.participants()).extracting(p -> p.role())
                .containsExactly(ParticipantRole.INITIATOR, ParticipantRole.TARGET);
        Event state = UcdpGedRows.toModel(events().stream().filter(row -> row.get(9).equals("771")).findFirst()
                .orElseThrow()).event().orElseThrow();
        assertThat(state.participants().get(0).actor().country()).contains(CountryCode.of("BGD"));
    }

    @Test
    void splits_the_sources_of_a_row_that_cites_several() {
        Event event = UcdpGedRows.toModel(events().stream()
                .filter(row -> row.get(16).equals("Human Rights Watch;The Daily Star")).findFirst().orElseThrow())
                .event().orElseThrow();
        assertThat(event.sources()).extracting(source -> source.publication().orElse("-"))
                .containsExactly("-", "Human Rights Watch", "The Daily Star");
        assertThat(event.sources().get(2).publicationDate()).contains(LocalDate.of(2013, 12, 14));
    }
}
