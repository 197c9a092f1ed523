package io.github.demarche;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A country or territory, as an ISO 3166-1 alpha-3 code, with look-ups from the other codes and
 * names that event datasets use.
 *
 * <p>The reference article names three: {@code CountryCode.of("MMR")} (Myanmar),
 * {@code CountryCode.of("CHN")} (China) and {@code CountryCode.of("RUS")} (Russia). Datasets write
 * them differently, and each form has its factory:
 * <pre>{@code
 * CountryCode.ofAlpha2("MM");           // ISO 3166-1 alpha-2
 * CountryCode.ofFips("BM");             // FIPS 10-4, as GDELT's geography writes Myanmar
 * CountryCode.ofGleditschWard(775);     // Gleditsch–Ward state number, as UCDP writes Myanmar
 * CountryCode.ofName("Burma");          // a common English name, as ICEWS, UCDP or GDELT write it
 * }</pre>
 * Each factory throws a {@link ValidationException} for a code or name it does not know; each has a
 * {@code find…} twin that returns an empty {@code Optional} instead.
 *
 * <p>The known countries are the 252 entries of GeoNames' country information (CC BY 4.0), which
 * hold ISO 3166-1's 249 assigned codes and three more that event data needs: {@code XKX} Kosovo (a
 * user-assigned code, which GDELT, ICEWS and UCDP all use for Kosovo), and the withdrawn codes
 * {@code SCG} Serbia and Montenegro and {@code ANT} Netherlands Antilles, which older rows carry.
 * The table is part of Demarche, not of the JDK, so a country's codes and name do not change with
 * the Java version.
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
    private static final Pattern TWO_LETTERS = Pattern.compile("[A-Z]{2}");
    /** Names longer than this are no country's: they are refused without being normalised. */
    private static final int MAX_NAME_LENGTH = 100;

    /** One instance per known country: values are shared, so millions of mentions cost nothing. */
    private static final Map<String, CountryCode> KNOWN;
    private static final Map<String, CountryCode> BY_ALPHA2;
    private static final Map<String, CountryCode> BY_FIPS;
    private static final Map<Integer, CountryCode> BY_GLEDITSCH_WARD;
    private static final Map<String, CountryCode> BY_NAME;

    static {
        Map<Integer, String> gwToAlpha3 = new HashMap<>();
        Map<String, Integer> alpha3ToGw = new HashMap<>();
        read("gleditsch-ward.tsv", 3, row -> {
            int number = Integer.parseInt(row[0]);
            if (gwToAlpha3.put(number, row[1]) != null) {
                throw new IllegalStateException("gleditsch-ward.tsv lists " + number + " twice");
            }
            alpha3ToGw.putIfAbsent(row[1], number);  // the first line of a country gives its number
        });
        Map<String, CountryCode> known = new HashMap<>();
        Map<String, CountryCode> byAlpha2 = new HashMap<>();
        Map<String, CountryCode> byFips = new HashMap<>();
        Map<String, CountryCode> byName = new HashMap<>();
        read("countries.tsv", 4, row -> {
            CountryCode country = new CountryCode(row[1], row[0], row[2].isEmpty() ? null : row[2], row[3],
                    alpha3ToGw.getOrDefault(row[1], 0));
            putOnce(known, row[1], country, "countries.tsv alpha-3");
            putOnce(byAlpha2, row[0], country, "countries.tsv alpha-2");
            if (country.fips != null) {
                putOnce(byFips, country.fips, country, "countries.tsv FIPS");
            }
            putOnce(byName, nameKey(row[3]), country, "countries.tsv name");
        });
        read("country-names.tsv", 3, row -> putOnce(byName, nameKey(row[0]), known(known, row[1]), "country-names.tsv"));
        Map<Integer, CountryCode> byGw = new HashMap<>();
        gwToAlpha3.forEach((number, alpha3) -> byGw.put(number, known(known, alpha3)));
        KNOWN = CodeBook.lookup(known);
        BY_ALPHA2 = CodeBook.lookup(byAlpha2);
        BY_FIPS = CodeBook.lookup(byFips);
        BY_GLEDITSCH_WARD = CodeBook.lookup(byGw);
        BY_NAME = CodeBook.lookup(byName);
    }

    /** The ISO 3166-1 alpha-3 code: the only serialized field. */
    private final String code;
    /** The ISO 3166-1 alpha-2 code. */
    private final transient String alpha2;
    /** The FIPS 10-4 code, null if GeoNames gives none. */
    private final transient String fips;
    /** The English name, as GeoNames writes it. */
    private final transient String name;
    /** The Gleditsch–Ward state number, 0 if the country has none. */
    private final transient int gleditschWard;

    private CountryCode(String code, String alpha2, String fips, String name, int gleditschWard) {
        this.code = code;
        this.alpha2 = alpha2;
        this.fips = fips;
        this.name = name;
        this.gleditschWard = gleditschWard;
    }

    /**
     * Obtains a country code from its ISO 3166-1 alpha-3 form, such as {@code "MMR"}.
     *
     * @param code  three upper-case letters of a known country, not null
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
        return KNOWN.containsKey(code) ? List.of() : check(code).list();  // a known code is well formed
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

    /**
     * Obtains a country code from its ISO 3166-1 alpha-2 form, such as {@code "MM"} for Myanmar.
     *
     * @param alpha2  two upper-case letters of a known country, not null
     * @return the country code, not null
     * @throws ValidationException if the code is malformed ({@code MALFORMED}) or not a known
     *     country ({@code UNKNOWN_CODE})
     */
    public static CountryCode ofAlpha2(String alpha2) {
        return findByAlpha2(alpha2).orElseThrow(() -> unknownTwoLetters("alpha2", alpha2, "ISO 3166-1 alpha-2"));
    }

    /**
     * Finds the country of an ISO 3166-1 alpha-2 code, without throwing.
     *
     * @param alpha2  the candidate code, such as {@code "MM"}, not null
     * @return the country, empty if the code is not a known country's
     */
    public static Optional<CountryCode> findByAlpha2(String alpha2) {
        Objects.requireNonNull(alpha2, "alpha2");
        return Optional.ofNullable(BY_ALPHA2.get(alpha2));
    }

    /**
     * Obtains a country code from its FIPS 10-4 form, as GDELT's geography columns
     * ({@code ActionGeo_CountryCode} …) write it: {@code "BM"} is Myanmar, {@code "CH"} China and
     * {@code "RS"} Russia. GDELT's {@code "OS"} (oceans) is no country.
     *
     * @param fips  two upper-case letters of a known country, not null
     * @return the country code, not null
     * @throws ValidationException if the code is malformed ({@code MALFORMED}) or not a known
     *     country ({@code UNKNOWN_CODE})
     */
    public static CountryCode ofFips(String fips) {
        return findByFips(fips).orElseThrow(() -> unknownTwoLetters("fips", fips, "FIPS 10-4"));
    }

    /**
     * Finds the country of a FIPS 10-4 code, without throwing.
     *
     * @param fips  the candidate code, such as {@code "BM"}, not null
     * @return the country, empty if the code is not a known country's
     */
    public static Optional<CountryCode> findByFips(String fips) {
        Objects.requireNonNull(fips, "fips");
        return Optional.ofNullable(BY_FIPS.get(fips));
    }

    private static ValidationException unknownTwoLetters(String path, String code, String scheme) {
        Violations violations = Violations.of("CountryCode");
        if (TWO_LETTERS.matcher(code).matches()) {
            violations.add(path, ViolationCode.UNKNOWN_CODE, "be " + article(scheme) + scheme + " country code", code);
        } else {
            violations.add(path, ViolationCode.MALFORMED, "be two upper-case letters (" + scheme + ")", code);
        }
        return new ValidationException(violations.list());
    }

    private static String article(String scheme) {
        return scheme.startsWith("I") ? "an " : "a ";
    }

    /**
     * Obtains a country code from its Gleditsch–Ward state number, as UCDP's {@code gwno} and
     * {@code country_id} columns write it: 771 is Bangladesh, 775 Myanmar, 710 China and 365 Russia.
     *
     * <p>A few countries have more than one number: UCDP writes Serbia as 345 ("Serbia
     * (Yugoslavia)"), Gleditsch and Ward as 340 from 2006; Germany is 260, and 255 before 1945. States
     * that ended without a successor here (the German Democratic Republic, South Yemen …) are not
     * known.
     *
     * @param number  the state number
     * @return the country code, not null
     * @throws ValidationException if the number is not a known country's ({@code UNKNOWN_CODE})
     */
    public static CountryCode ofGleditschWard(int number) {
        return findByGleditschWard(number).orElseThrow(() -> new ValidationException(Violations.of("CountryCode")
                .add("gleditschWard", ViolationCode.UNKNOWN_CODE, "be a Gleditsch–Ward state number of a country", number)
                .list()));
    }

    /**
     * Finds the country of a Gleditsch–Ward state number, without throwing.
     *
     * @param number  the candidate state number, such as 775
     * @return the country, empty if the number is not a known country's
     */
    public static Optional<CountryCode> findByGleditschWard(int number) {
        return Optional.ofNullable(BY_GLEDITSCH_WARD.get(number));
    }

    /**
     * Obtains a country code from an English name, ignoring case, accents, spaces and punctuation.
     *
     * <p>Known names are GeoNames' ({@code "Myanmar"}, {@code "Russia"}, {@code "South Korea"}) and
     * the other names event datasets write: ICEWS's {@code "Russian Federation"} and
     * {@code "Moldova, Republic of"}, UCDP's {@code "Myanmar (Burma)"}, GDELT's {@code "Burma"} and
     * {@code "Bahamas, The"}, Gleditsch and Ward's {@code "Korea, South"}, and some common ones
     * ({@code "Great Britain"}).
     *
     * @param name  the name, not null
     * @return the country code, not null
     * @throws ValidationException if the name is not a known country's ({@code UNKNOWN_CODE})
     */
    public static CountryCode ofName(String name) {
        return findByName(name).orElseThrow(() -> new ValidationException(Violations.of("CountryCode")
                .add("name", ViolationCode.UNKNOWN_CODE, "be the English name of a country", name).list()));
    }

    /**
     * Finds the country of an English name, without throwing; see {@link #ofName(String)}.
     *
     * @param name  the candidate name, such as {@code "Burma"}, not null
     * @return the country, empty if the name is not a known country's
     */
    public static Optional<CountryCode> findByName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.length() > MAX_NAME_LENGTH) {
            return Optional.empty();
        }
        return Optional.ofNullable(BY_NAME.get(nameKey(name)));
    }

    /**
     * Reduces a name to what a look-up compares: lower-case ASCII letters and digits, accents
     * dropped, {@code &} read as "and"; so {@code "Côte d'Ivoire"} and {@code "COTE DIVOIRE"} meet.
     */
    static String nameKey(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                key.append(c);
            } else if (c == '&') {
                key.append("and");
            }
        }
        return key.toString();
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
     * Gets the ISO 3166-1 alpha-2 code.
     *
     * @return the code, such as {@code "MM"}, not null
     * @since 0.2
     */
    public String alpha2() {
        return alpha2;
    }

    /**
     * Gets the FIPS 10-4 code, as GDELT's geography writes the country.
     *
     * @return the code, such as {@code "BM"} for Myanmar; empty for the few territories that have
     *     none, such as the Aland Islands
     * @since 0.2
     */
    public Optional<String> fips() {
        return Optional.ofNullable(fips);
    }

    /**
     * Gets the Gleditsch–Ward state number, as UCDP writes the country.
     *
     * @return the number, such as 775 for Myanmar and 345 for Serbia; empty for a country that is
     *     no independent state in Gleditsch and Ward's list, such as Hong Kong
     * @since 0.2
     */
    public OptionalInt gleditschWard() {
        return gleditschWard == 0 ? OptionalInt.empty() : OptionalInt.of(gleditschWard);
    }

    /**
     * Gets the English name of the country, as GeoNames writes it.
     *
     * @return the name, such as {@code "Myanmar"}, {@code "China"} or {@code "Russia"}, not null
     */
    public String displayName() {
        return name;
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

    /** Reads a tab-separated table of this package, skipping {@code #} comment lines. */
    private static void read(String resource, int columns, Consumer<String[]> rows) {
        CodeBook.rows(resource, null, columns).forEach(rows);
    }

    private static <K> void putOnce(Map<K, CountryCode> map, K key, CountryCode country, String table) {
        CountryCode earlier = map.putIfAbsent(key, country);
        if (earlier != null && !earlier.equals(country)) {
            throw new IllegalStateException(table + " gives " + key + " to both " + earlier + " and " + country);
        }
    }

    private static CountryCode known(Map<String, CountryCode> known, String alpha3) {
        CountryCode country = known.get(alpha3);
        if (country == null) {
            throw new IllegalStateException("no country " + alpha3 + " in countries.tsv");
        }
        return country;
    }
}
