package io.github.demarche;

/**
 * Whether a casualty figure counts what has happened or projects what may happen.
 *
 * <p>A {@link CasualtyReport} is {@link #REPORTED} unless it says otherwise. A
 * {@link #PROJECTION} ("the number of refugees could pass one million within days") may have a
 * {@linkplain CasualtyReport#horizon() horizon}, the date it is a projection for, which may lie
 * after the source's publication; its {@linkplain CasualtyReport#asOf() as-of date} is still the
 * date the figures it starts from stand at, not after publication.
 *
 * @since 0.2
 */
public enum FigureKind {
    /**
     * A figure of what has happened by its as-of date: "over 270 civilians have been killed",
     * "more than 1 million refugees have fled Ukraine". The default.
     */
    REPORTED,
    /**
     * A figure of what may happen: "the number could pass one million within days", "up to four
     * million people could flee", "the toll is expected to reach 10,000 by the end of the month".
     * It neither confirms nor contradicts a reported figure.
     */
    PROJECTION
}
