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
import io.github.demarche.CameoCode;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.Channel;
import io.github.demarche.Coding;
import io.github.demarche.CountryCode;
import io.github.demarche.Document;
import io.github.demarche.DocumentKind;
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
import io.github.demarche.ValidationException;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import io.github.demarche.Violation;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.formats.internal.CellRefusal;
import io.github.demarche.formats.internal.ColumnHome;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Maps a PLOVER record (one JSON object) to model records, and model records back to a PLOVER
 * record: exactly the same JSON object for a record read from PLOVER, and a record through the
 * CAMEO to PLOVER crosswalk for any other event or statement. {@link PloverReader} and
 * {@link PloverWriter} read and write files of them; this class maps one record, with Jackson's
 * tree model.
 *
 * <p><b>Field names.</b> PLOVER 0.5b1 names the two sides of a record {@code source} and
 * {@code target}; later versions name them {@code actor} and {@code recipient}, with the same
 * shape. Both are read, and the names a record was read with are written back: a record of the
 * later names carries the attribute {@value #NAMES_KEY} = {@value #LATER_NAMES}. A record that mixes
 * the two is refused. Fields of both are listed below, and in {@link #columns()}, by their 0.5b1
 * names.
 *
 * <p><b>The DOCUMENT record.</b> A PLOVER file may begin with records whose {@code event} is
 * {@code DOCUMENT}: documentation of the file (its licence, copyright, version, coder), not an
 * event. Such a record becomes a {@link Document} of kind {@link DocumentKind#REPORT}, titled by
 * its id as written, dated by its {@code dateCoded} (it has no other date, and must have that one),
 * with the one source and the attributes described below. Only the fields of
 * {@link #DOCUMENT_FIELDS} may be given on it.
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
 * <li>{@code date}: the record's date, ISO ({@code 2016-12-19}).</li>
 * <li>{@code source}/{@code target}: lists of actors. {@code actorText} is the actor's name,
 *     {@code code} its {@link CameoActorCode} as written (its country, where the code has one, is the
 *     actor's country: derived), {@code sector} its one {@link Actor#sectors() sector} as written
 *     ({@code GOV}, {@code CVLalb}, {@code ***}); kind {@code UNSPECIFIED}; ids
 *     {@code <record id>-source-1} and so on. A side that is a text ({@code ""}, or
 *     {@code "diplomatic"} in one record) is kept as the attribute {@code plover.target}.</li>
 * <li>{@code event}, {@code mode}, {@code context}: the {@link Coding}'s PLOVER type, mode and
 *     contexts ({@code "diplomatic, military"}: contexts joined by {@code ", "}). An empty mode or
 *     context ({@code ""}, as 17 and 2 records write), or contexts written otherwise, are kept as
 *     attributes, apart from an absent one.</li>
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
 * A value that a typed home cannot hold exactly goes to the field's attribute instead.
 *
 * <p><b>Refused records.</b> {@link #toModel(JsonNode)} refuses, with an
 * {@link IllegalArgumentException} whose message follows {@code PLOVER.<field> must <rule>, got
 * <value>}: a field PLOVER does not have; a value of another JSON type than PLOVER writes (every
 * value is a string, the sides lists of objects); a {@code date} that is no date; an {@code event},
 * {@code mode} or {@code context} that PLOVER does not define; a {@code dead} or {@code injured}
 * that is no count. The model's own refusals are {@link ValidationException}s.
 *
 * <p><b>PLOVER from any record.</b> {@link #toRecord(RowRecords)} writes a record read from PLOVER
 * (one that has an external id of scheme {@value #SCHEME}) back exactly. Any other event or
 * statement (GDELT's, ICEWS's, one made in code) is written with the later field names, and:
 * {@code id} the record's id; {@code date} its date; {@code actor} the event's initiators and
 * other participants, or the statement's speakers; {@code recipient} the event's targets, or the
 * actors that the statement's stances are toward (other stance targets are not written); each with
 * {@code actorText} the name (or, for an actor of no name, its description), {@code code} the CAMEO actor code and {@code sector} the sectors
 * joined by {@code ","}; {@code event}, {@code mode}, {@code context} the coding's PLOVER type,
 * mode and contexts, or, where it has none, those that {@link CameoCode#ploverType()},
 * {@link CameoCode#ploverMode()} and {@link CameoCode#ploverContexts()} give its CAMEO code through
 * the crosswalk of PLOVER draft 0.8 (a statement's stances must agree on them); {@code eventLoc} the
 * place and country; {@code dead}, {@code injured} the sum of the best figures of the row's
 * killed and injured reports (a row's reports count different victims, as UCDP's sides do);
 * {@code text}, {@code language}, {@code publication}, {@code coder}, {@code dateCoded} from the
 * first source. What PLOVER has no field for (GDELT's tone, a source URL) is not written. A record
 * of no PLOVER type (CAMEO's roots 01 and 02, which PLOVER drops) cannot be written.
 *
 * @since 0.2
 */
public final class PloverRecords {

    /** The scheme of PLOVER's record ids. */
    public static final String SCHEME = "plover";

    /** The {@code event} of a record that documents the file. */
    public static final String DOCUMENT = "DOCUMENT";

    /** The fields of a record, by their 0.5b1 names, in the order the gold-standard records write them. */
    public static final List<String> FIELDS = List.of("id", "date", "source", "target", "event", "eventText",
            "eventLoc", "context", "mode", "size", "dead", "injured", "text", "textInfo", "language", "publication",
            "coder", "version", "dateCoded", "license", "copyright", "comment");

    /** The fields a DOCUMENT record may have, in the order of {@link #FIELDS}. */
    public static final List<String> DOCUMENT_FIELDS = List.of("id", "event", "eventText", "text", "textInfo",
            "language", "publication", "coder", "version", "dateCoded", "license", "copyright", "comment");

    /** The fields of an actor of {@code source} or {@code target}, in order. */
    public static final List<String> ACTOR_FIELDS = List.of("actorText", "code", "sector");

    /** The fields of {@code eventLoc}, in order. */
    public static final List<String> LOCATION_FIELDS = List.of("name", "country code");

    /** The attribute that tells a record read with the later field names {@code actor} and {@code recipient}. */
    public static final String NAMES_KEY = "plover.fieldNames";

    /** The value of {@link #NAMES_KEY}. */
    public static final String LATER_NAMES = "actor, recipient";

    private static final Pattern FIGURE = Pattern.compile("0|[1-9][0-9]{0,11}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The stance type of each verbal PLOVER type (CAMEO roots 03 to 05 and 10 to 13). */
    private static final Map<PloverEventType, StanceType> STANCE_TYPES = stanceTypes();

    /** The names of the two sides of a record: 0.5b1's, or the later ones. */
    private enum Names {
        SOURCE_TARGET("source", "target"),
        ACTOR_RECIPIENT("actor", "recipient");

        private final String source;
        private final String target;

        Names(String source, String target) {
            this.source = source;
            this.target = target;
        }

        /** The name of a side, given by its 0.5b1 name. */
        String of(String side) {
            return side.equals("source") ? source : target;
        }
    }

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
     * actors are named {@code source[].code} and so on, those of the location {@code eventLoc.name};
     * the last entry is no field but the attribute {@value #NAMES_KEY} that records the later names.
     *
     * @return the table, one entry a field, not null
     */
    static List<ColumnHome> columns() {
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("id", "record.externalIds[plover], record.id");
        typed.put("date", "record.date");
        for (String side : new String[] {"source", "target"}) {
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
        table.add(new ColumnHome(table.size(), "(actor, recipient)", null, NAMES_KEY));
        return List.copyOf(table);
    }

    /**
     * Checks if a record is one that documents the file.
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
    /** The value as a message shows it: a string in single quotes, another value as JSON, nothing if absent. */
    private static String show(JsonNode value) {
        if (value == null) {
            return "nothing";
        }
        return value.isTextual() ? "'" + value.textValue() + "'" : value.toString();
    }

    /** The value as a problem keeps it: a string's text, another value as JSON, null if absent. */
    private static String cell(JsonNode value) {
        if (value == null) {
            return null;
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }

    private static CellRefusal bad(String field, JsonNode value, ProblemCode code, String rule) {
        return new CellRefusal(field, cell(value), code, "PLOVER." + field + " must " + rule + ", got "
                + show(value));
    }

    /**
     * Maps a record to a statement, an event with its casualty reports, or (a DOCUMENT record) a
     * document.
     *
     * @param record  the record, a JSON object, not null
     * @return the records, line 0, not null
     * @throws IllegalArgumentException if the record is not a JSON object, has a field PLOVER does
     *     not have or a value that is not of its field's form (see the class comment)
     * @throws ValidationException if the model refuses the record
     */
    public static RowRecords toModel(JsonNode record) {
        Objects.requireNonNull(record, "record");
        if (!record.isObject()) {
            throw new CellRefusal(null, record.toString(), ProblemCode.MALFORMED,
                    "PLOVER record must be a JSON object, got " + show(record));
        }
        Names names = names(record);
        String id = text(record, "id").orElseThrow(() -> bad("id", null, ProblemCode.MALFORMED, "be set"));
        ExternalId externalId = model("id", id, () -> ExternalId.of(SCHEME, id));
        String recordId = id.toLowerCase(Locale.ROOT);
        if (isDocument(record)) {
            return document(record, id, recordId, externalId);
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        if (names == Names.ACTOR_RECIPIENT) {
            attributes.put(NAMES_KEY, AttributeValue.of(LATER_NAMES));
        }
        ApproximateDate date = date(record);
        List<Actor> sources = actors(record, names, "source", recordId, attributes);
        List<Actor> targets = actors(record, names, "target", recordId, attributes);
        Optional<Coding> coding = coding(record, attributes);
        for (String field : new String[] {"eventText", "size", "version", "license", "copyright", "comment"}) {
            text(record, field).ifPresent(text -> attributes.put(key(field), AttributeValue.of(text)));
        }
        textInfo(record, attributes);
        Optional<Location> location = location(record, attributes);
        Optional<String> dead = figure(record, "dead");
        Optional<String> injured = figure(record, "injured");
        SourceAttribution attribution = source(record, attributes);

        try {
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
            dead.ifPresent(figure -> reports.add(report(recordId, "dead", CasualtyType.KILLED, figure, date,
                    attribution, location)));
            injured.ifPresent(figure -> reports.add(report(recordId, "injured", CasualtyType.INJURED, figure, date,
                    attribution, location)));
            Event.Builder event = Event.builder().id(recordId).date(date).type(eventType(coding.orElse(null)))
                    .addSource(attribution).addExternalId(externalId).putAllAttributes(attributes);
            sources.forEach(actor -> event.addParticipant(Participant.of(actor, ParticipantRole.INITIATOR)));
            targets.forEach(actor -> event.addParticipant(Participant.of(actor, ParticipantRole.TARGET)));
            coding.ifPresent(event::coding);
            location.ifPresent(event::location);
            reports.forEach(report -> event.addCasualtyReportId(report.id()));
            return RowRecords.of(event.build(), reports);
        } catch (ValidationException e) {
            throw modelRule(e, id);
        }
    }

    /** A refusal of the model, naming the field {@code id} when the first violation is the id's. */
    private static RuntimeException modelRule(ValidationException e, String id) {
        Violation first = e.violations().get(0);
        if (first.path().equals("id") || first.path().startsWith("externalIds")) {
            return new CellRefusal("id", id, ProblemCode.MODEL_RULE, first.message());
        }
        return e;
    }

    /** Makes a value of the model from a field, refusing with the model's message for that field. */
    private static <T> T model(String field, String value, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (ValidationException e) {
            throw new CellRefusal(field, value, ProblemCode.MODEL_RULE, e.violations().get(0).message());
        }
    }

    /** Checks the record's field names, and tells which names its sides have. */
    private static Names names(JsonNode record) {
        boolean first = false;
        boolean later = false;
        for (Map.Entry<String, JsonNode> field : record.properties()) {  // properties(): Jackson 2.15
            String name = field.getKey();
            if (name.equals("actor") || name.equals("recipient")) {
                later = true;
            } else if (!FIELDS.contains(name)) {
                throw new CellRefusal(name, cell(field.getValue()), ProblemCode.MALFORMED,
                        "PLOVER record must have only PLOVER's fields, got '" + name + "'");
            } else if (name.equals("source") || name.equals("target")) {
                first = true;
            }
        }
        if (first && later) {
            String name = record.has("actor") ? "actor" : "recipient";
            throw bad(name, record.get(name), ProblemCode.MALFORMED,
                    "not be given beside source or target (a record names its sides source/target or actor/recipient)");
        }
        return later ? Names.ACTOR_RECIPIENT : Names.SOURCE_TARGET;
    }

    /** The text of a field: empty if absent; refused if the field is there but not a JSON string. */
    private static Optional<String> text(JsonNode node, String field) {
        return text(node, field, field);
    }

    private static Optional<String> text(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw bad(path, value, ProblemCode.MALFORMED, "be a string");
        }
        return Optional.of(value.textValue());
    }

    private static ApproximateDate date(JsonNode record) {
        Optional<String> text = text(record, "date");
        if (text.isEmpty() || !ApproximateDate.validate(text.get()).isEmpty()
                || !ApproximateDate.parse(text.get()).toString().equals(text.get())) {
            throw bad("date", record.get("date"), ProblemCode.NOT_A_DATE, "be a date such as 2016-12-19");
        }
        return ApproximateDate.parse(text.get());
    }

    private static List<Actor> actors(JsonNode record, Names names, String side, String recordId,
            Map<String, AttributeValue> recordAttributes) {
        String field = names.of(side);
        JsonNode value = record.get(field);
        if (value == null) {
            return List.of();
        }
        if (value.isTextual()) {
            recordAttributes.put(key(side), AttributeValue.of(value.textValue()));
            return List.of();
        }
        if (!value.isArray() || value.isEmpty()) {
            throw bad(field, value, ProblemCode.MALFORMED, "be a text or a non-empty list of actors");
        }
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            String path = field + "[" + i + "]";
            JsonNode entry = value.get(i);
            if (!entry.isObject()) {
                throw bad(path, entry, ProblemCode.MALFORMED, "be an actor, a JSON object");
            }
            for (Iterator<String> fieldNames = entry.fieldNames(); fieldNames.hasNext(); ) {
                String name = fieldNames.next();
                if (!ACTOR_FIELDS.contains(name)) {
                    throw new CellRefusal(path + "." + name, cell(entry.get(name)), ProblemCode.MALFORMED,
                            "PLOVER." + path + " must have only actorText, code and sector, got '" + name + "'");
                }
            }
            Map<String, AttributeValue> attributes = new LinkedHashMap<>();
            String name = text(entry, "actorText", path + ".actorText").orElseThrow(
                    () -> bad(path + ".actorText", null, ProblemCode.MALFORMED, "be set"));
            Actor.Builder actor = Actor.builder().id(recordId + "-" + field + "-" + (i + 1)).name(name)
                    .kind(ActorKind.UNSPECIFIED);
            Optional<String> code = text(entry, "code", path + ".code");
            if (code.isPresent() && CameoActorCode.validate(code.get()).isEmpty()) {
                CameoActorCode parsed = CameoActorCode.parse(code.get());
                actor.cameoCode(parsed);
                parsed.country().ifPresent(actor::country);
            } else {
                code.ifPresent(text -> attributes.put(key(side + ".code"), AttributeValue.of(text)));
            }
            Optional<String> sector = text(entry, "sector", path + ".sector");
            if (sector.isPresent() && fitsText(sector.get(), 200)) {
                actor.addSector(sector.get());
            } else {
                sector.ifPresent(text -> attributes.put(key(side + ".sector"), AttributeValue.of(text)));
            }
            try {
                actors.add(actor.putAllAttributes(attributes).build());
            } catch (ValidationException e) {
                Violation first = e.violations().get(0);
                boolean ofName = first.path().startsWith("name");
                throw new CellRefusal(ofName ? path + ".actorText" : "id", ofName ? name
                        : record.get("id").textValue(), ProblemCode.MODEL_RULE, first.message());
            }
        }
        return actors;
    }

    private static Optional<Coding> coding(JsonNode record, Map<String, AttributeValue> attributes) {
        Optional<String> event = text(record, "event");
        Optional<String> mode = text(record, "mode");
        Optional<String> context = text(record, "context");
        if (event.isEmpty()) {
            mode.ifPresent(text -> attributes.put(key("mode"), AttributeValue.of(text)));
            context.ifPresent(text -> attributes.put(key("context"), AttributeValue.of(text)));
            return Optional.empty();
        }
        if (!PloverEventType.validate(event.get()).isEmpty()) {
            throw bad("event", record.get("event"), ProblemCode.UNKNOWN_CODE, "be a PLOVER event type");
        }
        Coding.Builder coding = Coding.builder().ploverType(PloverEventType.parse(event.get()));
        if (mode.isPresent() && !mode.get().isEmpty()) {
            if (!PloverMode.validate(mode.get()).isEmpty()) {
                throw bad("mode", record.get("mode"), ProblemCode.UNKNOWN_CODE, "be a PLOVER mode");
            }
            coding.ploverMode(PloverMode.parse(mode.get()));
        } else {
            mode.ifPresent(text -> attributes.put(key("mode"), AttributeValue.of(text)));
        }
        if (context.isPresent() && !context.get().isBlank()) {
            List<String> labels = List.of(context.get().split(",", -1)).stream().map(String::strip)
                    .collect(Collectors.toList());
            if (labels.stream().anyMatch(label -> !PloverContext.validate(label).isEmpty())) {
                throw bad("context", record.get("context"), ProblemCode.UNKNOWN_CODE,
                        "be PLOVER contexts joined by ', '");
            }
            if (String.join(", ", labels).equals(context.get()) && labels.stream().distinct().count() == labels.size()) {
                coding.addAllPloverContexts(labels.stream().map(PloverContext::parse).collect(Collectors.toList()));
            } else {
                attributes.put(key("context"), AttributeValue.of(context.get()));
            }
        } else {
            context.ifPresent(text -> attributes.put(key("context"), AttributeValue.of(text)));
        }
        return Optional.of(coding.build());
    }

    private static void textInfo(JsonNode record, Map<String, AttributeValue> attributes) {
        JsonNode value = record.get("textInfo");
        if (value == null) {
            return;
        }
        if (value.isObject() && value.size() == 1 && value.path("markup").isTextual()) {
            attributes.put(key("textInfo.markup"), AttributeValue.of(value.get("markup").textValue()));
        } else if (value.isTextual()) {
            attributes.put(key("textInfo"), AttributeValue.of(value.textValue()));
        } else {
            throw bad("textInfo", value, ProblemCode.MALFORMED, "be a string or an object of one string, markup");
        }
    }

    private static Optional<Location> location(JsonNode record, Map<String, AttributeValue> attributes) {
        JsonNode value = record.get("eventLoc");
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isObject() || value.isEmpty()) {
            throw bad("eventLoc", value, ProblemCode.MALFORMED, "be an object of a name or a country code");
        }
        for (Iterator<String> names = value.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!LOCATION_FIELDS.contains(name)) {
                throw new CellRefusal("eventLoc." + name, cell(value.get(name)), ProblemCode.MALFORMED,
                        "PLOVER.eventLoc must have only name and country code, got '" + name + "'");
            }
        }
        Location.Builder location = Location.builder();
        boolean any = false;
        Optional<String> name = text(value, "name", "eventLoc.name");
        if (name.isPresent() && fitsText(name.get(), 200)) {
            location.place(name.get());
            any = true;
        } else {
            name.ifPresent(text -> attributes.put(key("eventLoc.name"), AttributeValue.of(text)));
        }
        Optional<String> alpha2 = text(value, "country code", "eventLoc.country code");
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

    /** The figure of {@code dead} or {@code injured}: empty if absent; refused if it is no count. */
    private static Optional<String> figure(JsonNode record, String field) {
        Optional<String> text = text(record, field);
        if (text.isPresent() && !FIGURE.matcher(text.get()).matches()) {
            throw bad(field, record.get(field), ProblemCode.NOT_A_NUMBER, "be a count of people written in digits");
        }
        return text;
    }

    private static CasualtyReport report(String recordId, String field, CasualtyType type, String figure,
            ApproximateDate date, SourceAttribution source, Optional<Location> location) {
        CasualtyReport.Builder report = CasualtyReport.builder().id(recordId + "-" + field).type(type)
                .count(QualifiedCount.exactly(Long.parseLong(figure))).victims(Victims.of(VictimGroup.UNKNOWN))
                .asOf(date).addSource(source);
        location.ifPresent(report::location);
        return report.build();
    }

    private static RowRecords document(JsonNode record, String id, String recordId, ExternalId externalId) {
        for (Map.Entry<String, JsonNode> field : record.properties()) {  // properties(): Jackson 2.15
            if (!DOCUMENT_FIELDS.contains(field.getKey())) {
                throw bad(field.getKey(), field.getValue(), ProblemCode.MALFORMED, "not be given on a DOCUMENT record");
            }
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (String field : new String[] {"eventText", "version", "license", "copyright", "comment"}) {
            text(record, field).ifPresent(text -> attributes.put(key(field), AttributeValue.of(text)));
        }
        textInfo(record, attributes);
        SourceAttribution source = source(record, attributes);
        if (source.codedOn().isEmpty()) {
            throw bad("dateCoded", record.get("dateCoded"), ProblemCode.NOT_A_DATE,
                    "be a date such as 2016-12-12 on a DOCUMENT record, which has no other date");
        }
        try {
            return RowRecords.of(Document.builder().id(recordId).kind(DocumentKind.REPORT).title(id)
                    .date(ApproximateDate.of(source.codedOn().get())).addSource(source).addExternalId(externalId)
                    .putAllAttributes(attributes).build());
        } catch (ValidationException e) {
            throw modelRule(e, id);
        }
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
     * Writes records as a PLOVER record: a record read by {@link #toModel(JsonNode)} back exactly,
     * with the field names it was read with; any other event or statement through the CAMEO to
     * PLOVER crosswalk, with the later field names (see the class comment).
     *
     * @param records  the records, not null
     * @return the record, its fields in the order of {@link #FIELDS}, not null
     * @throws IllegalArgumentException if PLOVER cannot hold the records: a casualty report alone, a
     *     document that is no PLOVER DOCUMENT record, a record of no PLOVER type
     */
    public static ObjectNode toRecord(RowRecords records) {
        Objects.requireNonNull(records, "records");
        if (records.document().isPresent()) {
            Document document = records.document().get();
            Optional<ExternalId> id = ploverId(document.externalIds());
            if (id.isEmpty()) {
                throw notWritable(null, null, "PLOVER record must be an event, a statement or a PLOVER DOCUMENT "
                        + "record, got document '" + document.id() + "'");
            }
            return documentRecord(document, id.get());
        }
        if (records.statement().isEmpty() && records.event().isEmpty()) {
            throw notWritable(null, null, "PLOVER record must be an event, a statement or a PLOVER DOCUMENT "
                    + "record, got casualty report '" + records.casualtyReports().get(0).id() + "' alone");
        }
        List<ExternalId> externalIds = records.statement().map(Statement::externalIds)
                .orElseGet(() -> records.event().orElseThrow().externalIds());
        Optional<ExternalId> id = ploverId(externalIds);
        return id.isPresent() ? readRecord(records, id.get()) : crosswalkRecord(records);
    }

    private static Optional<ExternalId> ploverId(List<ExternalId> ids) {
        return ids.stream().filter(id -> id.scheme().equals(SCHEME)).findFirst();
    }

    private static CellRefusal notWritable(String field, String value, String message) {
        return new CellRefusal(field, value, ProblemCode.NOT_WRITABLE, message);
    }

    /** A record read from PLOVER, written back as read. */
    private static ObjectNode readRecord(RowRecords values, ExternalId id) {
        Map<String, AttributeValue> attributes;
        List<Actor> sources;
        List<Actor> targets;
        Optional<Coding> coding;
        Optional<Location> location;
        SourceAttribution source;
        String date;
        if (values.statement().isPresent()) {
            Statement statement = values.statement().get();
            attributes = statement.attributes();
            sources = statement.speakers();
            targets = stanceActors(statement, names(attributes).of("target"));
            coding = statement.stances().get(0).coding();
            location = statement.location();
            source = statement.sources().get(0);
            date = statement.date().toString();
        } else {
            Event event = values.event().orElseThrow();
            attributes = event.attributes();
            sources = participants(event, ParticipantRole.INITIATOR);
            targets = participants(event, ParticipantRole.TARGET);
            coding = event.coding();
            location = event.location();
            source = event.sources().get(0);
            date = event.date().toString();
        }
        Names names = names(attributes);
        ObjectNode record = NODES.objectNode();
        record.put("id", id.value());
        record.put("date", date);
        writeActors(record, names, "source", sources, attributes, true);
        writeActors(record, names, "target", targets, attributes, true);
        put(record, "event", coding.flatMap(Coding::ploverType).map(PloverEventType::name), attributes);
        put(record, "eventText", Optional.empty(), attributes);
        writeLocation(record, location, attributes);
        put(record, "context", coding.map(Coding::ploverContexts).filter(list -> !list.isEmpty())
                .map(PloverRecords::contexts), attributes);
        put(record, "mode", coding.flatMap(Coding::ploverMode).map(PloverMode::label), attributes);
        put(record, "size", Optional.empty(), attributes);
        put(record, "dead", figure(values, CasualtyType.KILLED, "dead"), attributes);
        put(record, "injured", figure(values, CasualtyType.INJURED, "injured"), attributes);
        writeSource(record, source, attributes);
        return record;
    }

    private static Names names(Map<String, AttributeValue> attributes) {
        return Optional.ofNullable(attributes.get(NAMES_KEY)).map(AttributeValue::asText).filter(LATER_NAMES::equals)
                .isPresent() ? Names.ACTOR_RECIPIENT : Names.SOURCE_TARGET;
    }

    private static String contexts(List<PloverContext> contexts) {
        return contexts.stream().map(PloverContext::label).collect(Collectors.joining(", "));
    }

    private static ObjectNode documentRecord(Document document, ExternalId id) {
        Map<String, AttributeValue> attributes = document.attributes();
        ObjectNode record = NODES.objectNode();
        record.put("id", id.value());
        record.put("event", DOCUMENT);
        put(record, "eventText", Optional.empty(), attributes);
        SourceAttribution source = document.sources().get(0);
        if (source.codedOn().isEmpty()) {
            throw notWritable("dateCoded", null, "PLOVER.dateCoded must be the day a DOCUMENT record was coded, got "
                    + "document '" + document.id() + "' whose source has no day coded");
        }
        writeSource(record, source, attributes);
        return record;
    }

    /** Writes the fields from {@code text} to {@code comment}. */
    private static void writeSource(ObjectNode record, SourceAttribution source, Map<String, AttributeValue> attributes) {
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

    /** The actors a statement's stances are toward; a stance toward anything else is refused, or left out. */
    private static List<Actor> stanceActors(Statement statement, String field) {
        Set<Actor> actors = new LinkedHashSet<>();
        for (int i = 0; i < statement.stances().size(); i++) {
            StanceTarget target = statement.stances().get(i).target();
            if (target.actor().isPresent()) {
                actors.add(target.actor().get());
            } else if (field != null) {
                throw notWritable(field, target.toString(), "PLOVER." + field + " must be a list of actors, got "
                        + "statement '" + statement.id() + "' with a stance toward " + target);
            }
        }
        return new ArrayList<>(actors);
    }

    private static void writeActors(ObjectNode record, Names names, String side, List<Actor> actors,
            Map<String, AttributeValue> attributes, boolean asRead) {
        String field = names.of(side);
        if (actors.isEmpty()) {
            Optional.ofNullable(attributes.get(key(side))).map(AttributeValue::asText)
                    .ifPresent(text -> record.put(field, text));
            return;
        }
        ArrayNode list = record.putArray(field);
        for (Actor actor : actors) {
            ObjectNode entry = list.addObject();
            entry.put("actorText", actor.name().or(actor::description).orElseThrow());
            Optional<String> code = actor.cameoCode().map(CameoActorCode::text);
            if (asRead) {
                put(entry, side + ".code", code, actor.attributes());
                put(entry, side + ".sector", actor.sectors().stream().findFirst(), actor.attributes());
            } else {
                code.ifPresent(text -> entry.put("code", text));
                if (!actor.sectors().isEmpty()) {
                    entry.put("sector", String.join(",", actor.sectors()));
                }
            }
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

    /** The exact figure of a row's one report of a type, as PLOVER reads it. */
    private static Optional<String> figure(RowRecords values, CasualtyType type, String field) {
        Optional<CasualtyReport> report = values.casualtyReports().stream().filter(r -> r.type() == type).findFirst();
        if (report.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong figure = report.get().count().figure();
        if (figure.isEmpty()) {
            throw notWritable(field, report.get().count().toString(), "PLOVER." + field
                    + " must be a count of people written in digits, got casualty report '" + report.get().id()
                    + "' of count " + report.get().count());
        }
        return Optional.of(Long.toString(figure.getAsLong()));
    }

    //-----------------------------------------------------------------------
    /** The PLOVER type, mode and contexts of a coding: its own, else its CAMEO code's by the crosswalk. */
    private record Plover(PloverEventType type, Optional<PloverMode> mode, List<PloverContext> contexts) {
    }

    private static Plover plover(Optional<Coding> coding, String recordKind, String recordId) {
        if (coding.isPresent() && coding.get().ploverType().isPresent()) {
            Coding own = coding.get();
            return new Plover(own.ploverType().get(), own.ploverMode(), own.ploverContexts());
        }
        Optional<CameoCode> cameo = coding.flatMap(Coding::cameoCode);
        if (cameo.isPresent() && cameo.get().ploverType().isPresent()) {
            return new Plover(cameo.get().ploverType().get(), cameo.get().ploverMode(), cameo.get().ploverContexts());
        }
        if (cameo.isPresent()) {
            throw notWritable("event", cameo.get().code(), "PLOVER.event must be a PLOVER event type, got CAMEO code "
                    + cameo.get().code() + " of " + recordKind + " '" + recordId
                    + "', which the CAMEO to PLOVER crosswalk gives none");
        }
        throw notWritable("event", null, "PLOVER.event must be a PLOVER event type, got " + recordKind + " '"
                + recordId + "' of no PLOVER type and no CAMEO code");
    }

    /** A record of any other source, through the crosswalk, with the later names. */
    private static ObjectNode crosswalkRecord(RowRecords values) {
        String recordId;
        ApproximateDate date;
        List<Actor> sources;
        List<Actor> targets;
        Plover plover;
        Optional<Location> location;
        SourceAttribution source;
        if (values.statement().isPresent()) {
            Statement statement = values.statement().get();
            recordId = statement.id();
            date = statement.date();
            sources = statement.speakers();
            targets = stanceActors(statement, null);
            Set<Plover> codings = new LinkedHashSet<>();
            for (Stance stance : statement.stances()) {
                codings.add(plover(stance.coding(), "statement", recordId));
            }
            if (codings.size() > 1) {
                throw notWritable("event", null, "PLOVER.event must be one event type for the whole record, got "
                        + "statement '" + recordId + "' whose stances are coded " + codings.stream()
                                .map(p -> p.type().name()).distinct().collect(Collectors.joining(" and "))
                        + (codings.stream().map(Plover::type).distinct().count() == 1 ? " with other modes or contexts"
                                : ""));
            }
            plover = codings.iterator().next();
            location = statement.location();
            source = statement.sources().get(0);
        } else {
            Event event = values.event().orElseThrow();
            recordId = event.id();
            date = event.date();
            sources = new ArrayList<>(participants(event, ParticipantRole.INITIATOR));
            sources.addAll(participants(event, ParticipantRole.PARTICIPANT));
            targets = participants(event, ParticipantRole.TARGET);
            plover = plover(event.coding(), "event", recordId);
            location = event.location();
            source = event.sources().get(0);
        }
        Map<String, AttributeValue> none = Map.of();
        ObjectNode record = NODES.objectNode();
        record.put("id", recordId);
        record.put("date", date.toString());
        writeActors(record, Names.ACTOR_RECIPIENT, "source", sources, none, false);
        writeActors(record, Names.ACTOR_RECIPIENT, "target", targets, none, false);
        record.put("event", plover.type().name());
        writeLocation(record, location, none);
        if (!plover.contexts().isEmpty()) {
            record.put("context", contexts(plover.contexts()));
        }
        plover.mode().ifPresent(mode -> record.put("mode", mode.label()));
        sum(values, CasualtyType.KILLED).ifPresent(figure -> record.put("dead", Long.toString(figure)));
        sum(values, CasualtyType.INJURED).ifPresent(figure -> record.put("injured", Long.toString(figure)));
        source.excerpt().ifPresent(text -> record.put("text", text));
        source.language().ifPresent(text -> record.put("language", text));
        source.publication().ifPresent(text -> record.put("publication", text));
        source.coder().ifPresent(text -> record.put("coder", text));
        source.codedOn().or(() -> source.codedAt().map(at -> at.atOffset(ZoneOffset.UTC).toLocalDate()))
                .ifPresent(day -> record.put("dateCoded", day.toString()));
        return record;
    }

    /** The sum of the best figures of a row's reports of a type, if every one has one. */
    private static Optional<Long> sum(RowRecords values, CasualtyType type) {
        List<CasualtyReport> reports = values.casualtyReports().stream().filter(r -> r.type() == type)
                .collect(Collectors.toList());
        if (reports.isEmpty() || reports.stream().anyMatch(r -> r.count().best().isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(reports.stream().mapToLong(r -> r.count().best().getAsLong()).sum());
    }
}
