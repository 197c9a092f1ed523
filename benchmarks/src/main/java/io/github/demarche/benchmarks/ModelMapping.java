package io.github.demarche.benchmarks;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CameoCode;
import io.github.demarche.CameoDialect;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.Channel;
import io.github.demarche.Coding;
import io.github.demarche.CountQualifier;
import io.github.demarche.CountryCode;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.Intensity;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import io.github.demarche.benchmarks.PlainRecords.ActorRecord;
import io.github.demarche.benchmarks.PlainRecords.CasualtyReportRecord;
import io.github.demarche.benchmarks.PlainRecords.CodingRecord;
import io.github.demarche.benchmarks.PlainRecords.CountRecord;
import io.github.demarche.benchmarks.PlainRecords.EventRecord;
import io.github.demarche.benchmarks.PlainRecords.LocationRecord;
import io.github.demarche.benchmarks.PlainRecords.ParticipantRecord;
import io.github.demarche.benchmarks.PlainRecords.SourceRecord;
import io.github.demarche.benchmarks.PlainRecords.StanceRecord;
import io.github.demarche.benchmarks.PlainRecords.StatementRecord;
import io.github.demarche.benchmarks.PlainRecords.TargetRecord;
import io.github.demarche.benchmarks.PlainRecords.VictimsRecord;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds model values from plain records through the public builders and factories, so that every
 * rule is checked: the "build + validate" side of the benchmarks.
 *
 * <p>With {@code reuseActors}, identical actors are built once and shared, as a pipeline that
 * resolves actors against a directory would; without it every mention builds its own copy.
 * Sources are shared either way: a pipeline holds one per article, as the JSON reader does.
 *
 * <p>Enumerations are looked up by their JSON names in hash maps, as the JSON reader looks them up.
 */
public final class ModelMapping {

    private static final Map<String, StatementMode> MODES = byName(StatementMode.values());
    private static final Map<String, Channel> CHANNELS = byName(Channel.values());
    private static final Map<String, StanceType> STANCE_TYPES = byName(StanceType.values());
    private static final Map<String, Intensity> INTENSITIES = byName(Intensity.values());
    private static final Map<String, ActorKind> KINDS = byName(ActorKind.values());
    private static final Map<String, CasualtyType> CASUALTY_TYPES = byName(CasualtyType.values());
    private static final Map<String, CountQualifier> QUALIFIERS = byName(CountQualifier.values());
    private static final Map<String, VictimGroup> VICTIM_GROUPS = byName(VictimGroup.values());
    private static final Map<String, EventType> EVENT_TYPES = byName(EventType.values());
    private static final Map<String, ParticipantRole> ROLES = byName(ParticipantRole.values());
    private static final Map<String, CameoDialect> DIALECTS = byName(CameoDialect.values());

    private final Map<String, Actor> actors;
    private final Map<SourceRecord, SourceAttribution> sources;

    /**
     * Creates a mapping.
     *
     * @param reuseActors  whether to build each distinct actor once
     */
    public ModelMapping(boolean reuseActors) {
        this.actors = reuseActors ? new HashMap<>() : null;
        this.sources = new HashMap<>();
    }

    /**
     * Creates a mapping that shares the sources another has built, as the baseline shares its
     * source records: a pipeline holds one source per article however many statements it builds.
     *
     * @param reuseActors  whether to build each distinct actor once
     * @param sharingSourcesOf  the mapping whose sources to use (and add to)
     */
    public ModelMapping(boolean reuseActors, ModelMapping sharingSourcesOf) {
        this.actors = reuseActors ? new HashMap<>() : null;
        this.sources = sharingSourcesOf.sources;
    }

    /**
     * Builds a statement.
     *
     * @param record  the statement's fields
     * @return the validated statement
     */
    public Statement statement(StatementRecord record) {
        Statement.Builder builder = Statement.builder()
                .id(record.id())
                .date(ApproximateDate.parse(record.date()))
                .mode(MODES.get(record.mode()))
                .channel(CHANNELS.get(record.channel()))
                .summary(record.summary());
        for (SourceRecord source : record.sources()) {
            builder.addSource(source(source));
        }
        for (ActorRecord speaker : record.speakers()) {
            builder.addSpeaker(actor(speaker));
        }
        if (record.onBehalfOf() != null) {
            builder.onBehalfOf(actor(record.onBehalfOf()));
        }
        if (record.quote() != null) {
            builder.quote(record.quote());
        }
        for (StanceRecord stance : record.stances()) {
            builder.addStance(stance(stance));
        }
        builder.eventIds(record.eventIds());
        return builder.build();
    }

    /**
     * Builds statements.
     *
     * @param records  the statements' fields
     * @return the validated statements
     */
    public List<Statement> statements(List<StatementRecord> records) {
        Statement[] statements = new Statement[records.size()];
        for (int i = 0; i < statements.length; i++) {
            statements[i] = statement(records.get(i));
        }
        return List.of(statements);
    }

