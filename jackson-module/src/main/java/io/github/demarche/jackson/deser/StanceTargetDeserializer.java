package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Actor;
import io.github.demarche.StanceTarget;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a stance target, whose {@code "kind"} is {@code "actor"}, {@code "topic"} or
 * {@code "event"}, through {@code StanceTarget.actor}, {@code topic} and {@code event}. The kind
 * may come anywhere in the object: the fields are read first and checked against it at the end, so
 * nothing is buffered. Another kind, or none, is an {@code InvalidTypeIdException}; a field of
 * another kind is a {@code NOT_APPLICABLE} violation.
 */
final class StanceTargetDeserializer
        extends ObjectDeserializer<StanceTarget, StanceTargetField, StanceTargetDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    static final EnumDeserializer<StanceTarget.Kind> KINDS = new EnumDeserializer<>(StanceTarget.Kind.class);

    final Nested<Actor> actors;
    /** Labels, keys and event ids, read again and again. */
    final Texts texts;
    /** The targets read recently, by {@link #hash}: the same target read again is the same instance. */
    private final Recent<Known> recent;

    /** A target and the fields it was read from. */
    private record Known(StanceTarget target, StanceTarget.Kind kind, Actor actor, String label, String key,
            String eventId) {
    }

    /** The fields of a target being read, null where absent. */
    static final class Reading {
        StanceTarget.Kind kind;
        Actor actor;
        String label;
        String key;
        String eventId;
    }

    StanceTargetDeserializer(ActorDeserializer actors) {
        super(StanceTarget.class, StanceTargetField.class);
        this.actors = Nested.of(Actor.class, actors);
        this.texts = new Texts(512);
        this.recent = new Recent<>(1024);
    }

    private StanceTargetDeserializer(StanceTargetDeserializer source, DeserializationContext ctxt)
            throws JsonMappingException {
        super(source);
        this.actors = source.actors.resolve(ctxt);
        this.texts = source.texts;
        this.recent = source.recent;
    }

    @Override
    StanceTargetDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new StanceTargetDeserializer(this, ctxt);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(StanceTargetField field, JsonParser p, DeserializationContext ctxt, Reading reading)
            throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    StanceTarget build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        StanceTarget.Kind kind = r.kind;
        Actor actor = r.actor;
        String label = r.label;
        String key = r.key;
        String eventId = r.eventId;
        if (kind == null) {
            throw JsonPaths.prependAttribute(Failures.unknownKind(p, ctxt, StanceTarget.class, null, KINDS.names()),
                    StanceTarget.class, StanceTargetField.KIND.text());
        }
        if (!fits(kind, actor, label, key, eventId)) {
            throw Failures.invalid(p, ctxt, StanceTarget.class, violations(kind, actor, label, key, eventId));
        }
        int hash = hash(kind, actor, label, key, eventId);
        Known known = recent.get(hash);
        if (known != null && known.kind() == kind && known.actor() == actor && Objects.equals(known.label(), label)
                && Objects.equals(known.key(), key) && Objects.equals(known.eventId(), eventId)) {
            return known.target();
        }
        StanceTarget target;
        try {
            switch (kind) {
                case ACTOR:
                    target = StanceTarget.actor(actor);
                    break;
                case EVENT:
                    target = StanceTarget.event(eventId);
                    break;
                default:
                    target = key == null ? StanceTarget.topic(label) : StanceTarget.topic(label, key);
                    break;
            }
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, StanceTarget.class, e, null);
        }
        recent.put(hash, new Known(target, kind, actor, label, key, eventId));
        return target;
    }

    /**
     * The hash of what a target is built from: the actor by identity (actors read again are shared
     * instances), the texts by value (their hash codes are known when {@link Texts} returns them).
     */
    private static int hash(StanceTarget.Kind kind, Actor actor, String label, String key, String eventId) {
        int hash = kind.ordinal();
        hash = 31 * hash + System.identityHashCode(actor);
        hash = 31 * hash + Objects.hashCode(label);
        hash = 31 * hash + Objects.hashCode(key);
        return 31 * hash + Objects.hashCode(eventId);
    }

    static StanceTarget.Kind readKind(JsonParser p, DeserializationContext ctxt) throws IOException {
        StanceTarget.Kind known = KINDS.matchCurrent(p);
        if (known != null) {
            return known;
        }
        String text = Tokens.string(p, ctxt, StanceTarget.class, StanceTargetField.KIND.text());
        StanceTarget.Kind kind = KINDS.byName(text);
        if (kind == null) {
            throw Failures.unknownKind(p, ctxt, StanceTarget.class, text, KINDS.names());
        }
        return kind;
    }

    /** Checks that the fields read are those of the kind: its own field set, no field of another kind. */
    private static boolean fits(StanceTarget.Kind kind, Actor actor, String label, String key, String eventId) {
        switch (kind) {
            case ACTOR:
                return actor != null && label == null && key == null && eventId == null;
            case TOPIC:
                return label != null && actor == null && eventId == null;
            default:
                return eventId != null && actor == null && label == null && key == null;
        }
    }

    /** Lists what is wrong with fields that do not {@linkplain #fits fit} their kind. */
    private static List<Violation> violations(StanceTarget.Kind kind, Actor actor, String label, String key,
            String eventId) {
        List<Violation> violations = new ArrayList<>(2);
        notApplicable(violations, kind, StanceTarget.Kind.ACTOR, StanceTargetField.ACTOR,
                actor == null ? null : actor.toString());
        notApplicable(violations, kind, StanceTarget.Kind.TOPIC, StanceTargetField.LABEL,
                label == null ? null : Failures.show(label));
        notApplicable(violations, kind, StanceTarget.Kind.TOPIC, StanceTargetField.KEY,
                key == null ? null : Failures.show(key));
        notApplicable(violations, kind, StanceTarget.Kind.EVENT, StanceTargetField.EVENT_ID,
                eventId == null ? null : Failures.show(eventId));
        Object required = kind == StanceTarget.Kind.ACTOR ? actor : kind == StanceTarget.Kind.TOPIC ? label : eventId;
        if (required == null) {
            String attribute = (kind == StanceTarget.Kind.ACTOR ? StanceTargetField.ACTOR
                    : kind == StanceTarget.Kind.TOPIC ? StanceTargetField.LABEL : StanceTargetField.EVENT_ID).text();
            violations.add(Failures.rule(StanceTarget.class, attribute, ViolationCode.MISSING_ATTRIBUTE,
                    "be set when kind is '" + kind.name().toLowerCase(Locale.ROOT) + "'", "nothing"));
        }
        return violations;
    }

    /** Reports an attribute given for a kind it does not belong to. */
    private static void notApplicable(List<Violation> violations, StanceTarget.Kind kind, StanceTarget.Kind owner,
            StanceTargetField field, String shown) {
        if (shown != null && kind != owner) {
            violations.add(Failures.rule(StanceTarget.class, field.text(), ViolationCode.NOT_APPLICABLE,
                    "be absent unless kind is '" + owner.name().toLowerCase(Locale.ROOT) + "'", shown));
        }
    }
}
