package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A large gap between the current figures of two {@linkplain CasualtySeries series} of one
 * {@link CasualtyScope scope}: figures from different originators that neither confirm nor replace
 * each other, but that a reader must see side by side. A party's unverified tenfold claim against a
 * monitor's verified minimum is such a gap, not a contradiction nor a corroboration.
 *
 * <p><b>Large.</b> The current figures of two series are compared like with like only (both
 * cumulative or neither), by the least number each says, its low bound. The gap is large when the
 * higher low bound is at least {@link #LARGE_RATIO} times the lower one (a low bound of 0, as in
 * "fewer than 50", counts as 1), or when the figures' as-of dates overlap and their ranges are
 * disjoint, so that at a time both cover no number satisfies both. Certainty and hedges do not
 * change the bounds compared.
 *
 * <p>Late March 2021, a monitor's verified minimum and a party's claim:
 * <pre>{@code
 * SeriesGap gap = CasualtyReconciliation.of(List.of(aappKilled, juntaClaim)).gaps().get(0);
 * gap.lower();       // the monitor's "at least 1,000", verified
 * gap.higher();      // the party's "10,000", claimed
 * gap.ratio();       // 10.0
 * gap.toString();    // SeriesGap[junta 10000 as of 2021-03-23 (claimed) is 10.0 times
 *                    //     aapp ≥1000 as of 2021-03-23 (verified)]
 * }</pre>
 *
 * <p>Two gaps are equal when their reports are equal. This class is immutable, thread-safe and
 * value-based.
 *
 * @since 0.2
 */
public final class SeriesGap implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many times the lower low bound the higher one must be for a gap to be large. */
    public static final double LARGE_RATIO = 2.0;

    /** The current figure with the lower low bound. */
    private final CasualtyReport lower;
    /** The current figure of the other series. */
    private final CasualtyReport higher;

    private SeriesGap(CasualtyReport lower, CasualtyReport higher) {
        this.lower = lower;
        this.higher = higher;
    }

    /**
     * The gap between the current figures of two series, if it is large; empty otherwise.
     *
     * @param one  the current figure of one series
     * @param other  the current figure of another series, of the same scope
     * @return the gap, empty if the figures are not alike or the gap is not large
     */
    static Optional<SeriesGap> between(CasualtyReport one, CasualtyReport other) {
        if (one.isCumulative() != other.isCumulative()) {
            return Optional.empty();
        }
        boolean oneLower = one.count().low() <= other.count().low();
        SeriesGap gap = oneLower ? new SeriesGap(one, other) : new SeriesGap(other, one);
        boolean large = gap.ratio() >= LARGE_RATIO
                || gap.isDisjoint() && one.asOf().overlaps(other.asOf());
        return large ? Optional.of(gap) : Optional.empty();
    }

    /**
     * Gets the current figure of the series whose low bound is the lower (of equal low bounds, the
     * series listed first).
     *
     * @return the report, not null
     */
    public CasualtyReport lower() {
        return lower;
    }

    /**
     * Gets the current figure of the other series.
     *
     * @return the report, not null
     */
    public CasualtyReport higher() {
        return higher;
    }

    /**
     * Gets the originators of the two figures, lower first.
     *
     * @return the originators, each empty for the series of reports that name none
     */
    public List<Optional<Actor>> originators() {
        return List.of(lower.originator(), higher.originator());
    }

    /**
     * Gets how many times the lower figure's low bound the higher one's is, a low bound of 0
     * counting as 1: 10.0 for "10,000" against "at least 1,000".
     *
     * @return the ratio, at least 1
     */
    public double ratio() {
        return (double) higher.count().low() / Math.max(1, lower.count().low());
    }

    /**
     * Checks if the two figures' ranges (low to high) have no number in common.
     *
     * @return true if no number satisfies both figures
     */
    public boolean isDisjoint() {
        return !lower.count().overlaps(higher.count());
    }

    /**
     * Checks if this gap is equal to another: equal reports.
     *
     * @param obj  the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof SeriesGap && lower.equals(((SeriesGap) obj).lower)
                && higher.equals(((SeriesGap) obj).higher);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return Objects.hash(lower, higher);
    }

    /**
     * Gets a short description: the higher figure, the ratio and the lower figure, each with its
     * originator's id, certainty and hedges.
     *
     * @return text such as {@code SeriesGap[junta 10000 as of 2021-03-23 (claimed) is 10.0 times aapp
     *     ≥1000 as of 2021-03-23 (verified)]}
     */
    @Override
    public String toString() {
        return "SeriesGap[" + originatorText(higher) + " " + CasualtySeries.figure(higher) + " is "
                + String.format(Locale.ROOT, "%.1f", ratio()) + " times " + originatorText(lower) + " "
                + CasualtySeries.figure(lower) + "]";
    }

    private static String originatorText(CasualtyReport report) {
        return report.originator().map(Actor::id).orElse("no originator");
    }
}
