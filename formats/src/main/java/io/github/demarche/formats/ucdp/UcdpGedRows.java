package io.github.demarche.formats.ucdp;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.AttributeValue;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.Coordinates;
import io.github.demarche.CountryCode;
import io.github.demarche.DatePrecision;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.ExternalId;
import io.github.demarche.Location;
import io.github.demarche.LocationPrecision;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SourceAttribution;
import io.github.demarche.ValidationException;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import io.github.demarche.Violation;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.CellRefusal;
import io.github.demarche.formats.internal.Cells;
import io.github.demarche.formats.internal.ColumnHome;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a row of UCDP's Georeferenced Event Dataset (GED), read by the names of its header
 * ({@link UcdpGedLayout}), to an {@link Event} with a {@link CasualtyReport} per column of the dead,
 * through the public API, and back to the row's fields, exactly. {@link UcdpGedReader} and
 * {@link UcdpGedWriter} use it; this class documents where each column goes ({@link #columns}).
 *
 * <p><b>Records.</b> Every row becomes an event of type {@link EventType#ATTACK} (GED counts deaths
 * in organized violence; the row's {@code type_of_violence} is kept as an attribute) and a casualty
 * report of the dead for each of the columns {@code deaths_a}, {@code deaths_b},
 * {@code deaths_civilians}, {@code deaths_unknown} that the header has, zeros included (victims:
 * side a, side b, {@link VictimGroup#CIVILIANS}, {@link VictimGroup#UNKNOWN}), with ids
 * {@code ucdp-ged-<id>-deaths-a} and so on, linked from the event by {@code casualtyReportIds},
 * each {@link QualifiedCount#exactly exactly} its figure, as of the event's date, at its place,
 * from its sources. The event's {@code deaths} is UCDP's estimate: {@code exactly(best)} with the
 * bounds {@code low}, {@code best}, {@code high} set by
 * {@link QualifiedCount#withBounds(long, long, OptionalLong) withBounds}; so a row whose figures
 * break {@code low <= best <= high} is refused, as the model refuses inconsistent figures: event
 * 84006 of the shared sample, published with low 0, best 3 and high 0.
 *
 * <p><b>Columns</b> (attribute keys {@code ucdp.<column>}); a column that the header lacks is
 * simply not read or written, except the {@linkplain UcdpGedLayout#REQUIRED required} ones:
 * <ul>
 * <li>{@code id} (a whole number): {@code ExternalId("ucdp-ged", id)}; the event's id is {@code ucdp-ged-<id>}.</li>
 * <li>{@code date_start}, {@code date_end}: the date, {@link ApproximateDate#ofDays}; a day
 *     {@code yyyy-MM-dd}, or a day at midnight {@code yyyy-MM-dd 00:00:00.000} as some GED
 *     downloads write it (the time is kept in the attribute {@code ucdp:<column>.time}). {@code year}
 *     is derived (the year of date_start). {@code date_prec} is {@code Event.datePrecision}
 *     ({@link DatePrecision#ofUcdpCode(int)}, 1 to 5; empty for none).</li>
 * <li>{@code side_a_new_id}, {@code gwnoa}, {@code side_a} (and side b): a participant whose actor
 *     has the id {@code ucdp-side-<id>}, {@code ExternalId("ucdp-side", id)}, the name, and the
 *     country of the Gleditsch–Ward number ({@link CountryCode#ofGleditschWard}); kind
 *     {@code GOVERNMENT} where UCDP gives a state number, else {@code UNSPECIFIED}. Side a comes first,
 *     side b second; in one-sided violence ({@code type_of_violence} 3) they are
 *     {@code INITIATOR} and {@code TARGET}, else both {@code PARTICIPANT}.</li>
 * <li>{@code source_article} (the citation) and {@code source_original} (the originator): the
 *     event's first source, which names UCDP as its coder. {@code source_office},
 *     {@code source_date}, {@code source_headline}: one more source per article, split at
 *     {@code ;} when the three split into as many parts (a headline with a {@code ;} of its own
 *     makes the headlines an attribute, as written; three rows of the shared sample).</li>
 * <li>{@code where_prec}, {@code where_coordinates}, {@code adm_1}, {@code adm_2},
 *     {@code latitude}, {@code longitude}, {@code iso3}: the location's
 *     {@link LocationPrecision.Scale#UCDP_WHERE_PREC precision}, place, admin units, coordinates
 *     (digits kept) and country; a file with no {@code iso3} takes the country from
 *     {@code country_id}. {@code geom_wkt} ({@code POINT (lon lat)}, six decimals),
 *     {@code priogrid_gid} (the PRIO-GRID cell: row × 720 + column + 1 of the half-degree grid),
 *     {@code country} (the display name) and {@code country_id} (the Gleditsch–Ward number) are
 *     derived from them; a row that differs keeps its cell as an attribute.</li>
 * <li>{@code active_year} (BOOLEAN), {@code type_of_violence} (1, 2 or 3), {@code conflict_new_id},
 *     {@code dyad_new_id}, {@code number_of_sources}, {@code event_clarity} (INTEGER),
 *     {@code conflict_name}, {@code dyad_name}, {@code region}, and GED 20.1's {@code relid},
 *     {@code code_status}, {@code conflict_dset_id}, {@code dyad_dset_id}, {@code side_a_dset_id},
 *     {@code side_b_dset_id}, {@code where_description} (TEXT): attributes of the event.</li>
 * <li>Any other column: a TEXT attribute of the event, as written (an empty cell: none).</li>
 * </ul>
 * The event also records the file's layout ({@link UcdpGedLayout#LAYOUT_KEY}), so that the writer
 * gives back the header and the HXL hashtag row.
 *
 * @since 0.2
 */
public final class UcdpGedRows {

    /** The scheme of UCDP GED's event ids. */
    public static final String SCHEME = "ucdp-ged";

    /** The scheme of UCDP's side (actor) ids. */
    public static final String SIDE_SCHEME = "ucdp-side";

    /** The coder named by the first source of every UCDP row. */
    public static final String CODER = "UCDP";

    /** The columns of a row of the humanitarian data exchange's files, in order: those of {@link UcdpGedLayout#HDX}. */
    public static final List<String> COLUMNS = UcdpGedLayout.HDX.columns();

    /** The attributes of the event, by column, with their kinds. */
    private static final Map<String, AttributeValue.Kind> EVENT_ATTRIBUTES = new LinkedHashMap<>();

    static {
        EVENT_ATTRIBUTES.put("relid", AttributeValue.Kind.TEXT);
        EVENT_ATTRIBUTES.put("active_year", AttributeValue.Kind.BOOLEAN);
        EVENT_ATTRIBUTES.put("code_status", AttributeValue.Kind.TEXT);
        EVENT_ATTRIBUTES.put("type_of_violence", AttributeValue.Kind.INTEGER);
        EVENT_ATTRIBUTES.put("conflict_dset_id", AttributeValue.Kind.TEXT);
        EVENT_ATTRIBUTES.put("conflict_new_id", AttributeValue.Kind.INTEGER);
        EVENT_ATTRIBUTES.put("conflict_name", AttributeValue.Kind.TEXT);
        EVENT_ATTRIBUTES.put("dyad_dset_id", AttributeValue.Kind.TEXT);
        EVENT_ATTRIBUTES.put("dyad_new_id", AttributeValue.Kind.INTEGER);
        EVENT_ATTRIBUTES.put("dyad_name", AttributeValue.Kind.TEXT);
        EVENT_ATTRIBUTES.put("side_a_dset_id", AttributeValue.Kind.TEXT);
        EVENT_ATTRIBUTES.put("side_b_dset_id", AttributeValue.Kind.TEXT);
        EVENT_ATTRIBUTES.put("number_of_sources", AttributeValue.Kind.INTEGER);
        EVENT_ATTRIBUTES.put("where_description", AttributeValue.Kind.TEXT);
        EVENT_ATTRIBUTES.put("region", AttributeValue.Kind.TEXT);
        EVENT_ATTRIBUTES.put("event_clarity", AttributeValue.Kind.INTEGER);
    }

    /** The columns of the typed homes (and the derived ones), by name: every other column is an attribute. */
    private static final Map<String, String> TYPED = new LinkedHashMap<>();

    private static final String[] DEATHS = {"a", "b", "civilians", "unknown"};

    static {
        TYPED.put("id", "Event.externalIds[ucdp-ged], Event.id");
        TYPED.put("year", "derived from Event.date: year of the start");
        for (String side : new String[] {"a", "b"}) {
            String actor = "Event.participants[" + ("a".equals(side) ? 0 : 1) + "].actor";
            TYPED.put("side_" + side + "_new_id", actor + ".externalIds[ucdp-side], " + actor + ".id");
            TYPED.put("gwno" + side, actor + ".country");
            TYPED.put("side_" + side, actor + ".name");
        }
        TYPED.put("source_article", "Event.sources[0].citation");
        TYPED.put("source_original", "Event.sources[0].originator");
        TYPED.put("source_office", "Event.sources[1..].publication");
        TYPED.put("source_date", "Event.sources[1..].publicationDate");
        TYPED.put("source_headline", "Event.sources[1..].headline");
        TYPED.put("where_prec", "Event.location.precision");
        TYPED.put("where_coordinates", "Event.location.place");
        TYPED.put("adm_1", "Event.location.adminUnits[0]");
        TYPED.put("adm_2", "Event.location.adminUnits[1]");
        TYPED.put("latitude", "Event.location.coordinates.latitude");
        TYPED.put("longitude", "Event.location.coordinates.longitude");
        TYPED.put("geom_wkt", "derived from Event.location.coordinates: WKT point");
        TYPED.put("priogrid_gid", "derived from Event.location.coordinates: PRIO-GRID cell");
        TYPED.put("country", "derived from Event.location.country: display name");
        TYPED.put("iso3", "Event.location.country");
        TYPED.put("country_id", "derived from Event.location.country: Gleditsch-Ward number");
        TYPED.put("date_start", "Event.date.earliest");
        TYPED.put("date_end", "Event.date.latest");
        TYPED.put("date_prec", "Event.datePrecision");
        for (String deaths : DEATHS) {
            TYPED.put("deaths_" + deaths, "CasualtyReport[-deaths-" + deaths + "].count");
        }
        TYPED.put("low", "Event.deaths.low");
        TYPED.put("best", "Event.deaths.best");
        TYPED.put("high", "Event.deaths.high");
    }

    private static final String FORMAT = "GED.";
    private static final Pattern WHOLE = Pattern.compile("\\d{1,18}");
    private static final Pattern DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})( 00:00:00(?:\\.0{1,9})?)?");
    private static final String DEATHS_INFIX = "-deaths-";
    private static final BigDecimal HALF_DEGREES = BigDecimal.valueOf(2);
    private static final int GRID_COLUMNS = 720;

    private UcdpGedRows() {
    }

    private static String key(String column) {
        return "ucdp." + column;
    }

    private static String timeKey(String column) {
        return "ucdp:" + column + ".time";
    }

    /**
     * Checks if a column is one that the mapping knows: a typed home, a derived column, or an
     * attribute of a known kind. The others are kept as text attributes.
     *
     * @param column  the name, not null
     * @return true if the mapping knows it
     */
    static boolean isKnown(String column) {
        return TYPED.containsKey(column) || EVENT_ATTRIBUTES.containsKey(column);
    }

    /**
     * Gets where each column of the humanitarian data exchange's files goes: its typed home, if
     * any, and its attribute key.
     *
     * @return the table, one entry a column, in order
     */
    static List<ColumnHome> columns() {
        return columns(UcdpGedLayout.HDX);
    }

    /**
     * Gets where each column of a layout goes: its typed home, if any, and its attribute key.
     *
     * @param layout  the layout, not null
     * @return the table, one entry a column, in order
     */
    static List<ColumnHome> columns(UcdpGedLayout layout) {
        List<ColumnHome> table = new ArrayList<>();
        List<String> columns = layout.columns();
        for (int i = 0; i < columns.size(); i++) {
            table.add(new ColumnHome(i, columns.get(i), TYPED.get(columns.get(i)), key(columns.get(i))));
        }
        return List.copyOf(table);
    }

    //-----------------------------------------------------------------------
    /** A row's cells by the names of its layout; null for a column the layout lacks. */
    private static final class Row {
        private final UcdpGedLayout layout;
        private final List<String> cells;

        Row(UcdpGedLayout layout, List<String> cells) {
            this.layout = layout;
            this.cells = cells;
        }

        boolean has(String column) {
            return layout.has(column);
        }

        String get(String column) {
            int index = layout.index(column);
            return index < 0 ? null : cells.get(index);
        }
    }

    /**
     * Maps a row of the humanitarian data exchange's layout to an event and its casualty reports.
     *
     * @param row  the row's 43 fields, not null
     * @return the records, not null
     * @throws IllegalArgumentException if a cell is not what its column holds, or the model refuses
     *     the row (such as event 84006 of the shared sample, whose low is above its best); the
     *     message says why, as {@link UcdpGedReader} reports it
     */
    public static RowRecords toModel(List<String> row) {
        return toModel(UcdpGedLayout.HDX, row);
    }

    /**
     * Maps a row to an event and its casualty reports.
     *
     * @param layout  the layout of the file, not null
     * @param row  the row's fields, as many as the layout's columns, not null
     * @return the records, not null
     * @throws IllegalArgumentException if a cell is not what its column holds, or the model refuses
     *     the row, such as one whose low, best and high are out of order; the message says why, as
     *     {@link UcdpGedReader} reports it
     */
    public static RowRecords toModel(UcdpGedLayout layout, List<String> row) {
        if (row.size() != layout.columns().size()) {
            throw new CellRefusal(null, null, ProblemCode.FIELD_COUNT, "GED row must have " + layout.columns().size()
                    + " fields, as its header has, got " + row.size());
        }
        Row fields = new Row(layout, row);
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        if (layout.name().isPresent()) {
            attributes.put(UcdpGedLayout.LAYOUT_KEY, AttributeValue.of(layout.name().get()));
        } else {
            attributes.put(UcdpGedLayout.COLUMNS_KEY, layout.columnsAttribute());
            layout.hxlAttribute().ifPresent(hxl -> attributes.put(UcdpGedLayout.HXL_KEY, hxl));
        }
        String id = fields.get("id");
        if (!WHOLE.matcher(id).matches()) {
            throw new CellRefusal("id", id, ProblemCode.NOT_A_NUMBER, FORMAT + "id must be a whole number, got "
                    + Violation.show(id));
        }
        String eventId = SCHEME + "-" + id;
        LocalDate start = day(fields, "date_start", attributes);
        LocalDate end = day(fields, "date_end", attributes);
        ApproximateDate date = model("date_end", fields.get("date_end"), () -> ApproximateDate.ofDays(start, end));
        if (fields.has("year") && !fields.get("year").equals(Integer.toString(start.getYear()))) {
            put(attributes, "year", fields.get("year"), AttributeValue.Kind.INTEGER);
        }
        String violence = fields.get("type_of_violence");
        if (violence != null && !violence.isEmpty() && !violence.equals("1") && !violence.equals("2")
                && !violence.equals("3")) {
            throw new CellRefusal("type_of_violence", violence, ProblemCode.UNKNOWN_CODE,
                    FORMAT + "type_of_violence must be 1, 2 or 3, got " + Violation.show(violence));
        }
        Optional<DatePrecision> precision = datePrecision(fields);
        long low = count(fields, "low");
        long best = count(fields, "best");
        long high = count(fields, "high");
        Map<String, Long> deathCounts = new LinkedHashMap<>();
        for (String which : DEATHS) {
            if (fields.has("deaths_" + which)) {
                deathCounts.put(which, count(fields, "deaths_" + which));
            }
        }
        for (String column : layout.columns()) {
            if (EVENT_ATTRIBUTES.containsKey(column)) {
                put(attributes, column, fields.get(column), EVENT_ATTRIBUTES.get(column));
            } else if (!TYPED.containsKey(column)) {
                put(attributes, column, fields.get(column), AttributeValue.Kind.TEXT);
            }
        }

        boolean oneSided = "3".equals(violence);
        Actor sideA = side(fields, "a", eventId);
        Actor sideB = side(fields, "b", eventId);
        List<SourceAttribution> sources = sources(fields, attributes);
        Optional<Location> location = location(fields, attributes);

        String bad = low > best ? "low" : "high";
        QualifiedCount deaths = model(bad, fields.get(bad),
                () -> QualifiedCount.exactly(best).withBounds(low, best, OptionalLong.of(high)));
        List<CasualtyReport> reports = new ArrayList<>();
        deathCounts.forEach((which, figure) -> {
            Victims victims = which.equals("a") ? Victims.of(sideA) : which.equals("b") ? Victims.of(sideB)
                    : Victims.of(which.equals("civilians") ? VictimGroup.CIVILIANS : VictimGroup.UNKNOWN);
            CasualtyReport.Builder report = CasualtyReport.builder().id(eventId + DEATHS_INFIX + which)
                    .type(CasualtyType.KILLED).count(QualifiedCount.exactly(figure))
                    .victims(victims).asOf(date).addAllSources(sources);
            location.ifPresent(report::location);
            reports.add(model("deaths_" + which, fields.get("deaths_" + which), report::build));
        });

        Event.Builder event = Event.builder().id(eventId).type(EventType.ATTACK).date(date)
                .addExternalId(ExternalId.of(SCHEME, id))
                .addParticipant(Participant.of(sideA, oneSided ? ParticipantRole.INITIATOR : ParticipantRole.PARTICIPANT))
                .addParticipant(Participant.of(sideB, oneSided ? ParticipantRole.TARGET : ParticipantRole.PARTICIPANT))
                .addAllSources(sources).deaths(deaths).putAllAttributes(attributes);
        precision.ifPresent(event::datePrecision);
        reports.forEach(report -> event.addCasualtyReportId(report.id()));
        location.ifPresent(event::location);
        return RowRecords.of(event.build(), reports);
    }

    /** Runs a step of the mapping, turning the model's refusal into a problem of the column. */
    private static <T> T model(String column, String cell, Supplier<T> step) {
        try {
            return step.get();
        } catch (ValidationException e) {
            throw new CellRefusal(column, cell, ProblemCode.MODEL_RULE, e.violations().get(0).message());
        }
    }

    private static void put(Map<String, AttributeValue> attributes, String column, String cell,
            AttributeValue.Kind kind) {
        model(column, cell, () -> {
            Cells.put(attributes, key(column), cell, "", kind);
            return null;
        });
    }

    private static LocalDate day(Row fields, String column, Map<String, AttributeValue> attributes) {
        String cell = fields.get(column);
        Matcher matcher = DAY.matcher(cell);
        if (matcher.matches()) {
            try {
                LocalDate day = LocalDate.parse(matcher.group(1));
                if (matcher.group(2) != null) {
                    attributes.put(timeKey(column), AttributeValue.of(matcher.group(2)));
                }
                return day;
            } catch (DateTimeParseException e) {
                // not a day of the calendar: refused below
            }
        }
        throw new CellRefusal(column, cell, ProblemCode.NOT_A_DATE, FORMAT + column
                + " must be a date yyyy-MM-dd, got " + Violation.show(cell));
    }

    private static long count(Row fields, String column) {
        String cell = fields.get(column);
        if (!WHOLE.matcher(cell).matches() || !Long.toString(Long.parseLong(cell)).equals(cell)) {
            throw new CellRefusal(column, cell, ProblemCode.NOT_A_NUMBER, FORMAT + column
                    + " must be a whole number at least 0, got " + Violation.show(cell));
        }
        return Long.parseLong(cell);
    }

    private static Optional<DatePrecision> datePrecision(Row fields) {
        String cell = fields.get("date_prec");
        if (cell == null || cell.isEmpty()) {
            return Optional.empty();
        }
        if (cell.length() != 1 || cell.charAt(0) < '1' || cell.charAt(0) > '5') {
            throw new CellRefusal("date_prec", cell, ProblemCode.UNKNOWN_CODE,
                    FORMAT + "date_prec must be a UCDP date precision 1 to 5, got " + Violation.show(cell));
        }
        return Optional.of(DatePrecision.ofUcdpCode(cell.charAt(0) - '0'));
    }

    private static Actor side(Row fields, String side, String eventId) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        Actor.Builder actor = Actor.builder().name(fields.get("side_" + side));
        String sideId = fields.get("side_" + side + "_new_id");
        if (sideId != null && Cells.isExactInt(sideId)) {
            actor.id(SIDE_SCHEME + "-" + sideId).addExternalId(ExternalId.of(SIDE_SCHEME, sideId));
        } else {
            actor.id(eventId + "-side-" + side);
            if (sideId != null) {
                Cells.putText(attributes, key("side_" + side + "_new_id"), sideId);
            }
        }
        String gwno = fields.get("gwno" + side);
        Optional<CountryCode> country = gwno != null && Cells.isExactInt(gwno)
                ? CountryCode.findByGleditschWard(Integer.parseInt(gwno)) : Optional.empty();
        if (country.isPresent() && country.get().gleditschWard().equals(OptionalInt.of(Integer.parseInt(gwno)))) {
            actor.country(country.get()).kind(ActorKind.GOVERNMENT);
        } else {
            actor.kind(ActorKind.UNSPECIFIED);
            if (gwno != null) {
                Cells.put(attributes, key("gwno" + side), gwno, "", AttributeValue.Kind.TEXT);
            }
        }
        return model("side_" + side, fields.get("side_" + side), () -> actor.putAllAttributes(attributes).build());
    }

    private static List<SourceAttribution> sources(Row fields, Map<String, AttributeValue> attributes) {
        List<SourceAttribution> sources = new ArrayList<>();
        SourceAttribution.Builder row = SourceAttribution.builder().coder(CODER);
        String article = fields.get("source_article");
        if (article != null && Cells.fitsText(article, 2_000)) {
            row.citation(article);
        } else if (article != null) {
            put(attributes, "source_article", article, AttributeValue.Kind.TEXT);
        }
        String original = fields.get("source_original");
        if (original != null && Cells.fitsText(original, 200)) {
            row.originator(original);
        } else if (original != null) {
            put(attributes, "source_original", original, AttributeValue.Kind.TEXT);
        }
        sources.add(model("source_article", article, row::build));

        String office = fields.get("source_office");
        List<String> offices = office == null || office.isEmpty() ? List.of() : Cells.split(office, ';');
        if (offices.isEmpty() || !offices.stream().allMatch(part -> Cells.fitsText(part, 200))) {
            for (String column : new String[] {"source_office", "source_date", "source_headline"}) {
                if (fields.has(column)) {
                    put(attributes, column, fields.get(column), AttributeValue.Kind.TEXT);
                }
            }
            return sources;
        }
        String date = fields.has("source_date") ? fields.get("source_date") : null;
        List<String> dates = date == null ? List.of() : Cells.split(date, ';');
        boolean datesKept = date != null && dates.size() == offices.size()
                && dates.stream().allMatch(part -> part.isEmpty() || Cells.isExactIsoDate(part));
        if (!datesKept && date != null) {
            Cells.putText(attributes, key("source_date"), date);
        }
        String headline = fields.has("source_headline") ? fields.get("source_headline") : null;
        List<String> headlines = headline == null ? List.of() : Cells.split(headline, ';');
        boolean headlinesKept = headline != null && headlines.size() == offices.size()
                && headlines.stream().allMatch(part -> part.isEmpty() || Cells.fitsText(part, 500));
        if (!headlinesKept && headline != null) {
            put(attributes, "source_headline", headline, AttributeValue.Kind.TEXT);
        }
        for (int i = 0; i < offices.size(); i++) {
            SourceAttribution.Builder source = SourceAttribution.builder().publication(offices.get(i));
            if (datesKept && !dates.get(i).isEmpty()) {
                source.publicationDate(LocalDate.parse(dates.get(i)));
            }
            if (headlinesKept && !headlines.get(i).isEmpty()) {
                source.headline(headlines.get(i));
            }
            sources.add(model("source_office", office, source::build));
        }
        return sources;
    }

    private static Optional<Location> location(Row fields, Map<String, AttributeValue> attributes) {
        Location.Builder location = Location.builder();
        boolean any = false;
        String precision = fields.get("where_prec");
        boolean precisionKept = false;
        if (precision != null && Cells.isExactInt(precision) && Integer.parseInt(precision) >= 1
                && Integer.parseInt(precision) <= LocationPrecision.Scale.UCDP_WHERE_PREC.maxCode()) {
            location.precision(LocationPrecision.of(LocationPrecision.Scale.UCDP_WHERE_PREC, Integer.parseInt(precision)));
            precisionKept = true;
        } else if (precision != null) {
            put(attributes, "where_prec", precision, AttributeValue.Kind.INTEGER);
        }
        String place = fields.get("where_coordinates");
        if (place != null && Cells.fitsText(place, 200)) {
            location.place(place);
            any = true;
        } else if (place != null) {
            put(attributes, "where_coordinates", place, AttributeValue.Kind.TEXT);
        }
        String adm1 = fields.get("adm_1");
        String adm2 = fields.get("adm_2");
        boolean adm1Kept = adm1 != null && Cells.fitsText(adm1, 200);
        if (adm1Kept) {
            location.addAdminUnits(adm1);
            any = true;
        } else if (adm1 != null) {
            put(attributes, "adm_1", adm1, AttributeValue.Kind.TEXT);
        }
        if (adm1Kept && adm2 != null && Cells.fitsText(adm2, 200)) {
            location.addAdminUnits(adm2);
        } else if (adm2 != null) {
            put(attributes, "adm_2", adm2, AttributeValue.Kind.TEXT);
        }
        String latitude = fields.get("latitude");
        String longitude = fields.get("longitude");
        Optional<Coordinates> point = latitude == null || longitude == null ? Optional.empty()
                : Cells.coordinates(latitude, longitude);
        if (point.isPresent()) {
            location.coordinates(point.get());
            any = true;
        } else {
            for (String column : new String[] {"latitude", "longitude"}) {
                if (fields.has(column)) {
                    put(attributes, column, fields.get(column), AttributeValue.Kind.TEXT);
                }
            }
        }
        keepUnlessEqual(attributes, "geom_wkt", fields, point.map(UcdpGedRows::wkt), AttributeValue.Kind.TEXT);
        keepUnlessEqual(attributes, "priogrid_gid", fields, point.map(UcdpGedRows::prioGrid),
                AttributeValue.Kind.INTEGER);
        Optional<CountryCode> country;
        if (fields.has("iso3")) {
            String iso3 = fields.get("iso3");
            country = !iso3.isEmpty() && CountryCode.validate(iso3).isEmpty()
                    ? Optional.of(CountryCode.of(iso3)) : Optional.empty();
            if (country.isEmpty()) {
                put(attributes, "iso3", iso3, AttributeValue.Kind.TEXT);
            }
        } else {
            String number = fields.get("country_id");
            country = number != null && Cells.isExactInt(number)
                    ? CountryCode.findByGleditschWard(Integer.parseInt(number))
                            .filter(code -> code.gleditschWard().equals(OptionalInt.of(Integer.parseInt(number))))
                    : Optional.empty();
        }
        if (country.isPresent()) {
            location.country(country.get());
            any = true;
        }
        keepUnlessEqual(attributes, "country", fields, country.map(CountryCode::displayName), AttributeValue.Kind.TEXT);
        keepUnlessEqual(attributes, "country_id", fields, country.flatMap(UcdpGedRows::gleditschWard),
                AttributeValue.Kind.INTEGER);
        if (!any && precisionKept) {
            put(attributes, "where_prec", precision, AttributeValue.Kind.INTEGER);
        }
        return any ? Optional.of(model("where_coordinates", place, location::build)) : Optional.empty();
    }

    private static void keepUnlessEqual(Map<String, AttributeValue> attributes, String column, Row fields,
            Optional<String> derived, AttributeValue.Kind kind) {
        if (fields.has(column) && !derived.equals(Optional.of(fields.get(column)))) {
            String cell = fields.get(column);
            model(column, cell, () -> attributes.put(key(column), Cells.value(cell, kind)));
        }
    }

    private static Optional<String> gleditschWard(CountryCode country) {
        OptionalInt number = country.gleditschWard();
        return number.isPresent() ? Optional.of(Integer.toString(number.getAsInt())) : Optional.empty();
    }

    /** The point as UCDP's {@code geom_wkt} writes it: {@code POINT (lon lat)}, six decimals. */
    static String wkt(Coordinates point) {
        return "POINT (" + point.longitude().setScale(6, RoundingMode.HALF_UP).toPlainString() + " "
                + point.latitude().setScale(6, RoundingMode.HALF_UP).toPlainString() + ")";
    }

    /** The PRIO-GRID cell of a point: row × 720 + column + 1, rows and columns of half a degree from −90, −180. */
    static String prioGrid(Coordinates point) {
        long row = point.latitude().add(BigDecimal.valueOf(90)).multiply(HALF_DEGREES)
                .setScale(0, RoundingMode.FLOOR).longValueExact();
        long column = point.longitude().add(BigDecimal.valueOf(180)).multiply(HALF_DEGREES)
                .setScale(0, RoundingMode.FLOOR).longValueExact();
        return Long.toString(row * GRID_COLUMNS + column + 1);
    }

    //-----------------------------------------------------------------------
    /**
     * Gets the layout that an event read by the reader records, if it records one.
     *
     * @param event  the event, not null
     * @return the layout, empty if the event records none
     * @throws CellRefusal if the event records a layout that is not one
     */
    static Optional<UcdpGedLayout> layoutOf(Event event) {
        Map<String, AttributeValue> attributes = event.attributes();
        AttributeValue name = attributes.get(UcdpGedLayout.LAYOUT_KEY);
        if (name != null) {
            return Optional.of(UcdpGedLayout.named(Cells.cell(name)).orElseThrow(() -> new CellRefusal(null, null,
                    ProblemCode.NOT_WRITABLE, "GED layout must be hdx or ged, got " + Violation.show(Cells.cell(name))
                    + " in the attribute " + UcdpGedLayout.LAYOUT_KEY + " of event " + event.id())));
        }
        AttributeValue columns = attributes.get(UcdpGedLayout.COLUMNS_KEY);
        if (columns == null) {
            return Optional.empty();
        }
        try {
            UcdpGedLayout layout = UcdpGedLayout.of(UcdpGedLayout.cells(Cells.cell(columns)));
            AttributeValue hxl = attributes.get(UcdpGedLayout.HXL_KEY);
            return Optional.of(hxl == null ? layout : layout.withHxl(UcdpGedLayout.cells(Cells.cell(hxl))));
        } catch (IllegalArgumentException e) {
            throw new CellRefusal(null, null, ProblemCode.NOT_WRITABLE, "GED layout of event " + event.id()
                    + " is not one: " + e.getMessage());
        }
    }

    /**
     * Writes an event and reports mapped by {@link #toModel(List)} back as the row's fields, in the
     * humanitarian data exchange's layout.
     *
     * @param values  the values, not null
     * @return the 43 fields, not null
     * @throws IllegalArgumentException if the records cannot be a row of UCDP GED; the message says
     *     why, as {@link UcdpGedWriter} reports it
     */
    public static List<String> toRow(RowRecords values) {
        return toRow(values, UcdpGedLayout.HDX);
    }

    /**
     * Writes an event and reports mapped by {@link #toModel(UcdpGedLayout, List)} back as the
     * row's fields.
     *
     * @param values  the values, not null
     * @param layout  the layout to write, not null
     * @return the fields, one a column of the layout, not null
     * @throws IllegalArgumentException if the records cannot be a row of UCDP GED; the message says
     *     why, as {@link UcdpGedWriter} reports it
     */
    public static List<String> toRow(RowRecords values, UcdpGedLayout layout) {
        Event event = values.event().orElseThrow(() -> unwritable(null, "GED row must be an event, got "
                + (values.statement().isPresent() ? "a statement" : values.document().isPresent() ? "a document"
                        : "a casualty report of no event")));
        Map<String, AttributeValue> attributes = event.attributes();
        String[] fields = new String[layout.columns().size()];
        Arrays.fill(fields, "");
        BiConsumer<String, String> set = (column, value) -> {
            int index = layout.index(column);
            if (index >= 0) {
                fields[index] = value;
            }
        };
        set.accept("id", externalId(event.externalIds(), SCHEME).orElseThrow(() -> unwritable("id",
                "GED.id is the event's external id of scheme 'ucdp-ged', got none in event " + event.id())));
        LocalDate start = event.date().earliest();
        LocalDate end = event.date().latest();
        if (start == null || end == null) {
            throw unwritable("date_start", "GED.date_start and date_end need a date of known first and last days, got "
                    + event.date() + " in event " + event.id());
        }
        set.accept("date_start", start + Cells.cell(attributes, timeKey("date_start")).orElse(""));
        set.accept("date_end", end + Cells.cell(attributes, timeKey("date_end")).orElse(""));
        set.accept("date_prec", event.datePrecision().map(precision -> Integer.toString(precision.ucdpCode()))
                .orElse(""));
        set.accept("year", Cells.cell(attributes, key("year")).orElse(Integer.toString(start.getYear())));
        for (String column : layout.columns()) {
            if (!TYPED.containsKey(column)) {
                set.accept(column, Cells.cell(attributes, key(column)).orElse(""));
            }
        }

        if (event.participants().size() != 2) {
            throw unwritable("side_a", "GED.side_a and side_b are the event's two participants, got "
                    + event.participants().size() + " in event " + event.id());
        }
        writeSide(set, "a", event.participants().get(0).actor(), event.id());
        writeSide(set, "b", event.participants().get(1).actor(), event.id());

        SourceAttribution row = event.sources().get(0);
        set.accept("source_article", row.citation().or(() -> Cells.cell(attributes, key("source_article"))).orElse(""));
        set.accept("source_original", row.originator().or(() -> Cells.cell(attributes, key("source_original")))
                .orElse(""));
        List<SourceAttribution> articles = event.sources().subList(1, event.sources().size());
        List<String> offices = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        for (SourceAttribution article : articles) {
            offices.add(article.publication().orElseThrow(() -> unwritable("source_office",
                    "GED.source_office needs the publication of every source after the first, got none in event "
                    + event.id())));
            dates.add(article.publicationDate().map(LocalDate::toString).orElse(""));
            headlines.add(article.headline().orElse(""));
        }
        set.accept("source_office", articles.isEmpty() ? Cells.cell(attributes, key("source_office")).orElse("")
                : String.join(";", offices));
        set.accept("source_date", Cells.cell(attributes, key("source_date")).orElse(String.join(";", dates)));
        set.accept("source_headline", Cells.cell(attributes, key("source_headline"))
                .orElse(String.join(";", headlines)));

        Optional<Location> location = event.location();
        set.accept("where_prec", location.flatMap(Location::precision)
                .filter(p -> p.scale() == LocationPrecision.Scale.UCDP_WHERE_PREC).map(p -> Integer.toString(p.code()))
                .or(() -> Cells.cell(attributes, key("where_prec"))).orElse(""));
        set.accept("where_coordinates", location.flatMap(Location::place)
                .or(() -> Cells.cell(attributes, key("where_coordinates"))).orElse(""));
        List<String> units = location.map(Location::adminUnits).orElse(List.of());
        set.accept("adm_1", units.isEmpty() ? Cells.cell(attributes, key("adm_1")).orElse("") : units.get(0));
        set.accept("adm_2", units.size() < 2 ? Cells.cell(attributes, key("adm_2")).orElse("") : units.get(1));
        Optional<Coordinates> point = location.flatMap(Location::coordinates);
        set.accept("latitude", point.map(p -> p.latitude().toPlainString())
                .or(() -> Cells.cell(attributes, key("latitude"))).orElse(""));
        set.accept("longitude", point.map(p -> p.longitude().toPlainString())
                .or(() -> Cells.cell(attributes, key("longitude"))).orElse(""));
        set.accept("geom_wkt", Cells.cell(attributes, key("geom_wkt")).or(() -> point.map(UcdpGedRows::wkt))
                .orElse(""));
        set.accept("priogrid_gid", Cells.cell(attributes, key("priogrid_gid"))
                .or(() -> point.map(UcdpGedRows::prioGrid)).orElse(""));
        Optional<CountryCode> country = location.flatMap(Location::country);
        set.accept("iso3", country.map(CountryCode::code).or(() -> Cells.cell(attributes, key("iso3"))).orElse(""));
        set.accept("country", Cells.cell(attributes, key("country")).or(() -> country.map(CountryCode::displayName))
                .orElse(""));
        set.accept("country_id", Cells.cell(attributes, key("country_id"))
                .or(() -> country.flatMap(UcdpGedRows::gleditschWard)).orElse(""));

        for (CasualtyReport report : values.casualtyReports()) {
            String which = deathsOf(report, event.id());
            OptionalLong figure = report.count().figure();
            if (figure.isEmpty() || !report.count().equals(QualifiedCount.exactly(figure.getAsLong()))) {
                throw unwritable("deaths_" + which, "GED.deaths_" + which + " is an exact figure, got "
                        + report.count() + " in casualty report " + report.id());
            }
            set.accept("deaths_" + which, Long.toString(figure.getAsLong()));
        }
        QualifiedCount deaths = event.deaths().orElseThrow(() -> unwritable("best",
                "GED.low, best and high are the event's deaths, got none in event " + event.id()));
        if (deaths.best().isEmpty() || deaths.high().isEmpty() || !deaths.equals(QualifiedCount.exactly(deaths.best()
                .getAsLong()).withBounds(deaths.low(), deaths.best().getAsLong(), deaths.high()))) {
            throw unwritable("best", "GED.low, best and high are the event's deaths, exactly a best figure within"
                    + " a low and a high bound, got " + deaths + " in event " + event.id());
        }
        set.accept("low", Long.toString(deaths.low()));
        set.accept("best", Long.toString(deaths.best().getAsLong()));
        set.accept("high", Long.toString(deaths.high().getAsLong()));
        return List.of(fields);
    }

    private static String deathsOf(CasualtyReport report, String eventId) {
        String id = report.id();
        String prefix = eventId + DEATHS_INFIX;
        if (id.startsWith(prefix)) {
            String which = id.substring(prefix.length());
            for (String known : DEATHS) {
                if (known.equals(which)) {
                    return which;
                }
            }
        }
        throw unwritable(null, "GED.deaths_* are the casualty reports " + prefix + "a, b, civilians or unknown, got "
                + Violation.show(id));
    }

    private static CellRefusal unwritable(String column, String message) {
        return new CellRefusal(column, null, ProblemCode.NOT_WRITABLE, message);
    }

    private static Optional<String> externalId(List<ExternalId> ids, String scheme) {
        return ids.stream().filter(id -> id.scheme().equals(scheme)).map(ExternalId::value).findFirst();
    }

    private static void writeSide(BiConsumer<String, String> set, String side, Actor actor, String eventId) {
        Map<String, AttributeValue> attributes = actor.attributes();
        set.accept("side_" + side + "_new_id", externalId(actor.externalIds(), SIDE_SCHEME)
                .or(() -> Cells.cell(attributes, key("side_" + side + "_new_id"))).orElse(""));
        set.accept("gwno" + side, actor.country().flatMap(UcdpGedRows::gleditschWard)
                .or(() -> Cells.cell(attributes, key("gwno" + side))).orElse(""));
        set.accept("side_" + side, actor.name().orElseThrow(() -> unwritable("side_" + side,
                "GED.side_" + side + " is the name of the participant's actor, got none in event " + eventId)));
    }
}
