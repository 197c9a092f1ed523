package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
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
final class StanceTargetDeserializer extends ModelDeserializer<StanceTarget> {

    private static final long serialVersionUID = 1L;

    private static final EnumDeserializer<StanceTarget.Kind> KINDS = new EnumDeserializer<>(StanceTarget.Kind.class);

    private final ActorDeserializer actors;
    /** Labels, keys and event ids, read again and again. */
    private final Texts texts = new Texts(512);
    /** The targets read recently, by {@link #hash}: the same target read again is the same instance. */
    private final Recent<Known> recent = new Recent<>(1024);

    /** A target and the fields it was read from. */
    private record Known(StanceTarget target, StanceTarget.Kind kind, Actor actor, String label, String key,
            String eventId) {
    }

    StanceTargetDeserializer(ActorDeserializer actors) {
        super(StanceTarget.class, "kind", "actor", "label", "key", "eventId");
        this.actors = actors;
    }

    @Override
    StanceTarget read(JsonParser p, DeserializationContext ctxt) throws IOException {
        StanceTarget.Kind kind = null;
        Actor actor = null;
        String label = null;
        String key = null;
        String eventId = null;
        int present = 0;
        for (String field = Tokens.firstField(p, StanceTarget.class); field != null; field = p.nextFieldName()) {
            present = once(p, present, field);
            p.nextToken();
            switch (field) {
                case "kind":
                    kind = readKind(p, ctxt);
                    break;
                case "actor":
                    actor = actors.read(p, ctxt);
                    break;
                case "label":
                    label = texts.read(p, StanceTarget.class, field);
                    break;
                case "key":
                    key = texts.read(p, StanceTarget.class, field);
                    break;
                case "eventId":
                    eventId = texts.read(p, StanceTarget.class, field);
                    break;
                default:
                    Tokens.unknown(p, ctxt, this, StanceTarget.class, field);
                    break;
            }
        }
        if (kind == null) {
            throw JsonPaths.prependAttribute(Failures.unknownKind(p, ctxt, StanceTarget.class, null, KINDS.names()),
                    StanceTarget.class, "kind");
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

    private static StanceTarget.Kind readKind(JsonParser p, DeserializationContext ctxt) throws IOException {
        StanceTarget.Kind known = KINDS.matchCurrent(p);
        if (known != null) {
            return known;
        }
        String text = Tokens.string(p, StanceTarget.class, "kind");
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
        notApplicable(violations, kind, StanceTarget.Kind.ACTOR, "actor", actor == null ? null : actor.toString());
        notApplicable(violations, kind, StanceTarget.Kind.TOPIC, "label", label == null ? null : Failures.show(label));
        notApplicable(violations, kind, StanceTarget.Kind.TOPIC, "key", key == null ? null : Failures.show(key));
        notApplicable(violations, kind, StanceTarget.Kind.EVENT, "eventId",
                eventId == null ? null : Failures.show(eventId));
        Object required = kind == StanceTarget.Kind.ACTOR ? actor : kind == StanceTarget.Kind.TOPIC ? label : eventId;
        if (required == null) {
            String attribute = kind == StanceTarget.Kind.ACTOR ? "actor" : kind == StanceTarget.Kind.TOPIC ? "label"
                    : "eventId";
            violations.add(Failures.rule(StanceTarget.class, attribute, ViolationCode.MISSING_ATTRIBUTE,
                    "be set when kind is '" + kind.name().toLowerCase(Locale.ROOT) + "'", "nothing"));
        }
        return violations;
    }

    /** Reports an attribute given for a kind it does not belong to. */
    private static void notApplicable(List<Violation> violations, StanceTarget.Kind kind, StanceTarget.Kind owner,
            String attribute, String shown) {
        if (shown != null && kind != owner) {
            violations.add(Failures.rule(StanceTarget.class, attribute, ViolationCode.NOT_APPLICABLE,
                    "be absent unless kind is '" + owner.name().toLowerCase(Locale.ROOT) + "'", shown));
        }
    }
}
