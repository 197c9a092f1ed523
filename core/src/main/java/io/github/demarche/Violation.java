package io.github.demarche;

import java.io.Serializable;
import java.util.Objects;

/**
 * One broken rule: where it was broken, which rule, and a message with the offending value.
 *
 * <p>The {@link #path() path} is relative to the validated object, in the form of a Java
 * expression ({@code name}, {@code stances[1].target}, {@code statements[3].speakers[0]}). The
 * {@link #message() message} follows one wording,
 * {@code <Type>.<attribute> must <rule>, got <actual>}, for example
 * <pre>{@code QualifiedCount.bounds must satisfy low <= best <= high, got low=300, best=270, high=∞}</pre>
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
public final class Violation implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The attribute path relative to the validated object. */
    private final String path;
    /** The stable code of the broken rule. */
    private final ViolationCode code;
    /** The human-readable message with the offending value. */
    private final String message;

    private Violation(String path, ViolationCode code, String message) {
        this.path = Objects.requireNonNull(path, "path");
        this.code = Objects.requireNonNull(code, "code");
        this.message = Objects.requireNonNull(message, "message");
    }

    /**
     * Obtains a violation.
     *
     * @param path  the attribute path relative to the validated object, not null
     * @param code  the stable code of the broken rule, not null
     * @param message  the human-readable message with the offending value, not null
     * @return the violation, not null
     */
    public static Violation of(String path, ViolationCode code, String message) {
        return new Violation(path, code, message);
    }

    /**
     * Writes an offending value as every message of the library shows it: a text in single quotes,
     * shortened with {@code "..."} past 100 characters so that hostile input cannot blow up a
     * message ({@code 'The Irrawaddy'}); anything else as {@code String.valueOf} writes it
     * ({@code 270}, {@code null}). Readers of other formats use it so that their messages read as
     * the core's.
     *
     * @param value  the offending value, may be null
     * @return the value as messages show it, not null
     * @since 0.2
     */
    public static String show(Object value) {
        return Violations.show(value);
    }

    /**
     * Gets the attribute path, relative to the validated object, such as {@code stances[1].target}.
     *
     * @return the path, not null; empty when the rule concerns the whole object
     */
    public String path() {
        return path;
    }

    /**
     * Gets the stable code of the broken rule.
     *
     * @return the code, not null
     */
    public ViolationCode code() {
        return code;
    }

    /**
     * Gets the message, which names the type, the attribute and the offending value.
     *
     * @return the message, not null
     */
    public String message() {
        return message;
    }

    /**
     * Obtains a copy of this violation whose path is prefixed by the path of an enclosing value,
     * as when a dossier reports the violation of one of its statements.
     *
     * @param prefix  the path of the enclosing attribute, such as {@code statements[3]}, not null
     * @return the violation with the longer path, not null
     */
    public Violation withPathPrefix(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
        return new Violation(joined, code, message);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof Violation)) {
            return false;
        }
        Violation other = (Violation) obj;
        return path.equals(other.path) && code == other.code && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, code, message);
    }

    /**
     * Gets the violation as text: the code followed by the message.
     *
     * @return the text, such as {@code [BLANK] Actor.name must not be blank, got ''}
     */
    @Override
    public String toString() {
        return "[" + code + "] " + message;
    }
}
