package io.github.demarche.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when JSON of the right shape holds a value that breaks a rule of the Demarche model: a
 * missing required field, a malformed date or country code, count bounds out of order, a speaker
 * the dossier does not know.
 *
 * <p>Reading goes through the model's builders and factories, so every rule of the core is
 * checked; this exception carries what they reported. Its {@linkplain #getOriginalMessage()
 * message} is the core's message, its {@linkplain #violations() violations} are the core's
 * violations, with their codes and paths relative to the value that rejected them, and its
 * {@linkplain #getPath() path} points at the offending field of the JSON document. For example,
 * a statement whose first speaker has a blank name:
 * <pre>{@code
 * try {
 *     mapper.readValue(json, Statement.class);
 * } catch (InvalidValueException e) {
 *     e.getOriginalMessage();                // "Actor.name must not be blank, got ' '"
 *     DemarcheJson.jsonPointer(e);           // "/speakers/0/name"
 *     e.violations().get(0).code();          // BLANK
 * }
 * }</pre>
 * When the core reports several violations of one value, the message lists them all and the path
 * points at the first.
 *
 * <p>JSON of the wrong shape is reported with Jackson's own exceptions instead (a string where an
 * object belongs, an unknown enum name, an unknown discriminator); see the module's README.
 *
 * @since 0.1
 */
public class InvalidValueException extends ValueInstantiationException {

    private static final long serialVersionUID = 1L;

    /** The violations; a serializable, unmodifiable list. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<Violation> violations;

    /**
     * Creates an exception from the violations the core reported.
     *
     * @param parser  the parser that read the value, may be null
     * @param type  the type of the value that could not be built, not null
     * @param cause  the core's exception, not null
     */
    protected InvalidValueException(JsonParser parser, JavaType type, ValidationException cause) {
        super(parser, Objects.requireNonNull(cause, "cause").getMessage(), Objects.requireNonNull(type, "type"), cause);
        this.violations = cause.violations();
    }

    /**
     * Obtains an exception from the violations the core reported; its path is empty until the
     * deserializers fill it in.
     *
     * @param parser  the parser that read the value, may be null
     * @param type  the type of the value that could not be built, not null
     * @param cause  the core's exception, not null
     * @return the exception, not null
     */
    public static InvalidValueException from(JsonParser parser, JavaType type, ValidationException cause) {
        return new InvalidValueException(parser, type, cause);
    }

    /**
     * Gets the violations the core reported, in the order its rules were checked. Their paths are
     * relative to the value that rejected them; {@link #getPath()} locates that value in the
     * document.
     *
     * @return the violations, not empty, unmodifiable
     */
    public List<Violation> violations() {
        return violations;
    }
}
