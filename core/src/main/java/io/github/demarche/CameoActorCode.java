package io.github.demarche;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.Optional;
import java.util.Set;

/**
 * A CAMEO actor code, kept exactly as the data writes it: {@code USA}, {@code USAGOV},
 * {@code CHNMIL}, {@code IGOUNO}, {@code bdaUAF}, {@code SRBCVLalb}, the regional {@code AFR}, the
 * legacy {@code JAP}, or PLOVER's {@code ***} for an unspecified actor.
 *
 * <p>A code is a run of three-character segments. An upper-case segment is a country or region
 * (first), a role or type ({@link CameoActorRole}), a known group ({@code UNO}, {@code NAT}) or a
 * religion ({@code CHR}, {@code MOS}, {@code CTH}); a lower-case segment is an ethnic group
 * ({@code bda}, {@code alb}); a few codes carry digits ({@code CHRANG001}). Segments that no list
 * here names are kept as written: real data has codes nobody can list in full.
 * <pre>{@code
 * CameoActorCode code = CameoActorCode.parse("SRBCVLalb");
 * code.country();      // Optional[SRB]
 * code.roles();        // [CVL]
 * code.ethnicities();  // [alb]
 * CameoActorCode.parse("AFR").region();    // Optional[AFR]: Africa, not a country
 * CameoActorCode.parse("JAP").country();   // Optional[JPN]: Japan under CAMEO's legacy code
 * }</pre>
 *
 * <p>Which segment is what:
 * <ul>
 * <li>the first segment is the {@link #country() country} when it is a {@link CountryCode} or one of
 *     CAMEO's legacy country codes ({@code JAP} Japan, {@code ITL} Italy, {@code VTN} Vietnam, as in
 *     the CAMEO manual and PLOVER's gold-standard records; {@code ROM} Romania, {@code MTN}
 *     Montenegro, {@code IMY} Isle of Man, {@code TMP} East Timor, as in GDELT's
 *     {@code CAMEO.country.txt}); otherwise it is a {@link #region() region} when it is one of the
 *     regional codes of {@code CAMEO.country.txt} ({@code AFR}, {@code EUR}, {@code MEA},
 *     {@code SEA}, {@code WST} …), which are no countries;</li>
 * <li>every other upper-case segment is a {@link #roles() role} when {@link CameoActorRole} knows it,
 *     else a {@link #religions() religion} when GDELT's {@code CAMEO.religion.txt} lists it;</li>
 * <li>every lower-case segment is an {@link #ethnicities() ethnic group}, as in GDELT's
 *     {@code CAMEO.ethnic.txt}.</li>
 * </ul>
 * A country appears only first: in {@code MNCUSA} (an American multinational) the country is not
 * the first segment, and {@link #country()} is empty; read {@link #segments()} for it.
 *
 * <p>PLOVER's actor {@code sector} ({@code "GOV"}, {@code "CVLalb"}, {@code "***"}) is written in the
 * same segments, without a country: parse it as a code and read its roles, religions and
 * ethnicities.
 *
 * <p>Two codes are equal when their texts are equal; the first few thousand distinct codes parsed
 * are shared instances, so that millions of actors built from a data set do not each hold a copy
 * (compare with {@code equals}, not {@code ==}). This class is immutable, thread-safe and
 * value-based.
 *
 * @since 0.2
 */
