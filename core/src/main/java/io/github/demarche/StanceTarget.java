package io.github.demarche;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a stance is about: an actor, a topic, an event, a casualty report, another statement, or a
 * document, whole or one of its passages.
 *
 * <p>From the reference article: the protesters' accusation targets an actor,
 * {@code StanceTarget.actor(chinaGov)}; the shared concern targets a topic,
 * {@code StanceTarget.topic("situation in Myanmar", "myanmar-situation")}; the denial concerns
 * an event, {@code StanceTarget.event("coup-2021-02-01")}. What news reports say of figures,
 * claims and texts has targets of its own:
 * <ul>
 *   <li>"the junta disputed the toll" is a stance on a casualty report,
 *       {@code StanceTarget.casualtyReport("aapp-toll-2021-03-23")};</li>
 *   <li>"the ministry denied the report" is a stance on another statement,
 *       {@code StanceTarget.statement("s05-accusation")};</li>
 *   <li>"China and Russia blocked the draft" is a stance on a document,
 *       {@code StanceTarget.document("unsc-draft-2021-03-10")}, and "objected to the word 'coup'
 *       in the draft" or "welcomed paragraph 4" a stance on one of its
 *       {@linkplain Passage passages}, {@code StanceTarget.passage("unsc-draft-2021-03-10", "coup-wording")}.</li>
 * </ul>
 * Events, casualty reports, statements, documents and passages are referred to by id, which a
 * {@link Dossier} checks.
 *
 * <p>Rules: a topic label is not blank and at most 200 characters; topic keys and the ids a target
 * names have the form of every identifier of the model (see {@link Actor#id()}).
 *
 * <p>Equality compares every attribute; {@link #refersToSameAs(StanceTarget)} is the looser test
 * that analysis uses. This class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
public final class StanceTarget implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MAX_LABEL = 200;

    /**
     * The kinds of target.
     *
     * @since 0.1
     */
    public enum Kind {
        /** An actor, such as China's government. */
        ACTOR,
        /** A topic, such as the situation in Myanmar. */
        TOPIC,
        /** An event, such as the Feb. 1 coup. */
        EVENT,
        /**
         * A casualty report, such as the monitoring group's toll that "the junta disputed".
         *
         * @since 0.2
         */
        CASUALTY_REPORT,
        /**
         * Another statement, such as the accusation that "the ministry denied".
         *
         * @since 0.2
         */
        STATEMENT,
        /**
         * A document or one of its passages, such as the draft statement "China and Russia
         * blocked", or the word "coup" in it that they objected to.
         *
         * @since 0.2
         */
        DOCUMENT
    }

    /** The kind of target. */
    private final Kind kind;
    /** The actor, for an actor target; otherwise null. */
    private final Actor actor;
    /** The label, for a topic; otherwise null. */
    private final String label;
    /** The topic key or the id of the event, report, statement or document; null for an actor or a topic without key. */
    private final String key;
    /** The passage id, for a passage of a document; otherwise null. */
    private final String passage;

    private StanceTarget(Kind kind, Actor actor, String label, String key, String passage) {
        this.kind = kind;
        this.actor = actor;
        this.label = label;
        this.key = key;
        this.passage = passage;
    }

    /**
     * Obtains a target that is an actor.
     *
     * @param actor  the actor, not null
     * @return the target, not null
     */
    public static StanceTarget actor(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return new StanceTarget(Kind.ACTOR, actor, null, null, null);
    }

    /**
     * Obtains a target that is a topic without a key.
     *
     * @param label  the topic as the source words it, not null
     * @return the target, not null
     * @throws ValidationException if the label is blank or too long
     */
    public static StanceTarget topic(String label) {
        Objects.requireNonNull(label, "label");
        Violations.of("StanceTarget").text("label", label, MAX_LABEL).throwIfAny();
        return new StanceTarget(Kind.TOPIC, null, label, null, null);
    }

    /**
     * Obtains a target that is a topic with a stable key, so that differently worded mentions of
     * the same topic are recognized as one.
     *
     * @param label  the topic as the source words it, not null
     * @param key  the stable key, such as {@code myanmar-situation}, not null
     * @return the target, not null
     * @throws ValidationException if the label is blank or too long, or the key malformed
     */
    public static StanceTarget topic(String label, String key) {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(key, "key");
        Violations.of("StanceTarget").text("label", label, MAX_LABEL).id("key", key).throwIfAny();
        return new StanceTarget(Kind.TOPIC, null, label, key, null);
    }

    /**
     * Obtains a target that is an event, referred to by its id.
     *
     * @param eventId  the id of the event, not null
     * @return the target, not null
     * @throws ValidationException if the id is malformed
     */
    public static StanceTarget event(String eventId) {
        Objects.requireNonNull(eventId, "eventId");
        Violations.of("StanceTarget").id("eventId", eventId).throwIfAny();
        return new StanceTarget(Kind.EVENT, null, null, eventId, null);
    }

    /**
     * Obtains a target that is a casualty report, referred to by its id: "the junta disputed the
     * toll", "the ministry confirmed the figure".
     *
     * @param reportId  the id of the casualty report, not null
     * @return the target, not null
     * @throws ValidationException if the id is malformed
     * @since 0.2
     */
    public static StanceTarget casualtyReport(String reportId) {
        Objects.requireNonNull(reportId, "reportId");
        Violations.of("StanceTarget").id("reportId", reportId).throwIfAny();
        return new StanceTarget(Kind.CASUALTY_REPORT, null, null, reportId, null);
    }

    /**
     * Obtains a target that is another statement, referred to by its id: "the ministry denied the
     * report", "Beijing rejected the accusation".
     *
     * @param statementId  the id of the statement, not null
     * @return the target, not null
     * @throws ValidationException if the id is malformed
     * @since 0.2
     */
    public static StanceTarget statement(String statementId) {
        Objects.requireNonNull(statementId, "statementId");
        Violations.of("StanceTarget").id("statementId", statementId).throwIfAny();
        return new StanceTarget(Kind.STATEMENT, null, null, statementId, null);
    }

    /**
     * Obtains a target that is a whole document, referred to by its id: "China and Russia blocked
     * the draft", "the bloc welcomed the resolution". A vote on a document is a position on it.
     *
     * @param documentId  the id of the document, not null
     * @return the target, not null
     * @throws ValidationException if the id is malformed
     * @since 0.2
     */
    public static StanceTarget document(String documentId) {
        Objects.requireNonNull(documentId, "documentId");
        Violations.of("StanceTarget").id("documentId", documentId).throwIfAny();
        return new StanceTarget(Kind.DOCUMENT, null, null, documentId, null);
    }

    /**
     * Obtains a target that is one passage of a document, referred to by the document's id and the
     * passage's: "objected to the word 'coup' in the draft", "welcomed paragraph 4". A stance on a
     * passage is not a stance on the whole document: it does not {@linkplain #refersToSameAs refer
     * to the same} target as {@link #document(String)}.
     *
     * @param documentId  the id of the document, not null
     * @param passageId  the id of the passage within the document, such as {@code op4}, not null
     * @return the target, not null
     * @throws ValidationException if either id is malformed
     * @since 0.2
     */
    public static StanceTarget passage(String documentId, String passageId) {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(passageId, "passageId");
        Violations.of("StanceTarget").id("documentId", documentId).id("passageId", passageId).throwIfAny();
        return new StanceTarget(Kind.DOCUMENT, null, null, documentId, passageId);
    }

    /**
     * Gets the kind of target.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Gets the actor of an actor target.
     *
     * @return the actor, empty unless the kind is {@link Kind#ACTOR}
     */
    public Optional<Actor> actor() {
        return Optional.ofNullable(actor);
    }

    /**
     * Gets the label of a topic target.
     *
     * @return the label, empty unless the kind is {@link Kind#TOPIC}
     */
    public Optional<String> label() {
        return Optional.ofNullable(label);
    }

    /**
     * Gets the key of a topic target.
     *
     * @return the key, empty unless the kind is {@link Kind#TOPIC} and a key was given
     */
    public Optional<String> topicKey() {
        return kind == Kind.TOPIC ? Optional.ofNullable(key) : Optional.empty();
    }

    /**
     * Gets the event id of an event target.
     *
     * @return the event id, empty unless the kind is {@link Kind#EVENT}
     */
    public Optional<String> eventId() {
        return kind == Kind.EVENT ? Optional.of(key) : Optional.empty();
    }

    /**
     * Gets the casualty report id of a casualty report target.
     *
     * @return the report id, empty unless the kind is {@link Kind#CASUALTY_REPORT}
     * @since 0.2
     */
    public Optional<String> casualtyReportId() {
        return kind == Kind.CASUALTY_REPORT ? Optional.of(key) : Optional.empty();
    }

    /**
     * Gets the statement id of a statement target.
     *
     * @return the statement id, empty unless the kind is {@link Kind#STATEMENT}
     * @since 0.2
     */
    public Optional<String> statementId() {
        return kind == Kind.STATEMENT ? Optional.of(key) : Optional.empty();
    }

    /**
     * Gets the document id of a document target, whole or a passage.
     *
     * @return the document id, empty unless the kind is {@link Kind#DOCUMENT}
     * @since 0.2
     */
    public Optional<String> documentId() {
        return kind == Kind.DOCUMENT ? Optional.of(key) : Optional.empty();
    }

    /**
     * Gets the passage id of a target that is a passage of a document.
     *
     * @return the passage id, empty unless the target is a {@linkplain #passage(String, String) passage}
     * @since 0.2
     */
    public Optional<String> passageId() {
        return Optional.ofNullable(passage);
    }

    /**
     * Checks if this target and another designate the same thing. This is the one rule of target
     * identity; analysis asks it, and {@link #identityKey()} is derived from it. Two targets refer
     * to the same thing when they are of the same kind and:
     * <ul>
     *   <li>actors: have the same id, whatever their other attributes;</li>
     *   <li>events, casualty reports and statements: have the same id;</li>
     *   <li>documents: have the same document id and are both the whole document, or both the
     *       same passage of it (a stance on paragraph 4 is not one on the whole resolution);</li>
     *   <li>topics: have the same key, or, both without a key, labels equal ignoring case. A topic
     *       with a key and one without are not compared by label: give both a key.</li>
     * </ul>
     *
     * @param other  the other target, not null
     * @return true if both designate the same actor, topic, event, report, statement, document or passage
     */
    public boolean refersToSameAs(StanceTarget other) {
        Objects.requireNonNull(other, "other");
        if (kind != other.kind) {
            return false;
        }
        switch (kind) {
            case ACTOR:
                return actor.id().equals(other.actor.id());
            case TOPIC:
                if (key != null || other.key != null) {
                    return key != null && key.equals(other.key);
                }
                return label.toLowerCase(Locale.ROOT).equals(other.label.toLowerCase(Locale.ROOT));
            case DOCUMENT:
                return key.equals(other.key) && Objects.equals(passage, other.passage);
            default:
                return key.equals(other.key);
        }
    }

    /**
     * Gets a key for maps under which targets that {@linkplain #refersToSameAs(StanceTarget) refer
     * to the same} thing meet: the kind in lower case, a colon, and the actor id, the id of the
     * event, report, statement or document (with {@code #} and the passage id for a passage), the
     * topic key or the lower-cased topic label. Two targets refer to the same thing if and only if
     * their keys are equal, as a seeded property test over every kind proves.
     *
     * @return the grouping key, such as {@code actor:chn-gov}, {@code topic:myanmar-situation},
     *     {@code topic-label:situation in myanmar}, {@code casualty-report:aapp-toll},
     *     {@code statement:s05-accusation} or {@code document:unsc-draft#op4}
     */
    public String identityKey() {
        switch (kind) {
            case ACTOR:
                return "actor:" + actor.id();
            case TOPIC:
                return key != null ? "topic:" + key : "topic-label:" + label.toLowerCase(Locale.ROOT);
            case DOCUMENT:
                return "document:" + key + (passage == null ? "" : "#" + passage);
            default:
                return kind.name().toLowerCase(Locale.ROOT).replace('_', '-') + ":" + key;
        }
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof StanceTarget)) {
            return false;
        }
        StanceTarget other = (StanceTarget) obj;
        return kind == other.kind && Objects.equals(actor, other.actor) && Objects.equals(label, other.label)
                && Objects.equals(key, other.key) && Objects.equals(passage, other.passage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, actor, label, key, passage);
    }

    /**
     * Gets a short description of the target.
     *
     * @return text such as {@code actor chn-gov}, {@code topic 'situation in Myanmar' (myanmar-situation)},
     *     {@code event coup-2021-02-01}, {@code casualty report aapp-toll}, {@code statement s05-accusation},
     *     {@code document unsc-draft} or {@code passage coup-wording of document unsc-draft}
     */
    @Override
    public String toString() {
        switch (kind) {
            case ACTOR:
                return "actor " + actor.id();
            case TOPIC:
                return "topic '" + Violations.abbreviate(label) + "'" + (key == null ? "" : " (" + key + ")");
            case DOCUMENT:
                return passage == null ? "document " + key : "passage " + passage + " of document " + key;
            default:
                return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + key;
        }
    }
}
