package io.github.demarche;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Thrown by a builder whose required attributes were not set.
 *
 * <p>Immutables calls the public {@code String...} constructor with the names of the missing attributes
 * (see {@code throwForInvalidImmutableState} on {@link DemarcheStyle}). The name of the type being
 * built is read from the calling generated class ({@code ImmutableMembership.Builder} builds a
 * {@code Membership}) so that messages read like every other violation:
 * {@code Actor.kind must be set, got nothing}.
 */
final class MissingAttributesException extends ValidationException {

    private static final long serialVersionUID = 1L;

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    public MissingAttributesException(String... missingAttributes) {
        super(violations(builtType(), missingAttributes));
    }

    private MissingAttributesException(List<Violation> violations) {
        super(violations);
    }

    /**
     * Makes the exception of a hand-written builder, such as {@link Actor.Builder}.
     *
     * @param type  the simple name of the type being built, such as {@code "Actor"}
     * @param missingAttributes  the names of the missing attributes, in their order of declaration;
     *     null elements (attributes that are set) are skipped
     * @return the exception, not null
     */
    static MissingAttributesException of(String type, String... missingAttributes) {
        return new MissingAttributesException(violations(type,
                Arrays.stream(missingAttributes).filter(Objects::nonNull).toArray(String[]::new)));
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
