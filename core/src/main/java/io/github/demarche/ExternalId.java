package io.github.demarche;

import java.io.Serializable;
import java.util.Objects;

/**
 * An identifier that a dataset or another system gives a record or an actor, kept exactly as
 * written beside the model's own id.
 *
 * <p>Event data carries ids the model's id form cannot hold: a GDELT {@code GLOBALEVENTID}
 * ({@code 881990842}), an ICEWS {@code Event ID}, a UCDP GED event id or side id, a PLOVER record
 * id such as {@code PLOVER-GSR01-AGREE-0001}. Each is kept with the scheme that issued it:
 * <pre>{@code
 * ExternalId gdelt = ExternalId.of("gdelt", "881990842");
 * ExternalId plover = ExternalId.of("plover", "PLOVER-GSR01-AGREE-0001");
 * plover.toString();   // plover:PLOVER-GSR01-AGREE-0001
 * }</pre>
 *
 * <p>Rules: the scheme has the form of every identifier (see {@link Actor#id()}), such as
 * {@code gdelt}, {@code icews}, {@code ucdp-ged}, {@code ucdp-side} or {@code plover}; the value is
 * not blank, at most 200 characters, and kept as written (case, leading zeros and punctuation
 * included). Two external ids are equal when scheme and value are equal.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
public final class ExternalId implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MAX_VALUE = 200;

    /** The scheme that issued the id. */
    private final String scheme;
    /** The id as written. */
    private final String value;

    private ExternalId(String scheme, String value) {
        this.scheme = scheme;
        this.value = value;
    }

    /**
     * Obtains an external id.
     *
     * @param scheme  the scheme that issued it, such as {@code "gdelt"}, not null
     * @param value  the id as written, such as {@code "881990842"}, not null
     * @return the external id, not null
     * @throws ValidationException if the scheme is not of the id form or the value is blank or
     *     longer than 200 characters
     */
    public static ExternalId of(String scheme, String value) {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(value, "value");
        Violations.of("ExternalId").id("scheme", scheme).text("value", value, MAX_VALUE, Violations.TextForm.NAME).throwIfAny();
        return new ExternalId(scheme, value);
    }

    /**
     * Gets the scheme that issued the id.
     *
     * @return the scheme, such as {@code "gdelt"}, not null
     */
    public String scheme() {
        return scheme;
    }

    /**
     * Gets the id as written.
     *
     * @return the value, such as {@code "881990842"}, not null
     */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof ExternalId)) {
            return false;
        }
        ExternalId other = (ExternalId) obj;
        return scheme.equals(other.scheme) && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return scheme.hashCode() * 31 + value.hashCode();
    }

    /**
     * Gets the id as text: scheme, a colon, and the value.
     *
     * @return text such as {@code gdelt:881990842}
     */
    @Override
    public String toString() {
        return scheme + ":" + Violations.abbreviate(value);
    }
}
