package io.github.demarche;

/**
 * What kind of event an {@link Event} is, with the CAMEO root code an event of the kind gets unless
 * its builder says otherwise.
 *
 * <p>CAMEO codes actions between actors, not happenings, so the default roots are the closest
 * action: a coup and a crackdown coerce (17), a blocked resolution is rejected (12, see the
 * reference article's fixture), a meeting consults (04).
 *
 * @since 0.1
 */
public enum EventType {
    /** A coup, such as the military takeover of Feb. 1, 2021; CAMEO root 17 (coerce). */
    COUP("17"),
    /** A protest or demonstration; CAMEO root 14 (protest). */
    PROTEST("14"),
    /** A crackdown by security forces; CAMEO root 17 (coerce, 175 violent repression). */
    CRACKDOWN("17"),
    /** A meeting, such as Wang Yi's with Lavrov; CAMEO root 04 (consult). */
    MEETING("04"),
    /** A press conference; CAMEO root 01 (make public statement). */
    PRESS_CONFERENCE("01"),
    /** A vote or resolution, adopted or blocked; CAMEO root 05 (diplomatic cooperation). */
    VOTE_OR_RESOLUTION("05"),
    /** A strike; CAMEO root 14 (protest, 143 strike or boycott). */
    STRIKE("14"),
    /** A blockade; CAMEO root 19 (fight, 191 impose blockade). */
    BLOCKADE("19"),
    /** An arrest or detention; CAMEO root 17 (coerce, 173 arrest). */
    ARREST_OR_DETENTION("17"),
    /** A sanction; CAMEO root 16 (reduce relations). */
    SANCTION("16"),
    /** An attack; CAMEO root 18 (assault). */
    ATTACK("18"),
    /** An event of none of the kinds above; CAMEO root 01. */
    OTHER("01");

    private final String defaultCameoRootCode;

    EventType(String defaultCameoRootCode) {
        this.defaultCameoRootCode = defaultCameoRootCode;
    }

    /**
     * Gets the CAMEO root code an event of this type gets by default.
     *
     * @return two digits from {@code "01"} to {@code "20"}
     */
    public String defaultCameoRootCode() {
        return defaultCameoRootCode;
    }
}
