package io.github.demarche.formats.icews;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.AttributeValue;
import io.github.demarche.CameoCode;
import io.github.demarche.CameoDialect;
import io.github.demarche.Channel;
import io.github.demarche.Coding;
import io.github.demarche.Coordinates;
import io.github.demarche.CountryCode;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.ExternalId;
import io.github.demarche.Intensity;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.CellRefusal;
import io.github.demarche.formats.internal.Cells;
import io.github.demarche.formats.internal.ColumnHome;
import io.github.demarche.formats.internal.EventTypes;
import io.github.demarche.formats.internal.Recent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Maps a row of ICEWS's coded events (the tab-separated files of its Dataverse release, with
 * their header, {@code NA} for a missing value) to a {@link Statement} or an {@link Event} through
 * the public API, and back to the row's fields, exactly. {@link IcewsReader} and {@link IcewsWriter}
 * read and write whole files with it.
 *
 * <p><b>Statement or event.</b> A row whose CAMEO code is verbal (quad class verbal cooperation or
 * verbal conflict: roots 01 to 05 and 10 to 14) and admitted by a {@link StanceType} (every verbal
 * root but 14, protest) becomes a statement: the source actor its one speaker, one stance of the
 * most specific admitting type ({@code 051} is {@code PRAISE}, not {@code SUPPORT}) toward the
 * target actor, coded with the row's code and intensity. ICEWS does not say how the words were
 * conveyed, so the mode is {@link StatementMode#REPORTED} (a position the source attributes), the
 * channel {@link Channel#OTHER} ("not stated") and the intensity {@link Intensity#NORMAL}; the
 * row's own intensity is the coding's reported score. Every other row becomes an event with the
 * source actor as {@code INITIATOR} and the target as {@code TARGET}, of a type derived from the
 * code (a meeting for {@code 04}, an attack for {@code 18} to {@code 20} ...). No summary or title is
 * given: ICEWS's Event Text is the code's name.
 *
 * <p><b>Columns</b> ({@link #COLUMNS}; attribute keys {@code icews.<column>}, spaces as {@code _}):
 * <ul>
 * <li>{@code Event ID}: {@code ExternalId("icews", id)}; the record's id is {@code icews-<id>}.</li>
 * <li>{@code Event Date}: the date, ISO.</li>
 * <li>{@code Source Name}/{@code Target Name}: the actors' names; ids {@code icews-<id>-source} and
 *     {@code -target}; kind {@code UNSPECIFIED} (ICEWS gives sectors, not kinds).</li>
 * <li>{@code Source Sectors}/{@code Target Sectors}: {@link Actor#sectors()}, split at {@code ,}.</li>
 * <li>{@code Source Country}/{@code Target Country}/{@code Country}: the actor's or the place's
 *     country by {@link CountryCode#findByName}. ICEWS writes its own names ("Russian Federation"),
 *     which {@link CountryCode#displayName()} does not give back, so a name that is not the display
 *     name is also kept as written in the attribute (as is a name no country has, such as
 *     "Occupied Palestinian Territory").</li>
 * <li>{@code Event Text}: derived, the code's name in the ICEWS dialect; kept as an attribute where
 *     it differs.</li>
 * <li>{@code CAMEO Code}: {@code CameoCode.icews(..)}; {@code Intensity}: the reported score, digits
 *     as written.</li>
 * <li>{@code Story ID}, {@code Sentence Number}, {@code Publisher}: the one source's document id,
 *     sentence number and publication; the source names ICEWS as its coder.</li>
 * <li>{@code City}, {@code District}, {@code Province}, {@code Country}, {@code Latitude},
 *     {@code Longitude}: the record's location: place, admin units (province, then district),
 *     country, coordinates with their digits.</li>
 * </ul>
 * A cell that its typed home cannot hold exactly (a sentence number with a leading zero, a
 * district of no province, a latitude of no longitude) is kept as written in its attribute, so
 * that the row is written back as it was read.
 *
 * <p><b>Refused rows.</b> A row is refused, with an {@link IllegalArgumentException} whose message
 * names the column and the cell, when it does not have 20 fields ({@code ICEWS row must have 20
 * fields, got 12}); when its Event ID is not a whole number, its Event Date not a day
 * {@code yyyy-MM-dd}, its Intensity not a number from -10 to 10, its Sentence Number not a whole
 * number from 1, its Latitude or Longitude not a number of degrees in range
 * ({@code ICEWS.Latitude must be a number from -90 to 90, got '95.5'}); when its CAMEO Code is not
 * one of ICEWS's dialect ({@code ICEWS.CAMEO Code must be a CAMEO event code of the ICEWS dialect,
 * got '999'}); or when the model's rules refuse the records it makes (the model's own message,
 * such as {@code Actor.sectors[1] must be unique ignoring case, got 'Government'}). {@code NA} is
 * accepted in every column but Event ID and Event Date.
 *
 * <p><b>Rows written.</b> {@link #toRow} writes a statement of one speaker and one stance toward
 * an actor, or an event of at most one {@code INITIATOR} and one {@code TARGET}, that has an
 * external id of scheme {@code icews}, a day as its date, at most one source and at most two admin
 * units. What the model holds and ICEWS has no column for (a title, a summary, a quote, a mode or
 * channel other than the ones ICEWS rows are read with, attributes of other keys) is not written.
 */
public final class IcewsRows {

    /** The scheme of ICEWS's event ids. */
    public static final String SCHEME = "icews";

    /** The coder named by the source of every ICEWS row. */
    public static final String CODER = "ICEWS";

    /** ICEWS's mark of a missing value. */
    public static final String MISSING = "NA";

    /** The columns of an ICEWS row, in order, as its header names them. */
    public static final List<String> COLUMNS = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
            "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
            "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude",
            "Longitude");

    /** The index of each column. */
    private static final Map<String, Integer> INDEX = new HashMap<>();
    /** The attribute key of each column: {@code icews.<column>}, spaces as {@code _}. */
    private static final Map<String, String> KEYS = new HashMap<>();

    static {
        for (int i = 0; i < COLUMNS.size(); i++) {
            INDEX.put(COLUMNS.get(i), i);
            KEYS.put(COLUMNS.get(i), SCHEME + "." + COLUMNS.get(i).replace(' ', '_'));
        }
    }

    // the index of each column that a reader looks up by a constant name: a row's cells are found by index
    private static final int COL_CAMEO_CODE = COLUMNS.indexOf("CAMEO Code");
    private static final int COL_CITY = COLUMNS.indexOf("City");
    private static final int COL_COUNTRY = COLUMNS.indexOf("Country");
    private static final int COL_DISTRICT = COLUMNS.indexOf("District");
    private static final int COL_EVENT_DATE = COLUMNS.indexOf("Event Date");
    private static final int COL_EVENT_ID = COLUMNS.indexOf("Event ID");
    private static final int COL_EVENT_TEXT = COLUMNS.indexOf("Event Text");
    private static final int COL_INTENSITY = COLUMNS.indexOf("Intensity");
    private static final int COL_LATITUDE = COLUMNS.indexOf("Latitude");
    private static final int COL_LONGITUDE = COLUMNS.indexOf("Longitude");
    private static final int COL_PROVINCE = COLUMNS.indexOf("Province");
    private static final int COL_PUBLISHER = COLUMNS.indexOf("Publisher");
    private static final int COL_SENTENCE_NUMBER = COLUMNS.indexOf("Sentence Number");
    private static final int COL_STORY_ID = COLUMNS.indexOf("Story ID");

    /** The stance type of every code of ICEWS's dialect, found once. */
    private static final Map<CameoCode, Optional<StanceType>> STANCE_TYPES = new HashMap<>();

    static {
        for (CameoCode code : CameoCode.all(CameoDialect.ICEWS)) {
            STANCE_TYPES.put(code, findStanceType(code));
        }
    }

    private IcewsRows() {
    }

    private static String key(String column) {
        return KEYS.get(column);
    }

    /** A row's cells by column name, for reading. */
    private static final class RowCells {

        private final List<String> cells;

        RowCells(List<String> cells) {
            this.cells = cells;
        }

        String get(String column) {
            return cells.get(INDEX.get(column));
        }

        String get(int column) {
            return cells.get(column);
        }
    }

    /**
     * The countries of the names met so far: a file names a few hundred countries in thousands of
     * rows. Bounded, so that a file of made-up names cannot fill the memory.
     */
    private static final Map<String, Optional<CountryCode>> COUNTRIES = new ConcurrentHashMap<>();
    private static final int MAX_COUNTRIES = 2000;

    /** The cells that {@link #check} reads as dates and numbers, parsed once; null for {@code NA}. */
    private record Parsed(ApproximateDate date, BigDecimal intensity, BigDecimal latitude, BigDecimal longitude) {
    }

    /** Where each column goes: its typed home, if any, and its attribute key; one entry a column, in order. */
    static List<ColumnHome> columns() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("Event ID", "record.externalIds[icews], record.id");
        typed.put("Event Date", "record.date");
        for (String side : new String[] {"Source", "Target"}) {
            String actor = side.equals("Source") ? "Statement.speakers[0] | Event.participants[INITIATOR].actor"
                    : "Statement.stances[0].target.actor | Event.participants[TARGET].actor";
            typed.put(side + " Name", actor + ".name");
            typed.put(side + " Sectors", actor + ".sectors");
            typed.put(side + " Country", actor + ".country");
        }
        typed.put("Event Text", "derived from coding.cameoCode: name");
        typed.put("CAMEO Code", "coding.cameoCode (Statement.stances[0].coding | Event.coding)");
        typed.put("Intensity", "coding.reportedScore");
        typed.put("Story ID", "record.sources[0].documentId");
        typed.put("Sentence Number", "record.sources[0].sentenceNumber");
        typed.put("Publisher", "record.sources[0].publication");
        typed.put("City", "record.location.place");
        typed.put("District", "record.location.adminUnits[1]");
        typed.put("Province", "record.location.adminUnits[0]");
        typed.put("Country", "record.location.country");
        typed.put("Latitude", "record.location.coordinates.latitude");
        typed.put("Longitude", "record.location.coordinates.longitude");
        List<ColumnHome> table = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            table.add(new ColumnHome(i, COLUMNS.get(i), typed.get(COLUMNS.get(i)), key(COLUMNS.get(i))));
        }
        return List.copyOf(table);
    }

    /**
     * Gets the most specific stance type that admits a code: the one whose family has the most digits.
     *
     * @param code  the code, not null
     * @return the type, empty if none admits the code
     */
    public static Optional<StanceType> stanceType(CameoCode code) {
        Optional<StanceType> known = STANCE_TYPES.get(code);
        return known != null ? known : findStanceType(code);
    }

    private static Optional<StanceType> findStanceType(CameoCode code) {
        Optional<StanceType> best = Optional.empty();
        for (StanceType type : StanceType.values()) {
            if (type.admits(code)
                    && best.map(b -> type.family().code().length() > b.family().code().length()).orElse(true)) {
                best = Optional.of(type);
            }
        }
        return best;
    }

    //-----------------------------------------------------------------------
    /**
     * Maps a row to a statement or an event.
     *
     * @param row  the row's fields, not null
     * @return the records, line 0, not null
     * @throws IllegalArgumentException if the row is refused (the class comment lists why); the
     *     message names the column and the cell, or is the model's own
     */
    public static RowRecords toModel(List<String> row) {
        return toModel(row, Actors.NONE);
    }

    /**
     * The actors a reader has met, by the side and cells that make one (name, sectors, country), so that a
     * row that names one again copies it with its own id ({@link Actor#withId}) rather than building
     * and checking it afresh: ICEWS names each row's actors by the row, and a file names the same
     * few hundred actors in thousands of rows. The least recently met are forgotten first.
     */
    static final class Actors {

        /** Remembers nothing: for a row mapped alone. */
        static final Actors NONE = new Actors(0);

        private final Recent<ActorCells, Actor> known;

        /** Creates the memory of a reader: some 1,000 actors, a few hundred kilobytes. */
        Actors() {
            this(1024);
        }

        private Actors(int capacity) {
            this.known = new Recent<>(capacity);
        }
    }

    /** The cells of a side that make its actor: the side too, since the attributes it keeps name its columns. */
    private record ActorCells(boolean isSource, String name, String sectors, String country) {
    }

    static RowRecords toModel(List<String> row, Actors actors) {
        if (row.size() != COLUMNS.size()) {
            throw new CellRefusal(null, null, ProblemCode.FIELD_COUNT,
                    "ICEWS row must have " + COLUMNS.size() + " fields, got " + row.size());
        }
        RowCells fields = new RowCells(row);
        Parsed parsed = check(fields);
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        String id = fields.get(COL_EVENT_ID);
        String recordId = SCHEME + "-" + id;  // digits: no case to fold
        ExternalId externalId = part(fields, path -> "Event ID", () -> ExternalId.of(SCHEME, id));
        ApproximateDate date = parsed.date();
        Optional<Actor> source = part(fields, path -> actorColumn("Source", path),
                () -> actor(fields, "Source", recordId, attributes, actors));
        Optional<Actor> target = part(fields, path -> actorColumn("Target", path),
                () -> actor(fields, "Target", recordId, attributes, actors));
        Optional<Coding> coding = part(fields, path -> path.startsWith("reportedScore") ? "Intensity" : "CAMEO Code",
                () -> coding(fields, parsed, attributes));
        Optional<Location> location = part(fields, IcewsRows::locationColumn,
                () -> location(fields, parsed, attributes));
        SourceAttribution attribution = part(fields, IcewsRows::sourceColumn, () -> source(fields, attributes));

        Optional<CameoCode> code = coding.flatMap(Coding::cameoCode);
        Optional<StanceType> stanceType = code.filter(c -> !c.quadClass().isMaterial()).flatMap(IcewsRows::stanceType);
        if (stanceType.isPresent() && source.isPresent() && target.isPresent()) {
            return part(fields, IcewsRows::recordColumn, () -> {
                Stance stance = Stance.builder().type(stanceType.get()).target(StanceTarget.actor(target.get()))
                        .intensity(Intensity.NORMAL).coding(coding.get()).build();
                Statement.Builder statement = Statement.builder().id(recordId).addSpeaker(source.get()).date(date)
                        .mode(StatementMode.REPORTED).channel(Channel.OTHER).addStance(stance).addSource(attribution)
                        .addExternalId(externalId).putAllAttributes(attributes);
                location.ifPresent(statement::location);
                return RowRecords.of(statement.build());
            });
        }
        return part(fields, IcewsRows::recordColumn, () -> {
            Event.Builder event = Event.builder().id(recordId).date(date).addSource(attribution)
                    .addExternalId(externalId).putAllAttributes(attributes)
                    .type(code.map(EventTypes::of).orElse(EventType.OTHER));
            source.ifPresent(actor -> event.addParticipant(Participant.of(actor, ParticipantRole.INITIATOR)));
            target.ifPresent(actor -> event.addParticipant(Participant.of(actor, ParticipantRole.TARGET)));
            coding.ifPresent(event::coding);
            location.ifPresent(event::location);
            return RowRecords.of(event.build());
        });
    }

    /**
     * Refuses the first cell, in the order of the columns, that is not of its column's form, and
     * gives the dates and numbers read.
     */
    private static Parsed check(RowCells fields) {
        String id = fields.get(COL_EVENT_ID);
        if (!isDigits(id)) {
            throw refused("Event ID", id, ProblemCode.NOT_A_NUMBER, "be a whole number");
        }
        String day = fields.get(COL_EVENT_DATE);
        ApproximateDate date = null;
        if (day.length() == 10 && day.charAt(4) == '-' && day.charAt(7) == '-' && isDigits(day, 0, 4)
                && isDigits(day, 5, 7) && isDigits(day, 8, 10)) {
            try {
                date = ApproximateDate.parse(day);
            } catch (ValidationException e) {
                // a day the month does not have: refused below
            }
        }
        if (date == null || !date.toString().equals(day)) {
            throw refused("Event Date", day, ProblemCode.NOT_A_DATE, "be a date yyyy-MM-dd");
        }
        String code = fields.get(COL_CAMEO_CODE);
        if (!code.equals(MISSING) && !CameoCode.validate(CameoDialect.ICEWS, code).isEmpty()) {
            throw refused("CAMEO Code", code, ProblemCode.UNKNOWN_CODE, "be a CAMEO event code of the ICEWS dialect");
        }
        BigDecimal intensity = number(fields, "Intensity", 10);
        String sentence = fields.get(COL_SENTENCE_NUMBER);
        if (!sentence.equals(MISSING) && (!isDigits(sentence) || isZeros(sentence))) {
            throw refused("Sentence Number", sentence, ProblemCode.NOT_A_NUMBER, "be a whole number from 1");
        }
        BigDecimal latitude = number(fields, "Latitude", 90);
        BigDecimal longitude = number(fields, "Longitude", 180);
        return new Parsed(date, intensity, latitude, longitude);
    }

    /** Checks if a text is zeros only. */
    private static boolean isZeros(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    /** Checks if a text is one or more ASCII digits. */
    private static boolean isDigits(String text) {
        return isDigits(text, 0, text.length());
    }

    /** Checks if the characters of a text from one index (included) to another (excluded) are one or more ASCII digits. */
    private static boolean isDigits(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** A cell that is {@code NA} (null) or a plain decimal number ({@code -?d+(.d+)?}) within [-max, max]. */
    private static BigDecimal number(RowCells fields, String column, int max) {
        String cell = fields.get(column);
        if (cell.equals(MISSING)) {
            return null;
        }
        int dot = cell.indexOf('.');
        int start = cell.startsWith("-") ? 1 : 0;
        BigDecimal number = null;
        if (isDigits(cell, start, dot < 0 ? cell.length() : dot) && (dot < 0 || isDigits(cell, dot + 1, cell.length()))) {
            number = new BigDecimal(cell);
        }
        if (number == null || number.abs().compareTo(BigDecimal.valueOf(max)) > 0) {
            throw refused(column, cell, ProblemCode.NOT_A_NUMBER, "be a number from -" + max + " to " + max);
        }
        return number;
    }

    /** Checks if a number read from a cell is written back as the cell: at most 40 characters, no leading zero, no -0. */
    private static boolean isExact(BigDecimal number, String cell) {
        // number is new BigDecimal(cell), of a cell -?d+(.d+)?: Cells.isExactDecimal tells the same by its digits
        return number != null && Cells.isExactDecimal(cell);
    }

    private static CellRefusal refused(String column, String cell, ProblemCode code, String rule) {
        return new CellRefusal(column, cell, code, "ICEWS." + column + " must " + rule + ", got " + Violation.show(cell));
    }

    /**
     * Builds a part of the records from some columns; a violation of the model's rules refuses the
     * row with the model's message, naming the column that its path comes from.
     */
    private static <T> T part(RowCells fields, Function<String, String> columnOfPath, Supplier<T> build) {
        try {
            return build.get();
        } catch (ValidationException e) {
            Violation first = e.violations().get(0);
            String column = columnOfPath.apply(first.path());
            throw new CellRefusal(column, column == null ? null : fields.get(column), ProblemCode.MODEL_RULE,
                    first.message(), e);
        }
    }

    private static String actorColumn(String side, String path) {
        if (path.startsWith("name")) {
            return side + " Name";
        }
        if (path.startsWith("sectors")) {
            return side + " Sectors";
        }
        return path.startsWith("country") ? side + " Country" : null;
    }

    private static String locationColumn(String path) {
        if (path.startsWith("place")) {
            return "City";
        }
        if (path.startsWith("adminUnits[0]")) {
            return "Province";
        }
        if (path.startsWith("adminUnits[1]")) {
            return "District";
        }
        if (path.startsWith("country")) {
            return "Country";
        }
        if (path.contains("latitude")) {
            return "Latitude";
        }
        return path.contains("longitude") ? "Longitude" : null;
    }

    private static String sourceColumn(String path) {
        if (path.startsWith("publication")) {
            return "Publisher";
        }
        if (path.startsWith("documentId")) {
            return "Story ID";
        }
        return path.startsWith("sentenceNumber") ? "Sentence Number" : null;
    }

    private static String recordColumn(String path) {
        if (path.equals("id") || path.startsWith("externalIds")) {
            return "Event ID";
        }
        if (path.startsWith("date")) {
            return "Event Date";
        }
        if (path.startsWith("location.")) {
            return locationColumn(path.substring("location.".length()));
        }
        return path.startsWith("sources[0].") ? sourceColumn(path.substring("sources[0].".length())) : null;
    }

    private static Optional<Actor> actor(RowCells fields, String side, String recordId,
            Map<String, AttributeValue> recordAttributes, Actors actors) {
        boolean isSource = side.equals("Source");
        // the columns as constants, whose hash codes the lookups compute once
        String nameColumn = isSource ? "Source Name" : "Target Name";
        String sectorsColumn = isSource ? "Source Sectors" : "Target Sectors";
        String countryColumn = isSource ? "Source Country" : "Target Country";
        String name = fields.get(nameColumn);
        if (name.equals(MISSING) || !Cells.fitsText(name, 200)) {
            for (String column : new String[] {nameColumn, sectorsColumn, countryColumn}) {
                Cells.put(recordAttributes, key(column), fields.get(column), MISSING, AttributeValue.Kind.TEXT);
            }
            return Optional.empty();
        }
        String id = recordId + (isSource ? "-source" : "-target");
        String sectors = fields.get(sectorsColumn);
        String countryName = fields.get(countryColumn);
        ActorCells cells = new ActorCells(isSource, name, sectors, countryName);
        Actor known = actors.known.get(cells);
        if (known != null) {
            return Optional.of(known.withId(id));
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        Actor.Builder actor = Actor.builder().id(id).name(name).kind(ActorKind.UNSPECIFIED);
        List<String> parts = Cells.split(sectors, ',');
        if (!sectors.equals(MISSING) && fitText(parts)) {
            actor.addAllSectors(parts);
        } else {
            Cells.put(attributes, key(sectorsColumn), sectors, MISSING, AttributeValue.Kind.TEXT);
        }
        country(countryName, key(countryColumn), attributes).ifPresent(actor::country);
        Actor built = actor.putAllAttributes(attributes).build();
        actors.known.put(cells, built);  // the actor holds nothing else of the row than these cells and its id
        return Optional.of(built);
    }

    /** Checks if every part fits a text field ({@link Cells#fitsText}, at most 200). */
    private static boolean fitText(List<String> parts) {
        for (String part : parts) {
            if (!Cells.fitsText(part, 200)) {
                return false;
            }
        }
        return true;
    }

    /** The country of a name; the name is kept as an attribute unless it is the country's display name. */
    private static Optional<CountryCode> country(String name, String key, Map<String, AttributeValue> attributes) {
        if (name.equals(MISSING)) {
            return Optional.empty();
        }
        Optional<CountryCode> country = COUNTRIES.get(name);
        if (country == null) {
            country = CountryCode.findByName(name);
            if (COUNTRIES.size() < MAX_COUNTRIES) {
                COUNTRIES.put(name, country);
            }
        }
        if (!country.map(CountryCode::displayName).equals(Optional.of(name))) {
            Cells.putText(attributes, key, name);
        }
        return country;
    }

    private static Optional<Coding> coding(RowCells fields, Parsed parsed, Map<String, AttributeValue> attributes) {
        String text = fields.get(COL_CAMEO_CODE);
        String score = fields.get(COL_INTENSITY);
        if (text.equals(MISSING)) {
            Cells.put(attributes, key("Event Text"), fields.get(COL_EVENT_TEXT), MISSING, AttributeValue.Kind.TEXT);
            Cells.put(attributes, key("Intensity"), score, MISSING, AttributeValue.Kind.DECIMAL);
            return Optional.empty();
        }
        CameoCode code = CameoCode.icews(text);
        if (!code.name().equals(fields.get(COL_EVENT_TEXT))) {
            Cells.putText(attributes, key("Event Text"), fields.get(COL_EVENT_TEXT));
        }
        Coding.Builder coding = Coding.builder().cameoCode(code);
        if (isExact(parsed.intensity(), score)) {
            coding.reportedScore(parsed.intensity());
        } else {
            Cells.put(attributes, key("Intensity"), score, MISSING, AttributeValue.Kind.TEXT);
        }
        return Optional.of(coding.build());
    }

    private static Optional<Location> location(RowCells fields, Parsed parsed, Map<String, AttributeValue> attributes) {
        Location.Builder location = Location.builder();
        boolean any = false;
        String city = fields.get(COL_CITY);
        if (!city.equals(MISSING) && Cells.fitsText(city, 200)) {
            location.place(city);
            any = true;
        } else {
            Cells.put(attributes, key("City"), city, MISSING, AttributeValue.Kind.TEXT);
        }
        String province = fields.get(COL_PROVINCE);
        String district = fields.get(COL_DISTRICT);
        boolean provinceKept = !province.equals(MISSING) && Cells.fitsText(province, 200);
        if (provinceKept) {
            location.addAdminUnits(province);
            any = true;
        } else {
            Cells.put(attributes, key("Province"), province, MISSING, AttributeValue.Kind.TEXT);
        }
        if (provinceKept && !district.equals(MISSING) && Cells.fitsText(district, 200)) {
            location.addAdminUnits(district);
        } else {
            Cells.put(attributes, key("District"), district, MISSING, AttributeValue.Kind.TEXT);
        }
        Optional<CountryCode> country = country(fields.get(COL_COUNTRY), key("Country"), attributes);
        if (country.isPresent()) {
            location.country(country.get());
            any = true;
        }
        String lat = fields.get(COL_LATITUDE);
        String lon = fields.get(COL_LONGITUDE);
        if (isExact(parsed.latitude(), lat) && isExact(parsed.longitude(), lon)) {
            location.coordinates(Coordinates.of(parsed.latitude(), parsed.longitude()));
            any = true;
        } else {
            Cells.put(attributes, key("Latitude"), lat, MISSING, AttributeValue.Kind.TEXT);
            Cells.put(attributes, key("Longitude"), lon, MISSING, AttributeValue.Kind.TEXT);
        }
        return any ? Optional.of(location.build()) : Optional.empty();
    }

    private static SourceAttribution source(RowCells fields, Map<String, AttributeValue> attributes) {
        SourceAttribution.Builder source = SourceAttribution.builder().coder(CODER);
        String publisher = fields.get(COL_PUBLISHER);
        if (!publisher.equals(MISSING) && Cells.fitsText(publisher, 200)) {
            source.publication(publisher);
        } else {
            Cells.put(attributes, key("Publisher"), publisher, MISSING, AttributeValue.Kind.TEXT);
        }
        String story = fields.get(COL_STORY_ID);
        boolean storyKept = !story.equals(MISSING) && Cells.fitsText(story, 200);
        if (storyKept) {
            source.documentId(story);
        } else {
            Cells.put(attributes, key("Story ID"), story, MISSING, AttributeValue.Kind.TEXT);
        }
        String sentence = fields.get(COL_SENTENCE_NUMBER);
        if (storyKept && !sentence.equals(MISSING) && sentence.length() <= 9 && sentence.charAt(0) != '0') {
            source.sentenceNumber(Integer.parseInt(sentence));
        } else {
            Cells.put(attributes, key("Sentence Number"), sentence, MISSING, AttributeValue.Kind.INTEGER);
        }
        return source.build();
    }

    //-----------------------------------------------------------------------
    /**
     * Writes the records of a row, such as {@link #toModel(List)} makes, as the row's fields.
     *
     * @param records  the records, not null
     * @return the 20 fields, not null
     * @throws IllegalArgumentException if ICEWS cannot hold the records (the class comment says
     *     which it holds); the message names the column
     */
    public static List<String> toRow(RowRecords records) {
        if (records.document().isPresent() || records.statement().isEmpty() && records.event().isEmpty()) {
            throw unwritable(null, null, "ICEWS rows must be statements or events, got "
                    + (records.document().isPresent() ? "a document" : "a casualty report"));
        }
        if (!records.casualtyReports().isEmpty()) {
            throw unwritable(null, null, "ICEWS rows must have no casualty reports, got "
                    + records.casualtyReports().size());
        }
        Cells.Fields fields = new Cells.Fields(COLUMNS, MISSING);
        Map<String, AttributeValue> attributes;
        Optional<Actor> source;
        Optional<Actor> target;
        Optional<Coding> coding;
        Optional<Location> location;
        List<SourceAttribution> attributions;
        List<ExternalId> externalIds;
        ApproximateDate date;
        if (records.statement().isPresent()) {
            Statement statement = records.statement().get();
            if (statement.speakers().size() != 1) {
                throw unwritable("Source Name", null, "ICEWS.Source Name must be the one speaker of a statement, got "
                        + statement.speakers().size() + " speakers");
            }
            if (statement.stances().size() != 1) {
                throw unwritable("CAMEO Code", null, "ICEWS.CAMEO Code must code the one stance of a statement, got "
                        + statement.stances().size() + " stances");
            }
            Stance stance = statement.stances().get(0);
            if (stance.target().actor().isEmpty()) {
                throw unwritable("Target Name", null, "ICEWS.Target Name must be the actor a stance is toward, got "
                        + stance.target());
            }
            attributes = statement.attributes();
            source = Optional.of(statement.speakers().get(0));
            target = stance.target().actor();
            coding = stance.coding();
            location = statement.location();
            attributions = statement.sources();
            externalIds = statement.externalIds();
            date = statement.date();
        } else {
            Event event = records.event().orElseThrow();
            attributes = event.attributes();
            source = participant(event, ParticipantRole.INITIATOR, "Source Name");
            target = participant(event, ParticipantRole.TARGET, "Target Name");
            for (Participant participant : event.participants()) {
                if (participant.role() != ParticipantRole.INITIATOR && participant.role() != ParticipantRole.TARGET) {
                    throw unwritable(null, null, "ICEWS rows must have an INITIATOR and a TARGET only, got a "
                            + participant.role() + " " + Violation.show(participant.actor().id()));
                }
            }
            coding = event.coding();
            location = event.location();
            attributions = event.sources();
            externalIds = event.externalIds();
            date = event.date();
        }
        List<ExternalId> ids = externalIds.stream().filter(id -> id.scheme().equals(SCHEME)).toList();
        if (ids.size() != 1) {
            throw unwritable("Event ID", null, "ICEWS.Event ID must be the one external id of scheme 'icews', got "
                    + ids.size());
        }
        fields.set("Event ID", text("Event ID", ids.get(0).value()));
        String day = date.toString();
        if (!Cells.isExactIsoDate(day)) {
            throw unwritable("Event Date", day, "ICEWS.Event Date must be a day yyyy-MM-dd, got " + Violation.show(day));
        }
        fields.set("Event Date", day);
        writeActor(fields, "Source", source, attributes);
        writeActor(fields, "Target", target, attributes);

        Optional<CameoCode> code = coding.flatMap(Coding::cameoCode);
        fields.set("CAMEO Code", code.map(CameoCode::code).or(() -> Cells.cell(attributes, key("CAMEO Code")))
                .orElse(MISSING));
        fields.set("Event Text", Cells.cell(attributes, key("Event Text")).or(() -> code.map(CameoCode::name))
                .orElse(MISSING));
        fields.set("Intensity", coding.flatMap(Coding::reportedScore).map(BigDecimal::toPlainString)
                .or(() -> Cells.cell(attributes, key("Intensity"))).orElse(MISSING));

        if (attributions.size() > 1) {
            throw unwritable("Story ID", null, "ICEWS.Story ID must be of the one source of a record, got "
                    + attributions.size() + " sources");
        }
        Optional<SourceAttribution> attribution = attributions.stream().findFirst();
        fields.set("Story ID", attribution.flatMap(SourceAttribution::documentId).map(text -> text("Story ID", text))
                .or(() -> Cells.cell(attributes, key("Story ID"))).orElse(MISSING));
        fields.set("Sentence Number", attribution.isPresent() && attribution.get().sentenceNumber().isPresent()
                ? Integer.toString(attribution.get().sentenceNumber().getAsInt())
                : Cells.cell(attributes, key("Sentence Number")).orElse(MISSING));
        fields.set("Publisher", attribution.flatMap(SourceAttribution::publication).map(text -> text("Publisher", text))
                .or(() -> Cells.cell(attributes, key("Publisher"))).orElse(MISSING));

        List<String> units = location.map(Location::adminUnits).orElse(List.of());
        if (units.size() > 2) {
            throw unwritable("District", null, "ICEWS.District must be the last of at most two admin units, got "
                    + units.size() + " admin units");
        }
        fields.set("City", location.flatMap(Location::place).map(text -> text("City", text))
                .or(() -> Cells.cell(attributes, key("City"))).orElse(MISSING));
        fields.set("Province", units.isEmpty() ? Cells.cell(attributes, key("Province")).orElse(MISSING)
                : text("Province", units.get(0)));
        fields.set("District", units.size() < 2 ? Cells.cell(attributes, key("District")).orElse(MISSING)
                : text("District", units.get(1)));
        fields.set("Country", Cells.cell(attributes, key("Country"))
                .or(() -> location.flatMap(Location::country).map(CountryCode::displayName)).orElse(MISSING));
        Optional<Coordinates> point = location.flatMap(Location::coordinates);
        fields.set("Latitude", point.map(p -> p.latitude().toPlainString())
                .or(() -> Cells.cell(attributes, key("Latitude"))).orElse(MISSING));
        fields.set("Longitude", point.map(p -> p.longitude().toPlainString())
                .or(() -> Cells.cell(attributes, key("Longitude"))).orElse(MISSING));
        List<String> row = fields.toList();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            if (cell.indexOf('\t') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                throw unwritable(COLUMNS.get(i), cell, "ICEWS." + COLUMNS.get(i)
                        + " must hold no tab or line break, got " + Violation.show(cell));
            }
        }
        return row;
    }

    private static CellRefusal unwritable(String column, String value, String message) {
        return new CellRefusal(column, value, ProblemCode.NOT_WRITABLE, message);
    }

    /** A typed text as its cell: refused if it is {@code NA}, which would be read back as missing. */
    private static String text(String column, String text) {
        if (text.equals(MISSING)) {
            throw unwritable(column, text, "ICEWS." + column + " must not be NA, ICEWS's mark of a missing value, got "
                    + Violation.show(text));
        }
        return text;
    }

    private static Optional<Actor> participant(Event event, ParticipantRole role, String column) {
        List<Actor> actors = event.participants().stream().filter(p -> p.role() == role).map(Participant::actor)
                .toList();
        if (actors.size() > 1) {
            throw unwritable(column, null, "ICEWS." + column + " must be the one " + role + " of an event, got "
                    + actors.size());
        }
        return actors.stream().findFirst();
    }

    private static void writeActor(Cells.Fields fields, String side, Optional<Actor> actor,
            Map<String, AttributeValue> recordAttributes) {
        if (actor.isEmpty()) {
            for (String column : new String[] {" Name", " Sectors", " Country"}) {
                fields.set(side + column, Cells.cell(recordAttributes, key(side + column)).orElse(MISSING));
            }
            return;
        }
        Actor value = actor.get();
        if (value.name().isEmpty()) {
            throw unwritable(side + " Name", null, "ICEWS." + side + " Name must be the actor's name, got an actor of"
                    + " no name " + Violation.show(value.id()));
        }
        for (String sector : value.sectors()) {
            if (sector.indexOf(',') >= 0) {
                throw unwritable(side + " Sectors", sector, "ICEWS." + side + " Sectors must hold sectors with no"
                        + " comma, got " + Violation.show(sector));
            }
        }
        Map<String, AttributeValue> attributes = value.attributes();
        fields.set(side + " Name", text(side + " Name", value.name().get()));
        fields.set(side + " Sectors", value.sectors().isEmpty()
                ? Cells.cell(attributes, key(side + " Sectors")).orElse(MISSING)
                : text(side + " Sectors", String.join(",", value.sectors())));
        fields.set(side + " Country", Cells.cell(attributes, key(side + " Country"))
                .or(() -> value.country().map(CountryCode::displayName)).orElse(MISSING));
    }
}
