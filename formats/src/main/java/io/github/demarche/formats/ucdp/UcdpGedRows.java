package io.github.demarche.formats.ucdp;

import io.github.demarche.formats.internal.Cells;
import io.github.demarche.formats.internal.ColumnHome;
import io.github.demarche.formats.RowRecords;
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
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Maps a row of UCDP's Georeferenced Event Dataset (GED), as the humanitarian data exchange
 * republishes it (43 columns with {@code iso3}; a header, then an HXL hashtag row), to an
 * {@link Event} with four {@link CasualtyReport}s through the public API, and back to the row's
 * fields, exactly.
 *
 * <p><b>Records.</b> Every row becomes an event of type {@link EventType#ATTACK} (GED counts deaths
 * in organized violence; the row's {@code type_of_violence} is kept as an attribute) and four
 * casualty reports of the dead, always, zeros included ({@code deaths_a}, {@code deaths_b},
 * {@code deaths_civilians}, {@code deaths_unknown}: victims side a, side b,
 * {@link VictimGroup#CIVILIANS}, {@link VictimGroup#UNKNOWN}), with ids
 * {@code ucdp-ged-<id>-deaths-a} and so on, linked from the event by {@code casualtyReportIds},
 * each {@link QualifiedCount#exactly exactly} its figure, as of the event's date, at its place,
 * from its sources. The event's {@code deaths} is UCDP's estimate: {@code exactly(best)} with the
 * bounds {@code low}, {@code best}, {@code high} set by
 * {@link QualifiedCount#withBounds(long, long, OptionalLong) withBounds}; so a row with
 * {@code low > best} (event 84006 of the sample) is refused, as the model refuses inconsistent
 * figures.
 *
 * <p><b>Columns</b> ({@link #COLUMNS}; attribute keys {@code ucdp.<column>}):
 * <ul>
 * <li>{@code id}: {@code ExternalId("ucdp-ged", id)}; the event's id is {@code ucdp-ged-<id>}.</li>
 * <li>{@code date_start}, {@code date_end}: the date, {@link ApproximateDate#ofDays}. {@code year}
 *     is derived (the year of date_start). {@code date_prec} is {@code Event.datePrecision}
 *     ({@link DatePrecision#ofUcdpCode(int)}); every row's fits its dates (see the test).</li>
 * <li>{@code side_a_new_id}, {@code gwnoa}, {@code side_a} (and side b): a participant whose actor
 *     has the id {@code ucdp-side-<id>}, {@code ExternalId("ucdp-side", id)}, the name, and the
 *     country of the Gleditsch–Ward number ({@link CountryCode#ofGleditschWard}); kind
 *     {@code GOVERNMENT} where UCDP gives a state number, else {@code OTHER}. Side a comes first,
 *     side b second; in one-sided violence ({@code type_of_violence} 3) they are
 *     {@code INITIATOR} and {@code TARGET}, else both {@code PARTICIPANT}.</li>
 * <li>{@code source_article} (the citation) and {@code source_original} (the originator): the
 *     event's first source, which names UCDP as its coder. {@code source_office},
 *     {@code source_date}, {@code source_headline}: one more source per article, split at
 *     {@code ;} when the three split into as many parts (a headline with a {@code ;} of its own
 *     makes the headlines an attribute, as written; three rows of the sample).</li>
 * <li>{@code where_prec}, {@code where_coordinates}, {@code adm_1}, {@code adm_2},
 *     {@code latitude}, {@code longitude}, {@code iso3}: the location's
 *     {@link LocationPrecision.Scale#UCDP_WHERE_PREC precision}, place, admin units, coordinates
 *     (digits kept) and country. {@code geom_wkt} ({@code POINT (lon lat)}, six decimals),
 *     {@code priogrid_gid} (the PRIO-GRID cell: row × 720 + column + 1 of the half-degree grid),
 *     {@code country} (the display name) and {@code country_id} (the Gleditsch–Ward number) are
 *     derived from them; a row that differs keeps its cell as an attribute (none in the sample).</li>
 * <li>{@code active_year} (BOOLEAN), {@code type_of_violence}, {@code conflict_new_id},
 *     {@code dyad_new_id}, {@code number_of_sources}, {@code event_clarity}
 *     (INTEGER), {@code conflict_name}, {@code dyad_name}, {@code region} (TEXT): attributes of the
 *     event.</li>
 * </ul>
 */
public final class UcdpGedRows {

    /** The scheme of UCDP GED's event ids. */
    public static final String SCHEME = "ucdp-ged";

    /** The scheme of UCDP's side (actor) ids. */
    public static final String SIDE_SCHEME = "ucdp-side";

    /** The coder named by the first source of every UCDP row. */
    public static final String CODER = "UCDP";

    /** The columns of a row, in order, as the header names them. */
    public static final List<String> COLUMNS = List.of("id", "year", "active_year", "type_of_violence",
            "conflict_new_id", "conflict_name", "dyad_new_id", "dyad_name", "side_a_new_id", "gwnoa", "side_a",
            "side_b_new_id", "gwnob", "side_b", "number_of_sources", "source_article", "source_office", "source_date",
            "source_headline", "source_original", "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude",
            "longitude", "geom_wkt", "priogrid_gid", "country", "iso3", "country_id", "region", "event_clarity",
            "date_prec", "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "low",
            "best", "high");

    /** The attributes of the event, by column, with their kinds. */
    private static final Map<String, AttributeValue.Kind> EVENT_ATTRIBUTES = new LinkedHashMap<>();

    static {
        EVENT_ATTRIBUTES.put("active_year", AttributeValue.Kind.BOOLEAN);
        EVENT_ATTRIBUTES.put("type_of_violence", AttributeValue.Kind.INTEGER);
        EVENT_ATTRIBUTES.put("conflict_new_id", AttributeValue.Kind.INTEGER);
        EVENT_ATTRIBUTES.put("conflict_name", AttributeValue.Kind.TEXT);
        EVENT_ATTRIBUTES.put("dyad_new_id", AttributeValue.Kind.INTEGER);
        EVENT_ATTRIBUTES.put("dyad_name", AttributeValue.Kind.TEXT);
        EVENT_ATTRIBUTES.put("number_of_sources", AttributeValue.Kind.INTEGER);
        EVENT_ATTRIBUTES.put("region", AttributeValue.Kind.TEXT);
        EVENT_ATTRIBUTES.put("event_clarity", AttributeValue.Kind.INTEGER);
    }

    private static final String[] DEATHS = {"a", "b", "civilians", "unknown"};
    private static final BigDecimal HALF_DEGREES = BigDecimal.valueOf(2);
    private static final int GRID_COLUMNS = 720;

    private UcdpGedRows() {
    }

    private static String key(String column) {
        return "ucdp." + column;
    }

    /**
     * Gets where each column goes: its typed home, if any, and its attribute key.
     *
     * @return the table, one entry a column, in order
     */
    public static List<ColumnHome> columns() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("id", "Event.externalIds[ucdp-ged], Event.id");
        typed.put("year", "derived from Event.date: year of the start");
        for (String side : new String[] {"a", "b"}) {
            String actor = "Event.participants[" + ("a".equals(side) ? 0 : 1) + "].actor";
            typed.put("side_" + side + "_new_id", actor + ".externalIds[ucdp-side], " + actor + ".id");
            typed.put("gwno" + side, actor + ".country");
            typed.put("side_" + side, actor + ".name");
        }
        typed.put("source_article", "Event.sources[0].citation");
        typed.put("source_original", "Event.sources[0].originator");
        typed.put("source_office", "Event.sources[1..].publication");
        typed.put("source_date", "Event.sources[1..].publicationDate");
        typed.put("source_headline", "Event.sources[1..].headline");
        typed.put("where_prec", "Event.location.precision");
        typed.put("where_coordinates", "Event.location.place");
        typed.put("adm_1", "Event.location.adminUnits[0]");
        typed.put("adm_2", "Event.location.adminUnits[1]");
        typed.put("latitude", "Event.location.coordinates.latitude");
        typed.put("longitude", "Event.location.coordinates.longitude");
        typed.put("geom_wkt", "derived from Event.location.coordinates: WKT point");
        typed.put("priogrid_gid", "derived from Event.location.coordinates: PRIO-GRID cell");
        typed.put("country", "derived from Event.location.country: display name");
        typed.put("iso3", "Event.location.country");
        typed.put("country_id", "derived from Event.location.country: Gleditsch-Ward number");
        typed.put("date_start", "Event.date.earliest");
        typed.put("date_end", "Event.date.latest");
        typed.put("date_prec", "Event.datePrecision");
        for (String deaths : DEATHS) {
            typed.put("deaths_" + deaths, "CasualtyReport[-deaths-" + deaths + "].count");
        }
        typed.put("low", "Event.deaths.low");
        typed.put("best", "Event.deaths.best");
        typed.put("high", "Event.deaths.high");
        List<ColumnHome> table = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            table.add(new ColumnHome(i, COLUMNS.get(i), typed.get(COLUMNS.get(i)), key(COLUMNS.get(i))));
        }
        return List.copyOf(table);
    }

    //-----------------------------------------------------------------------
    /**
     * Maps a row to an event and its casualty reports.
     *
     * @param row  the row's 43 fields, not null
     * @return the values, not null
     * @throws io.github.demarche.ValidationException if the model refuses the row, such as one whose
     *     low, best and high are out of order
     */
    public static RowRecords toModel(List<String> row) {
        Cells.Fields fields = new Cells.Fields(COLUMNS, row);
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        String id = fields.get("id");
        String eventId = SCHEME + "-" + id;
        LocalDate start = LocalDate.parse(fields.get("date_start"));
        ApproximateDate date = ApproximateDate.ofDays(start, LocalDate.parse(fields.get("date_end")));
        if (!fields.get("year").equals(Integer.toString(start.getYear()))) {
            Cells.put(attributes, key("year"), fields.get("year"), "", AttributeValue.Kind.INTEGER);
        }
        EVENT_ATTRIBUTES.forEach((column, kind) -> Cells.put(attributes, key(column), fields.get(column), "", kind));

        boolean oneSided = fields.get("type_of_violence").equals("3");
        Actor sideA = side(fields, "a", eventId);
        Actor sideB = side(fields, "b", eventId);
        List<SourceAttribution> sources = sources(fields, attributes);
        Optional<Location> location = location(fields, attributes);

        QualifiedCount deaths = QualifiedCount.exactly(Long.parseLong(fields.get("best")))
                .withBounds(Long.parseLong(fields.get("low")), Long.parseLong(fields.get("best")),
                        OptionalLong.of(Long.parseLong(fields.get("high"))));
        List<CasualtyReport> reports = new ArrayList<>();
        for (String which : DEATHS) {
            Victims victims = which.equals("a") ? Victims.of(sideA) : which.equals("b") ? Victims.of(sideB)
                    : Victims.of(which.equals("civilians") ? VictimGroup.CIVILIANS : VictimGroup.UNKNOWN);
            CasualtyReport.Builder report = CasualtyReport.builder().id(eventId + "-deaths-" + which)
                    .type(CasualtyType.KILLED).count(QualifiedCount.exactly(Long.parseLong(fields.get("deaths_" + which))))
                    .victims(victims).asOf(date).addAllSources(sources);
            location.ifPresent(report::location);
            reports.add(report.build());
        }

        Event.Builder event = Event.builder().id(eventId).type(EventType.ATTACK).date(date)
                .addExternalId(ExternalId.of(SCHEME, id))
                .addParticipant(Participant.of(sideA, oneSided ? ParticipantRole.INITIATOR : ParticipantRole.PARTICIPANT))
                .addParticipant(Participant.of(sideB, oneSided ? ParticipantRole.TARGET : ParticipantRole.PARTICIPANT))
                .datePrecision(DatePrecision.ofUcdpCode(Integer.parseInt(fields.get("date_prec"))))
                .addAllSources(sources).deaths(deaths).putAllAttributes(attributes);
        reports.forEach(report -> event.addCasualtyReportId(report.id()));
        location.ifPresent(event::location);
        return RowRecords.of(event.build(), reports);
    }

    private static Actor side(Cells.Fields fields, String side, String eventId) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        String sideId = fields.get("side_" + side + "_new_id");
        Actor.Builder actor = Actor.builder().name(fields.get("side_" + side));
        if (Cells.isExactInt(sideId)) {
            actor.id(SIDE_SCHEME + "-" + sideId).addExternalId(ExternalId.of(SIDE_SCHEME, sideId));
        } else {
            actor.id(eventId + "-side-" + side);
            Cells.putText(attributes, key("side_" + side + "_new_id"), sideId);
        }
        String gwno = fields.get("gwno" + side);
        Optional<CountryCode> country = Cells.isExactInt(gwno)
                ? CountryCode.findByGleditschWard(Integer.parseInt(gwno)) : Optional.empty();
        if (country.isPresent() && country.get().gleditschWard().equals(OptionalInt.of(Integer.parseInt(gwno)))) {
            actor.country(country.get()).kind(ActorKind.GOVERNMENT);
        } else {
            actor.kind(ActorKind.UNSPECIFIED);
            Cells.put(attributes, key("gwno" + side), gwno, "", AttributeValue.Kind.TEXT);
        }
        return actor.putAllAttributes(attributes).build();
    }

    private static List<SourceAttribution> sources(Cells.Fields fields, Map<String, AttributeValue> attributes) {
        List<SourceAttribution> sources = new ArrayList<>();
        SourceAttribution.Builder row = SourceAttribution.builder().coder(CODER);
        String article = fields.get("source_article");
        if (Cells.fitsText(article, 2_000)) {
            row.citation(article);
        } else {
            Cells.put(attributes, key("source_article"), article, "", AttributeValue.Kind.TEXT);
        }
        String original = fields.get("source_original");
        if (Cells.fitsText(original, 200)) {
            row.originator(original);
        } else {
            Cells.put(attributes, key("source_original"), original, "", AttributeValue.Kind.TEXT);
        }
        sources.add(row.build());

        String office = fields.get("source_office");
        List<String> offices = office.isEmpty() ? List.of() : Cells.split(office, ';');
        if (offices.isEmpty() || !offices.stream().allMatch(part -> Cells.fitsText(part, 200))) {
            for (String column : new String[] {"source_office", "source_date", "source_headline"}) {
                Cells.put(attributes, key(column), fields.get(column), "", AttributeValue.Kind.TEXT);
            }
            return sources;
        }
        List<String> dates = Cells.split(fields.get("source_date"), ';');
        boolean datesKept = dates.size() == offices.size()
                && dates.stream().allMatch(part -> part.isEmpty() || Cells.isExactIsoDate(part));
        if (!datesKept) {
            Cells.putText(attributes, key("source_date"), fields.get("source_date"));
        }
        List<String> headlines = Cells.split(fields.get("source_headline"), ';');
        boolean headlinesKept = headlines.size() == offices.size()
                && headlines.stream().allMatch(part -> part.isEmpty() || Cells.fitsText(part, 500));
        if (!headlinesKept) {
            Cells.putText(attributes, key("source_headline"), fields.get("source_headline"));
        }
        for (int i = 0; i < offices.size(); i++) {
            SourceAttribution.Builder source = SourceAttribution.builder().publication(offices.get(i));
            if (datesKept && !dates.get(i).isEmpty()) {
                source.publicationDate(LocalDate.parse(dates.get(i)));
            }
            if (headlinesKept && !headlines.get(i).isEmpty()) {
                source.headline(headlines.get(i));
            }
            sources.add(source.build());
        }
        return sources;
    }

    private static Optional<Location> location(Cells.Fields fields, Map<String, AttributeValue> attributes) {
        Location.Builder location = Location.builder();
        boolean any = false;
        String precision = fields.get("where_prec");
        if (Cells.isExactInt(precision) && Integer.parseInt(precision) >= 1
                && Integer.parseInt(precision) <= LocationPrecision.Scale.UCDP_WHERE_PREC.maxCode()) {
            location.precision(LocationPrecision.of(LocationPrecision.Scale.UCDP_WHERE_PREC, Integer.parseInt(precision)));
        } else {
            Cells.put(attributes, key("where_prec"), precision, "", AttributeValue.Kind.INTEGER);
        }
        String place = fields.get("where_coordinates");
        if (Cells.fitsText(place, 200)) {
            location.place(place);
            any = true;
        } else {
            Cells.put(attributes, key("where_coordinates"), place, "", AttributeValue.Kind.TEXT);
        }
        String adm1 = fields.get("adm_1");
        String adm2 = fields.get("adm_2");
        boolean adm1Kept = Cells.fitsText(adm1, 200);
        if (adm1Kept) {
            location.addAdminUnits(adm1);
            any = true;
        } else {
            Cells.put(attributes, key("adm_1"), adm1, "", AttributeValue.Kind.TEXT);
        }
        if (adm1Kept && Cells.fitsText(adm2, 200)) {
            location.addAdminUnits(adm2);
        } else {
            Cells.put(attributes, key("adm_2"), adm2, "", AttributeValue.Kind.TEXT);
        }
        Optional<Coordinates> point = Cells.coordinates(fields.get("latitude"), fields.get("longitude"));
        if (point.isPresent()) {
            location.coordinates(point.get());
            any = true;
        } else {
            Cells.put(attributes, key("latitude"), fields.get("latitude"), "", AttributeValue.Kind.TEXT);
            Cells.put(attributes, key("longitude"), fields.get("longitude"), "", AttributeValue.Kind.TEXT);
        }
        keepUnlessEqual(attributes, "geom_wkt", fields, point.map(UcdpGedRows::wkt), AttributeValue.Kind.TEXT);
        keepUnlessEqual(attributes, "priogrid_gid", fields, point.map(UcdpGedRows::prioGrid),
                AttributeValue.Kind.INTEGER);
        String iso3 = fields.get("iso3");
        Optional<CountryCode> country = !iso3.isEmpty() && CountryCode.validate(iso3).isEmpty()
                ? Optional.of(CountryCode.of(iso3)) : Optional.empty();
        if (country.isPresent()) {
            location.country(country.get());
            any = true;
        } else {
            Cells.put(attributes, key("iso3"), iso3, "", AttributeValue.Kind.TEXT);
        }
        keepUnlessEqual(attributes, "country", fields, country.map(CountryCode::displayName), AttributeValue.Kind.TEXT);
        keepUnlessEqual(attributes, "country_id", fields, country.flatMap(UcdpGedRows::gleditschWard),
                AttributeValue.Kind.INTEGER);
        return any ? Optional.of(location.build()) : Optional.empty();
    }

    private static void keepUnlessEqual(Map<String, AttributeValue> attributes, String column, Cells.Fields fields,
            Optional<String> derived, AttributeValue.Kind kind) {
        if (!derived.equals(Optional.of(fields.get(column)))) {
            attributes.put(key(column), Cells.value(fields.get(column), kind));
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
     * Writes an event and reports mapped by {@link #toModel(List)} back as the row's fields.
     *
     * @param values  the values, not null
     * @return the 43 fields, not null
     */
    public static List<String> toRow(RowRecords values) {
        Event event = values.event().orElseThrow(() -> new IllegalArgumentException("a UCDP GED row is an event"));
        Map<String, AttributeValue> attributes = event.attributes();
        Cells.Fields fields = new Cells.Fields(COLUMNS, "");
        fields.set("id", externalId(event.externalIds(), SCHEME).orElseThrow());
        LocalDate start = event.date().earliest();
        fields.set("date_start", start.toString());
        fields.set("date_end", event.date().latest().toString());
        fields.set("date_prec", event.datePrecision().map(precision -> Integer.toString(precision.ucdpCode()))
                .orElse(""));
        fields.set("year", Cells.cell(attributes, key("year")).orElse(Integer.toString(start.getYear())));
        EVENT_ATTRIBUTES.keySet().forEach(column -> fields.set(column, Cells.cell(attributes, key(column)).orElse("")));

        writeSide(fields, "a", event.participants().get(0).actor());
        writeSide(fields, "b", event.participants().get(1).actor());

        SourceAttribution row = event.sources().get(0);
        fields.set("source_article", row.citation().or(() -> Cells.cell(attributes, key("source_article"))).orElse(""));
        fields.set("source_original", row.originator().or(() -> Cells.cell(attributes, key("source_original")))
                .orElse(""));
        List<SourceAttribution> articles = event.sources().subList(1, event.sources().size());
        List<String> offices = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        List<String> headlines = new ArrayList<>();
        for (SourceAttribution article : articles) {
            offices.add(article.publication().orElseThrow());
            dates.add(article.publicationDate().map(LocalDate::toString).orElse(""));
            headlines.add(article.headline().orElse(""));
        }
        fields.set("source_office", articles.isEmpty() ? Cells.cell(attributes, key("source_office")).orElse("")
                : String.join(";", offices));
        fields.set("source_date", Cells.cell(attributes, key("source_date")).orElse(String.join(";", dates)));
        fields.set("source_headline", Cells.cell(attributes, key("source_headline"))
                .orElse(String.join(";", headlines)));

        Optional<Location> location = event.location();
        fields.set("where_prec", location.flatMap(Location::precision).map(p -> Integer.toString(p.code()))
                .or(() -> Cells.cell(attributes, key("where_prec"))).orElse(""));
        fields.set("where_coordinates", location.flatMap(Location::place)
                .or(() -> Cells.cell(attributes, key("where_coordinates"))).orElse(""));
        List<String> units = location.map(Location::adminUnits).orElse(List.of());
        fields.set("adm_1", units.isEmpty() ? Cells.cell(attributes, key("adm_1")).orElse("") : units.get(0));
        fields.set("adm_2", units.size() < 2 ? Cells.cell(attributes, key("adm_2")).orElse("") : units.get(1));
        Optional<Coordinates> point = location.flatMap(Location::coordinates);
        fields.set("latitude", point.map(p -> p.latitude().toPlainString())
                .or(() -> Cells.cell(attributes, key("latitude"))).orElse(""));
        fields.set("longitude", point.map(p -> p.longitude().toPlainString())
                .or(() -> Cells.cell(attributes, key("longitude"))).orElse(""));
        fields.set("geom_wkt", Cells.cell(attributes, key("geom_wkt")).or(() -> point.map(UcdpGedRows::wkt)).orElse(""));
        fields.set("priogrid_gid", Cells.cell(attributes, key("priogrid_gid"))
                .or(() -> point.map(UcdpGedRows::prioGrid)).orElse(""));
        Optional<CountryCode> country = location.flatMap(Location::country);
        fields.set("iso3", country.map(CountryCode::code).or(() -> Cells.cell(attributes, key("iso3"))).orElse(""));
        fields.set("country", Cells.cell(attributes, key("country")).or(() -> country.map(CountryCode::displayName))
                .orElse(""));
        fields.set("country_id", Cells.cell(attributes, key("country_id"))
                .or(() -> country.flatMap(UcdpGedRows::gleditschWard)).orElse(""));

        for (CasualtyReport report : values.casualtyReports()) {
            String which = report.id().substring(report.id().lastIndexOf("-deaths-") + "-deaths-".length());
            fields.set("deaths_" + which, Long.toString(report.count().figure().orElseThrow()));
        }
        QualifiedCount deaths = event.deaths().orElseThrow();
        fields.set("low", Long.toString(deaths.low()));
        fields.set("best", Long.toString(deaths.best().orElseThrow()));
        fields.set("high", Long.toString(deaths.high().orElseThrow()));
        return fields.toList();
    }

    private static Optional<String> externalId(List<ExternalId> ids, String scheme) {
        return ids.stream().filter(id -> id.scheme().equals(scheme)).map(ExternalId::value).findFirst();
    }

    private static void writeSide(Cells.Fields fields, String side, Actor actor) {
        Map<String, AttributeValue> attributes = actor.attributes();
        fields.set("side_" + side + "_new_id", externalId(actor.externalIds(), SIDE_SCHEME)
                .or(() -> Cells.cell(attributes, key("side_" + side + "_new_id"))).orElse(""));
        fields.set("gwno" + side, actor.country().flatMap(UcdpGedRows::gleditschWard)
                .or(() -> Cells.cell(attributes, key("gwno" + side))).orElse(""));
        fields.set("side_" + side, actor.name().orElseThrow());
    }
}
