package io.github.demarche;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a value would break one or more of the rules of the model.
 *
 * <p>It carries <em>every</em> violation found in the object, not only the first, so that a user
 * can fix all of them in one go. The same violations are returned, without throwing, by the
 * {@code validate()} methods of the builders and factories.
 *
 * <pre>{@code
 * try {
 *     QualifiedCount.between(300, 270);
 * } catch (ValidationException e) {
 *     e.violations().get(0).code();  // COUNT_RANGE_INVERTED
 * }
 * }</pre>
 *
 * @since 0.1
 */
public class ValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * The most violations the message lists; {@link #violations()} holds them all. A hostile
     * statement with 100,000 duplicate speakers must not make a message of megabytes.
     */
    public static final int MAX_IN_MESSAGE = 20;

    /** The violations; a serializable, unmodifiable list. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<Violation> violations;

    /**
     * Creates an exception that carries the given violations.
     *
     * @param violations  the violations found, not null, not empty
     * @throws IllegalArgumentException if {@code violations} is empty
     */
    public ValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    private static String describe(List<Violation> violations) {
        Objects.requireNonNull(violations, "violations");
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("ValidationException.violations must not be empty, got []");
        }
        if (violations.size() == 1) {
            return violations.get(0).message();
        }
        String shown = violations.stream()
                .limit(MAX_IN_MESSAGE)
                .map(Violation::message)
                .collect(Collectors.joining("; "));
        int more = violations.size() - MAX_IN_MESSAGE;
        return violations.size() + " violations: " + shown + (more > 0 ? "; and " + more + " more" : "");
    }

    /**
     * Gets every violation that was found, in the order the rules were checked.
     *
     * @return the violations, not null, not empty, unmodifiable
     */
    public List<Violation> violations() {
        return violations;
    }
}
