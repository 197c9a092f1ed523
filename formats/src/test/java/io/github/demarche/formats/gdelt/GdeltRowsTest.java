package io.github.demarche.formats.gdelt;

import io.github.demarche.formats.internal.ColumnHome;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.samples.SampleFiles;
import io.github.demarche.formats.RowAssertions;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.ApproximateDate;
import io.github.demarche.AttributeValue;
import io.github.demarche.CameoCode;
import io.github.demarche.CompactDates;
import io.github.demarche.Coordinates;
import io.github.demarche.CountryCode;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.LocationPrecision;
import io.github.demarche.ParticipantRole;
import io.github.demarche.formats.gdelt.GdeltRows.Layout;
import java.math.BigDecimal;
import java.net.URI;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class GdeltRowsTest {

    private static final String V1 = "/samples/gdelt1-events-2016-07.sample.tsv";
    private static final String V2 = "/samples/gdelt2-export-20191024143000.sample.tsv";

    @Test
    void every_gdelt1_row_maps_to_an_event_and_back_to_the_same_fields() {
        Map<Layout, Integer> layouts = roundTrip(V1);
        assertThat(layouts).containsExactly(Map.entry(Layout.V1_BACKFILE, 201), Map.entry(Layout.V1_DAILY, 509));
    }

    @Test
    void every_gdelt2_row_maps_to_an_event_and_back_to_the_same_fields() {
        Map<Layout, Integer> layouts = roundTrip(V2);
        assertThat(layouts).containsExactly(Map.entry(Layout.V2, 129));
    }

    private static Map<Layout, Integer> roundTrip(String file) {
        List<List<String>> rows = SampleFiles.readTsv(file);
        Map<Layout, Integer> layouts = new EnumMap<>(Layout.class);
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            Layout layout = Layout.ofFieldCount(row.size());
            RowRecords values = GdeltRows.toModel(row);
            assertThat(GdeltRows.layoutOf(values.event().orElseThrow())).as("%s line %d", file, i + 1)
                    .isEqualTo(layout);
            RowAssertions.assertSameFields(file, i + 1, layout.columns(), row, GdeltRows.toRow(values));
            RowAssertions.assertKeysDeclared(file, i + 1, GdeltRows.columns(layout), values);
            layouts.merge(layout, 1, Integer::sum);
        }
        return layouts;
    }

    @Test
    void every_column_of_every_layout_has_one_home() {
        for (Layout layout : Layout.values()) {
            List<ColumnHome> table = GdeltRows.columns(layout);
            ColumnHome.checkTable(table);
            assertThat(table).extracting(ColumnHome::column).containsExactlyElementsOf(layout.columns());
        }
        assertThat(GdeltRows.columns(Layout.V2)).hasSize(61);
        assertThat(GdeltRows.columns(Layout.V1_DAILY)).hasSize(58);
        assertThat(GdeltRows.columns(Layout.V1_BACKFILE)).hasSize(57);
    }

    @Test
    void v2_columns_are_those_of_gdelts_codebook_header() {
        List<List<String>> labels = SampleFiles.readCsv("/samples/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
        assertThat(labels.subList(1, labels.size())).extracting(line -> line.get(0))
                .containsExactlyElementsOf(GdeltRows.V2_COLUMNS);
    }

    /**
     * EventBaseCode, EventRootCode, QuadClass, MonthYear and Year are derived from the code and the
     * date in every row; FractionDate in every row but one, which writes 1982.989 for 1982.9890.
     */
    @Test
    void derived_columns_agree_with_the_rows_but_one_fraction_date() {
        Map<String, Integer> kept = new TreeMap<>();
        for (String file : List.of(V1, V2)) {
            for (List<String> row : SampleFiles.readTsv(file)) {
                Event event = GdeltRows.toModel(row).event().orElseThrow();
                for (String column : List.of("EventBaseCode", "EventRootCode", "QuadClass", "MonthYear", "Year",
                        "FractionDate", "EventCode", "GoldsteinScale", "SQLDATE", "DATEADDED", "SOURCEURL")) {
                    if (event.attributes().containsKey("gdelt." + column)) {
                        kept.merge(column, 1, Integer::sum);
                    }
                }
                assertThat(event.coding()).as("event %s", event.id()).isPresent();
                assertThat(event.coding().get().reportedScore()).isPresent();
            }
        }
        assertThat(kept).containsExactly(Map.entry("FractionDate", 1));
        Event odd = GdeltRows.toModel(SampleFiles.readTsv(V1).stream()
                .filter(row -> row.get(1).equals("19821231")).findFirst().orElseThrow()).event().orElseThrow();
        assertThat(odd.attributes()).containsEntry("gdelt.FractionDate", AttributeValue.of(new BigDecimal("1982.989")));
    }

    @Test
    void maps_a_daily_row_into_typed_values() {
        List<String> row = SampleFiles.readTsv(V1).get(0);
        Event event = GdeltRows.toModel(row).event().orElseThrow();
        assertThat(event.id()).isEqualTo("gdelt-564111644");
        assertThat(event.date()).isEqualTo(ApproximateDate.parse("2006-07-31"));
        assertThat(event.type()).isEqualTo(EventType.OTHER);
        assertThat(event.coding().orElseThrow().cameoCode()).contains(CameoCode.gdelt("010"));
        assertThat(event.coding().orElseThrow().reportedScore()).contains(new BigDecimal("0.0"));
        assertThat(event.participants()).hasSize(1);
        assertThat(event.participants().get(0).role()).isEqualTo(ParticipantRole.INITIATOR);
        assertThat(event.participants().get(0).actor().name()).contains("UNITED STATES");
        assertThat(event.participants().get(0).actor().country()).contains(CountryCode.of("USA"));
        var location = event.location().orElseThrow();
        assertThat(location.place()).contains("National Postal Museum, District of Columbia, United States");
        assertThat(location.country()).contains(CountryCode.of("USA"));
        assertThat(location.adminCodes()).containsExactly("USDC");
        assertThat(location.coordinates()).contains(Coordinates.parse("38.8973", "-77.0083"));
        assertThat(location.featureId()).contains("1984547");
        assertThat(location.precision()).contains(LocationPrecision.of(LocationPrecision.Scale.GDELT_GEO_TYPE, 3));
        assertThat(event.sources().get(0).url()).contains(URI.create(
                "http://wtop.com/lifestyle/2016/07/deepest-darkest-secrets-now-display-national-postal-museum/"));
        assertThat(event.sources().get(0).codedOn()).contains(CompactDates.parseDate("20160728"));
        assertThat(event.sources().get(0).coder()).contains("GDELT");
        assertThat(event.attributes()).containsEntry("gdelt.IsRootEvent", AttributeValue.of(true))
                .containsEntry("gdelt.NumMentions", AttributeValue.of(2))
                .containsEntry("gdelt.AvgTone", AttributeValue.of(new BigDecimal("-0.34188034188034")));
    }

    @Test
    void maps_a_v2_row_with_its_time_added() {
        List<String> row = SampleFiles.readTsv(V2).get(0);
        Event event = GdeltRows.toModel(row).event().orElseThrow();
        assertThat(event.sources().get(0).codedAt()).contains(CompactDates.parseTimestamp(row.get(59)));
        assertThat(event.sources().get(0).codedOn()).isEmpty();
    }
}
