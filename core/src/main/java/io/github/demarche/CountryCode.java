package io.github.demarche;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A country, as an ISO 3166-1 alpha-3 code checked against the JDK's list of countries.
 *
 * <p>The reference article names three: {@code CountryCode.of("MMR")} (Myanmar),
 * {@code CountryCode.of("CHN")} (China) and {@code CountryCode.of("RUS")} (Russia).
 *
 * <p>Country codes are ordered alphabetically by code, an order consistent with {@code equals}.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
public final class CountryCode implements Comparable<CountryCode>, Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern FORM = Pattern.compile("[A-Z]{3}");
    private static final Map<String, String> ALPHA2 = alpha2ByAlpha3();
    /** One instance per known country: values are shared, so millions of mentions cost nothing. */
    private static final Map<String, CountryCode> KNOWN = instances();

    /** The ISO 3166-1 alpha-3 code. */
    private final String code;

    private CountryCode(String code) {
        this.code = code;
    }

    /**
     * Obtains a country code from its ISO 3166-1 alpha-3 form, such as {@code "MMR"}.
     *
     * @param code  three upper-case letters of a country the JDK knows, not null
     * @return the country code, not null
     * @throws ValidationException if the code is malformed ({@code MALFORMED}) or not a known
     *     country ({@code UNKNOWN_COUNTRY})
     */
    public static CountryCode of(String code) {
        Objects.requireNonNull(code, "code");
        CountryCode known = KNOWN.get(code);
        if (known == null) {
            throw new ValidationException(check(code).list());  // a code not known always breaks a rule
        }
        return known;
    }

    /**
     * Checks if a text is a valid country code, without throwing.
     *
     * @param code  the candidate code, not null
     * @return the violations {@link #of(String)} would throw, empty if the code is valid
     */
    public static List<Violation> validate(String code) {
        Objects.requireNonNull(code, "code");
        return check(code).list();
    }

    private static Violations check(String code) {
        Violations violations = Violations.of("CountryCode");
        if (!FORM.matcher(code).matches()) {
            violations.add("code", ViolationCode.MALFORMED, "be three upper-case letters (ISO 3166-1 alpha-3)", code);
        } else if (!KNOWN.containsKey(code)) {
            violations.add("code", ViolationCode.UNKNOWN_COUNTRY, "be an ISO 3166-1 alpha-3 country code", code);
        }
        return violations;
    }

    private static Map<String, CountryCode> instances() {
        Map<String, CountryCode> map = new HashMap<>();
        for (String code : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)) {
            map.put(code, new CountryCode(code));
        }
        return Map.copyOf(map);
    }

    /**
     * Keeps one instance per country across Java serialization, and rejects a tampered code.
     *
     * @return the shared instance of the country
     * @throws ObjectStreamException if the stream holds no code or an unknown one
     */
    private Object readResolve() throws ObjectStreamException {
        CountryCode known = code == null ? null : KNOWN.get(code);
        if (known == null) {
            throw new InvalidObjectException("CountryCode.code must be a known country, got " + Violations.show(code));
        }
        return known;
    }

    private static Map<String, String> alpha2ByAlpha3() {
        Map<String, String> map = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            map.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
        return Map.copyOf(map);
    }

    /**
     * Gets the ISO 3166-1 alpha-3 code.
     *
     * @return the code, such as {@code "MMR"}, not null
     */
    public String code() {
        return code;
    }

    /**
     * Gets the English name of the country, as the JDK knows it.
     *
     * @return the name, such as {@code "China"} or, for {@code MMR}, the JDK's {@code "Myanmar (Burma)"}, not null
     */
    public String displayName() {
        String alpha2 = ALPHA2.get(code);
        return alpha2 == null ? code : new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH);
    }

    /**
     * Compares the codes alphabetically.
     *
     * @param other  the other country code, not null
     * @return negative, zero or positive as this code sorts before, with or after the other
     */
    @Override
    public int compareTo(CountryCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof CountryCode && code.equals(((CountryCode) obj).code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /**
     * Gets the code.
     *
     * @return the ISO 3166-1 alpha-3 code, such as {@code "MMR"}
     */
    @Override
    public String toString() {
        return code;
    }
}
