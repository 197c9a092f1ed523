package io.github.demarche;

/**
 * What happened to the people a {@link CasualtyReport} counts.
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
    /** Displaced from their homes. */
    DISPLACED
}
