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
 * Reads a stance target, whose {@code "kind"} is {@code "actor"}, {@code "topic"},
 * {@code "event"}, {@code "casualty_report"}, {@code "statement"} or {@code "document"}, through
 * the factory of the kind ({@code StanceTarget.passage} for a document with a {@code passageId}). The kind
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
            String id, String passageId) {
    }

    /** The fields of a target being read, null where absent. */
    static final class Reading {
        StanceTarget.Kind kind;
        Actor actor;
        String label;
        String key;
        String eventId;
        String reportId;
        String statementId;
        String documentId;
        String passageId;

        /** The id of the kind's own id field, or null. */
        String id(StanceTarget.Kind kind) {
            switch (kind) {
                case EVENT:
                    return eventId;
                case CASUALTY_REPORT:
                    return reportId;
                case STATEMENT:
                    return statementId;
                case DOCUMENT:
                    return documentId;
                default:
                    return null;
            }
        }
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
        if (kind == null) {
            throw JsonPaths.prependAttribute(Failures.unknownKind(p, ctxt, StanceTarget.class, null, KINDS.names()),
                    StanceTarget.class, StanceTargetField.KIND.text());
        }
        List<Violation> violations = violations(kind, r);
        if (!violations.isEmpty()) {
            throw Failures.invalid(p, ctxt, StanceTarget.class, violations);
        }
        Actor actor = r.actor;
        String label = r.label;
        String key = r.key;
        String id = r.id(kind);
        String passageId = r.passageId;
        int hash = hash(kind, actor, label, key, id, passageId);
        Known known = recent.get(hash);
        if (known != null && known.kind() == kind && known.actor() == actor && Objects.equals(known.label(), label)
                && Objects.equals(known.key(), key) && Objects.equals(known.id(), id)
                && Objects.equals(known.passageId(), passageId)) {
            return known.target();
        }
        StanceTarget target;
        try {
            switch (kind) {
                case ACTOR:
                    target = StanceTarget.actor(actor);
                    break;
                case EVENT:
                    target = StanceTarget.event(id);
                    break;
                case CASUALTY_REPORT:
                    target = StanceTarget.casualtyReport(id);
                    break;
                case STATEMENT:
                    target = StanceTarget.statement(id);
                    break;
                case DOCUMENT:
                    target = passageId == null ? StanceTarget.document(id) : StanceTarget.passage(id, passageId);
                    break;
                default:
                    target = key == null ? StanceTarget.topic(label) : StanceTarget.topic(label, key);
                    break;
            }
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, StanceTarget.class, e, null);
        }
        recent.put(hash, new Known(target, kind, actor, label, key, id, passageId));
        return target;
    }

    /**
     * The hash of what a target is built from: the actor by identity (actors read again are shared
     * instances), the texts by value (their hash codes are known when {@link Texts} returns them).
     */
    private static int hash(StanceTarget.Kind kind, Actor actor, String label, String key, String id,
            String passageId) {
        int hash = kind.ordinal();
        hash = 31 * hash + System.identityHashCode(actor);
        hash = 31 * hash + Objects.hashCode(label);
        hash = 31 * hash + Objects.hashCode(key);
        hash = 31 * hash + Objects.hashCode(id);
        return 31 * hash + Objects.hashCode(passageId);
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

    /**
     * Lists what is wrong with the fields read for a kind: a field of another kind
     * ({@code NOT_APPLICABLE}), or the kind's required field missing; empty when they fit.
     */
    private static List<Violation> violations(StanceTarget.Kind kind, Reading r) {
        if (fits(kind, r)) {
            return List.of();  // the usual case, without a list
        }
        List<Violation> violations = new ArrayList<>(2);
        notApplicable(violations, kind, StanceTarget.Kind.ACTOR, StanceTargetField.ACTOR,
                r.actor == null ? null : r.actor.toString());
        notApplicable(violations, kind, StanceTarget.Kind.TOPIC, StanceTargetField.LABEL, shown(r.label));
        notApplicable(violations, kind, StanceTarget.Kind.TOPIC, StanceTargetField.KEY, shown(r.key));
        notApplicable(violations, kind, StanceTarget.Kind.EVENT, StanceTargetField.EVENT_ID, shown(r.eventId));
        notApplicable(violations, kind, StanceTarget.Kind.CASUALTY_REPORT, StanceTargetField.REPORT_ID,
                shown(r.reportId));
        notApplicable(violations, kind, StanceTarget.Kind.STATEMENT, StanceTargetField.STATEMENT_ID,
                shown(r.statementId));
        notApplicable(violations, kind, StanceTarget.Kind.DOCUMENT, StanceTargetField.DOCUMENT_ID,
                shown(r.documentId));
        notApplicable(violations, kind, StanceTarget.Kind.DOCUMENT, StanceTargetField.PASSAGE_ID,
                shown(r.passageId));
        StanceTargetField required = required(kind);
        Object value = kind == StanceTarget.Kind.ACTOR ? r.actor : kind == StanceTarget.Kind.TOPIC ? r.label : r.id(kind);
        if (value == null) {
            violations.add(Failures.rule(StanceTarget.class, required.text(), ViolationCode.MISSING_ATTRIBUTE,
                    "be set when kind is '" + kind.name().toLowerCase(Locale.ROOT) + "'", "nothing"));
        }
        return violations;
    }

    /** Checks that the fields read are those of the kind: its own field set, no field of another kind. */
    private static boolean fits(StanceTarget.Kind kind, Reading r) {
        int given = (r.actor == null ? 0 : 1) + (r.label == null ? 0 : 1) + (r.key == null ? 0 : 1)
                + (r.eventId == null ? 0 : 1) + (r.reportId == null ? 0 : 1) + (r.statementId == null ? 0 : 1)
                + (r.documentId == null ? 0 : 1) + (r.passageId == null ? 0 : 1);
        switch (kind) {
            case ACTOR:
                return r.actor != null && given == 1;
            case TOPIC:
                return r.label != null && given == (r.key == null ? 1 : 2);
            case DOCUMENT:
                return r.documentId != null && given == (r.passageId == null ? 1 : 2);
            default:
                return r.id(kind) != null && given == 1;
        }
    }

    /** The field a kind requires. */
    private static StanceTargetField required(StanceTarget.Kind kind) {
        switch (kind) {
            case ACTOR:
                return StanceTargetField.ACTOR;
            case TOPIC:
                return StanceTargetField.LABEL;
            case EVENT:
                return StanceTargetField.EVENT_ID;
            case CASUALTY_REPORT:
                return StanceTargetField.REPORT_ID;
            case STATEMENT:
                return StanceTargetField.STATEMENT_ID;
            default:
                return StanceTargetField.DOCUMENT_ID;
        }
    }

    private static String shown(String text) {
        return text == null ? null : Failures.show(text);
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
