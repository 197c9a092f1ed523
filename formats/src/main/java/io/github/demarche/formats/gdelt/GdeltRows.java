package io.github.demarche.formats.gdelt;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.AttributeValue;
import io.github.demarche.CameoActorCode;
import io.github.demarche.CameoCode;
import io.github.demarche.CameoDialect;
import io.github.demarche.Coding;
import io.github.demarche.CompactDates;
import io.github.demarche.Coordinates;
import io.github.demarche.CountryCode;
import io.github.demarche.Event;
import io.github.demarche.ExternalId;
import io.github.demarche.Location;
import io.github.demarche.LocationPrecision;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.SourceAttribution;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.Built;
import io.github.demarche.formats.internal.CellRefusal;
import io.github.demarche.formats.internal.Cells;
import io.github.demarche.formats.internal.ColumnHome;
import io.github.demarche.formats.internal.EventTypes;
import io.github.demarche.formats.internal.Recent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a row of GDELT's event table (1.0 backfile, 1.0 daily, 2.0) to an {@link Event} through the
 * public API, and the event back to the row's fields, exactly.
 *
 * <p><b>Layouts.</b> GDELT 2.0 rows have the 61 columns of GDELT's
 * {@code GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv} ({@link #V2_COLUMNS}); GDELT 1.0
 * rows have the same columns without the three {@code *Geo_ADM2Code}, and with {@code DATEADDED}
 * as {@code YYYYMMDD}: 58 in the daily files, 57 in the backfile (no {@code SOURCEURL}). The
 * layout of an event is told by its values ({@link #layoutOf(Event)}): a {@code codedAt} time
 * means 2.0, a source URL (or a kept {@code SOURCEURL} cell) means 1.0 daily, else 1.0 backfile.
 *
 * <p><b>Mapping.</b> Every row becomes one event; every column has a typed home or an attribute
 * key {@code gdelt.<column>}. Where a typed home cannot hold a cell
 * exactly, the cell is kept as the attribute instead, as written:
 * <ul>
 * <li>{@code GLOBALEVENTID}: {@code ExternalId("gdelt", id)}; the event's id is {@code gdelt-<id>}.</li>
 * <li>{@code SQLDATE}: the date, by {@link ApproximateDate#parse}. {@code MonthYear}, {@code Year}
 *     and {@code FractionDate} are derived from it (FractionDate as GDELT's codebook defines it:
 *     year + ((month − 1) × 30 + day) / 365, rounded half up to four places); a row whose cell differs
 *     keeps it as an attribute (one row of the 1.0 sample writes {@code 1982.989} for 1982.9890).</li>
 * <li>{@code Actor1*}, {@code Actor2*}: a participant, {@code INITIATOR} and {@code TARGET}, when the
 *     name is given (an actor with no name has every cell as an attribute of the event). The actor's
 *     id is {@code gdelt-<id>-actor1}/{@code -actor2}, its kind {@code UNSPECIFIED} (GDELT gives none), its
 *     code the {@link CameoActorCode} as written, its country the CAMEO country column where that is
 *     a {@link CountryCode} (a regional code such as {@code EUR} or {@code WST} stays an attribute).
 *     Known group, ethnic, religion and type codes have no typed field on {@code Actor} and are
 *     attributes of the actor: they are GDELT's dictionary matches, and do not always equal the
 *     code's segments ({@code IGOUNODEVWBK} has type codes {@code IGO DEV}, known group {@code UNO}).</li>
 * <li>{@code Actor1Geo_*}, {@code Actor2Geo_*}, {@code ActionGeo_*}: the participant's and the
 *     event's {@link Location}: Type as {@link LocationPrecision.Scale#GDELT_GEO_TYPE} (1 to 5),
 *     FullName as the place, the FIPS country by {@link CountryCode#findByFips}, ADM1 and ADM2 codes
 *     as the admin codes, Lat and Long as {@link Coordinates} with their digits, FeatureID as the
 *     feature id. A block with no place is no location: {@code 0} and empty cells in the daily
 *     layouts; in the backfile empty cells with Lat, Long and FeatureID {@code 0} (that is no point
 *     at 0,0). Cells of such a block that differ from the layout's blank form, and a Type outside 1
 *     to 5 ({@code 0} with a place, in some backfile rows), are kept as attributes of the event.</li>
 * <li>{@code EventCode}: the coding's {@code CameoCode.gdelt(..)}, {@code GoldsteinScale} its
 *     reported score with the digits as written. {@code EventBaseCode}, {@code EventRootCode} and
 *     {@code QuadClass} are derived from the code (base: the code itself for two or three digits, else its
 *     parent); a row that disagrees keeps the cell as an attribute (none in the samples). The event's
 *     type is derived from the code ({@code EventTypes}).</li>
 * <li>{@code IsRootEvent} (BOOLEAN), {@code NumMentions}, {@code NumSources}, {@code NumArticles}
 *     (INTEGER), {@code AvgTone} (DECIMAL, every digit): attributes of the event.</li>
 * <li>{@code DATEADDED} and {@code SOURCEURL}: the event's one source, which names GDELT as its
 *     coder (a backfile row has no URL, and a source must name something; GDELT did code every row),
 *     with the URL and the coding day ({@code codedOn}, 1.0) or time ({@code codedAt}, 2.0, by
 *     {@link CompactDates}).</li>
 * </ul>
 * No title is given: GDELT rows have codes, not words.
 */
public final class GdeltRows {

    /** The scheme of GDELT's event ids. */
    public static final String SCHEME = "gdelt";

    /** The coder named by the source of every GDELT row. */
    public static final String CODER = "GDELT";

    /** The columns of a GDELT 2.0 row, in order. */
    public static final List<String> V2_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
            "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
            "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
            "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
            "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
            "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
            "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName",
            "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long",
            "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
            "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    /** The layouts of GDELT's event rows. */
    public enum Layout {
        /** GDELT 1.0 backfile: 57 columns, no ADM2 codes, no SOURCEURL, DATEADDED a day. */
        V1_BACKFILE,
        /** GDELT 1.0 daily files: 58 columns, no ADM2 codes, DATEADDED a day. */
        V1_DAILY,
        /** GDELT 2.0: 61 columns, DATEADDED a UTC time to the second. */
        V2;

        private final List<String> columns;
        private final Map<String, Integer> index = new HashMap<>();
        /** The index in this layout of each column of {@link #V2_COLUMNS}, or -1. */
        private final int[] fromV2;

        Layout() {
            List<String> names = new ArrayList<>(V2_COLUMNS);
            if (ordinal() < 2) {
                names.removeIf(name -> name.endsWith("ADM2Code"));
            }
            if (ordinal() == 0) {
                names.remove("SOURCEURL");
            }
            this.columns = List.copyOf(names);
            for (int i = 0; i < columns.size(); i++) {
                index.put(columns.get(i), i);
            }
            this.fromV2 = V2_COLUMNS.stream().mapToInt(columns::indexOf).toArray();
        }

        /** The index of a column given by its index in {@link #V2_COLUMNS}, or -1 if the layout has no such column. */
        int indexOf(int v2Column) {
            return fromV2[v2Column];
        }

        /** The index of a column, or -1 if the layout has no such column. */
        int indexOf(String column) {
            return index.getOrDefault(column, -1);
        }

        /**
         * Gets the names of the layout's columns, in order.
         *
         * @return the names, not null
         */
        public List<String> columns() {
            return columns;
        }

        /**
         * Gets the number of the layout's columns: 57, 58 or 61.
         *
         * @return the number
         */
        public int fieldCount() {
            return columns.size();
        }

        /**
         * Obtains the layout of a row by its number of fields.
         *
         * @param fields  57, 58 or 61
         * @return the layout, not null
         * @throws IllegalArgumentException for another number
         */
        public static Layout ofFieldCount(int fields) {
            for (Layout layout : values()) {
                if (layout.fieldCount() == fields) {
                    return layout;
                }
            }
            throw new IllegalArgumentException("a GDELT event row has 57, 58 or 61 fields, got " + fields);
        }
    }

    private static final String[] ACTOR_CODES = {"KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
        "Type1Code", "Type2Code", "Type3Code"};
    private static final String[] GEO = {"Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long",
        "FeatureID"};
    private static final BigDecimal DAYS = BigDecimal.valueOf(365);

    private GdeltRows() {
    }

    /** The attribute key of each column, {@code gdelt.<column>}, made once. */
    private static final Map<String, String> KEYS = new HashMap<>();
    /** The name of each column by its prefix ({@code Actor1}, {@code ActionGeo_}..) and the rest, made once. */
    private static final Map<String, Map<String, String>> NAMES = new HashMap<>();

    static {
        for (String column : V2_COLUMNS) {
            KEYS.put(column, SCHEME + "." + column);
            for (String prefix : List.of("Actor1", "Actor2", "Actor1Geo_", "Actor2Geo_", "ActionGeo_")) {
                if (column.startsWith(prefix)) {
                    NAMES.computeIfAbsent(prefix, p -> new HashMap<>()).put(column.substring(prefix.length()), column);
                }
            }
        }
        NAMES.get("Actor1").put("Geo_", "Actor1Geo_");
        NAMES.get("Actor2").put("Geo_", "Actor2Geo_");
    }

    private static String key(String column) {
        String key = KEYS.get(column);
        return key != null ? key : SCHEME + "." + column;
    }

    // A reader finds each cell by its column's index in V2_COLUMNS ({@link GdeltFields#get(int)}), not
    // by its name: some two hundred look-ups a row. An actor block is its first column plus an offset
    // (Code, Name, CountryCode, then the seven codes of ACTOR_CODES), a geographic block likewise (the
    // parts of GEO, in order).

    /** The attribute key of each column, by its index in {@link #V2_COLUMNS}. */
    private static final String[] KEYS_BY_INDEX = V2_COLUMNS.stream().map(GdeltRows::key).toArray(String[]::new);

    static final int GLOBALEVENTID = V2_COLUMNS.indexOf("GLOBALEVENTID");
    static final int SQLDATE = V2_COLUMNS.indexOf("SQLDATE");
    static final int MONTH_YEAR = V2_COLUMNS.indexOf("MonthYear");
    static final int YEAR = V2_COLUMNS.indexOf("Year");
    static final int FRACTION_DATE = V2_COLUMNS.indexOf("FractionDate");
    static final int ACTOR1 = V2_COLUMNS.indexOf("Actor1Code");
    static final int ACTOR2 = V2_COLUMNS.indexOf("Actor2Code");
    static final int IS_ROOT_EVENT = V2_COLUMNS.indexOf("IsRootEvent");
    static final int EVENT_CODE = V2_COLUMNS.indexOf("EventCode");
    static final int EVENT_BASE_CODE = V2_COLUMNS.indexOf("EventBaseCode");
    static final int EVENT_ROOT_CODE = V2_COLUMNS.indexOf("EventRootCode");
    static final int QUAD_CLASS = V2_COLUMNS.indexOf("QuadClass");
    static final int GOLDSTEIN_SCALE = V2_COLUMNS.indexOf("GoldsteinScale");
    static final int NUM_MENTIONS = V2_COLUMNS.indexOf("NumMentions");
    static final int NUM_ARTICLES = V2_COLUMNS.indexOf("NumArticles");
    static final int AVG_TONE = V2_COLUMNS.indexOf("AvgTone");
    static final int ACTOR1_GEO = V2_COLUMNS.indexOf("Actor1Geo_Type");
    static final int ACTOR2_GEO = V2_COLUMNS.indexOf("Actor2Geo_Type");
    static final int ACTION_GEO = V2_COLUMNS.indexOf("ActionGeo_Type");
    static final int DATEADDED = V2_COLUMNS.indexOf("DATEADDED");
    static final int SOURCEURL = V2_COLUMNS.indexOf("SOURCEURL");
    private static final int[] ACTORS = {ACTOR1, ACTOR2};
    private static final int[] GEOS = {ACTOR1_GEO, ACTOR2_GEO, ACTION_GEO};

    // offsets in an actor block
    static final int CODE = 0;
    static final int NAME = 1;
    static final int COUNTRY = 2;
    static final int ACTOR_WIDTH = 3 + ACTOR_CODES.length;
    // offsets in a geographic block
    static final int TYPE = 0;
    static final int FULL_NAME = 1;
    static final int GEO_COUNTRY = 2;
    static final int ADM1 = 3;
    static final int ADM2 = 4;
    static final int LAT = 5;
    static final int LONG = 6;
    static final int FEATURE_ID = 7;
    static final int GEO_WIDTH = GEO.length;

    static {
        // the blocks are where the offsets say
        for (int actor : ACTORS) {
            String prefix = V2_COLUMNS.get(actor).substring(0, 6);
            for (int i = 0; i < ACTOR_WIDTH; i++) {
                String rest = i == CODE ? "Code" : i == NAME ? "Name" : i == COUNTRY ? "CountryCode" : ACTOR_CODES[i - 3];
                if (!V2_COLUMNS.get(actor + i).equals(prefix + rest)) {
                    throw new AssertionError(V2_COLUMNS.get(actor + i));
                }
            }
        }
        for (int geo : GEOS) {
            String prefix = V2_COLUMNS.get(geo).substring(0, V2_COLUMNS.get(geo).length() - 4);
            for (int i = 0; i < GEO_WIDTH; i++) {
                if (!V2_COLUMNS.get(geo + i).equals(prefix + GEO[i])) {
                    throw new AssertionError(V2_COLUMNS.get(geo + i));
                }
            }
        }
        if (NUM_ARTICLES - NUM_MENTIONS != 2 || QUAD_CLASS - EVENT_CODE != 3) {
            throw new AssertionError("GDELT's columns moved");
        }
    }

    /** The geographic block of an actor block. */
    private static int geoOf(int actor) {
        return actor == ACTOR1 ? ACTOR1_GEO : ACTOR2_GEO;
    }

    /**
     * The name of a column by its prefix and the rest, such as {@code ActionGeo_} and {@code Lat}: the
     * one string of {@link #V2_COLUMNS}, whose hash is kept, as a reader looks up some two hundred
     * columns a row.
     */
    static String col(String prefix, String rest) {
        Map<String, String> names = NAMES.get(prefix);
        String name = names == null ? null : names.get(rest);
        return name != null ? name : prefix + rest;
    }

    /**
     * Gets where each column of a layout goes: its typed home, if any, and its attribute key.
     * Package-private: the table's type is internal; the class comment says the same in words.
     *
     * @param layout  the layout, not null
     * @return the table, one entry a column, in order
     */
    static List<ColumnHome> columns(Layout layout) {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("GLOBALEVENTID", "Event.externalIds[gdelt], Event.id");
        typed.put("SQLDATE", "Event.date");
        typed.put("MonthYear", "derived from Event.date: year and month");
        typed.put("Year", "derived from Event.date: year");
        typed.put("FractionDate", "derived from Event.date: GDELT's fraction of the year");
        for (String actor : new String[] {"Actor1", "Actor2"}) {
            String participant = "Event.participants[" + role(actor) + "].actor";
            typed.put(actor + "Code", participant + ".cameoCode");
            typed.put(actor + "Name", participant + ".name");
            typed.put(actor + "CountryCode", participant + ".country");
        }
        typed.put("EventCode", "Event.coding.cameoCode");
        typed.put("EventBaseCode", "derived from Event.coding.cameoCode: base code");
        typed.put("EventRootCode", "derived from Event.coding.cameoCode: root");
        typed.put("QuadClass", "derived from Event.coding.cameoCode: quad class");
        typed.put("GoldsteinScale", "Event.coding.reportedScore");
        for (String prefix : new String[] {"Actor1Geo_", "Actor2Geo_", "ActionGeo_"}) {
            String location = prefix.equals("ActionGeo_") ? "Event.location"
                    : "Event.participants[" + role(prefix.substring(0, 6)) + "].location";
            typed.put(prefix + "Type", location + ".precision");
            typed.put(prefix + "FullName", location + ".place");
            typed.put(prefix + "CountryCode", location + ".country");
            typed.put(prefix + "ADM1Code", location + ".adminCodes[0]");
            typed.put(prefix + "ADM2Code", location + ".adminCodes[1]");
            typed.put(prefix + "Lat", location + ".coordinates.latitude");
            typed.put(prefix + "Long", location + ".coordinates.longitude");
            typed.put(prefix + "FeatureID", location + ".featureId");
        }
        typed.put("DATEADDED", layout == Layout.V2 ? "Event.sources[0].codedAt" : "Event.sources[0].codedOn");
        typed.put("SOURCEURL", "Event.sources[0].url");
        List<String> names = layout.columns();
        List<ColumnHome> table = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            table.add(new ColumnHome(i, names.get(i), typed.get(names.get(i)), key(names.get(i))));
        }
        return List.copyOf(table);
    }

    private static ParticipantRole role(String actor) {
        return actor.equals("Actor1") ? ParticipantRole.INITIATOR : ParticipantRole.TARGET;
    }

    private static ParticipantRole role(int actor) {
        return actor == ACTOR1 ? ParticipantRole.INITIATOR : ParticipantRole.TARGET;
    }

    //-----------------------------------------------------------------------
    /**
     * Maps a row to an event, keeping as attributes the cells that no typed home holds exactly. The
     * readers ({@link GdeltReader}) check a row's cells first and refuse a row that breaks a rule
     * (see the package documentation); this method maps any row of a layout's number of fields.
     *
     * @param row  the row's fields, 57, 58 or 61, not null
     * @return the values, an event, not null
     * @throws IllegalArgumentException if the row has another number of fields
     * @throws io.github.demarche.ValidationException if the model refuses the row
     */
    public static RowRecords toModel(List<String> row) {
        Layout layout = Layout.ofFieldCount(row.size());
        try {
            return map(layout, new GdeltFields(layout, row), Memory.NONE);
        } catch (CellRefusal e) {
            throw (ValidationException) e.getCause();
        }
    }

    /**
     * Reads a row as the readers do: its cells are checked first ({@link GdeltChecks}), then mapped.
     *
     * @param layout  the row's layout, not null
     * @param row  the row's fields, as many as the layout has columns
     * @param memory  the sources and places of the reader's earlier rows, to share, not null
     * @return the values, an event, not null
     * @throws CellRefusal if a cell is refused, or the model refuses an actor (naming its column)
     * @throws ValidationException if the model refuses the event
     */
    static RowRecords read(Layout layout, List<String> row, Memory memory) {
        GdeltFields fields = new GdeltFields(layout, row);
        GdeltChecks.check(layout, fields);
        return map(layout, fields, memory);
    }

    /**
     * The sources and places a reader built for its last rows, shared by the rows that repeat them.
     * GDELT codes several events from one article, each a row with the article's URL and the same
     * time added, in no particular order within the file: of the 129 rows of the GDELT 2.0 sample
     * (a 15-minute export), 82 name a URL that an earlier row named, on average 18 rows before. And
     * an event's place often repeats its actors' places, or those of the row before: 186 of the 359
     * places of the sample repeat one of the three before, 263 one of the 64 before. Building a
     * source parses its URL (a {@link java.net.URI}), which was a tenth of the time of importing a
     * row. (Comparing a place's cells with those of the last eight places only, rather than hashing
     * them, was slower: it finds fewer.)
     *
     * <p>A source or a place is remembered with the attributes it left for the cells it could not
     * hold, which a row that shares it gets too. Those attributes name the columns of one block
     * ({@code ActionGeo_FullName}): a place that left some is shared only by the same block of
     * later rows, while one that left none is shared by every block.
     */
    static final class Memory {

        /** Remembers nothing: for a row mapped alone. */
        static final Memory NONE = new Memory(0, 0, 0, 0);

        /** Enough for the articles of a 15-minute export, a few hundred: a few hundred kilobytes. */
        private static final int SOURCES = 1024;
        private static final int PLACES = 256;
        /** The geographic blocks of a row: the two actors' and the action's. */
        private static final int GEOS = 3;
        /** GDELT's dialect has some three hundred event codes; an export uses a part of them. */
        private static final int CODINGS = 256;
        /** An export's events happened on the day it was made or a few days before, some long ago. */
        private static final int DAYS = 64;
        /** Stands for a column the layout lacks, in a key of a place: a tab is in no cell. */
        private static final String ABSENT = "\t";

        private final Recent<String, AddedSource> sources;
        private final Recent<PlaceKey, Place> places;
        /**
         * The places of the row being mapped, to which a later block of the row is compared first: a
         * third of a row's places repeat one of its earlier blocks, and the cells just read compare
         * faster than those of a place remembered long ago. Null in {@link #NONE}, which is shared.
         */
        private final PlaceKey[] rowKeys;
        private final Place[] rowPlaces;
        private int rowCount;
        private final Recent<String, ScoredCoding> codings;
        private final Recent<String, Day> days;

        /** The source of a URL, built with the time added of the row. */
        private static final class AddedSource {
            final String added;
            final Built<SourceAttribution> source;

            AddedSource(String added, Built<SourceAttribution> source) {
                this.added = added;
                this.source = source;
            }
        }

        /** A place, built from the cells of a geographic block. */
        private static final class Place {
            final int geo;
            final Built<Location> location;

            Place(int geo, Built<Location> location) {
                this.geo = geo;
                this.location = location;
            }
        }

        /** The date of a SQLDATE cell, with the MonthYear, Year and FractionDate that GDELT derives from it. */
        static final class Day {
            final ApproximateDate date;
            final String monthYear;
            final String year;
            final String fractionDate;

            Day(String sqlDate) {
                this.date = ApproximateDate.parse(sqlDate);
                LocalDate day = date.earliest();
                this.monthYear = monthYear(day);
                this.year = year(day);
                this.fractionDate = fractionDate(day);
            }
        }

        /** The coding of an event code, with the GoldsteinScale cell it was built with. */
        private static final class ScoredCoding {
            final String score;
            final Coding coding;

            ScoredCoding(String score, Coding coding) {
                this.score = score;
                this.coding = coding;
            }
        }

        /**
         * The cells of a geographic block, {@link #ABSENT} for a column the layout lacks, hashed once:
         * a key is hashed to be looked up and, when not found, again to be remembered.
         */
        static final class PlaceKey {
            private final String[] cells;
            private final int hash;

            PlaceKey(String[] cells) {
                this.cells = cells;
                this.hash = Arrays.hashCode(cells);
            }

            @Override
            public boolean equals(Object obj) {
                return obj instanceof PlaceKey && hash == ((PlaceKey) obj).hash
                        && Arrays.equals(cells, ((PlaceKey) obj).cells);
            }

            @Override
            public int hashCode() {
                return hash;
            }

            @Override
            public String toString() {
                return Arrays.toString(cells);
            }
        }

        /** Creates the memory of a reader. */
        Memory() {
            this(SOURCES, PLACES, CODINGS, DAYS);
        }

        private Memory(int sources, int places, int codings, int days) {
            this.sources = new Recent<>(sources);
            this.places = new Recent<>(places);
            this.codings = new Recent<>(codings);
            this.days = new Recent<>(days);
            this.rowKeys = places == 0 ? null : new PlaceKey[GEOS];
            this.rowPlaces = places == 0 ? null : new Place[GEOS];
        }

        /** Starts a row: its blocks are compared with each other from now on. */
        void startRow() {
            rowCount = 0;
        }

        /** The date of a SQLDATE cell, made once for the rows that repeat it. */
        Day day(String sqlDate) {
            Day known = days.get(sqlDate);
            if (known == null) {
                known = new Day(sqlDate);
                days.put(sqlDate, known);
            }
            return known;
        }

        Built<SourceAttribution> source(String url, String added) {
            AddedSource known = sources.get(url);
            return known != null && known.added.equals(added) ? known.source : null;
        }

        void rememberSource(String url, String added, Built<SourceAttribution> source) {
            sources.put(url, new AddedSource(added, source));
        }

        /** The key of a place: its cells, {@link #ABSENT} for a column the layout lacks. */
        static PlaceKey placeKey(GdeltFields fields, int geo) {
            String[] cells = new String[GEO_WIDTH];
            for (int part = 0; part < GEO_WIDTH; part++) {
                cells[part] = fields.has(geo + part) ? fields.get(geo + part) : ABSENT;
            }
            return new PlaceKey(cells);
        }

        /** The place built for the cells of a block, or null if none is known that this block may share. */
        Built<Location> place(PlaceKey key, int geo) {
            Place known = null;
            for (int i = 0; i < rowCount && known == null; i++) {
                known = rowKeys[i].equals(key) ? rowPlaces[i] : null;
            }
            if (known == null) {
                known = places.get(key);
            }
            if (known == null || known.geo != geo && known.location.hasAttributes()) {
                return null;
            }
            inRow(key, known);
            return known.location;
        }

        void rememberPlace(PlaceKey key, int geo, Built<Location> place) {
            Place remembered = new Place(geo, place);
            places.put(key, remembered);
            inRow(key, remembered);
        }

        private void inRow(PlaceKey key, Place place) {
            if (rowKeys != null && rowCount < GEOS) {
                rowKeys[rowCount] = key;
                rowPlaces[rowCount++] = place;
            }
        }

        /**
         * The coding built for an event code and a GoldsteinScale cell, or null if none is known: a
         * coding is the code and the score as GDELT reported it, nothing else of the row.
         */
        Coding coding(String code, String score) {
            ScoredCoding known = codings.get(code);
            return known != null && known.score.equals(score) ? known.coding : null;
        }

        void rememberCoding(String code, String score, Coding coding) {
            codings.put(code, new ScoredCoding(score, coding));
        }
    }

    private static RowRecords map(Layout layout, GdeltFields fields, Memory memory) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        String id = fields.get(GLOBALEVENTID);
        Event.Builder event = Event.builder().id(SCHEME + "-" + id).addExternalId(ExternalId.of(SCHEME, id));

        memory.startRow();
        Memory.Day day = memory.day(fields.get(SQLDATE));
        event.date(day.date);
        keepUnlessDerived(attributes, fields, MONTH_YEAR, day.monthYear, AttributeValue.Kind.INTEGER);
        keepUnlessDerived(attributes, fields, YEAR, day.year, AttributeValue.Kind.INTEGER);
        keepUnlessDerived(attributes, fields, FRACTION_DATE, day.fractionDate, AttributeValue.Kind.DECIMAL);

        for (int actor : ACTORS) {
            Optional<Actor> mapped = actor(fields, actor, id, attributes);
            Optional<Location> place = location(fields, layout, geoOf(actor), attributes, mapped.isPresent(), memory);
            if (mapped.isPresent()) {
                event.addParticipant(place.isPresent() ? Participant.of(mapped.get(), role(actor), place.get())
                        : Participant.of(mapped.get(), role(actor)));
            }
        }
        location(fields, layout, ACTION_GEO, attributes, true, memory).ifPresent(event::location);

        put(attributes, IS_ROOT_EVENT, fields.get(IS_ROOT_EVENT), AttributeValue.Kind.BOOLEAN);
        coding(fields, attributes, memory).ifPresentOrElse(coding -> {
            event.coding(coding);
            event.type(EventTypes.of(coding.cameoCode().get()));
        }, () -> event.type(io.github.demarche.EventType.OTHER));
        for (int count = NUM_MENTIONS; count <= NUM_ARTICLES; count++) {
            put(attributes, count, fields.get(count), AttributeValue.Kind.INTEGER);
        }
        put(attributes, AVG_TONE, fields.get(AVG_TONE), AttributeValue.Kind.DECIMAL);

        event.addSource(source(fields, layout, attributes, memory));
        return RowRecords.of(event.putAllAttributes(attributes).build());
    }

    private static String monthYear(LocalDate day) {
        int month = day.getMonthValue();
        return year(day) + (month < 10 ? "0" : "") + month;
    }

    /** The year as GDELT writes it: four digits (years 0 to 9999 are those of {@code yyyyMMdd} dates). */
    private static String year(LocalDate day) {
        String digits = Integer.toString(day.getYear());
        return "0000".substring(Math.min(4, digits.length())) + digits;
    }

    private static String fractionDate(LocalDate day) {
        BigDecimal fraction = BigDecimal.valueOf((day.getMonthValue() - 1) * 30L + day.getDayOfMonth())
                .divide(DAYS, 4, RoundingMode.HALF_UP);
        return BigDecimal.valueOf(day.getYear()).add(fraction).toPlainString();
    }

    private static void keepUnlessDerived(Map<String, AttributeValue> attributes, GdeltFields fields, int column,
            String derived, AttributeValue.Kind kind) {
        String cell = fields.get(column);
        if (!cell.equals(derived)) {
            attributes.put(KEYS_BY_INDEX[column], value(V2_COLUMNS.get(column), cell, kind));
        }
    }

    private static Optional<Actor> actor(GdeltFields fields, int actor, String id,
            Map<String, AttributeValue> eventAttributes) {
        String name = fields.get(actor + NAME);
        if (name.isEmpty()) {
            for (int column = actor; column < actor + ACTOR_WIDTH; column++) {
                put(eventAttributes, column, fields.get(column), AttributeValue.Kind.TEXT);
            }
            return Optional.empty();
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        Actor.Builder builder = Actor.builder().id(SCHEME + "-" + id + "-" + (actor == ACTOR1 ? "actor1" : "actor2"))
                .name(name).kind(ActorKind.UNSPECIFIED);
        String code = fields.get(actor + CODE);
        if (!code.isEmpty() && CameoActorCode.validate(code).isEmpty()) {
            builder.cameoCode(CameoActorCode.parse(code));
        } else {
            put(attributes, actor + CODE, code, AttributeValue.Kind.TEXT);
        }
        String country = fields.get(actor + COUNTRY);
        if (!country.isEmpty() && CountryCode.validate(country).isEmpty()) {
            builder.country(CountryCode.of(country));
        } else {
            put(attributes, actor + COUNTRY, country, AttributeValue.Kind.TEXT);
        }
        for (int column = actor + COUNTRY + 1; column < actor + ACTOR_WIDTH; column++) {
            put(attributes, column, fields.get(column), AttributeValue.Kind.TEXT);
        }
        try {
            return Optional.of(builder.putAllAttributes(attributes).build());
        } catch (ValidationException e) {
            throw refusal(e, fields, actor, Map.of("name", NAME, "cameoCode", CODE, "country", COUNTRY));
        }
    }

    private static List<String> actorColumns(String actor) {
        List<String> columns = new ArrayList<>(List.of(col(actor, "Code"), col(actor, "Name"), col(actor, "CountryCode")));
        for (String column : ACTOR_CODES) {
            columns.add(col(actor, column));
        }
        return columns;
    }

    /** The cells of a geographic block with no place in a layout. */
    private static String blank(Layout layout, String part) {
        return blank(layout, List.of(GEO).indexOf(part));
    }

    /** The cell of a geographic block with no place in a layout, by its offset in the block. */
    private static String blank(Layout layout, int part) {
        if (layout == Layout.V1_BACKFILE) {
            return part == LAT || part == LONG || part == FEATURE_ID ? "0" : "";
        }
        return part == TYPE ? "0" : "";
    }

    private static List<String> geoParts(GdeltFields fields, String prefix) {
        List<String> parts = new ArrayList<>();
        for (String part : GEO) {
            if (fields.has(col(prefix, part))) {
                parts.add(part);
            }
        }
        return parts;
    }

    private static boolean hasNoPlace(GdeltFields fields, int geo) {
        String lat = fields.get(geo + LAT);
        String lon = fields.get(geo + LONG);
        boolean noPoint = lat.isEmpty() && lon.isEmpty() || lat.equals("0") && lon.equals("0");
        String feature = fields.get(geo + FEATURE_ID);
        String type = fields.get(geo + TYPE);
        return (type.isEmpty() || type.equals("0"))
                && fields.get(geo + FULL_NAME).isEmpty() && fields.get(geo + GEO_COUNTRY).isEmpty()
                && fields.get(geo + ADM1).isEmpty()
                && (!fields.has(geo + ADM2) || fields.get(geo + ADM2).isEmpty())
                && noPoint && (feature.isEmpty() || feature.equals("0"));
    }

    private static Optional<Location> location(GdeltFields fields, Layout layout, int geo,
            Map<String, AttributeValue> attributes, boolean hasHolder, Memory memory) {
        if (!hasHolder || hasNoPlace(fields, geo)) {
            for (int part = 0; part < GEO_WIDTH; part++) {
                if (fields.has(geo + part)) {
                    String cell = fields.get(geo + part);
                    if (!cell.equals(blank(layout, part))) {
                        putText(attributes, geo + part, cell);
                    }
                }
            }
            return Optional.empty();
        }
        Memory.PlaceKey key = Memory.placeKey(fields, geo);
        Built<Location> known = memory.place(key, geo);
        if (known != null) {
            return Optional.of(known.replay(attributes));
        }
        int attributesBefore = attributes.size();
        Location.Builder location = Location.builder();
        String place = fields.get(geo + FULL_NAME);
        if (Cells.fitsText(place, 200)) {
            location.place(place);
        } else {
            put(attributes, geo + FULL_NAME, place, AttributeValue.Kind.TEXT);
        }
        String fips = fields.get(geo + GEO_COUNTRY);
        Optional<CountryCode> country = fips.isEmpty() ? Optional.empty() : CountryCode.findByFips(fips);
        if (country.isPresent() && country.get().fips().equals(Optional.of(fips))) {
            location.country(country.get());
        } else {
            put(attributes, geo + GEO_COUNTRY, fips, AttributeValue.Kind.TEXT);
        }
        String adm1 = fields.get(geo + ADM1);
        boolean adm1Kept = Cells.fitsCode(adm1);
        if (adm1Kept) {
            location.addAdminCodes(adm1);
        } else {
            put(attributes, geo + ADM1, adm1, AttributeValue.Kind.TEXT);
        }
        if (fields.has(geo + ADM2)) {
            String adm2 = fields.get(geo + ADM2);
            if (adm1Kept && Cells.fitsCode(adm2)) {
                location.addAdminCodes(adm2);
            } else {
                put(attributes, geo + ADM2, adm2, AttributeValue.Kind.TEXT);
            }
        }
        String lat = fields.get(geo + LAT);
        String lon = fields.get(geo + LONG);
        Optional<Coordinates> point = Cells.coordinates(lat, lon);
        if (point.isPresent()) {
            location.coordinates(point.get());
        } else {
            put(attributes, geo + LAT, lat, AttributeValue.Kind.TEXT);
            put(attributes, geo + LONG, lon, AttributeValue.Kind.TEXT);
        }
        String feature = fields.get(geo + FEATURE_ID);
        if (Cells.fitsCode(feature)) {
            location.featureId(feature);
        } else {
            put(attributes, geo + FEATURE_ID, feature, AttributeValue.Kind.TEXT);
        }
        String type = fields.get(geo + TYPE);
        Optional<Integer> precision = Cells.isExactInt(type) ? Optional.of(Integer.parseInt(type)) : Optional.empty();
        if (precision.isPresent() && precision.get() >= 1
                && precision.get() <= LocationPrecision.Scale.GDELT_GEO_TYPE.maxCode()) {
            location.precision(LocationPrecision.of(LocationPrecision.Scale.GDELT_GEO_TYPE, precision.get()));
        } else {
            put(attributes, geo + TYPE, type, AttributeValue.Kind.TEXT);
        }
        Location built;
        try {
            built = location.build();
        } catch (ValidationException e) {
            throw refusal(e, fields, geo, Map.of("place", FULL_NAME, "adminCodes", ADM1, "featureId", FEATURE_ID));
        }
        memory.rememberPlace(key, geo, Built.since(built, attributes, attributesBefore));
        return Optional.of(built);
    }

    private static Optional<Coding> coding(GdeltFields fields, Map<String, AttributeValue> attributes, Memory memory) {
        String text = fields.get(EVENT_CODE);
        String score = fields.get(GOLDSTEIN_SCALE);
        Coding known = memory.coding(text, score);
        if (known != null) {
            keepUnlessDerived(attributes, fields, known.cameoCode().get());
            return Optional.of(known);
        }
        if (text.isEmpty() || !CameoCode.validate(CameoDialect.GDELT, text).isEmpty()) {
            for (int column = EVENT_CODE; column <= QUAD_CLASS; column++) {
                put(attributes, column, fields.get(column), AttributeValue.Kind.TEXT);
            }
            put(attributes, GOLDSTEIN_SCALE, score, AttributeValue.Kind.DECIMAL);
            return Optional.empty();
        }
        CameoCode code = CameoCode.gdelt(text);
        keepUnlessDerived(attributes, fields, code);
        Coding.Builder coding = Coding.builder().cameoCode(code);
        BigDecimal reported = Cells.isExactDecimal(score) ? new BigDecimal(score) : null;
        if (reported == null || reported.abs().compareTo(BigDecimal.TEN) > 0) {
            put(attributes, GOLDSTEIN_SCALE, score, AttributeValue.Kind.TEXT);
            return Optional.of(coding.build());
        }
        Coding built = coding.reportedScore(reported).build();
        memory.rememberCoding(text, score, built);  // the coding holds nothing else of the row
        return Optional.of(built);
    }

    /** Keeps the cells that GDELT derives from the event code where they differ from what it derives. */
    private static void keepUnlessDerived(Map<String, AttributeValue> attributes, GdeltFields fields, CameoCode code) {
        keepUnlessDerived(attributes, fields, EVENT_BASE_CODE, baseCode(code), AttributeValue.Kind.TEXT);
        keepUnlessDerived(attributes, fields, EVENT_ROOT_CODE, code.root().code(), AttributeValue.Kind.TEXT);
        keepUnlessDerived(attributes, fields, QUAD_CLASS, Integer.toString(code.quadClass().number()),
                AttributeValue.Kind.INTEGER);
    }

    /** GDELT's EventBaseCode: the code itself for a root or a three-digit code, the parent of a four-digit one. */
    static String baseCode(CameoCode code) {
        return code.depth() == 3 ? code.parent().get().code() : code.code();
    }

    private static SourceAttribution source(GdeltFields fields, Layout layout, Map<String, AttributeValue> attributes,
            Memory memory) {
        if (layout == Layout.V1_BACKFILE) {
            return source(fields, layout, attributes);
        }
        String url = fields.get(SOURCEURL);
        String added = fields.get(DATEADDED);
        Built<SourceAttribution> known = memory.source(url, added);
        if (known != null) {
            return known.replay(attributes);
        }
        int attributesBefore = attributes.size();
        SourceAttribution built = source(fields, layout, attributes);
        memory.rememberSource(url, added, Built.since(built, attributes, attributesBefore));
        return built;
    }

    private static SourceAttribution source(GdeltFields fields, Layout layout, Map<String, AttributeValue> attributes) {
        SourceAttribution.Builder source = SourceAttribution.builder().coder(CODER);
        String added = fields.get(DATEADDED);
        if (layout == Layout.V2 && CompactDates.validateTimestamp(added).isEmpty()) {
            source.codedAt(CompactDates.parseTimestamp(added));
        } else if (layout != Layout.V2 && CompactDates.validateDate(added).isEmpty()) {
            source.codedOn(CompactDates.parseDate(added));
        } else {
            putText(attributes, DATEADDED, added);
        }
        if (layout != Layout.V1_BACKFILE) {
            String url = fields.get(SOURCEURL);
            URI uri = uri(url);
            if (uri != null) {
                try {
                    return source.url(uri).build();
                } catch (ValidationException e) {
                    // a URI that is not a source's address (not absolute, too long): kept as written
                    source.url(Optional.empty());
                }
            }
            putText(attributes, SOURCEURL, url);
        }
        return source.build();
    }

    /** The URI of a cell, or null if it is empty or not a URI. */
    private static URI uri(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    //-----------------------------------------------------------------------
    // the model's refusals, with the column they come from

    /**
     * The refusal of a part that the model refuses (an actor, a location), naming the column of the
     * first violation's attribute when it is one of the given ones.
     */
    private static CellRefusal refusal(ValidationException e, GdeltFields fields, int block,
            Map<String, Integer> columns) {
        Violation first = e.violations().get(0);
        String attribute = first.path().split("[.\\[]", 2)[0];
        String column = columns.containsKey(attribute) ? V2_COLUMNS.get(block + columns.get(attribute)) : null;
        return new CellRefusal(column, column == null ? null : fields.get(column), ProblemCode.MODEL_RULE,
                first.message(), e);
    }

    private static void put(Map<String, AttributeValue> attributes, String key, String cell, String missing,
            AttributeValue.Kind kind) {
        if (!cell.equals(missing)) {
            attributes.put(key, value(key.substring(SCHEME.length() + 1), cell, kind));
        }
    }

    private static void putText(Map<String, AttributeValue> attributes, String key, String cell) {
        attributes.put(key, value(key.substring(SCHEME.length() + 1), cell, AttributeValue.Kind.TEXT));
    }

    /** Puts a cell of a column, by its index in {@link #V2_COLUMNS}, unless it is empty. */
    private static void put(Map<String, AttributeValue> attributes, int column, String cell, AttributeValue.Kind kind) {
        if (!cell.isEmpty()) {
            attributes.put(KEYS_BY_INDEX[column], value(V2_COLUMNS.get(column), cell, kind));
        }
    }

    /** Puts a cell of a column, by its index in {@link #V2_COLUMNS}, whatever it holds. */
    private static void putText(Map<String, AttributeValue> attributes, int column, String cell) {
        attributes.put(KEYS_BY_INDEX[column], value(V2_COLUMNS.get(column), cell, AttributeValue.Kind.TEXT));
    }

    /** The attribute of a cell ({@link Cells#value}); a text the model refuses (a control character) refuses the row. */
    private static AttributeValue value(String column, String cell, AttributeValue.Kind kind) {
        try {
            return Cells.value(cell, kind);
        } catch (ValidationException e) {
            throw new CellRefusal(column, cell, ProblemCode.MODEL_RULE, e.violations().get(0).message(), e);
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Gets the layout an event mapped from a GDELT row is written in: 2.0 if its source has a
     * {@code codedAt} time (or a kept 14-digit {@code DATEADDED}), 1.0 daily if it has a URL or a
     * kept {@code SOURCEURL} cell, else the 1.0 backfile.
     *
     * @param event  the event, not null
     * @return the layout, not null
     */
    public static Layout layoutOf(Event event) {
        SourceAttribution source = event.sources().get(0);
        Optional<String> added = Cells.cell(event.attributes(), key("DATEADDED"));
        if (source.codedAt().isPresent() || added.map(text -> text.length() == 14).orElse(false)) {
            return Layout.V2;
        }
        return source.url().isPresent() || event.attributes().containsKey(key("SOURCEURL"))
                ? Layout.V1_DAILY : Layout.V1_BACKFILE;
    }

    /**
     * Writes an event mapped by {@link #toModel(List)} back as the row's fields.
     *
     * @param values  the values, an event, not null
     * @return the fields, in the columns of {@link #layoutOf(Event)}, not null
     */
    public static List<String> toRow(RowRecords values) {
        Event event = values.event().orElseThrow(() -> new IllegalArgumentException("a GDELT row is an event"));
        Layout layout = layoutOf(event);
        Map<String, AttributeValue> attributes = event.attributes();
        GdeltFields fields = new GdeltFields(layout, "");
        fields.set("GLOBALEVENTID", event.externalIds().stream().filter(id -> id.scheme().equals(SCHEME))
                .findFirst().orElseThrow().value());
        LocalDate day = event.date().earliest();
        fields.set("SQLDATE", CompactDates.formatDate(day));
        fields.set("MonthYear", Cells.cell(attributes, key("MonthYear")).orElse(monthYear(day)));
        fields.set("Year", Cells.cell(attributes, key("Year")).orElse(year(day)));
        fields.set("FractionDate", Cells.cell(attributes, key("FractionDate")).orElse(fractionDate(day)));

        for (String actor : new String[] {"Actor1", "Actor2"}) {
            Optional<Participant> participant = event.participants().stream()
                    .filter(p -> p.role() == role(actor)).findFirst();
            writeActor(fields, actor, participant.map(Participant::actor), attributes);
            writeLocation(fields, layout, col(actor, "Geo_"), participant.flatMap(Participant::location), attributes);
        }
        writeLocation(fields, layout, "ActionGeo_", event.location(), attributes);

        fields.set("IsRootEvent", Cells.cell(attributes, key("IsRootEvent")).orElse(""));
        Optional<CameoCode> code = event.coding().flatMap(Coding::cameoCode);
        fields.set("EventCode", code.map(CameoCode::code).or(() -> Cells.cell(attributes, key("EventCode"))).orElse(""));
        fields.set("EventBaseCode", Cells.cell(attributes, key("EventBaseCode"))
                .or(() -> code.map(GdeltRows::baseCode)).orElse(""));
        fields.set("EventRootCode", Cells.cell(attributes, key("EventRootCode"))
                .or(() -> code.map(c -> c.root().code())).orElse(""));
        fields.set("QuadClass", Cells.cell(attributes, key("QuadClass"))
                .or(() -> code.map(c -> Integer.toString(c.quadClass().number()))).orElse(""));
        fields.set("GoldsteinScale", event.coding().flatMap(Coding::reportedScore).map(BigDecimal::toPlainString)
                .or(() -> Cells.cell(attributes, key("GoldsteinScale"))).orElse(""));
        for (String column : new String[] {"NumMentions", "NumSources", "NumArticles", "AvgTone"}) {
            fields.set(column, Cells.cell(attributes, key(column)).orElse(""));
        }

        SourceAttribution source = event.sources().get(0);
        fields.set("DATEADDED", source.codedAt().map(CompactDates::formatTimestamp)
                .or(() -> source.codedOn().map(CompactDates::formatDate))
                .or(() -> Cells.cell(attributes, key("DATEADDED"))).orElse(""));
        if (layout != Layout.V1_BACKFILE) {
            fields.set("SOURCEURL", source.url().map(Object::toString)
                    .or(() -> Cells.cell(attributes, key("SOURCEURL"))).orElse(""));
        }
        return fields.toList();
    }

    private static void writeActor(GdeltFields fields, String actor, Optional<Actor> mapped,
            Map<String, AttributeValue> eventAttributes) {
        if (mapped.isEmpty()) {
            for (String column : actorColumns(actor)) {
                fields.set(column, Cells.cell(eventAttributes, key(column)).orElse(""));
            }
            return;
        }
        Actor value = mapped.get();
        Map<String, AttributeValue> attributes = value.attributes();
        fields.set(col(actor, "Code"), value.cameoCode().map(CameoActorCode::text)
                .or(() -> Cells.cell(attributes, key(col(actor, "Code")))).orElse(""));
        fields.set(col(actor, "Name"), value.name().orElseThrow());
        fields.set(col(actor, "CountryCode"), value.country().map(CountryCode::code)
                .or(() -> Cells.cell(attributes, key(col(actor, "CountryCode")))).orElse(""));
        for (String column : ACTOR_CODES) {
            fields.set(col(actor, column), Cells.cell(attributes, key(col(actor, column))).orElse(""));
        }
    }

    private static void writeLocation(GdeltFields fields, Layout layout, String prefix, Optional<Location> location,
            Map<String, AttributeValue> attributes) {
        for (String part : geoParts(fields, prefix)) {
            String written = location.isEmpty() ? blank(layout, part) : locationCell(location.get(), part);
            fields.set(col(prefix, part), Cells.cell(attributes, key(col(prefix, part))).orElse(written));
        }
    }

    private static String locationCell(Location location, String part) {
        switch (part) {
            case "Type":
                return location.precision().map(p -> Integer.toString(p.code())).orElse("");
            case "FullName":
                return location.place().orElse("");
            case "CountryCode":
                return location.country().flatMap(CountryCode::fips).orElse("");
            case "ADM1Code":
                return location.adminCodes().isEmpty() ? "" : location.adminCodes().get(0);
            case "ADM2Code":
                return location.adminCodes().size() < 2 ? "" : location.adminCodes().get(1);
            case "Lat":
                return location.coordinates().map(c -> c.latitude().toPlainString()).orElse("");
            case "Long":
                return location.coordinates().map(c -> c.longitude().toPlainString()).orElse("");
            case "FeatureID":
                return location.featureId().orElse("");
            default:
                throw new AssertionError(part);
        }
    }
}
