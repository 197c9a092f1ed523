package io.github.demarche;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * One source's account, as values: the source with its actors, events, statements and casualty
 * reports, validated as a whole.
 *
 * <p>The reference article (China and Russia on Myanmar, March 2021) is one dossier:
 * <pre>{@code
 * Dossier dossier = Dossier.builder().source(irrawaddy)
 *         .addActors(china, chinaGov, wangYi, russia, russiaGov, lavrov, junta, protesters)
 *         .addEvents(coup, meeting, blockedResolution)
 *         .addStatements(concern, jointStatement, denial)
 *         .addCasualtyReport(killed)
 *         .build();
 * dossier.actor("wang-yi");   // Optional[Actor[wang-yi: Wang Yi, Foreign Minister, PERSON]]
 * }</pre>
 *
 * <p>The texts the source speaks of, resolutions, drafts, statements issued, agreements, are its
 * {@linkplain #documents() documents}.
 *
 * <p>Rules that need the whole document, checked when it is built (each value's own rules were
 * checked when the value was built):
 * <ul>
 *   <li>ids are unique among the actors, among the events, among the statements and among the
 *       casualty reports and among the documents ({@code DUPLICATE_ID});</li>
 *   <li>every actor referred to — an affiliation, the organization of a membership, a speaker,
 *       an actor spoken for, the actor who reported a statement, a stance's target, a
 *       participant, victims, a perpetrator, a figure's originator and reporting actor, a
 *       document's adopting body, party, voter, objector, or an actor proposing or objecting to a
 *       passage — is one of the dossier's actors ({@code UNKNOWN_REFERENCE}), and equal to it
 *       ({@code CONFLICTING_REFERENCE});</li>
 *   <li>every event a statement or stance refers to is one of the dossier's events, every
 *       casualty report an event or a stance refers to one of its reports, every statement a
 *       stance refers to one of its statements, every document a stance or a draft refers to one
 *       of its documents, and every passage a stance refers to a passage of that document
 *       ({@code UNKNOWN_REFERENCE}); the stances of agreement points too;</li>
 *   <li>the anchor of a statement's or event's {@link RelativeDate relative date} is one of the
 *       dossier's events or statements, as its kind says ({@code UNKNOWN_REFERENCE}, at
 *       {@code statements[2].relativeDate.anchor}), and the record's date agrees with the anchor's
 *       by {@link RelativeDate#isConsistentWith(ApproximateDate, ApproximateDate)}
 *       ({@code INCONSISTENT}, at {@code statements[2].relativeDate}): "six weeks after" a meeting
 *       on 2021-04-24 is 2021-06-05 exactly when both dates are exact days, and only what is
 *       certain is checked when either is not, so "after the meeting" dated "April" agrees with a
 *       meeting on April 24 but not with one on May 3;</li>
 *   <li>nothing is dated after the publication of a source that reports it: statements,
 *       events, casualty reports and documents against the earliest publication date of their own sources,
 *       events also against the dossier's ({@code DATED_AFTER_PUBLICATION}); sources without a
 *       publication date are not compared. A date counts from its earliest day, so
 *       "since Feb. 1" ({@code 2021-02-01/..}) is not after a March publication. The horizon of a
 *       projected casualty figure ("could pass one million within days") is the one date that may
 *       lie after publication.</li>
 * </ul>
 * Paths name the offending element, such as {@code statements[3].speakers[0]}.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
@Value.Immutable
@SuppressWarnings("serial")  // for the generated class: see DemarcheStyle.passAnnotations
public abstract class Dossier implements Serializable {

    private static final long serialVersionUID = 1L;

    Dossier() {
    }

    /**
     * Obtains a builder of dossiers.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the source the dossier models.
     *
     * @return the source, not null
     */
    public abstract SourceAttribution source();

    /**
     * Gets the actors.
     *
     * @return the actors, unmodifiable
     */
    public abstract List<Actor> actors();

    /**
     * Gets the events.
     *
     * @return the events, unmodifiable
     */
    public abstract List<Event> events();

    /**
     * Gets the statements.
     *
     * @return the statements, unmodifiable
     */
    public abstract List<Statement> statements();

    /**
     * Gets the casualty reports.
     *
     * @return the casualty reports, unmodifiable
     */
    public abstract List<CasualtyReport> casualtyReports();

    /**
     * Gets the documents: resolutions, drafts, statements issued, agreements and the like.
     *
     * @return the documents, unmodifiable
     * @since 0.2
     */
    public abstract List<Document> documents();

    /**
     * Gets an actor by id.
     *
     * @param id  the actor's id, not null
     * @return the actor, or empty if the dossier has none with this id
     */
    public Optional<Actor> actor(String id) {
        return find(actors(), Actor::id, id);
    }

    /**
     * Gets an event by id.
     *
     * @param id  the event's id, not null
     * @return the event, or empty if the dossier has none with this id
     */
    public Optional<Event> event(String id) {
        return find(events(), Event::id, id);
    }

    /**
     * Gets a statement by id.
     *
     * @param id  the statement's id, not null
     * @return the statement, or empty if the dossier has none with this id
     */
    public Optional<Statement> statement(String id) {
        return find(statements(), Statement::id, id);
    }

    /**
     * Gets a casualty report by id.
     *
     * @param id  the report's id, not null
     * @return the report, or empty if the dossier has none with this id
     */
    public Optional<CasualtyReport> casualtyReport(String id) {
        return find(casualtyReports(), CasualtyReport::id, id);
    }

    /**
     * Gets a document by id.
     *
     * @param id  the document's id, not null
     * @return the document, or empty if the dossier has none with this id
     * @since 0.2
     */
    public Optional<Document> document(String id) {
        return find(documents(), Document::id, id);
    }

    private static <T> Optional<T> find(List<T> values, Function<T, String> idOf, String id) {
        java.util.Objects.requireNonNull(id, "id");
        for (T value : values) {
            if (idOf.apply(value).equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    @Value.Check
    final void check() {
        new GraphCheck(this).run().throwIfAny();
    }

    /**
     * Gets a short description: the source and how many values of each kind.
     *
     * @return text such as {@code Dossier[The Irrawaddy 2021-03-24: 12 actors, 4 events, 10 statements, 1 casualty reports]},
     *     with {@code , 2 documents} before the bracket when it holds any
     */
    @Override
    public String toString() {
        return "Dossier[" + source().publication().map(Violations::abbreviate).orElse("unnamed source")
                + source().publicationDate().map(date -> " " + date).orElse("") + ": " + actors().size()
                + " actors, " + events().size() + " events, " + statements().size() + " statements, "
                + casualtyReports().size() + " casualty reports"
                + (documents().isEmpty() ? "" : ", " + documents().size() + " documents") + "]";
    }

    /** The whole-graph rules, collected over one pass of each list. */
    private static final class GraphCheck {

        private final Dossier dossier;
        private final Violations violations = Violations.of("Dossier");
        private final Map<String, Actor> actors = new HashMap<>();
        private final Set<String> events = new HashSet<>();
        private final Set<String> reports = new HashSet<>();
        private final Set<String> statements = new HashSet<>();
        private final Map<String, Document> documents = new HashMap<>();
        /** The dates of the events and statements by id, the first of each id, for relative dates. */
        private final Map<String, ApproximateDate> eventDates = new HashMap<>();
        private final Map<String, ApproximateDate> statementDates = new HashMap<>();

        GraphCheck(Dossier dossier) {
            this.dossier = dossier;
        }

        Violations run() {
            indexIds();
            for (int i = 0; i < dossier.actors().size(); i++) {
                Optional<Actor> affiliation = dossier.actors().get(i).affiliation();
                if (affiliation.isPresent()) {
                    actor(Violations.at("actors", i) + ".affiliation", affiliation.get());
                }
                List<Membership> memberships = dossier.actors().get(i).memberships();
                for (int j = 0; j < memberships.size(); j++) {
                    actor(Violations.at(Violations.at("actors", i) + ".memberships", j) + ".organization",
                            memberships.get(j).organization());
                }
            }
            for (int i = 0; i < dossier.statements().size(); i++) {
                statement(Violations.at("statements", i), dossier.statements().get(i));
            }
            LocalDate published = dossier.source().publicationDate().orElse(null);
            for (int i = 0; i < dossier.events().size(); i++) {
                event(Violations.at("events", i), dossier.events().get(i), published);
            }
            for (int i = 0; i < dossier.casualtyReports().size(); i++) {
                report(Violations.at("casualtyReports", i), dossier.casualtyReports().get(i));
            }
            for (int i = 0; i < dossier.documents().size(); i++) {
                document(Violations.at("documents", i), dossier.documents().get(i));
            }
            return violations;
        }

        private void indexIds() {
            for (int i = 0; i < dossier.actors().size(); i++) {
                Actor actor = dossier.actors().get(i);
                unique(Violations.at("actors", i), "actors", actor.id(), actors.putIfAbsent(actor.id(), actor) == null);
            }
            for (int i = 0; i < dossier.events().size(); i++) {
                String id = dossier.events().get(i).id();
                unique(Violations.at("events", i), "events", id, events.add(id));
                eventDates.putIfAbsent(id, dossier.events().get(i).date());
            }
            for (int i = 0; i < dossier.statements().size(); i++) {
                String id = dossier.statements().get(i).id();
                unique(Violations.at("statements", i), "statements", id, statements.add(id));
                statementDates.putIfAbsent(id, dossier.statements().get(i).date());
            }
            for (int i = 0; i < dossier.casualtyReports().size(); i++) {
                String id = dossier.casualtyReports().get(i).id();
                unique(Violations.at("casualtyReports", i), "casualty reports", id, reports.add(id));
            }
            for (int i = 0; i < dossier.documents().size(); i++) {
                Document document = dossier.documents().get(i);
                unique(Violations.at("documents", i), "documents", document.id(),
                        documents.putIfAbsent(document.id(), document) == null);
            }
        }

        private void unique(String path, String among, String id, boolean isNew) {
            if (!isNew) {
                violations.add(path + ".id", ViolationCode.DUPLICATE_ID, "be unique among the " + among, id);
            }
        }

        private void statement(String path, Statement statement) {
            for (int j = 0; j < statement.speakers().size(); j++) {
                actor(Violations.at(path + ".speakers", j), statement.speakers().get(j));
            }
            statement.onBehalfOf().ifPresent(actor -> actor(path + ".onBehalfOf", actor));
            statement.reportedBy().ifPresent(actor -> actor(path + ".reportedBy", actor));
            stances(path + ".stances", statement.stances());
            for (int j = 0; j < statement.eventIds().size(); j++) {
                reference(Violations.at(path + ".eventIds", j), "an event", statement.eventIds().get(j), events);
            }
            notAfter(path + ".date", statement.date(), earliestPublication(statement.sources(), null));
            statement.relativeDate().ifPresent(relative -> relativeDate(path, "statement", statement.date(), relative));
        }

        private void stances(String path, List<Stance> stances) {
            for (int k = 0; k < stances.size(); k++) {
                target(Violations.at(path, k) + ".target", stances.get(k).target());
            }
        }

        /** Checks that what a target names is in the dossier. */
        private void target(String path, StanceTarget target) {
            target.actor().ifPresent(actor -> actor(path, actor));
            target.eventId().ifPresent(id -> reference(path, "an event", id, events));
            target.casualtyReportId().ifPresent(id -> reference(path, "a casualty report", id, reports));
            target.statementId().ifPresent(id -> reference(path, "a statement", id, statements));
            Optional<String> documentId = target.documentId();
            if (documentId.isPresent()) {
                Document document = documents.get(documentId.get());
                if (document == null) {
                    violations.add(path, ViolationCode.UNKNOWN_REFERENCE, "be a document of the dossier",
                            documentId.get());
                } else {
                    Optional<String> passageId = target.passageId();
                    if (passageId.isPresent() && document.passage(passageId.get()).isEmpty()) {
                        violations.add(path, ViolationCode.UNKNOWN_REFERENCE,
                                "be a passage of document " + Violations.show(document.id()), passageId.get());
                    }
                }
            }
        }

        private void document(String path, Document document) {
            document.adoptedBy().ifPresent(actor -> actor(path + ".adoptedBy", actor));
            for (int j = 0; j < document.parties().size(); j++) {
                actor(Violations.at(path + ".parties", j), document.parties().get(j));
            }
            if (document.adoption().isPresent()) {
                Adoption adoption = document.adoption().get();
                for (int j = 0; j < adoption.votes().size(); j++) {
                    actor(Violations.at(path + ".adoption.votes", j) + ".actor", adoption.votes().get(j).actor());
                }
                for (int j = 0; j < adoption.objectors().size(); j++) {
                    actor(Violations.at(path + ".adoption.objectors", j), adoption.objectors().get(j));
                }
            }
            document.draftOf().ifPresent(id -> {
                if (!documents.containsKey(id)) {
                    violations.add(path + ".draftOf", ViolationCode.UNKNOWN_REFERENCE, "be a document of the dossier", id);
                }
            });
            for (int j = 0; j < document.passages().size(); j++) {
                Passage passage = document.passages().get(j);
                String passagePath = Violations.at(path + ".passages", j);
                for (int k = 0; k < passage.proposedBy().size(); k++) {
                    actor(Violations.at(passagePath + ".proposedBy", k), passage.proposedBy().get(k));
                }
                for (int k = 0; k < passage.objectedBy().size(); k++) {
                    actor(Violations.at(passagePath + ".objectedBy", k), passage.objectedBy().get(k));
                }
            }
            for (int j = 0; j < document.points().size(); j++) {
                stances(Violations.at(path + ".points", j) + ".stances", document.points().get(j).stances());
            }
            notAfter(path + ".date", document.date(), earliestPublication(document.sources(), null));
        }

        private void event(String path, Event event, LocalDate published) {
            for (int j = 0; j < event.participants().size(); j++) {
                actor(Violations.at(path + ".participants", j) + ".actor", event.participants().get(j).actor());
            }
            for (int j = 0; j < event.casualtyReportIds().size(); j++) {
                reference(Violations.at(path + ".casualtyReportIds", j), "a casualty report",
                        event.casualtyReportIds().get(j), reports);
            }
            notAfter(path + ".date", event.date(), earliestPublication(event.sources(), published));
            event.relativeDate().ifPresent(relative -> relativeDate(path, "event", event.date(), relative));
        }

        private void report(String path, CasualtyReport report) {
            report.victims().actor().ifPresent(actor -> actor(path + ".victims", actor));
            report.perpetrator().ifPresent(actor -> actor(path + ".perpetrator", actor));
            report.originator().ifPresent(actor -> actor(path + ".originator", actor));
            report.reportedBy().ifPresent(actor -> actor(path + ".reportedBy", actor));
            LocalDate published = earliestPublication(report.sources(), null);
            notAfter(path + ".asOf", report.asOf(), published);
            report.periodStart().ifPresent(start -> notAfter(path + ".periodStart", start, published));
        }

        /** Checks that a relative date's anchor is in the dossier and agrees with the record's date. */
        private void relativeDate(String path, String what, ApproximateDate date, RelativeDate relativeDate) {
            RelativeDate.Anchor anchor = relativeDate.anchor();
            boolean event = anchor.kind() == RelativeDate.Anchor.Kind.EVENT;
            ApproximateDate anchorDate = (event ? eventDates : statementDates).get(anchor.id());
            if (anchorDate == null) {
                violations.add(path + ".relativeDate.anchor", ViolationCode.UNKNOWN_REFERENCE,
                        "be " + (event ? "an event" : "a statement") + " of the dossier", anchor.id());
            } else if (!relativeDate.isConsistentWith(date, anchorDate)) {
                violations.add(path + ".relativeDate", ViolationCode.INCONSISTENT, "agree with the " + what
                        + "'s date: " + relativeDate.describeWindow(date, anchorDate), date.toString());
            }
        }

        private void actor(String path, Actor actor) {
            Actor known = actors.get(actor.id());
            if (known == null) {
                violations.add(path, ViolationCode.UNKNOWN_REFERENCE, "be an actor of the dossier", actor.id());
            } else if (!known.equals(actor)) {
                violations.addRaw(path, ViolationCode.CONFLICTING_REFERENCE,
                        "equal the dossier's actor " + Violations.show(actor.id()),
                        "a different actor with that id: " + actor);
            }
        }

        private void reference(String path, String what, String id, Set<String> known) {
            if (!known.contains(id)) {
                violations.add(path, ViolationCode.UNKNOWN_REFERENCE, "be " + what + " of the dossier", id);
            }
        }

        /** The earliest publication date of the sources and {@code also}, or null if none has one. */
        private static LocalDate earliestPublication(List<SourceAttribution> sources, LocalDate also) {
            LocalDate earliest = also;
            for (SourceAttribution source : sources) {
                Optional<LocalDate> date = source.publicationDate();
                if (date.isPresent() && (earliest == null || date.get().isBefore(earliest))) {
                    earliest = date.get();
                }
            }
            return earliest;
        }

        private void notAfter(String path, ApproximateDate date, LocalDate published) {
            if (published != null && date.earliest().isAfter(published)) {
                violations.add(path, ViolationCode.DATED_AFTER_PUBLICATION,
                        "not be after the source's publication date " + published, date.toString());
            }
        }
    }

    /**
     * Builds dossiers. Obtain one from {@link Dossier#builder()}; it is not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableDossier.Builder {

        /** Creates a builder; prefer {@link Dossier#builder()}. */
        public Builder() {
        }

        /**
         * Checks the dossier this builder would build, without throwing.
         *
         * @return the violations {@code build()} would throw, empty if it would succeed
         */
        public List<Violation> validate() {
            return Violations.collect(this::build);
        }

        /**
         * Builds a dossier from the attributes set on this builder.
         *
         * <p>The required attributes are {@code source}. When any of them is not set, the exception
         * carries one {@link ViolationCode#MISSING_ATTRIBUTE} violation per missing attribute,
         * whose path is the attribute's name, such as
         * {@code Dossier.source must be set, got nothing}. When all are set, it carries every rule
         * of {@link Dossier} that the attributes break.
         *
         * @return the dossier, not null
         * @throws ValidationException if a required attribute is not set or a rule is broken
         */
        @Override
        public Dossier build() {
            return super.build();
        }
    }
}
