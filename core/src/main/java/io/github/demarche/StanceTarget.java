package io.github.demarche;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a stance is about: an actor, a topic, or an event.
 *
 * <p>From the reference article: the protesters' accusation targets an actor,
 * {@code StanceTarget.actor(chinaGov)}; the shared concern targets a topic,
 * {@code StanceTarget.topic("situation in Myanmar", "myanmar-situation")}; the denial concerns
 * an event, {@code StanceTarget.event("coup-2021-02-01")}. Events are referred to by id, which a
 * {@link Dossier} checks.
 *
 * <p>Rules: a topic label is not blank and at most 200 characters; topic keys and event ids have the
 * form of every identifier of the model (see {@link Actor#id()}).
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
        EVENT
    }

    /** The kind of target. */
    private final Kind kind;
    /** The actor, for an actor target; otherwise null. */
    private final Actor actor;
    /** The label, for a topic; otherwise null. */
    private final String label;
    /** The topic key or the event id; null for an actor or a topic without key. */
    private final String key;

    private StanceTarget(Kind kind, Actor actor, String label, String key) {
        this.kind = kind;
        this.actor = actor;
        this.label = label;
        this.key = key;
    }

    /**
     * Obtains a target that is an actor.
     *
     * @param actor  the actor, not null
     * @return the target, not null
     */
    public static StanceTarget actor(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return new StanceTarget(Kind.ACTOR, actor, null, null);
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
        return new StanceTarget(Kind.TOPIC, null, label, null);
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
        return new StanceTarget(Kind.TOPIC, null, label, key);
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
        return new StanceTarget(Kind.EVENT, null, null, eventId);
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
     * Checks if this target and another designate the same thing: actors with the same id, events
     * with the same id, topics with the same key, or topics without keys whose labels are equal
     * ignoring case. A topic with a key and one without are not compared by label: give both a key.
     *
     * @param other  the other target, not null
     * @return true if both designate the same actor, topic or event
     */
    public boolean refersToSameAs(StanceTarget other) {
        Objects.requireNonNull(other, "other");
        // the same answer as comparing identity keys, without making them: analysis asks for every stance
        if (kind != other.kind) {
            return false;
        }
        switch (kind) {
            case ACTOR:
                return actor.id().equals(other.actor.id());
            case EVENT:
                return key.equals(other.key);
            default:
                if (key != null || other.key != null) {
                    return key != null && key.equals(other.key);
                }
                return label.equals(other.label)
                        || label.toLowerCase(Locale.ROOT).equals(other.label.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Gets the key under which {@link #refersToSameAs(StanceTarget)} groups targets, for use in
     * maps: the kind in lower case, a colon, and the actor id, event id, topic key or lower-cased
     * topic label. Two targets refer to the same thing if and only if their keys are equal.
     *
     * @return the grouping key, such as {@code actor:chn-gov}, {@code topic:myanmar-situation} or
     *     {@code topic-label:situation in myanmar}
     */
    public String identityKey() {
        switch (kind) {
            case ACTOR:
                return "actor:" + actor.id();
            case EVENT:
                return "event:" + key;
            default:
                return key != null ? "topic:" + key : "topic-label:" + label.toLowerCase(Locale.ROOT);
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
                && Objects.equals(key, other.key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, actor, label, key);
    }

    /**
     * Gets a short description of the target.
     *
     * @return text such as {@code actor chn-gov}, {@code topic 'situation in Myanmar' (myanmar-situation)}
     *     or {@code event coup-2021-02-01}
     */
    @Override
    public String toString() {
        switch (kind) {
            case ACTOR:
                return "actor " + actor.id();
            case EVENT:
                return "event " + key;
            default:
                return "topic '" + Violations.abbreviate(label) + "'" + (key == null ? "" : " (" + key + ")");
        }
    }
}
