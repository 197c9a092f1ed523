package io.github.demarche;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The typed value of an extension attribute: what a dataset carries and the model does not name,
 * kept with its type so that a number stays a number.
 *
 * <p>GDELT's {@code NumMentions} is {@code AttributeValue.of(5)}, its {@code AvgTone}
 * {@code AttributeValue.of(new BigDecimal("-2.54350736278448"))} (every digit kept),
 * {@code IsRootEvent} {@code AttributeValue.of(true)}, an ICEWS publisher's remark
 * {@code AttributeValue.of("...")}. Records and actors hold them by key in {@code attributes()}.
 *
 * <p>Rules: a text is at most 10,000 characters (it may be empty: a dataset's empty cell is a
 * value). A decimal keeps its scale: {@code 0.0} and {@code 0} are different values, as they are
 * different text in the dataset. Two values are equal when their kinds and values are equal.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
public final class AttributeValue implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MAX_TEXT = 10_000;

    private static final AttributeValue TRUE = new AttributeValue(Kind.BOOLEAN, Boolean.TRUE);
    private static final AttributeValue FALSE = new AttributeValue(Kind.BOOLEAN, Boolean.FALSE);

    /**
     * The kinds of attribute value.
     *
     * @since 0.2
     */
    public enum Kind {
        /** Text, kept as written. */
        TEXT,
        /** A whole number within the range of {@code long}. */
        INTEGER,
        /** A decimal number, with its scale. */
        DECIMAL,
        /** True or false. */
        BOOLEAN
    }

    /** The kind of the value. */
    private final Kind kind;
    /** A String, Long, BigDecimal or Boolean, by kind. */
    private final Serializable value;

    private AttributeValue(Kind kind, Serializable value) {
        this.kind = kind;
        this.value = value;
    }

    /**
     * Obtains a text value.
     *
     * @param text  the text as written, not null
     * @return the value, not null
     * @throws ValidationException if the text is longer than 10,000 characters ({@code TOO_LONG}),
     *     or holds a control character other than a line break, an unpaired surrogate or a
     *     noncharacter ({@code INVALID_CHARACTER}); it may be empty or blank
     */
    public static AttributeValue of(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_TEXT) {
            Violations.of("AttributeValue").addRaw("text", ViolationCode.TOO_LONG,
                    "be at most " + MAX_TEXT + " characters long", text.length() + " characters").throwIfAny();
        }
        Violations.of("AttributeValue").characters("text", text, Violations.TextForm.LINES).throwIfAny();
        return new AttributeValue(Kind.TEXT, text);
    }

    /**
     * Obtains a whole-number value.
     *
     * @param number  the number
     * @return the value, not null
     */
    public static AttributeValue of(long number) {
        return new AttributeValue(Kind.INTEGER, number);
    }

    /**
     * Obtains a decimal value, keeping its scale.
     *
     * @param number  the number, such as {@code new BigDecimal("-2.54350736278448")}, not null
     * @return the value, not null
     */
    public static AttributeValue of(BigDecimal number) {
        Objects.requireNonNull(number, "number");
        return new AttributeValue(Kind.DECIMAL, number);
    }

    /**
     * Obtains a true-or-false value.
     *
     * @param flag  the flag
     * @return the value, not null
     */
    public static AttributeValue of(boolean flag) {
        return flag ? TRUE : FALSE;
    }

    /**
     * Gets the kind of the value.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Gets the text of a {@link Kind#TEXT TEXT} value.
     *
     * @return the text, not null
     * @throws IllegalStateException if the value is of another kind
     */
    public String asText() {
        return (String) as(Kind.TEXT);
    }

    /**
     * Gets the number of an {@link Kind#INTEGER INTEGER} value.
     *
     * @return the number
     * @throws IllegalStateException if the value is of another kind
     */
    public long asLong() {
        return (Long) as(Kind.INTEGER);
    }

    /**
     * Gets the number of a {@link Kind#DECIMAL DECIMAL} value.
     *
     * @return the number with its scale, not null
     * @throws IllegalStateException if the value is of another kind
     */
    public BigDecimal asDecimal() {
        return (BigDecimal) as(Kind.DECIMAL);
    }

    /**
     * Gets the flag of a {@link Kind#BOOLEAN BOOLEAN} value.
     *
     * @return the flag
     * @throws IllegalStateException if the value is of another kind
     */
    public boolean asBoolean() {
        return (Boolean) as(Kind.BOOLEAN);
    }

    private Object as(Kind wanted) {
        if (kind != wanted) {
            throw new IllegalStateException("AttributeValue is " + kind + ", not " + wanted + ": " + this);
        }
        return value;
    }

    /**
     * Keeps one instance of each flag when deserialized.
     *
     * @return the shared instance of a flag, or this value
     */
    private Object readResolve() {
        return kind == Kind.BOOLEAN ? of((Boolean) value) : this;
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof AttributeValue)) {
            return false;
        }
        AttributeValue other = (AttributeValue) obj;
        return kind == other.kind && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + value.hashCode();
    }

    /**
     * Gets the value as text: a text in single quotes (shortened to 100 characters), a number or
     * flag as is.
     *
     * @return text such as {@code 'Indo-Asian News Service'}, {@code 5}, {@code -2.54350736278448} or {@code true}
     */
    @Override
    public String toString() {
        return kind == Kind.TEXT ? Violations.show(value) : value.toString();
    }
}
