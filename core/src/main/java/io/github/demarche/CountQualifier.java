package io.github.demarche;

/**
 * How a source qualifies a count it states: with a figure, "over 270", "about 270", "between 270
 * and 300"; or with a word of size and no figure at all, "thousands", "dozens", "scores of".
 *
 * <p>The qualifier decides the bounds of a {@link QualifiedCount}: derived from the figure for the
 * qualifiers of a figure, and a convention of this library for the {@linkplain #isVague() vague}
 * ones, which have no figure and no best estimate. The table is in the documentation of
 * {@link QualifiedCount}.
 *
 * @since 0.1
 */
public enum CountQualifier {
    /** The figure is exact: "270 civilians have been killed". */
    EXACTLY,
    /** The true number is above the figure: "over 270", "more than 270". */
    MORE_THAN,
    /** The true number is the figure or above: "at least 270", "270 or more". */
    AT_LEAST,
    /** The true number is near the figure: "about 270", "some 270", "around 270". */
    ABOUT,
    /** The true number is the figure or below: "up to 270", "as many as 270". */
    UP_TO,
    /** The true number is below the figure: "fewer than 270", "under 270". */
    FEWER_THAN,
    /** The true number lies between two figures, both included: "between 270 and 300", "270 to 300". */
    BETWEEN,
    /**
     * No figure, a few more than two: "several people were wounded", "several journalists were
     * detained". Bounds 3 to 9.
     *
     * @since 0.2
     */
    SEVERAL(3, 9),
    /**
     * No figure, at least two dozen: "dozens of protesters were arrested", "dozens were killed".
     * Bounds 24 to 99.
     *
     * @since 0.2
     */
    DOZENS(24, 99),
    /**
     * No figure, at least two score (a score is twenty): "scores of people were killed", "scores
     * were injured". Bounds 40 to 199.
     *
     * @since 0.2
     */
    SCORES(40, 199),
    /**
     * No figure, at least two hundred: "hundreds of people have been detained". Bounds 200 to 999.
     *
     * @since 0.2
     */
    HUNDREDS(200, 999),
    /**
     * No figure, at least two thousand: "thousands have fled across the border". Bounds 2,000 to
     * 9,999.
     *
     * @since 0.2
     */
    THOUSANDS(2_000, 9_999),
    /**
     * No figure, at least twenty thousand: "tens of thousands took to the streets". Bounds 20,000
     * to 99,999.
     *
     * @since 0.2
     */
    TENS_OF_THOUSANDS(20_000, 99_999),
    /**
     * No figure, at least two hundred thousand: "hundreds of thousands have been displaced".
     * Bounds 200,000 to 999,999.
     *
     * @since 0.2
     */
    HUNDREDS_OF_THOUSANDS(200_000, 999_999),
    /**
     * No figure, at least two million: "millions face hunger". Bounds 2,000,000 to 999,999,999.
     *
     * @since 0.2
     */
    MILLIONS(2_000_000, 999_999_999);

    /** The conventional low bound of a vague qualifier; -1 for the qualifiers of a figure. */
    final long vagueLow;
    /** The conventional high bound of a vague qualifier; -1 for the qualifiers of a figure. */
    final long vagueHigh;

    CountQualifier() {
        this(-1, -1);
    }

    CountQualifier(long vagueLow, long vagueHigh) {
        this.vagueLow = vagueLow;
        this.vagueHigh = vagueHigh;
    }

    /**
     * Checks if the qualifier is a word of size that comes without a figure, such as "thousands":
     * a count with it has no figure and no best estimate, only the bounds this library gives the
     * word ({@link QualifiedCount#vague(CountQualifier)}).
     *
     * @return true for {@code SEVERAL}, {@code DOZENS}, {@code SCORES}, {@code HUNDREDS},
     *     {@code THOUSANDS}, {@code TENS_OF_THOUSANDS}, {@code HUNDREDS_OF_THOUSANDS} and
     *     {@code MILLIONS}
     * @since 0.2
     */
    public boolean isVague() {
        return vagueLow >= 0;
    }
}
