package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Actor;
import io.github.demarche.IncludedGroup;
import io.github.demarche.ValidationException;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import io.github.demarche.Violation;
import io.github.demarche.ViolationCode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads victims, whose {@code "kind"} is {@code "group"} (with a {@code "group"}) or
 * {@code "actor"} (with an {@code "actor"}), through {@code Victims.of}, and the groups they
 * include, {@code "included"}, through {@code withIncluded}; its fields are
 * {@link VictimsField}. Like a stance target, the kind may come anywhere in the object; another
 * kind, or none, is an {@code InvalidTypeIdException}.
 */
final class VictimsDeserializer extends ObjectDeserializer<Victims, VictimsField, VictimsDeserializer.Reading> {

    private static final long serialVersionUID = 1L;

    /** The kinds, for messages: the names of the fields each kind has. */
    private static final String KINDS = Failures.show(VictimsField.GROUP.text()) + ", "
            + Failures.show(VictimsField.ACTOR.text());

    final Nested<Actor> actors;
    final Nested<IncludedGroup> included;

    /** The fields of victims being read, null where absent. */
    static final class Reading {
        /** {@link VictimsField#GROUP} or {@link VictimsField#ACTOR}. */
        VictimsField kind;
        VictimGroup group;
        Actor actor;
        List<IncludedGroup> included;
    }

    VictimsDeserializer(ActorDeserializer actors, IncludedGroupDeserializer included) {
        super(Victims.class, VictimsField.class);
        this.actors = Nested.of(Actor.class, actors);
        this.included = Nested.of(IncludedGroup.class, included);
    }

    private VictimsDeserializer(VictimsDeserializer source, DeserializationContext ctxt) throws JsonMappingException {
        super(source);
        this.actors = source.actors.resolve(ctxt);
        this.included = source.included.resolve(ctxt);
    }

    @Override
    VictimsDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new VictimsDeserializer(this, ctxt);
    }

    @Override
    Reading start() {
        return new Reading();
    }

    @Override
    void readField(VictimsField field, JsonParser p, DeserializationContext ctxt, Reading reading)
            throws IOException {
        field.read(this, p, ctxt, reading);
    }

    /** Reads the kind, the name of the field that holds the victims. */
    static VictimsField readKind(JsonParser p, DeserializationContext ctxt) throws IOException {
        String kind = Tokens.string(p, ctxt, Victims.class, VictimsField.KIND.text());
        if (kind.equals(VictimsField.GROUP.text())) {
            return VictimsField.GROUP;
        }
        if (kind.equals(VictimsField.ACTOR.text())) {
            return VictimsField.ACTOR;
        }
        throw Failures.unknownKind(p, ctxt, Victims.class, kind, KINDS);
    }

    @Override
    Victims build(JsonParser p, DeserializationContext ctxt, Reading r) throws IOException {
        if (r.kind == null) {
            throw JsonPaths.prependAttribute(Failures.unknownKind(p, ctxt, Victims.class, null, KINDS),
                    Victims.class, VictimsField.KIND.text());
        }
        boolean isGroup = r.kind == VictimsField.GROUP;
        List<Violation> violations = new ArrayList<>(1);
        if (isGroup && r.actor != null) {
            violations.add(Failures.rule(Victims.class, VictimsField.ACTOR.text(), ViolationCode.NOT_APPLICABLE,
                    "be absent unless kind is " + Failures.show(VictimsField.ACTOR.text()), r.actor.toString()));
        }
        if (!isGroup && r.group != null) {
            violations.add(Failures.rule(Victims.class, VictimsField.GROUP.text(), ViolationCode.NOT_APPLICABLE,
                    "be absent unless kind is " + Failures.show(VictimsField.GROUP.text()),
                    Failures.show(r.group.name().toLowerCase(Locale.ROOT))));
        }
        if (isGroup ? r.group == null : r.actor == null) {
            violations.add(Failures.rule(Victims.class, r.kind.text(), ViolationCode.MISSING_ATTRIBUTE,
                    "be set when kind is " + Failures.show(r.kind.text()), "nothing"));
        }
        if (!violations.isEmpty()) {
            throw Failures.invalid(p, ctxt, Victims.class, violations);
        }
        Victims victims = isGroup ? Victims.of(r.group) : Victims.of(r.actor);
        if (r.included == null) {
            return victims;
        }
        try {
            return victims.withIncluded(r.included);
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Victims.class, e, null);
        }
    }
}