    /**
     * Builds a casualty report.
     *
     * @param record  the report's fields
     * @return the validated report
     */
    public CasualtyReport casualtyReport(CasualtyReportRecord record) {
        CasualtyReport.Builder builder = CasualtyReport.builder()
                .id(record.id())
                .type(CASUALTY_TYPES.get(record.type()))
                .count(count(record.count()))
                .victims(victims(record.victims()))
                .asOf(ApproximateDate.parse(record.asOf()));
        if (record.location() != null) {
            builder.location(location(record.location()));
        }
        for (SourceRecord source : record.sources()) {
            builder.addSource(source(source));
        }
        if (record.perpetrator() != null) {
            builder.perpetrator(actor(record.perpetrator()));
        }
        if (record.periodStart() != null) {
            builder.periodStart(ApproximateDate.parse(record.periodStart()));
        }
        return builder.build();
    }

    /**
     * Builds an event.
     *
     * @param record  the event's fields
     * @return the validated event
     */
    public Event event(EventRecord record) {
        Event.Builder builder = Event.builder()
                .id(record.id())
                .type(EVENT_TYPES.get(record.type()))
                .title(record.title())
                .date(ApproximateDate.parse(record.date()))
                .casualtyReportIds(record.casualtyReportIds())
                .blocked(record.blocked());
        if (record.coding() != null) {
            builder.coding(coding(record.coding()));
        }
        for (SourceRecord source : record.sources()) {
            builder.addSource(source(source));
        }
        if (record.location() != null) {
            builder.location(location(record.location()));
        }
        for (ParticipantRecord participant : record.participants()) {
            builder.addParticipant(Participant.of(actor(participant.actor()), ROLES.get(participant.role())));
        }
        return builder.build();
    }

    private static Location location(LocationRecord record) {
        return record.place() == null ? Location.of(CountryCode.of(record.country()))
                : Location.of(CountryCode.of(record.country()), record.place());
    }

    /** Only what the data set has: a CAMEO code and its dialect. */
    private static Coding coding(CodingRecord record) {
        return Coding.of(CameoCode.of(DIALECTS.get(record.cameoDialect()), record.cameoCode()));
    }

    private static QualifiedCount count(CountRecord record) {
        CountQualifier qualifier = QUALIFIERS.get(record.qualifier());
        QualifiedCount count = qualifier == CountQualifier.BETWEEN
                ? QualifiedCount.between(record.figure(), record.secondFigure())
                : QualifiedCount.of(qualifier, record.figure());
        return record.wording() == null ? count : count.withWording(record.wording());
    }

    private Victims victims(VictimsRecord record) {
        return record.actor() != null ? Victims.of(actor(record.actor())) : Victims.of(VICTIM_GROUPS.get(record.group()));
    }

    private Stance stance(StanceRecord record) {
        Stance.Builder builder = Stance.builder()
                .type(STANCE_TYPES.get(record.type()))
                .target(target(record.target()))
                .intensity(INTENSITIES.get(record.intensity()))
                .contemplated(record.contemplated());
        if (record.wording() != null) {
            builder.wording(record.wording());
        }
        return builder.build();
    }

    private StanceTarget target(TargetRecord record) {
        switch (record.kind()) {
            case "actor":
                return StanceTarget.actor(actor(record.actor()));
            case "event":
                return StanceTarget.event(record.eventId());
            default:
                return record.key() == null ? StanceTarget.topic(record.label())
                        : StanceTarget.topic(record.label(), record.key());
        }
    }

    /**
     * Builds an actor (and its affiliations).
     *
     * @param record  the actor's fields
     * @return the validated actor, shared if reusing
     */
    public Actor actor(ActorRecord record) {
        if (actors != null) {
            Actor known = actors.get(record.id());
            if (known != null) {
                return known;
            }
        }
        Actor.Builder builder = Actor.builder().id(record.id()).name(record.name())
                .kind(KINDS.get(record.kind())).aliases(record.aliases());
        if (record.country() != null) {
            builder.country(CountryCode.of(record.country()));
        }
        if (record.title() != null) {
            builder.title(record.title());
        }
        if (record.affiliation() != null) {
            builder.affiliation(actor(record.affiliation()));
        }
        if (record.wikidataId() != null) {
            builder.wikidataId(record.wikidataId());
        }
        if (record.cameoCode() != null) {
            builder.cameoCode(record.cameoCode());
        }
        Actor actor = builder.build();
        if (actors != null) {
            actors.put(actor.id(), actor);
        }
        return actor;
    }

    private SourceAttribution source(SourceRecord record) {
        SourceAttribution known = sources.get(record);
        if (known != null) {
            return known;
        }
        // only the fields the data set's sources have
        SourceAttribution.Builder builder = SourceAttribution.builder().publication(record.publication())
                .url(URI.create(record.url())).publicationDate(LocalDate.parse(record.publicationDate()));
        if (record.author() != null) {
            builder.author(record.author());
        }
        if (record.language() != null) {
            builder.language(record.language());
        }
        SourceAttribution source = builder.build();
        sources.put(record, source);
        return source;
    }

    /** The lower_snake_case names of the JSON form, as a JSON reader looks enumerations up. */
    private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
        Map<String, E> map = new HashMap<>();
        for (E value : values) {
            map.put(value.name().toLowerCase(Locale.ROOT), value);
        }
        return map;
    }
}
