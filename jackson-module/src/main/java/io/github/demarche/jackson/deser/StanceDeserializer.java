package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.Intensity;
import io.github.demarche.Stance;
import io.github.demarche.StanceType;
import io.github.demarche.ValidationException;
import java.io.IOException;

/**
 * Reads a stance through {@code Stance.builder()}; an absent {@code "intensity"} is
 * {@code normal}, an absent {@code "contemplated"} is {@code false}.
 */
final class StanceDeserializer extends ModelDeserializer<Stance> {

    private static final long serialVersionUID = 1L;

    private static final EnumDeserializer<StanceType> TYPES = new EnumDeserializer<>(StanceType.class);
    private static final EnumDeserializer<Intensity> INTENSITIES = new EnumDeserializer<>(Intensity.class);

    private final StanceTargetDeserializer targets;

    StanceDeserializer(StanceTargetDeserializer targets) {
        super(Stance.class, "type", "target", "intensity", "contemplated", "wording");
        this.targets = targets;
    }

    @Override
    Stance read(JsonParser p, DeserializationContext ctxt) throws IOException {
        Stance.Builder builder = Stance.builder();
        int present = 0;
        for (String field = Tokens.firstField(p, Stance.class); field != null; field = p.nextFieldName()) {
            present = once(p, present, field);
            p.nextToken();
            switch (field) {
                case "type":
                    builder.type(TYPES.read(p, Stance.class, field));
                    break;
                case "target":
                    builder.target(targets.read(p, ctxt));
                    break;
                case "intensity":
                    builder.intensity(INTENSITIES.read(p, Stance.class, field));
                    break;
                case "contemplated":
                    builder.contemplated(Tokens.bool(p, Stance.class, field));
                    break;
                case "wording":
                    builder.wording(Tokens.string(p, Stance.class, field));
                    break;
                default:
                    Tokens.unknown(p, ctxt, this, Stance.class, field);
                    break;
            }
        }
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Stance.class, e, null);
        }
    }
}
