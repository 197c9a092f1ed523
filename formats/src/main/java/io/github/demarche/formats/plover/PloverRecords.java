package io.github.demarche.formats.plover;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.AttributeValue;
import io.github.demarche.CameoActorCode;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.Channel;
import io.github.demarche.Coding;
import io.github.demarche.CountryCode;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.ExternalId;
import io.github.demarche.Intensity;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.PloverContext;
import io.github.demarche.PloverEventType;
import io.github.demarche.PloverMode;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import io.github.demarche.formats.internal.ColumnHome;
import io.github.demarche.formats.RowRecords;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Maps a record of PLOVER's 0.5b1 gold-standard records (one JSON object of the array in
 * {@code PLOVER_GSR_CAMEO.txt}) to a {@link Statement} or an {@link Event} through the public API,
 * and back to the same JSON object: the same keys in the same order, the same values, the same JSON
 * types. The record is read and written with Jackson's tree model.
 *
 * <p><b>The DOCUMENT record.</b> The file begins with a record whose {@code event} is
 * {@code DOCUMENT}: documentation of the file (its licence, copyright, version, coder), not an
 * event. It has no date, no actors and no text, and its type is no PLOVER event type, so it is not
 * mapped: {@link #isDocument(JsonNode)} recognizes it and {@link #toModel(JsonNode)} refuses it.
 * The model has no home for a file's header (a {@code Dossier} has one source but no attributes).
 *
 * <p><b>Statement or event.</b> A record of a verbal PLOVER type ({@link #stanceType}: AGREE,
 * CONSULT, SUPPORT, DEMAND or REQUEST, DISAPPROVE or ACCUSE, REJECT, THREATEN, the PLOVER types of
 * the verbal CAMEO roots 03 to 05 and 10 to 13) with at least one source actor, at least one
 * target actor and no casualty figure becomes a statement: the source actors its speakers, one
 * stance toward each target actor, of the stance type that fits the PLOVER type, each with the
 * record's coding (the PLOVER type, mode and contexts as written; no CAMEO code is invented).
 * PLOVER does not say how the words were conveyed, so the mode is {@link StatementMode#REPORTED},
 * the channel {@link Channel#OTHER} and the intensity {@link Intensity#NORMAL}, as for ICEWS.
 * Every other record becomes an event: source actors as {@code INITIATOR}s, target actors as
 * {@code TARGET}s, in order, with the record's coding and a type derived from it
 * ({@link #eventType(Coding)}).
 *
 * <p><b>Fields</b> ({@link #columns()}; attribute keys {@code plover.<field>}):
 * <ul>
 * <li>{@code id}: {@code ExternalId("plover", id)}; the record's id is the id in lower case
 *     ({@code plover-gsr01-agree-0001}).</li>
 * <li>{@code date}: the record's date, ISO.</li>
 * <li>{@code source}/{@code target}: lists of actors. {@code actorText} is the actor's name,
 *     {@code code} its {@link CameoActorCode} as written (its country, where the code has one, is the
 *     actor's country: derived), {@code sector} its one {@link Actor#sectors() sector} as written
 *     ({@code GOV}, {@code CVLalb}, {@code ***}); kind {@code UNSPECIFIED}; ids
 *     {@code <record id>-source-1} and so on. A {@code target} that is a text ({@code ""}, or
 *     {@code "diplomatic"} in one record) is kept as the attribute {@code plover.target}.</li>
 * <li>{@code event}, {@code mode}, {@code context}: the {@link Coding}'s PLOVER type, mode and
 *     contexts ({@code "diplomatic, military"}: contexts joined by {@code ", "}). An empty mode or
 *     context ({@code ""}, as 17 and 2 records write) is kept as an attribute, apart from an absent
 *     one.</li>
 * <li>{@code eventLoc}: the record's location, {@code name} its place and {@code country code}
 *     its country by ISO 3166-1 alpha-2.</li>
 * <li>{@code dead}, {@code injured}: casualty reports of the event ({@code KILLED},
 *     {@code INJURED}) with ids {@code <record id>-dead} and {@code -injured}, linked from the
 *     event, the figure exact, as of the record's date, with the record's sources and location;
 *     the victims are {@link VictimGroup#UNKNOWN}, since PLOVER does not say who they were. The
 *     JSON strings ({@code "156"}) are written back as strings.</li>
 * <li>{@code text}, {@code language}, {@code publication}, {@code coder}, {@code dateCoded}: the one
 *     {@link SourceAttribution}'s excerpt, language, publication, coder and day coded.</li>
 * <li>{@code eventText}, {@code size}, {@code textInfo.markup} (or {@code textInfo} where it is a
 *     text, as in one record), {@code version}, {@code license}, {@code copyright},
 *     {@code comment}: text attributes, as written.</li>
 * </ul>
 * A value that a typed home cannot hold exactly goes to the field's attribute instead. A value of a
 * shape the sample does not have (an empty actor list, a number where PLOVER writes a text, a field
 * not listed) is refused with {@link IllegalArgumentException}, so that nothing is dropped silently.
 */
public final class PloverRecords {

    /** The scheme of PLOVER's record ids. */
    public static final String SCHEME = "plover";

    /** The {@code event} of the record that documents the file. */
    public static final String DOCUMENT = "DOCUMENT";

    /** The fields of a record, in the order the gold-standard records write them. */
    public static final List<String> FIELDS = List.of("id", "date", "source", "target", "event", "eventText",
            "eventLoc", "context", "mode", "size", "dead", "injured", "text", "textInfo", "language", "publication",
            "coder", "version", "dateCoded", "license", "copyright", "comment");

    /** The fields of an actor of {@code source} or {@code target}, in order. */
    public static final List<String> ACTOR_FIELDS = List.of("actorText", "code", "sector");

    /** The fields of {@code eventLoc}, in order. */
    public static final List<String> LOCATION_FIELDS = List.of("name", "country code");

    private static final String[] SIDES = {"source", "target"};
    private static final Pattern ID = Pattern.compile("[a-z0-9]+([-._][a-z0-9]+)*");
    private static final Pattern FIGURE = Pattern.compile("0|[1-9][0-9]{0,11}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The stance type of each verbal PLOVER type (CAMEO roots 03 to 05 and 10 to 13). */
    private static final Map<PloverEventType, StanceType> STANCE_TYPES = stanceTypes();

    private PloverRecords() {
    }

    private static Map<PloverEventType, StanceType> stanceTypes() {
        Map<PloverEventType, StanceType> map = new EnumMap<>(PloverEventType.class);
        map.put(PloverEventType.AGREE, StanceType.INTEND_TO_COOPERATE);
        map.put(PloverEventType.CONSULT, StanceType.CONSULT);
        map.put(PloverEventType.SUPPORT, StanceType.SUPPORT);
        map.put(PloverEventType.DEMAND, StanceType.DEMAND);
        map.put(PloverEventType.REQUEST, StanceType.DEMAND);
        map.put(PloverEventType.DISAPPROVE, StanceType.CRITICIZE);
        map.put(PloverEventType.ACCUSE, StanceType.ACCUSE);
        map.put(PloverEventType.REJECT, StanceType.REJECT);
        map.put(PloverEventType.THREATEN, StanceType.THREATEN);
        return map;
    }

    private static String key(String field) {
        return SCHEME + "." + field.replace(' ', '_');
    }

    /**
     * Gets where each field goes: its typed home, if any, and its attribute key. Fields of the
     * actors are named {@code source[].code} and so on, those of the location {@code eventLoc.name}.
     *
     * @return the table, one entry a field, not null
     */
    public static List<ColumnHome> columns() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("id", "record.externalIds[plover], record.id");
        typed.put("date", "record.date");
        for (String side : SIDES) {
            String actor = side.equals("source") ? "Statement.speakers[i] | Event.participants[INITIATOR].actor"
                    : "Statement.stances[i].target.actor | Event.participants[TARGET].actor";
            typed.put(side, actor);
            typed.put(side + "[].actorText", actor + ".name");
            typed.put(side + "[].code", actor + ".cameoCode");
            typed.put(side + "[].sector", actor + ".sectors[0]");
        }
        typed.put("event", "coding.ploverType (Statement.stances[i].coding | Event.coding)");
        typed.put("eventText", null);
        typed.put("eventLoc.name", "record.location.place");
        typed.put("eventLoc.country code", "record.location.country");
        typed.put("context", "coding.ploverContexts");
        typed.put("mode", "coding.ploverMode");
        typed.put("size", null);
        typed.put("dead", "CasualtyReport[-dead].count");
        typed.put("injured", "CasualtyReport[-injured].count");
        typed.put("text", "record.sources[0].excerpt");
        typed.put("textInfo.markup", null);
        typed.put("textInfo", null);
        typed.put("language", "record.sources[0].language");
        typed.put("publication", "record.sources[0].publication");
        typed.put("coder", "record.sources[0].coder");
        typed.put("version", null);
        typed.put("dateCoded", "record.sources[0].codedOn");
        typed.put("license", null);
        typed.put("copyright", null);
        typed.put("comment", null);
        List<ColumnHome> table = new ArrayList<>();
        typed.forEach((field, home) -> table.add(new ColumnHome(table.size(), field, home,
                key(field.replace("[]", "")))));
        return List.copyOf(table);
    }

    /**
     * Checks if a record is the one that documents the file.
     *
     * @param record  the record, not null
     * @return true if its {@code event} is {@code DOCUMENT}
     */
    public static boolean isDocument(JsonNode record) {
        return record.path("event").asText("").equals(DOCUMENT);
    }

    /**
     * Gets the stance type of a verbal PLOVER type.
     *
     * @param type  the PLOVER type, not null
     * @return the stance type, such as {@code INTEND_TO_COOPERATE} for {@code AGREE}; empty for a
     *     type whose records become events
     */
    public static Optional<StanceType> stanceType(PloverEventType type) {
        return Optional.ofNullable(STANCE_TYPES.get(type));
    }

    /**
     * Gets the event type an event of a coding gets: derived, not read; the exact PLOVER type stays
     * in the coding.
     *
     * @param coding  the coding, or null for a record whose type is no PLOVER type
     * @return {@code MEETING} for CONSULT; {@code STRIKE} for PROTEST of a {@code strike-} mode,
     *     else {@code PROTEST}; {@code SANCTION}; {@code ARREST_OR_DETENTION} for COERCE of mode
     *     {@code arrest} or {@code detain}; {@code ATTACK} for ASSAULT and FIGHT; else {@code OTHER}
     */
    public static EventType eventType(Coding coding) {
        if (coding == null || coding.ploverType().isEmpty()) {
            return EventType.OTHER;
        }
        String mode = coding.ploverMode().map(PloverMode::label).orElse("");
        switch (coding.ploverType().get()) {
            case CONSULT:
                return EventType.MEETING;
            case PROTEST:
                return mode.startsWith("strike-") ? EventType.STRIKE : EventType.PROTEST;
            case SANCTION:
                return EventType.SANCTION;
            case COERCE:
                return mode.equals("arrest") || mode.equals("detain") ? EventType.ARREST_OR_DETENTION : EventType.OTHER;
            case ASSAULT:
            case FIGHT:
                return EventType.ATTACK;
            default:
                return EventType.OTHER;
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Maps a record to a statement or an event.
     *
     * @param record  the record, a JSON object, not null
     * @return the values, not null
     * @throws IllegalArgumentException if the record is the DOCUMENT record, or holds a field or a
     *     shape of value that has no home
     * @throws io.github.demarche.ValidationException if the model refuses the record
     */
    public static RowRecords toModel(JsonNode record) {
        if (!record.isObject()) {
            throw new IllegalArgumentException("a PLOVER record is a JSON object, got " + record.getNodeType());
        }
        if (isDocument(record)) {
            throw new IllegalArgumentException("the DOCUMENT record documents the file and is not mapped");
        }
        for (Iterator<String> names = record.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw new IllegalArgumentException("field " + name + " has no home");
            }
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        String id = text(record, "id").orElseThrow(() -> new IllegalArgumentException("a record needs an id"));
        String recordId = id.toLowerCase(Locale.ROOT);
        if (recordId.length() > 64 || !ID.matcher(recordId).matches()) {
            throw new IllegalArgumentException("id " + id + " does not give a model id");
        }
        String dateText = text(record, "date").orElseThrow(() -> new IllegalArgumentException(id + " has no date"));
        ApproximateDate date = ApproximateDate.parse(dateText);
        if (!date.toString().equals(dateText)) {
            throw new IllegalArgumentException(id + ": date " + dateText + " is not written back as read");
        }
        List<Actor> sources = actors(record, "source", recordId, attributes);
        List<Actor> targets = actors(record, "target", recordId, attributes);
        Optional<Coding> coding = coding(record, attributes);
        for (String field : new String[] {"eventText", "size", "version", "license", "copyright", "comment"}) {
            text(record, field).ifPresent(text -> attributes.put(key(field), AttributeValue.of(text)));
        }
        textInfo(record, attributes);
        Optional<Location> location = location(record, attributes);
        SourceAttribution attribution = source(record, attributes);
        ExternalId externalId = ExternalId.of(SCHEME, id);

        Optional<StanceType> stanceType = coding.flatMap(Coding::ploverType).flatMap(PloverRecords::stanceType);
        boolean figures = record.has("dead") || record.has("injured");
        if (stanceType.isPresent() && !sources.isEmpty() && !targets.isEmpty() && !figures) {
            Statement.Builder statement = Statement.builder().id(recordId).addAllSpeakers(sources).date(date)
                    .mode(StatementMode.REPORTED).channel(Channel.OTHER).addSource(attribution)
                    .addExternalId(externalId).putAllAttributes(attributes);
            for (Actor target : targets) {
                statement.addStance(Stance.builder().type(stanceType.get()).target(StanceTarget.actor(target))
                        .intensity(Intensity.NORMAL).coding(coding.get()).build());
            }
            location.ifPresent(statement::location);
            return RowRecords.of(statement.build());
        }
        List<CasualtyReport> reports = new ArrayList<>();
        figure(record, "dead", CasualtyType.KILLED, recordId, date, attribution, location, attributes)
                .ifPresent(reports::add);
        figure(record, "injured", CasualtyType.INJURED, recordId, date, attribution, location, attributes)
                .ifPresent(reports::add);
        Event.Builder event = Event.builder().id(recordId).date(date).type(eventType(coding.orElse(null)))
                .addSource(attribution).addExternalId(externalId).putAllAttributes(attributes);
        sources.forEach(actor -> event.addParticipant(Participant.of(actor, ParticipantRole.INITIATOR)));
        targets.forEach(actor -> event.addParticipant(Participant.of(actor, ParticipantRole.TARGET)));
        coding.ifPresent(event::coding);
        location.ifPresent(event::location);
        reports.forEach(report -> event.addCasualtyReportId(report.id()));
        return RowRecords.of(event.build(), reports);
    }

    /** The text of a field: empty if absent; refused if the field is there but not a JSON string. */
    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new IllegalArgumentException("field " + field + " is a " + value.getNodeType()
                    + ", where PLOVER writes a string: no home");
        }
        return Optional.of(value.textValue());
    }

    private static List<Actor> actors(JsonNode record, String side, String recordId,
            Map<String, AttributeValue> recordAttributes) {
        JsonNode value = record.get(side);
        if (value == null) {
            return List.of();
        }
        if (value.isTextual()) {
            recordAttributes.put(key(side), AttributeValue.of(value.textValue()));
            return List.of();
        }
        if (!value.isArray() || value.isEmpty()) {
            throw new IllegalArgumentException(side + " is " + value + ": only a text or a non-empty list of actors has a home");
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode entry = value.get(i);
            if (!entry.isObject()) {
                throw new IllegalArgumentException(side + "[" + i + "] is not an object: no home");
            }
            for (Iterator<String> names = entry.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!ACTOR_FIELDS.contains(name)) {
                    throw new IllegalArgumentException(side + "[" + i + "]." + name + " has no home");
                }
            }
            Map<String, AttributeValue> attributes = new LinkedHashMap<>();
            String name = text(entry, "actorText").filter(text -> fitsText(text, 200)).orElseThrow(
                    () -> new IllegalArgumentException(side + "[] needs an actorText that is an actor's name"));
            Actor.Builder actor = Actor.builder().id(recordId + "-" + side + "-" + (i + 1)).name(name)
                    .kind(ActorKind.UNSPECIFIED);
            Optional<String> code = text(entry, "code");
            if (code.isPresent() && CameoActorCode.validate(code.get()).isEmpty()) {
                CameoActorCode parsed = CameoActorCode.parse(code.get());
                actor.cameoCode(parsed);
                parsed.country().ifPresent(actor::country);
            } else {
                code.ifPresent(text -> attributes.put(key(side + ".code"), AttributeValue.of(text)));
            }
            Optional<String> sector = text(entry, "sector");
            if (sector.isPresent() && fitsText(sector.get(), 200)) {
                actor.addSector(sector.get());
            } else {
                sector.ifPresent(text -> attributes.put(key(side + ".sector"), AttributeValue.of(text)));
            }
            actors.add(actor.putAllAttributes(attributes).build());
        }
        return actors;
    }

    private static Optional<Coding> coding(JsonNode record, Map<String, AttributeValue> attributes) {
        Optional<String> event = text(record, "event");
        Optional<String> mode = text(record, "mode");
        Optional<String> context = text(record, "context");
        if (event.isEmpty() || !PloverEventType.validate(event.get()).isEmpty()) {
            event.ifPresent(text -> attributes.put(key("event"), AttributeValue.of(text)));
            mode.ifPresent(text -> attributes.put(key("mode"), AttributeValue.of(text)));
            context.ifPresent(text -> attributes.put(key("context"), AttributeValue.of(text)));
            return Optional.empty();
        }
        Coding.Builder coding = Coding.builder().ploverType(PloverEventType.parse(event.get()));
        if (mode.isPresent() && PloverMode.validate(mode.get()).isEmpty()) {
            coding.ploverMode(PloverMode.parse(mode.get()));
        } else {
            mode.ifPresent(text -> attributes.put(key("mode"), AttributeValue.of(text)));
        }
        Optional<List<PloverContext>> contexts = context.flatMap(PloverRecords::contexts);
        if (contexts.isPresent()) {
            coding.addAllPloverContexts(contexts.get());
        } else {
            context.ifPresent(text -> attributes.put(key("context"), AttributeValue.of(text)));
        }
        return Optional.of(coding.build());
    }

    /** The contexts of a list, if they give it back exactly: known, each once, joined by ", ". */
    private static Optional<List<PloverContext>> contexts(String text) {
        List<String> labels = List.of(text.split(", ", -1));
        if (text.isEmpty() || labels.stream().anyMatch(label -> !PloverContext.validate(label).isEmpty())
                || labels.stream().distinct().count() != labels.size()) {
            return Optional.empty();
        }
        return Optional.of(labels.stream().map(PloverContext::parse).collect(Collectors.toList()));
    }

    private static void textInfo(JsonNode record, Map<String, AttributeValue> attributes) {
        JsonNode value = record.get("textInfo");
        if (value == null) {
            return;
        }
        if (value.isObject() && value.size() == 1 && value.path("markup").isTextual()) {
            attributes.put(key("textInfo.markup"), AttributeValue.of(value.get("markup").textValue()));
        } else {
            attributes.put(key("textInfo"), AttributeValue.of(text(record, "textInfo").orElseThrow()));
        }
    }

    private static Optional<Location> location(JsonNode record, Map<String, AttributeValue> attributes) {
        JsonNode value = record.get("eventLoc");
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject() || value.isEmpty()) {
            throw new IllegalArgumentException("eventLoc is " + value + ": only an object with a name or country code"
                    + " has a home");
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!LOCATION_FIELDS.contains(name)) {
                throw new IllegalArgumentException("eventLoc." + name + " has no home");
            }
        }
        Location.Builder location = Location.builder();
        boolean any = false;
        Optional<String> name = text(value, "name");
        if (name.isPresent() && fitsText(name.get(), 200)) {
            location.place(name.get());
            any = true;
        } else {
            name.ifPresent(text -> attributes.put(key("eventLoc.name"), AttributeValue.of(text)));
        }
        Optional<String> alpha2 = text(value, "country code");
        Optional<CountryCode> country = alpha2.flatMap(CountryCode::findByAlpha2)
                .filter(code -> code.alpha2().equals(alpha2.get()));
        if (country.isPresent()) {
            location.country(country.get());
            any = true;
        } else {
            alpha2.ifPresent(text -> attributes.put(key("eventLoc.country code"), AttributeValue.of(text)));
        }
        return any ? Optional.of(location.build()) : Optional.empty();
    }

    private static SourceAttribution source(JsonNode record, Map<String, AttributeValue> attributes) {
        SourceAttribution.Builder source = SourceAttribution.builder();
        Optional<String> text = text(record, "text");
        if (text.isPresent() && fitsText(text.get(), 20_000)) {
            source.excerpt(text.get());
        } else {
            text.ifPresent(value -> attributes.put(key("text"), AttributeValue.of(value)));
        }
        Optional<String> language = text(record, "language");
        if (language.isPresent() && SourceAttribution.builder().coder("test").language(language.get()).validate()
                .isEmpty()) {
            source.language(language.get());
        } else {
            language.ifPresent(value -> attributes.put(key("language"), AttributeValue.of(value)));
        }
        Optional<String> publication = text(record, "publication");
        if (publication.isPresent() && fitsText(publication.get(), 200)) {
            source.publication(publication.get());
        } else {
            publication.ifPresent(value -> attributes.put(key("publication"), AttributeValue.of(value)));
        }
        Optional<String> coder = text(record, "coder");
        if (coder.isPresent() && fitsText(coder.get(), 200)) {
            source.coder(coder.get());
        } else {
            coder.ifPresent(value -> attributes.put(key("coder"), AttributeValue.of(value)));
        }
        Optional<String> dateCoded = text(record, "dateCoded");
        Optional<LocalDate> codedOn = dateCoded.flatMap(PloverRecords::isoDate);
        if (codedOn.isPresent()) {
            source.codedOn(codedOn.get());
        } else {
            dateCoded.ifPresent(value -> attributes.put(key("dateCoded"), AttributeValue.of(value)));
        }
        return source.build();
    }

    private static Optional<CasualtyReport> figure(JsonNode record, String field, CasualtyType type, String recordId,
            ApproximateDate date, SourceAttribution source, Optional<Location> location,
            Map<String, AttributeValue> attributes) {
        Optional<String> text = text(record, field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!FIGURE.matcher(text.get()).matches()) {
            attributes.put(key(field), AttributeValue.of(text.get()));
            return Optional.empty();
        }
        CasualtyReport.Builder report = CasualtyReport.builder().id(recordId + "-" + field).type(type)
                .count(QualifiedCount.exactly(Long.parseLong(text.get()))).victims(Victims.of(VictimGroup.UNKNOWN))
                .asOf(date).addSource(source);
        location.ifPresent(report::location);
        return Optional.of(report.build());
    }

    private static boolean fitsText(String text, int max) {
        return !text.isBlank() && text.length() <= max;
    }

    private static Optional<LocalDate> isoDate(String text) {
        try {
            LocalDate date = LocalDate.parse(text);
            return date.toString().equals(text) ? Optional.of(date) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    //-----------------------------------------------------------------------
    /**
     * Writes a statement or event mapped by {@link #toModel(JsonNode)} back as the record.
     *
     * @param values  the values, not null
     * @return the record, its fields in the order of {@link #FIELDS}, not null
     */
    public static ObjectNode toRecord(RowRecords values) {
        Map<String, AttributeValue> attributes;
        List<Actor> sources;
        List<Actor> targets;
        Optional<Coding> coding;
        Optional<Location> location;
        SourceAttribution source;
        List<ExternalId> externalIds;
        String date;
        if (values.statement().isPresent()) {
            Statement statement = values.statement().get();
            attributes = statement.attributes();
            sources = statement.speakers();
            targets = statement.stances().stream().map(stance -> stance.target().actor().orElseThrow())
                    .collect(Collectors.toList());
            coding = statement.stances().get(0).coding();
            location = statement.location();
            source = statement.sources().get(0);
            externalIds = statement.externalIds();
            date = statement.date().toString();
        } else {
            Event event = values.event().orElseThrow();
            attributes = event.attributes();
            sources = participants(event, ParticipantRole.INITIATOR);
            targets = participants(event, ParticipantRole.TARGET);
            coding = event.coding();
            location = event.location();
            source = event.sources().get(0);
            externalIds = event.externalIds();
            date = event.date().toString();
        }
        ObjectNode record = NODES.objectNode();
        record.put("id", externalIds.stream().filter(id -> id.scheme().equals(SCHEME)).findFirst().orElseThrow()
                .value());
        record.put("date", date);
        writeActors(record, "source", sources, attributes);
        writeActors(record, "target", targets, attributes);
        put(record, "event", coding.flatMap(Coding::ploverType).map(PloverEventType::name), attributes);
        put(record, "eventText", Optional.empty(), attributes);
        writeLocation(record, location, attributes);
        put(record, "context", coding.map(Coding::ploverContexts).filter(list -> !list.isEmpty())
                .map(list -> list.stream().map(PloverContext::label).collect(Collectors.joining(", "))), attributes);
        put(record, "mode", coding.flatMap(Coding::ploverMode).map(PloverMode::label), attributes);
        put(record, "size", Optional.empty(), attributes);
        put(record, "dead", figure(values, CasualtyType.KILLED), attributes);
        put(record, "injured", figure(values, CasualtyType.INJURED), attributes);
        put(record, "text", source.excerpt(), attributes);
        if (attributes.containsKey(key("textInfo.markup"))) {
            record.putObject("textInfo").put("markup", attributes.get(key("textInfo.markup")).asText());
        } else {
            put(record, "textInfo", Optional.empty(), attributes);
        }
        put(record, "language", source.language(), attributes);
        put(record, "publication", source.publication(), attributes);
        put(record, "coder", source.coder(), attributes);
        put(record, "version", Optional.empty(), attributes);
        put(record, "dateCoded", source.codedOn().map(LocalDate::toString), attributes);
        for (String field : new String[] {"license", "copyright", "comment"}) {
            put(record, field, Optional.empty(), attributes);
        }
        return record;
    }

    /** Puts a field's typed value, else its attribute, else nothing. */
    private static void put(ObjectNode node, String field, Optional<String> typed,
            Map<String, AttributeValue> attributes) {
        Optional<String> value = typed.or(() -> Optional.ofNullable(attributes.get(key(field)))
                .map(AttributeValue::asText));
        value.ifPresent(text -> node.put(field.substring(field.lastIndexOf('.') + 1), text));
    }

    private static List<Actor> participants(Event event, ParticipantRole role) {
        return event.participants().stream().filter(p -> p.role() == role).map(Participant::actor)
                .collect(Collectors.toList());
    }

    private static void writeActors(ObjectNode record, String side, List<Actor> actors,
            Map<String, AttributeValue> attributes) {
        if (actors.isEmpty()) {
            put(record, side, Optional.empty(), attributes);
            return;
        }
        ArrayNode list = record.putArray(side);
        for (Actor actor : actors) {
            ObjectNode entry = list.addObject();
            entry.put("actorText", actor.name().orElseThrow());
            put(entry, side + ".code", actor.cameoCode().map(CameoActorCode::text), actor.attributes());
            put(entry, side + ".sector", actor.sectors().stream().findFirst(), actor.attributes());
        }
    }

    private static void writeLocation(ObjectNode record, Optional<Location> location,
            Map<String, AttributeValue> attributes) {
        ObjectNode place = NODES.objectNode();
        put(place, "eventLoc.name", location.flatMap(Location::place), attributes);
        Optional<String> alpha2 = location.flatMap(Location::country).map(CountryCode::alpha2)
                .or(() -> Optional.ofNullable(attributes.get(key("eventLoc.country code"))).map(AttributeValue::asText));
        alpha2.ifPresent(text -> place.put("country code", text));
        if (!place.isEmpty()) {
            record.set("eventLoc", place);
        }
    }

    private static Optional<String> figure(RowRecords values, CasualtyType type) {
        return values.casualtyReports().stream().filter(report -> report.type() == type).findFirst()
                .map(report -> Long.toString(report.count().figure().orElseThrow()));
    }
}
