package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.Actor;
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
 * {@code "actor"} (with an {@code "actor"}), through {@code Victims.of}. Like a stance target, the
 * kind may come anywhere in the object; another kind, or none, is an
 * {@code InvalidTypeIdException}.
 */
final class VictimsDeserializer extends ModelDeserializer<Victims> {

    private static final long serialVersionUID = 1L;

    private static final EnumDeserializer<VictimGroup> GROUPS = new EnumDeserializer<>(VictimGroup.class);
    private static final String KINDS = "'group', 'actor'";

    private final ActorDeserializer actors;

    VictimsDeserializer(ActorDeserializer actors) {
        super(Victims.class, "kind", "group", "actor");
        this.actors = actors;
    }

    @Override
    Victims read(JsonParser p, DeserializationContext ctxt) throws IOException {
        String kind = null;
        VictimGroup group = null;
        Actor actor = null;
        int present = 0;
        for (String field = Tokens.firstField(p, Victims.class); field != null; field = p.nextFieldName()) {
            present = once(p, present, field);
            p.nextToken();
            switch (field) {
                case "kind":
                    kind = Tokens.string(p, Victims.class, field);
                    if (!kind.equals("group") && !kind.equals("actor")) {
                        throw Failures.unknownKind(p, ctxt, Victims.class, kind, KINDS);
                    }
                    break;
                case "group":
                    group = GROUPS.read(p, Victims.class, field);
                    break;
                case "actor":
                    actor = actors.read(p, ctxt);
                    break;
                default:
                    Tokens.unknown(p, ctxt, this, Victims.class, field);
                    break;
            }
        }
        if (kind == null) {
            throw JsonPaths.prependAttribute(Failures.unknownKind(p, ctxt, Victims.class, null, KINDS),
                    Victims.class, "kind");
        }
        boolean isGroup = kind.equals("group");
        List<Violation> violations = new ArrayList<>(1);
        if (isGroup && actor != null) {
            violations.add(Failures.rule(Victims.class, "actor", ViolationCode.NOT_APPLICABLE,
                    "be absent unless kind is 'actor'", actor.toString()));
        }
        if (!isGroup && group != null) {
            violations.add(Failures.rule(Victims.class, "group", ViolationCode.NOT_APPLICABLE,
                    "be absent unless kind is 'group'", Failures.show(group.name().toLowerCase(Locale.ROOT))));
        }
        if (isGroup ? group == null : actor == null) {
            violations.add(Failures.rule(Victims.class, kind, ViolationCode.MISSING_ATTRIBUTE,
                    "be set when kind is '" + kind + "'", "nothing"));
        }
        if (!violations.isEmpty()) {
            throw Failures.invalid(p, ctxt, Victims.class, violations);
        }
        return isGroup ? Victims.of(group) : Victims.of(actor);
    }
}
