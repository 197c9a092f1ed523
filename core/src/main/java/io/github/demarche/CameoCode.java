package io.github.demarche;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CAMEO event code as written, at any depth, in the code book of one {@link CameoDialect}.
 *
 * <p>A code is a two-digit root ({@code 03} "Express intent to cooperate"), a three-digit code
 * ({@code 036} "Express intent to meet or negotiate") or a four-digit one ({@code 1312}). Each code
 * knows its dialect's name and Goldstein score, its root, parent and quad class, and, where the
 * PLOVER crosswalk gives one, its PLOVER event type, mode and contexts. In the reference article
 * Beijing's offer to "bring about reconciliation" is {@code CameoCode.gdelt("039")}, "Express intent
 * to mediate", Goldstein 5.0.
 *
 * <p>The code books are loaded once from {@code cameo-event-codes.tsv}, derived from GDELT's
 * {@code CAMEO.eventcodes.txt} and {@code CAMEO.goldsteinscale.txt} and from the ICEWS code book of
 * andybega/icews; a test proves the table against those files. A code that is well formed but not
 * in its dialect's code book is refused.
 *
 * <p>Codes are ordered by their digits, which puts every code after its parent and before its
 * siblings' families (the order of the code book), and then by dialect; the order is consistent
 * with {@code equals}. Equal codes are the same instance.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
public final class CameoCode implements Comparable<CameoCode>, Serializable {

    private static final long serialVersionUID = 1L;

    private static final String TABLE = "cameo-event-codes.tsv";
    private static final String HEADER = "code\tgdelt_name\tgdelt_goldstein\ticews_name\ticews_goldstein";

    /** One instance per dialect and code. */
    private static final Map<CameoDialect, Map<String, CameoCode>> KNOWN = load();
    /** Every code of each dialect, in code-book order. */
    private static final Map<CameoDialect, List<CameoCode>> ALL = inOrder(KNOWN);

    /** The dialect whose code book holds the code. */
    private final CameoDialect dialect;
    /** The digits as written, such as {@code "036"}. */
    private final String code;
    /** The dialect's name of the code; restored through {@link #readResolve()}. */
    private final transient String name;
    /** The dialect's Goldstein score; restored through {@link #readResolve()}. */
    private final transient double goldsteinScore;

    private CameoCode(CameoDialect dialect, String code, String name, double goldsteinScore) {
        this.dialect = dialect;
        this.code = code;
        this.name = name;
        this.goldsteinScore = goldsteinScore;
    }

    /**
     * Obtains a CAMEO event code of a dialect from its digits as written.
     *
     * @param dialect  the dialect whose code book holds the code, not null
     * @param code  two to four digits, such as {@code "036"}, not null
     * @return the code, not null
     * @throws ValidationException if the code is not two to four digits ({@code MALFORMED}) or not in
     *     the dialect's code book ({@code UNKNOWN_CODE})
     */
    public static CameoCode of(CameoDialect dialect, CharSequence code) {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(code, "code");
        CameoCode known = KNOWN.get(dialect).get(code.toString());
        if (known == null) {
            throw new ValidationException(check(dialect, code.toString()));
        }
        return known;
    }

    /**
     * Obtains a CAMEO event code of the GDELT dialect.
     *
     * @param code  two to four digits, such as {@code "036"}, not null
     * @return the code, not null
     * @throws ValidationException as {@link #of(CameoDialect, CharSequence)} does
     */
    public static CameoCode gdelt(CharSequence code) {
        return of(CameoDialect.GDELT, code);
    }

    /**
     * Obtains a CAMEO event code of the ICEWS dialect.
     *
     * @param code  two to four digits, such as {@code "036"}, not null
     * @return the code, not null
     * @throws ValidationException as {@link #of(CameoDialect, CharSequence)} does
     */
    public static CameoCode icews(CharSequence code) {
        return of(CameoDialect.ICEWS, code);
    }

    /**
     * Checks if a text is a CAMEO event code of a dialect, without throwing.
     *
     * @param dialect  the dialect, not null
     * @param code  the candidate code, not null
     * @return the violations {@link #of(CameoDialect, CharSequence)} would throw, empty if the code is known
     */
    public static List<Violation> validate(CameoDialect dialect, CharSequence code) {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(code, "code");
        return KNOWN.get(dialect).containsKey(code.toString()) ? List.of() : check(dialect, code.toString());
    }

    /**
     * Gets every code of a dialect's code book.
     *
     * @param dialect  the dialect, not null
     * @return the codes in code-book order (by digits: {@code 01}, {@code 010} … {@code 019},
     *     {@code 02}, {@code 020}, {@code 021}, {@code 0211} …), not null, unmodifiable
     */
    public static List<CameoCode> all(CameoDialect dialect) {
        Objects.requireNonNull(dialect, "dialect");
        return ALL.get(dialect);
    }

