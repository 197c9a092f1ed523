package io.github.demarche;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A CAMEO actor role or type: the three upper-case letters after the country in a CAMEO actor code
 * ({@code GOV} in {@code USAGOV}, {@code MIL} in {@code CHNMIL}), and PLOVER's actor sectors, which
 * use the same codes ({@code "sector": "GOV"}).
 *
 * <p>The codes are those of GDELT's lookup file {@code CAMEO.type.txt}
 * (gdeltproject.org/data/lookups/CAMEO.type.txt), with their labels, and {@code PTY} (political
 * parties) from the CAMEO manual (Schrodt, P. A., <i>CAMEO Conflict and Mediation Event
 * Observations Event and Actor Codebook</i>, version 1.1b3, chapter 3: actor codes), which GDELT's
 * rows use ({@code USAGOVPTY}) but its lookup file does not list. Like GDELT's file, it includes
 * the few organisations that GDELT codes as types ({@code UNO}, {@code AMN}, {@code IRC},
 * {@code GRP}).
 *
 * <p>Real data also has segments that are in neither list ({@code REL}, PLOVER's {@code JRN}); a
 * {@link CameoActorCode} keeps them as written without a role.
 *
 * @since 0.2
 */
public enum CameoActorRole {
    /** Police forces. */
    COP("Police forces"),
    /** Government. */
    GOV("Government"),
    /** Insurgents. */
    INS("Insurgents"),
    /** Judiciary. */
    JUD("Judiciary"),
    /** Military. */
    MIL("Military"),
    /** Political opposition. */
    OPP("Political Opposition"),
    /** Political parties (CAMEO manual; not in GDELT's lookup file). */
    PTY("Political Parties"),
    /** Rebels. */
    REB("Rebels"),
    /** Separatist rebels. */
    SEP("Separatist Rebels"),
    /** State intelligence. */
    SPY("State Intelligence"),
    /** Unaligned armed forces. */
    UAF("Unaligned Armed Forces"),
    /** Agriculture. */
    AGR("Agriculture"),
    /** Business. */
    BUS("Business"),
    /** Criminal. */
    CRM("Criminal"),
    /** Civilian. */
    CVL("Civilian"),
    /** Development. */
    DEV("Development"),
    /** Education. */
    EDU("Education"),
    /** Elites. */
    ELI("Elites"),
    /** Environmental. */
    ENV("Environmental"),
    /** Health. */
    HLH("Health"),
    /** Human rights. */
    HRI("Human Rights"),
    /** Labor. */
    LAB("Labor"),
    /** Legislature. */
    LEG("Legislature"),
    /** Media. */
    MED("Media"),
    /** Refugees. */
    REF("Refugees"),
    /** Moderate. */
    MOD("Moderate"),
    /** Radical. */
    RAD("Radical"),
    /** Amnesty International. */
    AMN("Amnesty International"),
    /** Red Cross. */
    IRC("Red Cross"),
    /** Greenpeace. */
    GRP("Greenpeace"),
    /** United Nations. */
    UNO("United Nations"),
    /** Peacekeepers. */
    PKO("Peacekeepers"),
    /** Unidentified state actor. */
    UIS("Unidentified State Actor"),
    /** Inter-governmental organization. */
    IGO("Inter-Governmental Organization"),
    /** International militarized group. */
    IMG("International Militarized Group"),
    /** International or transnational generic. */
    INT("International/Transnational Generic"),
    /** Multinational corporation. */
    MNC("Multinational Corporation"),
    /** Non-governmental movement. */
    NGM("Non-Governmental Movement"),
    /** Non-governmental organization. */
    NGO("Non-Governmental Organization"),
    /** Settler. */
    SET("Settler");

    private static final Map<String, CameoActorRole> BY_CODE = byCode();

    private final String label;

    CameoActorRole(String label) {
        this.label = label;
    }

    private static Map<String, CameoActorRole> byCode() {
        Map<String, CameoActorRole> map = new HashMap<>();
        for (CameoActorRole role : values()) {
            map.put(role.name(), role);
        }
        return CodeBook.lookup(map);
    }

    /**
     * Obtains the role of a code, such as {@code "GOV"}.
     *
     * @param code  three upper-case letters, not null
     * @return the role, not null
     * @throws ValidationException if the code is not a known role ({@code UNKNOWN_CODE})
     */
    public static CameoActorRole of(String code) {
        return find(code).orElseThrow(() -> new ValidationException(Violations.of("CameoActorRole")
                .add("code", ViolationCode.UNKNOWN_CODE, "be a CAMEO actor role or type code", code).list()));
    }

    /**
     * Finds the role of a code, without throwing.
     *
     * @param code  the candidate code, such as {@code "GOV"}, not null
     * @return the role, empty if the code is not a known role
     */
    public static Optional<CameoActorRole> find(String code) {
        Objects.requireNonNull(code, "code");
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * Gets the code, as CAMEO and PLOVER write it.
     *
     * @return the three upper-case letters, such as {@code "GOV"}, not null
     */
    public String code() {
        return name();
    }

    /**
     * Gets the label, as GDELT's lookup file writes it.
     *
     * @return the label, such as {@code "Government"}, not null
     */
    public String label() {
        return label;
    }
}