public final class CameoActorCode implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most characters of a code: ten segments. GDELT's longest codes have five. */
    public static final int MAX_LENGTH = 30;

    private static final String UNSPECIFIED_TEXT = "***";

    /** PLOVER's {@code ***}: an actor that the coder could not or did not specify. */
    public static final CameoActorCode UNSPECIFIED = new CameoActorCode(UNSPECIFIED_TEXT);

    /**
     * How many distinct codes are shared: a data set names its actors with a few hundred codes, and
     * each actor built from a row would otherwise hold a copy of its own.
     */
    private static final int MAX_SHARED = 4096;
    /** The codes parsed so far, up to {@link #MAX_SHARED}, each one instance for every actor that has it. */
    private static final ConcurrentMap<String, CameoActorCode> SHARED = new ConcurrentHashMap<>();

    /**
     * CAMEO's legacy country codes, from the CAMEO manual (JAP, ITL, VTN, as PLOVER's gold-standard
     * records still write them) and GDELT's CAMEO.country.txt (ROM, MTN, IMY, TMP).
     */
    private static final Map<String, String> LEGACY_COUNTRIES = Map.of(
            "JAP", "JPN", "ITL", "ITA", "VTN", "VNM", "ROM", "ROU", "MTN", "MNE", "IMY", "IMN", "TMP", "TLS");

    /** The regional codes of GDELT's CAMEO.country.txt (gdeltproject.org/data/lookups/CAMEO.country.txt). */
    private static final Set<String> REGIONS = Set.of(
            "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
            "MEA", "MDT", "NAF", "NMR", "PGS", "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST");

    /** The religion codes of GDELT's CAMEO.religion.txt (gdeltproject.org/data/lookups/CAMEO.religion.txt). */
    private static final Set<String> RELIGIONS = Set.of(
            "ADR", "ALE", "ATH", "BAH", "BUD", "CHR", "CON", "CPT", "CTH", "DOX", "DRZ", "HIN", "HSD", "ITR",
            "JAN", "JEW", "JHW", "LDS", "MOS", "MRN", "NRM", "PAG", "PRO", "SFI", "SHI", "SHN", "SIK", "SUN",
            "TAO", "UDX", "ZRO");

    /** The code as written. */
    private final String text;

    private CameoActorCode(String text) {
        this.text = text;
    }

    /**
     * Obtains a CAMEO actor code from its text, kept as written.
     *
     * @param text  whole three-character segments, each three upper-case letters, three lower-case
     *     letters or three digits, at most {@value #MAX_LENGTH} characters; or {@code ***}; not null
     * @return the code, not null
     * @throws ValidationException if the text is empty ({@code BLANK}), too long ({@code TOO_LONG}),
     *     not whole segments or has a malformed segment ({@code MALFORMED})
     */
    public static CameoActorCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String written = text.toString();
        CameoActorCode known = SHARED.get(written);
        if (known != null) {
            return known;
        }
        if (written.equals(UNSPECIFIED_TEXT)) {
            return UNSPECIFIED;
        }
        if (!isWellFormed(written)) {
            check(written).throwIfAny();
        }
        CameoActorCode code = new CameoActorCode(written);
        if (SHARED.size() < MAX_SHARED) {
            CameoActorCode earlier = SHARED.putIfAbsent(written, code);
            return earlier != null ? earlier : code;
        }
        return code;
    }

    /** Checks the form of a code without making a message, as {@link #check(String)} would find it. */
    private static boolean isWellFormed(String text) {
        int length = text.length();
        if (length == 0 || length > MAX_LENGTH || length % 3 != 0) {
            return false;
        }
        for (int i = 0; i < length; i += 3) {
            char first = text.charAt(i);
            char low = first >= 'A' && first <= 'Z' ? 'A' : first >= 'a' && first <= 'z' ? 'a' : '0';
            char high = low == 'A' ? 'Z' : low == 'a' ? 'z' : '9';
            for (int j = i; j < i + 3; j++) {
                char c = text.charAt(j);
                if (c < low || c > high) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Checks if a text is a well-formed CAMEO actor code, without throwing.
     *
     * @param text  the candidate text, not null
     * @return the violations {@link #parse(CharSequence)} would throw, empty if the text is valid
     */
    public static List<Violation> validate(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String written = text.toString();
        return written.equals(UNSPECIFIED_TEXT) ? List.of() : check(written).list();
    }

    private static Violations check(String text) {
        Violations violations = Violations.of("CameoActorCode");
        if (text.isEmpty()) {
            violations.add("text", ViolationCode.BLANK, "not be blank", text);
        } else if (text.length() > MAX_LENGTH) {
            violations.addRaw("text", ViolationCode.TOO_LONG, "be at most " + MAX_LENGTH + " characters long",
                    text.length() + " characters");
        } else if (text.length() % 3 != 0) {
            violations.add("text", ViolationCode.MALFORMED, "be whole segments of three characters", text);
        } else {
            for (int i = 0; i < text.length(); i += 3) {
                String segment = text.substring(i, i + 3);
                if (!isSegment(segment)) {
                    violations.add(Violations.at("segments", i / 3), ViolationCode.MALFORMED,
                            "be three upper-case letters, three lower-case letters or three digits", segment);
                }
            }
        }
        return violations;
    }

    private static boolean isSegment(String segment) {
        return all(segment, 'A', 'Z') || all(segment, 'a', 'z') || all(segment, '0', '9');
    }

    private static boolean all(String segment, char low, char high) {
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < low || c > high) {
                return false;
            }
        }
        return true;
    }

    /**
     * Gets the code as written.
     *
     * @return the text, such as {@code "SRBCVLalb"} or {@code "***"}, not null
     */
    public String text() {
        return text;
    }

    /**
     * Checks if this is PLOVER's unspecified actor, {@code ***}.
     *
     * @return true for {@code ***}
     */
    public boolean isUnspecified() {
        return this == UNSPECIFIED || text.equals(UNSPECIFIED_TEXT);
    }

    /**
     * Gets the three-character segments, as written.
     *
     * @return the segments, such as {@code [SRB, CVL, alb]}; empty for {@code ***}; unmodifiable
     */
    public List<String> segments() {
        if (isUnspecified()) {
            return List.of();
        }
        List<String> segments = new ArrayList<>(text.length() / 3);
        for (int i = 0; i < text.length(); i += 3) {
            segments.add(text.substring(i, i + 3));
        }
        return List.copyOf(segments);
    }

    /**
     * Gets the country, where the first segment is one: an ISO 3166-1 alpha-3 code such as
     * {@code USA} in {@code USAGOV}, or a legacy CAMEO country code such as {@code JAP} (Japan).
     *
     * @return the country, empty for a region ({@code AFR}), an organisation ({@code IGOUNO}), a role
     *     ({@code GOV}), an ethnic or religious code, or {@code ***}
     */
    public Optional<CountryCode> country() {
        String first = first();
        if (first == null || !all(first, 'A', 'Z')) {
            return Optional.empty();
        }
        if (CountryCode.validate(first).isEmpty()) {
            return Optional.of(CountryCode.of(first));
        }
        String legacy = LEGACY_COUNTRIES.get(first);
        return legacy == null ? Optional.empty() : Optional.of(CountryCode.of(legacy));
    }

    /**
     * Gets the CAMEO region, where the first segment is one of the regional codes, which are no
     * countries: {@code AFR} Africa, {@code ASA} Asia, {@code BLK} Balkans, {@code CRB} Caribbean,
     * {@code CAU} Caucasus, {@code CFR} Central Africa, {@code CAS} Central Asia, {@code CEU} Central
     * Europe, {@code EIN} East Indies, {@code EAF} Eastern Africa, {@code EEU} Eastern Europe,
     * {@code EUR} Europe, {@code LAM} Latin America, {@code MEA} Middle East, {@code MDT}
     * Mediterranean, {@code NAF} North Africa, {@code NMR} North America, {@code PGS} Persian Gulf,
     * {@code SCN} Scandinavia, {@code SAM} South America, {@code SAS} South Asia, {@code SEA}
     * Southeast Asia, {@code SAF} Southern Africa, {@code WAF} West Africa, {@code WST} the West.
     *
     * @return the regional code as written, such as {@code "AFR"}; empty if the first segment is no
     *     region
     */
    public Optional<String> region() {
        String first = first();
        return first != null && REGIONS.contains(first) && country().isEmpty() ? Optional.of(first) : Optional.empty();
    }

    /**
     * Gets the roles and types, in the order written.
     *
     * @return the roles, such as {@code [GOV, MIL]} for {@code USAGOVMIL}; unmodifiable, not null
     */
    public List<CameoActorRole> roles() {
        List<CameoActorRole> roles = new ArrayList<>(2);
        for (String segment : unplacedSegments()) {
            CameoActorRole.find(segment).ifPresent(roles::add);
        }
        return List.copyOf(roles);
    }

    /**
     * Gets the religion codes, in the order written: upper-case segments that are no role and that
     * GDELT's {@code CAMEO.religion.txt} lists.
     *
     * @return the codes, such as {@code [CHR, CTH]} for {@code CHRCTH}; unmodifiable, not null
     */
    public List<String> religions() {
        List<String> religions = new ArrayList<>(1);
        for (String segment : unplacedSegments()) {
            if (RELIGIONS.contains(segment) && CameoActorRole.find(segment).isEmpty()) {
                religions.add(segment);
            }
        }
        return List.copyOf(religions);
    }

    /**
     * Gets the ethnic group codes, in the order written: the lower-case segments.
     *
     * @return the codes, such as {@code [alb]} for {@code SRBCVLalb}; unmodifiable, not null
     */
    public List<String> ethnicities() {
        List<String> ethnicities = new ArrayList<>(1);
        for (String segment : segments()) {
            if (all(segment, 'a', 'z')) {
                ethnicities.add(segment);
            }
        }
        return List.copyOf(ethnicities);
    }

    /** The segments after a first one that is a country or a region. */
    private List<String> unplacedSegments() {
        List<String> segments = segments();
        if (!segments.isEmpty() && (country().isPresent() || region().isPresent())) {
            return segments.subList(1, segments.size());
        }
        return segments;
    }

    private String first() {
        return isUnspecified() ? null : text.substring(0, 3);
    }

    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof CameoActorCode && text.equals(((CameoActorCode) obj).text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * Gets the code as written.
     *
     * @return the text, such as {@code "USAGOV"}
     */
    @Override
    public String toString() {
        return text;
    }

    /**
     * Checks a deserialized code as {@link #parse(CharSequence)} does, so that a tampered stream
     * cannot make a malformed one.
     *
     * @return the code, the shared {@link #UNSPECIFIED} for {@code ***}
     * @throws ObjectStreamException if the stream holds no text or a malformed one
     */
    private Object readResolve() throws ObjectStreamException {
        if (text == null) {
            throw new InvalidObjectException("CameoActorCode.text must not be null, got null");
        }
        try {
            return parse(text);
        } catch (ValidationException e) {
            throw new InvalidObjectException(e.getMessage());
        }
    }
}
