package io.github.demarche;

import java.util.ArrayList;
import java.util.List;

/**
 * Thrown by a generated builder whose required attributes were not set.
 *
 * <p>Immutables calls the public {@code String...} constructor with the names of the missing attributes
 * (see {@code throwForInvalidImmutableState} on {@link DemarcheStyle}). The name of the type being
 * built is read from the calling generated class ({@code ImmutableActor.Builder} builds an
 * {@code Actor}) so that messages read like every other violation:
 * {@code Actor.kind must be set, got nothing}.
 */
final class MissingAttributesException extends ValidationException {

    private static final long serialVersionUID = 1L;

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    public MissingAttributesException(String... missingAttributes) {
        super(violations(builtType(), missingAttributes));
    }

    private static List<Violation> violations(String type, String... missingAttributes) {
        List<Violation> violations = new ArrayList<>(missingAttributes.length);
        for (String attribute : missingAttributes) {
            violations.add(Violation.of(attribute, ViolationCode.MISSING_ATTRIBUTE,
                    type + "." + attribute + " must be set, got nothing"));
        }
        return violations;
    }

    private static String builtType() {
        return WALKER.walk(frames -> frames
                .map(frame -> frame.getDeclaringClass())
                .map(MissingAttributesException::outermost)
                .filter(type -> type.getSimpleName().startsWith("Immutable"))
                .map(type -> type.getSimpleName().substring("Immutable".length()))
                .findFirst()
                .orElse("value"));
    }

    private static Class<?> outermost(Class<?> type) {
        Class<?> current = type;
        while (current.getEnclosingClass() != null) {
            current = current.getEnclosingClass();
        }
        return current;
    }
}
