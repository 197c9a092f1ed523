package io.github.demarche.formats.icews;

import io.github.demarche.formats.internal.Cells;
import io.github.demarche.formats.internal.ColumnHome;
import io.github.demarche.formats.internal.EventTypes;
import io.github.demarche.formats.RowRecords;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a row of ICEWS's coded events (the tab-separated files of its Dataverse release, with
 * their header, {@code NA} for a missing value) to a {@link Statement} or an {@link Event} through
 * the public API, and back to the row's fields, exactly.
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
 * code ({@code EventTypes}). No summary or title is given: ICEWS's Event Text is the code's name.
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

    private IcewsRows() {
    }

    private static String key(String column) {
        return SCHEME + "." + column.replace(' ', '_');
    }

    /**
     * Gets where each column goes: its typed home, if any, and its attribute key.
     *
     * @return the table, one entry a column, in order
     */
    public static List<ColumnHome> columns() {
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
     * @param row  the row's 20 fields, not null
     * @return the values, not null
     * @throws io.github.demarche.ValidationException if the model refuses the row
     */
    public static RowRecords toModel(List<String> row) {
        Cells.Fields fields = new Cells.Fields(COLUMNS, row);
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        String id = fields.get("Event ID");
        String recordId = SCHEME + "-" + id.toLowerCase(Locale.ROOT);
        ApproximateDate date = ApproximateDate.parse(fields.get("Event Date"));
        Optional<Actor> source = actor(fields, "Source", recordId, attributes);
        Optional<Actor> target = actor(fields, "Target", recordId, attributes);
        Optional<Coding> coding = coding(fields, attributes);
        Optional<Location> location = location(fields, attributes);
        SourceAttribution attribution = source(fields, attributes);
        ExternalId externalId = ExternalId.of(SCHEME, id);

        Optional<CameoCode> code = coding.flatMap(Coding::cameoCode);
        Optional<StanceType> stanceType = code.filter(c -> !c.quadClass().isMaterial()).flatMap(IcewsRows::stanceType);
        if (stanceType.isPresent() && source.isPresent() && target.isPresent()) {
            Stance stance = Stance.builder().type(stanceType.get()).target(StanceTarget.actor(target.get()))
                    .intensity(Intensity.NORMAL).coding(coding.get()).build();
            Statement.Builder statement = Statement.builder().id(recordId).addSpeaker(source.get()).date(date)
                    .mode(StatementMode.REPORTED).channel(Channel.OTHER).addStance(stance).addSource(attribution)
                    .addExternalId(externalId).putAllAttributes(attributes);
            location.ifPresent(statement::location);
            return RowRecords.of(statement.build());
        }
        Event.Builder event = Event.builder().id(recordId).date(date).addSource(attribution)
                .addExternalId(externalId).putAllAttributes(attributes)
                .type(code.map(EventTypes::of).orElse(EventType.OTHER));
        source.ifPresent(actor -> event.addParticipant(Participant.of(actor, ParticipantRole.INITIATOR)));
        target.ifPresent(actor -> event.addParticipant(Participant.of(actor, ParticipantRole.TARGET)));
        coding.ifPresent(event::coding);
        location.ifPresent(event::location);
        return RowRecords.of(event.build());
    }

    private static Optional<Actor> actor(Cells.Fields fields, String side, String recordId,
            Map<String, AttributeValue> recordAttributes) {
        String name = fields.get(side + " Name");
        if (name.equals(MISSING) || !Cells.fitsText(name, 200)) {
            for (String column : new String[] {" Name", " Sectors", " Country"}) {
                Cells.put(recordAttributes, key(side + column), fields.get(side + column), MISSING,
                        AttributeValue.Kind.TEXT);
            }
            return Optional.empty();
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        Actor.Builder actor = Actor.builder().id(recordId + "-" + side.toLowerCase(Locale.ROOT)).name(name)
                .kind(ActorKind.UNSPECIFIED);
        String sectors = fields.get(side + " Sectors");
        List<String> parts = Cells.split(sectors, ',');
        if (!sectors.equals(MISSING) && parts.stream().allMatch(part -> Cells.fitsText(part, 200))) {
            actor.addAllSectors(parts);
        } else {
            Cells.put(attributes, key(side + " Sectors"), sectors, MISSING, AttributeValue.Kind.TEXT);
        }
        country(fields.get(side + " Country"), key(side + " Country"), attributes).ifPresent(actor::country);
        return Optional.of(actor.putAllAttributes(attributes).build());
    }

    /** The country of a name; the name is kept as an attribute unless it is the country's display name. */
    private static Optional<CountryCode> country(String name, String key, Map<String, AttributeValue> attributes) {
        if (name.equals(MISSING)) {
            return Optional.empty();
        }
        Optional<CountryCode> country = CountryCode.findByName(name);
        if (!country.map(CountryCode::displayName).equals(Optional.of(name))) {
            Cells.putText(attributes, key, name);
        }
        return country;
    }

    private static Optional<Coding> coding(Cells.Fields fields, Map<String, AttributeValue> attributes) {
        String text = fields.get("CAMEO Code");
        String score = fields.get("Intensity");
        if (!CameoCode.validate(CameoDialect.ICEWS, text).isEmpty()) {
            Cells.put(attributes, key("CAMEO Code"), text, MISSING, AttributeValue.Kind.TEXT);
            Cells.put(attributes, key("Event Text"), fields.get("Event Text"), MISSING, AttributeValue.Kind.TEXT);
            Cells.put(attributes, key("Intensity"), score, MISSING, AttributeValue.Kind.DECIMAL);
            return Optional.empty();
        }
        CameoCode code = CameoCode.icews(text);
        if (!code.name().equals(fields.get("Event Text"))) {
            Cells.putText(attributes, key("Event Text"), fields.get("Event Text"));
        }
        Coding.Builder coding = Coding.builder().cameoCode(code);
        if (Cells.isExactDecimal(score) && new BigDecimal(score).abs().compareTo(BigDecimal.TEN) <= 0) {
            coding.reportedScore(new BigDecimal(score));
        } else {
            Cells.put(attributes, key("Intensity"), score, MISSING, AttributeValue.Kind.TEXT);
        }
        return Optional.of(coding.build());
    }

    private static Optional<Location> location(Cells.Fields fields, Map<String, AttributeValue> attributes) {
        Location.Builder location = Location.builder();
        boolean any = false;
        String city = fields.get("City");
        if (!city.equals(MISSING) && Cells.fitsText(city, 200)) {
            location.place(city);
            any = true;
        } else {
            Cells.put(attributes, key("City"), city, MISSING, AttributeValue.Kind.TEXT);
        }
        String province = fields.get("Province");
        String district = fields.get("District");
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
        Optional<CountryCode> country = country(fields.get("Country"), key("Country"), attributes);
        if (country.isPresent()) {
            location.country(country.get());
            any = true;
        }
        String lat = fields.get("Latitude");
        String lon = fields.get("Longitude");
        Optional<Coordinates> point = Cells.coordinates(lat, lon);
        if (point.isPresent()) {
            location.coordinates(point.get());
            any = true;
        } else {
            Cells.put(attributes, key("Latitude"), lat, MISSING, AttributeValue.Kind.TEXT);
            Cells.put(attributes, key("Longitude"), lon, MISSING, AttributeValue.Kind.TEXT);
        }
        return any ? Optional.of(location.build()) : Optional.empty();
    }

    private static SourceAttribution source(Cells.Fields fields, Map<String, AttributeValue> attributes) {
        SourceAttribution.Builder source = SourceAttribution.builder().coder(CODER);
        String publisher = fields.get("Publisher");
        if (!publisher.equals(MISSING) && Cells.fitsText(publisher, 200)) {
            source.publication(publisher);
        } else {
            Cells.put(attributes, key("Publisher"), publisher, MISSING, AttributeValue.Kind.TEXT);
        }
        String story = fields.get("Story ID");
        boolean storyKept = !story.equals(MISSING) && Cells.fitsText(story, 200);
        if (storyKept) {
            source.documentId(story);
        } else {
            Cells.put(attributes, key("Story ID"), story, MISSING, AttributeValue.Kind.TEXT);
        }
        String sentence = fields.get("Sentence Number");
        if (storyKept && Cells.isExactInt(sentence) && Integer.parseInt(sentence) >= 1) {
            source.sentenceNumber(Integer.parseInt(sentence));
        } else {
            Cells.put(attributes, key("Sentence Number"), sentence, MISSING, AttributeValue.Kind.INTEGER);
        }
        return source.build();
    }

    //-----------------------------------------------------------------------
    /**
     * Writes a statement or event mapped by {@link #toModel(List)} back as the row's fields.
     *
     * @param values  the values, not null
     * @return the 20 fields, not null
     */
    public static List<String> toRow(RowRecords values) {
        Cells.Fields fields = new Cells.Fields(COLUMNS, MISSING);
        Map<String, AttributeValue> attributes;
        Optional<Actor> source;
        Optional<Actor> target;
        Optional<Coding> coding;
        Optional<Location> location;
        SourceAttribution attribution;
        List<ExternalId> externalIds;
        String date;
        if (values.statement().isPresent()) {
            Statement statement = values.statement().get();
            attributes = statement.attributes();
            source = Optional.of(statement.speakers().get(0));
            Stance stance = statement.stances().get(0);
            target = stance.target().actor();
            coding = stance.coding();
            location = statement.location();
            attribution = statement.sources().get(0);
            externalIds = statement.externalIds();
            date = statement.date().toString();
        } else {
            Event event = values.event().orElseThrow();
            attributes = event.attributes();
            source = participant(event, ParticipantRole.INITIATOR);
            target = participant(event, ParticipantRole.TARGET);
            coding = event.coding();
            location = event.location();
            attribution = event.sources().get(0);
            externalIds = event.externalIds();
            date = event.date().toString();
        }
        fields.set("Event ID", externalIds.stream().filter(id -> id.scheme().equals(SCHEME)).findFirst()
                .orElseThrow().value());
        fields.set("Event Date", date);
        writeActor(fields, "Source", source, attributes);
        writeActor(fields, "Target", target, attributes);

        Optional<CameoCode> code = coding.flatMap(Coding::cameoCode);
        fields.set("CAMEO Code", code.map(CameoCode::code).or(() -> Cells.cell(attributes, key("CAMEO Code")))
                .orElse(MISSING));
        fields.set("Event Text", Cells.cell(attributes, key("Event Text")).or(() -> code.map(CameoCode::name))
                .orElse(MISSING));
        fields.set("Intensity", coding.flatMap(Coding::reportedScore).map(BigDecimal::toPlainString)
                .or(() -> Cells.cell(attributes, key("Intensity"))).orElse(MISSING));

        fields.set("Story ID", attribution.documentId().or(() -> Cells.cell(attributes, key("Story ID")))
                .orElse(MISSING));
        fields.set("Sentence Number", attribution.sentenceNumber().isPresent()
                ? Integer.toString(attribution.sentenceNumber().getAsInt())
                : Cells.cell(attributes, key("Sentence Number")).orElse(MISSING));
        fields.set("Publisher", attribution.publication().or(() -> Cells.cell(attributes, key("Publisher")))
                .orElse(MISSING));

        Optional<Location> place = location;
        fields.set("City", place.flatMap(Location::place).or(() -> Cells.cell(attributes, key("City")))
                .orElse(MISSING));
        List<String> units = place.map(Location::adminUnits).orElse(List.of());
        fields.set("Province", units.isEmpty() ? Cells.cell(attributes, key("Province")).orElse(MISSING) : units.get(0));
        fields.set("District", units.size() < 2 ? Cells.cell(attributes, key("District")).orElse(MISSING) : units.get(1));
        fields.set("Country", Cells.cell(attributes, key("Country"))
                .or(() -> place.flatMap(Location::country).map(CountryCode::displayName)).orElse(MISSING));
        Optional<Coordinates> point = place.flatMap(Location::coordinates);
        fields.set("Latitude", point.map(p -> p.latitude().toPlainString())
                .or(() -> Cells.cell(attributes, key("Latitude"))).orElse(MISSING));
        fields.set("Longitude", point.map(p -> p.longitude().toPlainString())
                .or(() -> Cells.cell(attributes, key("Longitude"))).orElse(MISSING));
        return fields.toList();
    }

    private static Optional<Actor> participant(Event event, ParticipantRole role) {
        return event.participants().stream().filter(p -> p.role() == role).map(Participant::actor).findFirst();
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
        Map<String, AttributeValue> attributes = value.attributes();
        fields.set(side + " Name", value.name().orElseThrow());
        fields.set(side + " Sectors", value.sectors().isEmpty()
                ? Cells.cell(attributes, key(side + " Sectors")).orElse(MISSING) : String.join(",", value.sectors()));
        fields.set(side + " Country", Cells.cell(attributes, key(side + " Country"))
                .or(() -> value.country().map(CountryCode::displayName)).orElse(MISSING));
    }
}
