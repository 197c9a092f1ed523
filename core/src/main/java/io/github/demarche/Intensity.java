package io.github.demarche;

/**
 * How strongly a stance is expressed: "deep concern" is stronger than "concern".
 *
 * <p>The intensity scales a stance's Goldstein score (see {@link Stance#cooperationScore()}).
 *
 * @since 0.1
 */
public enum Intensity {
    /** Muted or hedged wording ("some concern"); half the score. */
    LOW(0.5),
    /** Plain wording ("concern"); the score as it is. */
    NORMAL(1.0),
    /** Emphatic wording ("deep concern", "severe criticism"); one and a half times the score. */
    HIGH(1.5);

    private final double factor;

    Intensity(double factor) {
        this.factor = factor;
    }

    /**
     * Gets the factor by which this intensity scales a Goldstein score.
     *
     * @return 0.5, 1.0 or 1.5
     */
    public double factor() {
        return factor;
    }
}
