package io.github.demarche.formats.ucdp;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.demarche.AttributeValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The column set of a UCDP GED file: the names of its header, in order, and the HXL hashtag row
 * that follows the header in the files of the humanitarian data exchange, if the file has one.
 * GED's releases differ in their columns (GED 20.1 onward adds {@code relid}, {@code code_status},
 * the {@code *_dset_id} columns and {@code where_description}, and moves {@code gwnoa},
 * {@code gwnob} to the end; the humanitarian data exchange adds {@code iso3}), so a file is read
 * by the names of its header, and written back with the same header.
 * <pre>{@code
 * UcdpGedLayout.HDX.columns().size();   // 43
 * UcdpGedLayout.HDX.hxl();              // Optional[[, #date+year, , ...]]
 * UcdpGedLayout.GED.columns().size();   // 49
 * }</pre>
 *
 * <p>Every event that the reader makes records its layout, so that a writer that is not told one
 * writes the header of the file that the events came from: the attribute {@value #LAYOUT_KEY} names
 * a layout of this class ({@code hdx} or {@code ged}) when the file's is one of them, else
 * {@value #COLUMNS_KEY} and {@value #HXL_KEY} hold the header and the hashtag row as CSV lines.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class UcdpGedLayout {

    /** The attribute key of the name of a known layout, on each event read. */
    public static final String LAYOUT_KEY = "ucdp:layout";

    /** The attribute key of the header as a CSV line, on each event read from a file of no known layout. */
    public static final String COLUMNS_KEY = "ucdp:columns";

    /** The attribute key of the HXL hashtag row as a CSV line, on each event read from a file of no known layout that has one. */
    public static final String HXL_KEY = "ucdp:hxl";

    /** The columns that every UCDP GED file has, and a header must name. */
    public static final List<String> REQUIRED = List.of("id", "date_start", "date_end", "side_a", "side_b", "low",
            "best", "high");

    /**
     * The layout of the UCDP GED files of the humanitarian data exchange (HDX): GED's 42 columns of
     * releases 5.0 to 19.1, with {@code iso3} after {@code country}, and an HXL hashtag row.
     */
    public static final UcdpGedLayout HDX = new UcdpGedLayout("hdx", List.of("id", "year", "active_year",
            "type_of_violence", "conflict_new_id", "conflict_name", "dyad_new_id", "dyad_name", "side_a_new_id",
            "gwnoa", "side_a", "side_b_new_id", "gwnob", "side_b", "number_of_sources", "source_article",
            "source_office", "source_date", "source_headline", "source_original", "where_prec", "where_coordinates",
            "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid", "country", "iso3", "country_id",
            "region", "event_clarity", "date_prec", "date_start", "date_end", "deaths_a", "deaths_b",
            "deaths_civilians", "deaths_unknown", "low", "best", "high"),
            List.of("", "#date+year", "", "", "", "", "", "", "", "", "#group+name+first", "", "", "#group+name+second",
                    "", "#meta+source", "", "", "#description", "", "", "#loc+name", "#adm1+name", "#adm2+name",
                    "#geo+lat", "#geo+lon", "", "", "#country+name", "#country+code", "", "#region+name", "", "",
                    "#date+start", "#date+end", "", "", "", "", "", "#affected+killed", ""));

    /** The layout of UCDP's own GED CSV files from release 20.1 on: 49 columns, no hashtag row. */
    public static final UcdpGedLayout GED = new UcdpGedLayout("ged", List.of("id", "relid", "year", "active_year",
            "code_status", "type_of_violence", "conflict_dset_id", "conflict_new_id", "conflict_name", "dyad_dset_id",
            "dyad_new_id", "dyad_name", "side_a_dset_id", "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id",
            "side_b", "number_of_sources", "source_article", "source_office", "source_date", "source_headline",
            "source_original", "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude",
            "longitude", "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
            "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high",
            "low", "gwnoa", "gwnob"), null);

    private static final List<UcdpGedLayout> KNOWN = List.of(HDX, GED);
    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final CsvSchema LINE = CsvSchema.emptySchema().withColumnSeparator(',').withQuoteChar('"')
            .withoutEscapeChar().withLineSeparator("");
    private static final ObjectWriter LINE_WRITER = CSV.writerFor(String[].class).with(LINE);
    private static final ObjectReader LINE_READER = CSV.readerFor(String[].class).with(LINE);

    private final String name;
    private final List<String> columns;
    private final List<String> hxl;
    private final Map<String, Integer> index;
    /** The attributes that events of this layout record, made once (a racy single check of immutable values). */
    private AttributeValue columnsAttribute;
    private AttributeValue hxlAttribute;

    private UcdpGedLayout(String name, List<String> columns, List<String> hxl) {
        this.name = name;
        this.columns = List.copyOf(columns);
        this.hxl = hxl == null ? null : List.copyOf(hxl);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i), i);
        }
        this.index = index;
    }

    /**
     * Obtains the layout of a header with no hashtag row.
     *
     * @param columns  the names of the header, in order, not null
     * @return the layout, not null
     * @throws IllegalArgumentException if a name is there twice, or a {@linkplain #REQUIRED required} one is missing
     */
    public static UcdpGedLayout of(List<String> columns) {
        Objects.requireNonNull(columns, "columns");
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (!seen.add(Objects.requireNonNull(column, "column"))) {
                throw new IllegalArgumentException("UcdpGedLayout.columns must name each column once, got '" + column
                        + "' twice");
            }
        }
        List<String> missing = missing(columns);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("UcdpGedLayout.columns must hold " + String.join(", ", REQUIRED)
                    + ", got no " + String.join(", ", missing));
        }
        return known(columns, null).orElseGet(() -> new UcdpGedLayout(null, columns, null));
    }

    /** The required columns that a header lacks, in the order of {@link #REQUIRED}. */
    static List<String> missing(List<String> columns) {
        List<String> missing = new ArrayList<>();
        for (String column : REQUIRED) {
            if (!columns.contains(column)) {
                missing.add(column);
            }
        }
        return missing;
    }

    private static Optional<UcdpGedLayout> known(List<String> columns, List<String> hxl) {
        return KNOWN.stream().filter(layout -> layout.columns.equals(columns) && Objects.equals(layout.hxl, hxl))
                .findFirst();
    }

    /**
     * Returns a copy with an HXL hashtag row, written on line 2.
     *
     * @param hxl  the hashtag row, a cell a column, not null
     * @return the layout, not null
     * @throws IllegalArgumentException if the row has another number of cells than the header
     */
    public UcdpGedLayout withHxl(List<String> hxl) {
        Objects.requireNonNull(hxl, "hxl");
        if (hxl.size() != columns.size()) {
            throw new IllegalArgumentException("UcdpGedLayout.hxl must have " + columns.size()
                    + " cells, one a column, got " + hxl.size());
        }
        return known(columns, hxl).orElseGet(() -> new UcdpGedLayout(null, columns, hxl));
    }

    /**
     * Returns a copy with no HXL hashtag row.
     *
     * @return the layout, not null
     */
    public UcdpGedLayout withoutHxl() {
        return hxl == null ? this : known(columns, null).orElseGet(() -> new UcdpGedLayout(null, columns, null));
    }

    /**
     * Checks if a row is an HXL hashtag row: at least one cell, every cell that is not empty begins with {@code #}.
     *
     * @param row  the cells, not null
     * @return true if it is a hashtag row
     */
    public static boolean isHxl(List<String> row) {
        boolean any = false;
        for (String cell : row) {
            if (!cell.isEmpty()) {
                if (cell.charAt(0) != '#') {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /**
     * Gets the names of the header's columns.
     *
     * @return the names, in order, not null
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * Gets the HXL hashtag row.
     *
     * @return the row, a cell a column, empty if the file has none
     */
    public Optional<List<String>> hxl() {
        return Optional.ofNullable(hxl);
    }

    /**
     * Gets the name of this layout if it is one of the known ones.
     *
     * @return {@code hdx} or {@code ged}, empty for another layout
     */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /**
     * Checks if the header has a column.
     *
     * @param column  the name, not null
     * @return true if the header names it
     */
    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** The index of a column, or -1 if the header does not name it. */
    int index(String column) {
        Integer i = index.get(column);
        return i == null ? -1 : i;
    }

    /** The attribute of {@link #COLUMNS_KEY} that events of this layout record. */
    AttributeValue columnsAttribute() {
        AttributeValue value = columnsAttribute;
        if (value == null) {
            value = AttributeValue.of(line(columns));
            columnsAttribute = value;
        }
        return value;
    }

    /** The attribute of {@link #HXL_KEY} that events of this layout record, if it has a hashtag row. */
    Optional<AttributeValue> hxlAttribute() {
        if (hxl == null) {
            return Optional.empty();
        }
        AttributeValue value = hxlAttribute;
        if (value == null) {
            value = AttributeValue.of(line(hxl));
            hxlAttribute = value;
        }
        return Optional.of(value);
    }

    /** The layout named by a known name, if any. */
    static Optional<UcdpGedLayout> named(String name) {
        return KNOWN.stream().filter(layout -> layout.name.equals(name)).findFirst();
    }

    /** The cells of a CSV line, as {@link #line(List)} writes them. */
    static List<String> cells(String line) {
        try (MappingIterator<String[]> rows = LINE_READER.readValues(line)) {
            return rows.hasNextValue() ? List.of(rows.nextValue()) : List.of("");
        } catch (IOException e) {
            throw new IllegalArgumentException("not a CSV line: " + line, e);
        }
    }

    /** A row as one CSV line with no line end. */
    static String line(List<String> cells) {
        try {
            return LINE_WRITER.writeValueAsString(cells.toArray(new String[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        return obj instanceof UcdpGedLayout other && columns.equals(other.columns) && Objects.equals(hxl, other.hxl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns, hxl);
    }

    @Override
    public String toString() {
        return "UcdpGedLayout[" + (name != null ? name : columns.size() + " columns" + (hxl != null ? " + HXL" : ""))
                + "]";
    }
}