    private static List<Violation> check(CameoDialect dialect, String code) {
        Violations violations = Violations.of("CameoCode");
        if (!isDigits(code)) {
            violations.add("code", ViolationCode.MALFORMED, "be a CAMEO event code of 2 to 4 digits", code);
        } else {
            violations.add("code", ViolationCode.UNKNOWN_CODE, "be a CAMEO event code of the " + dialect + " dialect", code);
        }
        return violations.list();
    }

    private static boolean isDigits(String code) {
        if (code.length() < 2 || code.length() > 4) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Gets the digits of the code as written.
     *
     * @return the code, such as {@code "036"}, not null
     */
    public String code() {
        return code;
    }

    /**
     * Gets the dialect whose code book holds the code.
     *
     * @return the dialect, not null
     */
    public CameoDialect dialect() {
        return dialect;
    }

    /**
     * Gets the dialect's name of the code, as its code book writes it without surrounding white
     * space.
     *
     * <p>Names are kept as published, slips included: GDELT writes {@code 044} as
     * {@code "Meet at a ÒhirdÓlocation"} and {@code 010} as "Make statement, not specified below",
     * where ICEWS writes "Meet at a 'third' location" and "Make statement".
     *
     * @return the name, such as {@code "Express intent to meet or negotiate"}, not null
     */
    public String name() {
        return name;
    }

    /**
     * Gets the dialect's Goldstein score of the code, from −10 (most conflictual) to +10 (most
     * cooperative).
     *
     * @return the score, such as {@code -2.0} for GDELT's {@code 016} and {@code -5.0} for ICEWS's
     */
    public double goldsteinScore() {
        return goldsteinScore;
    }

    /**
     * Gets the two-digit root of the code, such as {@code 03} for {@code 036}.
     *
     * @return the root in the same dialect; this code if it is a root; not null
     */
    public CameoCode root() {
        return code.length() == 2 ? this : KNOWN.get(dialect).get(code.substring(0, 2));
    }

    /**
     * Gets the code one level up, such as {@code 03} for {@code 036} and {@code 131} for {@code 1312}.
     *
     * @return the parent in the same dialect, empty for a root
     */
    public Optional<CameoCode> parent() {
        return code.length() == 2 ? Optional.empty() : Optional.of(KNOWN.get(dialect).get(code.substring(0, code.length() - 1)));
    }

    /**
     * Gets the depth of the code in the code book.
     *
     * @return 1 for a root ({@code 03}), 2 for a three-digit code ({@code 036}), 3 for a four-digit one ({@code 1312})
     */
    public int depth() {
        return code.length() - 1;
    }

    /**
     * Checks if the code is a two-digit root.
     *
     * @return true for a root such as {@code 03}
     */
    public boolean isRoot() {
        return code.length() == 2;
    }

    /**
     * Checks if this code is the given family or one of its descendants, in the same dialect:
     * {@code 036} is within {@code 03} and within itself, not within {@code 04}, nor within the
     * other dialect's {@code 03}.
     *
     * @param family  the code of the family, not null
     * @return true if both codes have the same dialect and this code starts with the family's digits
     */
    public boolean isWithin(CameoCode family) {
        Objects.requireNonNull(family, "family");
        return dialect == family.dialect && code.startsWith(family.code);
    }

    /**
     * Gets the quad class of the code, from its root as GDELT assigns it; see {@link QuadClass}.
     *
     * @return the class, such as {@link QuadClass#VERBAL_COOPERATION} for {@code 036}, not null
     */
    public QuadClass quadClass() {
        return QuadClass.ofRoot(Integer.parseInt(code, 0, 2, 10));
    }

    /**
     * Gets the same digits in another dialect's code book.
     *
     * <p>Only the digits carry over: GDELT's {@code 106} ("Demand withdrawal") is ICEWS's
     * {@code 106} ("Demand meeting, negotiation").
     *
     * @param other  the other dialect, not null
     * @return the code of the other dialect, this code if the dialect is its own, empty if the other
     *     code book lacks the digits
     */
    public Optional<CameoCode> inDialect(CameoDialect other) {
        Objects.requireNonNull(other, "other");
        return Optional.ofNullable(KNOWN.get(other).get(code));
    }

    /**
     * Gets the PLOVER event type of the code, from the crosswalk of PLOVER draft 0.8
     * ({@code CAMEO2PLOVER-2021.txt}).
     *
     * <p>The crosswalk is keyed by digits numbered as in the CAMEO 1.1b3 manual, which ICEWS
     * follows; it applies by digits to both dialects. Where GDELT's code book names a code
     * differently (its demands {@code 101}–{@code 108}), the mapping is the manual's code's. The
     * crosswalk has no line for the roots {@code 01} and {@code 02} and their families, which PLOVER
     * drops, and gives root {@code 08} two types ({@code CONCEDE} for {@code 080}–{@code 083},
     * {@code RETREAT} for {@code 084}–{@code 087}): these have no PLOVER type.
     *
     * @return the type, such as {@link PloverEventType#AGREE} for {@code 036}, or empty
     */
    public Optional<PloverEventType> ploverType() {
        return PloverCrosswalk.of(code).map(PloverCrosswalk.Mapping::type);
    }

    /**
     * Gets the PLOVER mode of the code, from the crosswalk, as {@link #ploverType()} does.
     *
     * @return the mode, such as {@link PloverMode#VISIT} for {@code 042}, or empty where the
     *     crosswalk gives none
     */
    public Optional<PloverMode> ploverMode() {
        return PloverCrosswalk.of(code).flatMap(PloverCrosswalk.Mapping::mode);
    }

    /**
     * Gets the PLOVER contexts of the code, from the crosswalk, as {@link #ploverType()} does.
     *
     * @return the contexts in the crosswalk's order, such as {@code [military, legal]} for
     *     {@code 094}; empty where it gives none; not null, unmodifiable
     */
    public List<PloverContext> ploverContexts() {
        return PloverCrosswalk.of(code).map(PloverCrosswalk.Mapping::contexts).orElse(List.of());
    }

    /**
     * Compares the codes by digits, then by dialect.
     *
     * @param other  the other code, not null
     * @return negative, zero or positive as this code sorts before, with or after the other
     */
    @Override
    public int compareTo(CameoCode other) {
        int byCode = code.compareTo(other.code);
        return byCode != 0 ? byCode : dialect.compareTo(other.dialect);
    }

    /**
     * Checks if this code is the same code of the same dialect as another.
     *
     * @param obj  the other object, null returns false
     * @return true if the digits and the dialect are equal
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj
                || obj instanceof CameoCode && dialect == ((CameoCode) obj).dialect && code.equals(((CameoCode) obj).code);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + dialect.ordinal();
    }

    /**
     * Gets the code with its dialect.
     *
     * @return the code in the form {@code CAMEO 036 (GDELT)}
     */
    @Override
    public String toString() {
        return "CAMEO " + code + " (" + dialect + ")";
    }

    /**
     * Keeps one instance per code across Java serialization, and rejects a tampered code.
     *
     * @return the shared instance of the code
     * @throws ObjectStreamException if the stream holds no dialect or code, or an unknown code
     */
    private Object readResolve() throws ObjectStreamException {
        CameoCode known = dialect == null || code == null ? null : KNOWN.get(dialect).get(code);
        if (known == null) {
            throw new InvalidObjectException("CameoCode.code must be a CAMEO event code of the " + dialect
                    + " dialect, got " + Violations.show(code));
        }
        return known;
    }

    private static Map<CameoDialect, Map<String, CameoCode>> load() {
        Map<CameoDialect, Map<String, CameoCode>> known = new EnumMap<>(CameoDialect.class);
        for (CameoDialect dialect : CameoDialect.values()) {
            known.put(dialect, new HashMap<>());
        }
        for (String[] fields : CodeBook.rows(TABLE, HEADER, 5)) {
            if (!isDigits(fields[0])) {
                throw new IllegalStateException(TABLE + " must have a code of digits first, got '" + fields[0] + "'");
            }
            put(known, CameoDialect.GDELT, fields[0], fields[1], fields[2]);
            put(known, CameoDialect.ICEWS, fields[0], fields[3], fields[4]);
        }
        Map<CameoDialect, Map<String, CameoCode>> result = new EnumMap<>(CameoDialect.class);
        known.forEach((dialect, codes) -> result.put(dialect, CodeBook.lookup(codes)));
        return result;
    }

    private static void put(Map<CameoDialect, Map<String, CameoCode>> known, CameoDialect dialect, String code,
            String name, String score) {
        if (name.isEmpty() && score.isEmpty()) {
            return;  // the dialect lacks the code
        }
        if (name.isEmpty() || score.isEmpty()) {
            throw new IllegalStateException(TABLE + " must give " + dialect + "'s code " + code + " a name and a score");
        }
        known.get(dialect).put(code, new CameoCode(dialect, code, name, Double.parseDouble(score)));
    }

    private static Map<CameoDialect, List<CameoCode>> inOrder(Map<CameoDialect, Map<String, CameoCode>> known) {
        Map<CameoDialect, List<CameoCode>> all = new EnumMap<>(CameoDialect.class);
        known.forEach((dialect, codes) -> {
            List<CameoCode> list = new ArrayList<>(codes.values());
            list.sort(Comparator.naturalOrder());
            all.put(dialect, List.copyOf(list));
        });
        return all;
    }
}
