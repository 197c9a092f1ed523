package io.github.demarche;

/**
 * What happened to the people a {@link CasualtyReport} counts.
 *
 * <p>Three types count people forced from their homes: {@link #DISPLACED} where the source does
 * not say where they went, {@link #INTERNALLY_DISPLACED} inside their country, {@link #FLED_ABROAD}
 * across a border. Reports of these types may give the {@linkplain CasualtyReport#origin() origin}
 * and {@linkplain CasualtyReport#destination() destination} of the movement; other types may not.
 * Sources keep the two apart ("6.5 million internally displaced and 3.2 million refugees"), so the
 * types do too: a {@code DISPLACED} figure may be the sum of the other two, but reports of
 * different types never confirm or contradict each other.
 *
 * @since 0.1
 */
public enum CasualtyType {
    /** Killed, such as the "over 270 civilians" of the reference article. */
    KILLED,
    /** Injured. */
    INJURED,
    /** Detained or arrested. */
    DETAINED,
    /** Missing. */
    MISSING,
    /**
     * Displaced from their homes, where the source does not say whether within the country or
     * abroad: "the fighting has displaced more than 100,000 people", "forced from their homes".
     */
    DISPLACED,
    /**
     * Displaced within their own country: "displaced inside the country", "internally displaced
     * people", "sheltering in camps in northern Shan State".
     *
     * @since 0.2
     */
    INTERNALLY_DISPLACED,
    /**
     * Fled across a border, whatever their legal status there: "more than 1 million refugees have
     * fled Ukraine", "about 3,000 villagers fled to Thailand", "crossed into India's Mizoram state".
     *
     * @since 0.2
     */
    FLED_ABROAD;

    /**
     * Checks if this type counts people forced from their homes: {@link #DISPLACED},
     * {@link #INTERNALLY_DISPLACED} or {@link #FLED_ABROAD}, the types whose reports may have an
     * origin and a destination.
     *
     * @return true for the three displacement types
     * @since 0.2
     */
    public boolean isDisplacement() {
        return this == DISPLACED || this == INTERNALLY_DISPLACED || this == FLED_ABROAD;
    }
}
