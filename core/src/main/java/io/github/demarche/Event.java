package io.github.demarche;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Something that happened: a coup, a protest, a meeting, a blocked resolution.
 *
 * <p>From the reference article, the coup of Feb. 1, 2021, and the Wang Yi – Lavrov meeting:
 * <pre>{@code
 * Event coup = Event.builder().id("coup-2021-02-01").type(EventType.COUP)
 *         .title("Military takeover in Myanmar")
 *         .date(ApproximateDate.parse("2021-02-01"))
 *         .location(Location.of(CountryCode.of("MMR")))
 *         .addParticipant(Participant.of(tatmadaw, ParticipantRole.INITIATOR))
 *         .build();
 * coup.cameoRootCode();   // "17", the default of EventType.COUP
 * }</pre>
 *
 * <p>Rules: the id has the form of every identifier (see {@link Actor#id()}); the title, if given,
 * is not blank and at most 500 characters; no actor takes part twice in the same role; casualty
 * report ids are well formed and unique; a relative date is not anchored to the event itself;
 * there is at least one source; no external id twice; attribute keys are well formed; only a
 * {@link EventType#VOTE_OR_RESOLUTION vote or resolution} can be {@link #isBlocked() blocked}.
 * Referenced reports and actors known, dates not after publication, a relative date's anchor
 * known and agreeing with the date: checked by {@link Dossier}.
 *
 * <p>{@link #isBefore(Event)} and {@link #isAfter(Event)} follow the partial order of
 * {@link ApproximateDate}; {@link #CHRONOLOGICAL} sorts. This class is immutable, thread-safe and
 * value-based.
 *
 * @since 0.1
 */
public abstract class Event implements Serializable {

    private static final long serialVersionUID = 2L;

    private static final int MAX_TITLE = 500;

    /**
     * Sorts events by date ({@link ApproximateDate#CHRONOLOGICAL}), then by id. Consistent with
     * {@code equals} among events with distinct ids, as in a {@link Dossier}.
     */
    public static final Comparator<Event> CHRONOLOGICAL = Comparator
            .comparing(Event::date, ApproximateDate.CHRONOLOGICAL)
            .thenComparing(Event::id);

    Event() {
    }

    /**
     * Obtains a builder of events.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the identifier of the event within its dossier.
     *
     * @return the id, not null
     */
    public abstract String id();

    /**
     * Gets the kind of event.
     *
     * @return the type, not null
     */
    public abstract EventType type();

    /**
     * Gets a short title, such as {@code "Military takeover in Myanmar"}.
     *
     * @return the title, empty where the source gives none (event data rows have codes, not titles)
     */
    public abstract Optional<String> title();

    /**
     * Gets when the event happened: a date, or an interval for events that last.
     *
     * @return the date, not null
     */
    public abstract ApproximateDate date();

    /**
     * Gets how precisely the source knows the date, as a dataset grades it (UCDP GED's
     * {@code date_prec}); the {@link #date()} itself holds the days it may fall on.
     *
     * @return the precision, empty if the source does not grade it
     * @since 0.2
     */
    public abstract Optional<DatePrecision> datePrecision();

    /**
     * Gets the date as the source gives it relative to another event or a statement, such as
     * "two days before the vote" or "during the summit", beside the {@link #date()} as best known;
     * see {@link RelativeDate}.
     *
     * @return the relative date, empty if the source gives the date by itself
     * @since 0.2
     */
    public abstract Optional<RelativeDate> relativeDate();

    /**
     * Gets where the event happened.
     *
     * @return the location, empty if the source does not say
     */
    public abstract Optional<Location> location();

    /**
     * Gets the actors involved, with their roles.
     *
     * @return the participants, unmodifiable, possibly empty
     */
    public abstract List<Participant> participants();

    /**
     * Gets the ids of the casualty reports about this event.
     *
     * @return the report ids, unmodifiable, possibly empty
     */
    public abstract List<String> casualtyReportIds();

    /**
     * Gets where the event comes from: the reports and dataset rows it was taken from, at least one.
     *
     * @return the sources, unmodifiable, not empty
     * @since 0.2
     */
    public abstract List<SourceAttribution> sources();

    /**
     * Gets the ids that datasets give this event, kept as written beside {@link #id()}, such as
     * {@code gdelt:881990842}.
     *
     * @return the external ids, unmodifiable, possibly empty
     * @since 0.2
     */
    public abstract List<ExternalId> externalIds();

    /**
     * Gets the extension attributes: what a dataset carries about the event and the model does not
     * name, by key, with its type, such as {@code gdelt.NumMentions = 5}.
     *
     * @return the attributes, unmodifiable, possibly empty
     * @since 0.2
     */
    public abstract Map<String, AttributeValue> attributes();

    /**
     * Gets the event-level estimate of the dead, as a dataset gives it beside its per-group
     * figures, such as UCDP GED's {@code low}, {@code best} and {@code high}.
     *
     * @return the estimate, empty if not given
     * @since 0.2
     */
    public abstract Optional<QualifiedCount> deaths();

    /**
     * Checks if the event was blocked, as China and Russia blocked a UN Security Council resolution
     * condemning the coup.
     *
     * @return true if blocked; false by default
     */
    public abstract boolean isBlocked();

    /**
     * Gets how the event was coded in an event-data scheme: its exact CAMEO code at any depth, the
     * source's own score, its PLOVER type, mode and contexts.
     *
     * @return the coding, empty if the event was not coded (then the type's default root stands)
     * @since 0.2
     */
    public abstract Optional<Coding> coding();

    /**
     * Gets the CAMEO root code of the event: the root of the code it was coded with, else its type's
     * {@link EventType#defaultCameoRootCode() default}.
     *
     * @return two digits, {@code "01"} to {@code "20"}, not null
     */
    public String cameoRootCode() {
        Optional<Coding> coding = coding();
        if (coding.isPresent() && coding.get().cameoCode().isPresent()) {
            return coding.get().cameoCode().get().root().code();
        }
        return type().defaultCameoRootCode();
    }

    /**
     * Checks if this event certainly happened before another, by the partial order of their
     * dates.
     *
     * @param other  the other event, not null
     * @return true if this event's date is entirely before the other's
     */
    public boolean isBefore(Event other) {
        Objects.requireNonNull(other, "other");
        return date().isBefore(other.date());
    }

    /**
     * Checks if this event certainly happened after another, by the partial order of their dates.
     *
     * @param other  the other event, not null
     * @return true if this event's date is entirely after the other's
     */
    public boolean isAfter(Event other) {
        Objects.requireNonNull(other, "other");
        return date().isAfter(other.date());
    }

    /**
     * Checks the rules of an event, as {@link Builder#build()} and a serialized event being read do
     * (and the Immutables form that {@code EventBuilderTest} compares with).
     *
     * @throws ValidationException if a rule is broken, with every violation found
     */
    final void check() {
        Violations violations = Violations.of("Event");
        violations.id("id", id());
        Optional<String> title = title();
        if (title.isPresent()) {
            violations.text("title", title.get(), MAX_TITLE);
        }
        violations.unique("participants", participants(), p -> p.actor().id() + " (" + p.role() + ")",
                "name each actor once per role");
        for (int i = 0; i < casualtyReportIds().size(); i++) {
            violations.id(Violations.at("casualtyReportIds", i), casualtyReportIds().get(i));
        }
        violations.unique("casualtyReportIds", casualtyReportIds(), Function.identity(), "name each report once");
        Optional<RelativeDate> relativeDate = relativeDate();
        if (relativeDate.isPresent()) {
            violations.notSelfAnchored(relativeDate.get(), RelativeDate.Anchor.Kind.EVENT, id());
        }
        violations.provenance(sources(), externalIds()).attributeKeys("attributes", attributes());
        if (isBlocked() && type() != EventType.VOTE_OR_RESOLUTION) {
            violations.addRaw("blocked", ViolationCode.NOT_APPLICABLE, "be false unless type is VOTE_OR_RESOLUTION",
                    "true for type " + type());
        }
        violations.throwIfAny();
    }

    /**
     * Gets a short description: id, type, date and title.
     *
     * @return text such as {@code Event[coup-2021-02-01 COUP 2021-02-01 'Military takeover in Myanmar']}
     */
    @Override
    public String toString() {
        return "Event[" + id() + " " + type() + (isBlocked() ? " (blocked)" : "") + " " + date()
                + title().map(title -> " " + Violations.show(title)).orElse("") + "]";
    }

    /**
     * Builds events. Obtain one from {@link Event#builder()}; it is not thread-safe.
     *
     * <p>A setter that takes an {@code Optional} sets the attribute, or clears it when empty; a
     * setter named for a list or map ({@code participants(...)}) replaces its elements, and
     * {@code add...} and {@code put...} add to them. Null is refused with a
     * {@link NullPointerException} everywhere.
     *
     * @since 0.1
     */
    public static final class Builder {

        // Written by hand, as Actor.Builder and Statement.Builder are, rather than generated by
        // Immutables: events are read by the million from event datasets, and the generated builder
        // made four lists and a map for every event, copied each list through an array when
        // building, and hashed the attributes twice (into its LinkedHashMap, then by Map.copyOf).
        // Here a list is made when its first element is added, and the attributes are kept as
        // entries in order, hashed once when building (see BuilderCollections). EventBuilderTest
        // proves this builder and EventValue equal to the generated form (ReferenceEvent) on
        // seeded random events.
        String id;
        EventType type;
        String title;
        ApproximateDate date;
        DatePrecision datePrecision;
        RelativeDate relativeDate;
        Location location;
        List<Participant> participants;
        List<String> casualtyReportIds;
        List<SourceAttribution> sources;
        List<ExternalId> externalIds;
        BuilderCollections.Entries<AttributeValue> attributes;
        QualifiedCount deaths;
        boolean blocked;
        Coding coding;

        /** Creates a builder; prefer {@link Event#builder()}. */
        public Builder() {
        }

        /**
         * Fills this builder with the attributes of an event. The id, type, date and whether it
         * was blocked are replaced; an optional attribute is replaced only when present in the
         * event; the elements of its lists and the entries of its attributes are added.
         *
         * @param instance  the event to copy from, not null
         * @return this builder, not null
         */
        public Builder from(Event instance) {
            Objects.requireNonNull(instance, "instance");
            id(instance.id());
            type(instance.type());
            instance.title().ifPresent(this::title);
            date(instance.date());
            instance.datePrecision().ifPresent(this::datePrecision);
            instance.relativeDate().ifPresent(this::relativeDate);
            instance.location().ifPresent(this::location);
            addAllParticipants(instance.participants());
            addAllCasualtyReportIds(instance.casualtyReportIds());
            addAllSources(instance.sources());
            addAllExternalIds(instance.externalIds());
            putAllAttributes(instance.attributes());
            instance.deaths().ifPresent(this::deaths);
            blocked(instance.isBlocked());
            instance.coding().ifPresent(this::coding);
            return this;
        }

        /**
         * Sets the {@link Event#id() id}, required.
         *
         * @param id  the id, not null
         * @return this builder, not null
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the {@link Event#type() type}, required.
         *
         * @param type  the type, not null
         * @return this builder, not null
         */
        public Builder type(EventType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Sets the {@link Event#title() title}.
         *
         * @param title  the title, not null
         * @return this builder, not null
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Sets or clears the {@link Event#title() title}.
         *
         * @param title  the title, empty to clear it, not null
         * @return this builder, not null
         */
        public Builder title(Optional<String> title) {
            this.title = title.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Event#date() date}, required.
         *
         * @param date  the date, not null
         * @return this builder, not null
         */
        public Builder date(ApproximateDate date) {
            this.date = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the {@link Event#datePrecision() date precision}.
         *
         * @param datePrecision  how precisely the date is known, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder datePrecision(DatePrecision datePrecision) {
            this.datePrecision = Objects.requireNonNull(datePrecision, "datePrecision");
            return this;
        }

        /**
         * Sets or clears the {@link Event#datePrecision() date precision}.
         *
         * @param datePrecision  how precisely the date is known, empty to clear it, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder datePrecision(Optional<? extends DatePrecision> datePrecision) {
            this.datePrecision = datePrecision.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Event#relativeDate() relative date}.
         *
         * @param relativeDate  the date relative to another event or a statement, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder relativeDate(RelativeDate relativeDate) {
            this.relativeDate = Objects.requireNonNull(relativeDate, "relativeDate");
            return this;
        }

        /**
         * Sets or clears the {@link Event#relativeDate() relative date}.
         *
         * @param relativeDate  the date relative to another event or a statement, empty to clear it, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder relativeDate(Optional<? extends RelativeDate> relativeDate) {
            this.relativeDate = relativeDate.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Event#location() location}.
         *
         * @param location  the location, not null
         * @return this builder, not null
         */
        public Builder location(Location location) {
            this.location = Objects.requireNonNull(location, "location");
            return this;
        }

        /**
         * Sets or clears the {@link Event#location() location}.
         *
         * @param location  the location, empty to clear it, not null
         * @return this builder, not null
         */
        public Builder location(Optional<? extends Location> location) {
            this.location = location.orElse(null);
            return this;
        }

        /**
         * Adds one of the {@link Event#participants() participants}.
         *
         * @param element  the participant, not null
         * @return this builder, not null
         */
        public Builder addParticipant(Participant element) {
            participants = BuilderCollections.add(participants, element, "participants element");
            return this;
        }

        /**
         * Adds {@link Event#participants() participants}.
         *
         * @param elements  the participants, none null
         * @return this builder, not null
         */
        public Builder addParticipants(Participant... elements) {
            for (Participant element : elements) {
                participants = BuilderCollections.add(participants, element, "participants element");
            }
            return this;
        }

        /**
         * Replaces the {@link Event#participants() participants}.
         *
         * @param elements  the participants, none null
         * @return this builder, not null
         */
        public Builder participants(Iterable<? extends Participant> elements) {
            participants = null;
            return addAllParticipants(elements);
        }

        /**
         * Adds {@link Event#participants() participants}.
         *
         * @param elements  the participants, none null
         * @return this builder, not null
         */
        public Builder addAllParticipants(Iterable<? extends Participant> elements) {
            participants = BuilderCollections.forAddAll(participants, elements);
            BuilderCollections.addAll(participants, elements, "participants element");
            return this;
        }

        /**
         * Adds one of the {@link Event#casualtyReportIds() casualty report ids}.
         *
         * @param element  the casualty report id, not null
         * @return this builder, not null
         */
        public Builder addCasualtyReportId(String element) {
            casualtyReportIds = BuilderCollections.add(casualtyReportIds, element, "casualtyReportIds element");
            return this;
        }

        /**
         * Adds {@link Event#casualtyReportIds() casualty report ids}.
         *
         * @param elements  the casualty report ids, none null
         * @return this builder, not null
         */
        public Builder addCasualtyReportIds(String... elements) {
            for (String element : elements) {
                casualtyReportIds = BuilderCollections.add(casualtyReportIds, element, "casualtyReportIds element");
            }
            return this;
        }

        /**
         * Replaces the {@link Event#casualtyReportIds() casualty report ids}.
         *
         * @param elements  the casualty report ids, none null
         * @return this builder, not null
         */
        public Builder casualtyReportIds(Iterable<String> elements) {
            casualtyReportIds = null;
            return addAllCasualtyReportIds(elements);
        }

        /**
         * Adds {@link Event#casualtyReportIds() casualty report ids}.
         *
         * @param elements  the casualty report ids, none null
         * @return this builder, not null
         */
        public Builder addAllCasualtyReportIds(Iterable<String> elements) {
            casualtyReportIds = BuilderCollections.forAddAll(casualtyReportIds, elements);
            BuilderCollections.addAll(casualtyReportIds, elements, "casualtyReportIds element");
            return this;
        }

        /**
         * Adds one of the {@link Event#sources() sources}.
         *
         * @param element  the source, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addSource(SourceAttribution element) {
            sources = BuilderCollections.add(sources, element, "sources element");
            return this;
        }

        /**
         * Adds {@link Event#sources() sources}.
         *
         * @param elements  the sources, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addSources(SourceAttribution... elements) {
            for (SourceAttribution element : elements) {
                sources = BuilderCollections.add(sources, element, "sources element");
            }
            return this;
        }

        /**
         * Replaces the {@link Event#sources() sources}.
         *
         * @param elements  the sources, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder sources(Iterable<? extends SourceAttribution> elements) {
            sources = null;
            return addAllSources(elements);
        }

        /**
         * Adds {@link Event#sources() sources}.
         *
         * @param elements  the sources, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addAllSources(Iterable<? extends SourceAttribution> elements) {
            sources = BuilderCollections.forAddAll(sources, elements);
            BuilderCollections.addAll(sources, elements, "sources element");
            return this;
        }

        /**
         * Adds one of the {@link Event#externalIds() external ids}.
         *
         * @param element  the external id, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addExternalId(ExternalId element) {
            externalIds = BuilderCollections.add(externalIds, element, "externalIds element");
            return this;
        }

        /**
         * Adds {@link Event#externalIds() external ids}.
         *
         * @param elements  the external ids, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addExternalIds(ExternalId... elements) {
            for (ExternalId element : elements) {
                externalIds = BuilderCollections.add(externalIds, element, "externalIds element");
            }
            return this;
        }

        /**
         * Replaces the {@link Event#externalIds() external ids}.
         *
         * @param elements  the external ids, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder externalIds(Iterable<? extends ExternalId> elements) {
            externalIds = null;
            return addAllExternalIds(elements);
        }

        /**
         * Adds {@link Event#externalIds() external ids}.
         *
         * @param elements  the external ids, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addAllExternalIds(Iterable<? extends ExternalId> elements) {
            externalIds = BuilderCollections.forAddAll(externalIds, elements);
            BuilderCollections.addAll(externalIds, elements, "externalIds element");
            return this;
        }

        /**
         * Puts one of the {@link Event#attributes() attributes}, replacing the value of the same key.
         *
         * @param key  the key, not null
         * @param value  the value, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder putAttribute(String key, AttributeValue value) {
            attributes = BuilderCollections.putEntry(attributes, key, value, "attributes");
            return this;
        }

        /**
         * Puts one of the {@link Event#attributes() attributes}, replacing the value of the same key.
         *
         * @param entry  the key and value, neither null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder putAttribute(Map.Entry<String, ? extends AttributeValue> entry) {
            attributes = BuilderCollections.putEntry(attributes, entry.getKey(), entry.getValue(), "attributes");
            return this;
        }

        /**
         * Replaces the {@link Event#attributes() attributes}.
         *
         * @param entries  the attributes, no key or value null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder attributes(Map<String, ? extends AttributeValue> entries) {
            attributes = null;
            return putAllAttributes(entries);
        }

        /**
         * Puts {@link Event#attributes() attributes}, replacing the values of the same keys.
         *
         * @param entries  the attributes, no key or value null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder putAllAttributes(Map<String, ? extends AttributeValue> entries) {
            attributes = BuilderCollections.forPutAll(attributes, entries);
            BuilderCollections.putAll(attributes, entries, "attributes");
            return this;
        }

        /**
         * Sets the {@link Event#deaths() deaths}.
         *
         * @param deaths  the estimate of the dead, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder deaths(QualifiedCount deaths) {
            this.deaths = Objects.requireNonNull(deaths, "deaths");
            return this;
        }

        /**
         * Sets or clears the {@link Event#deaths() deaths}.
         *
         * @param deaths  the estimate of the dead, empty to clear it, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder deaths(Optional<? extends QualifiedCount> deaths) {
            this.deaths = deaths.orElse(null);
            return this;
        }

        /**
         * Sets whether the event was {@link Event#isBlocked() blocked}; false if not set.
         *
         * @param blocked  true if blocked
         * @return this builder, not null
         */
        public Builder blocked(boolean blocked) {
            this.blocked = blocked;
            return this;
        }

        /**
         * Sets the {@link Event#coding() coding}.
         *
         * @param coding  how the event was coded, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder coding(Coding coding) {
            this.coding = Objects.requireNonNull(coding, "coding");
            return this;
        }

        /**
         * Sets or clears the {@link Event#coding() coding}.
         *
         * @param coding  how the event was coded, empty to clear it, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder coding(Optional<? extends Coding> coding) {
            this.coding = coding.orElse(null);
            return this;
        }

        /**
         * Checks the event this builder would build, without throwing.
         *
         * @return the violations {@code build()} would throw, empty if it would succeed
         */
        public List<Violation> validate() {
            return Violations.collect(this::build);
        }

        /**
         * Builds an event from the attributes set on this builder.
         *
         * <p>The required attributes are {@code id}, {@code type} and {@code date}. When any of
         * them is not set, the exception carries one {@link ViolationCode#MISSING_ATTRIBUTE}
         * violation per missing attribute, whose path is the attribute's name, such as
         * {@code Event.date must be set, got nothing}. When all are set, it carries every rule of
         * {@link Event} that the attributes break.
         *
         * <p>A date the source gives relative to another event or a statement ("two days before
         * the vote") is set beside the date as best known:
         * {@code .date(ApproximateDate.parse("2021-06-16"))
         * .relativeDate(RelativeDate.before(Anchor.event("unga-vote-2021-06-18"), 2, Unit.DAYS))}.
         *
         * @return the event, not null
         * @throws ValidationException if a required attribute is not set or a rule is broken
         */
        public Event build() {
            if (id == null || type == null || date == null) {
                throw MissingAttributesException.of("Event", id == null ? "id" : null,
                        type == null ? "type" : null, date == null ? "date" : null);
            }
            EventValue event = new EventValue(this);
            event.check();
            return event;
        }
    }
}
