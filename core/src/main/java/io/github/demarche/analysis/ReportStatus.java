package io.github.demarche.analysis;

/**
 * The place of a casualty report in its {@linkplain CasualtySeries series}: the reports of its
 * scope that come from its originator, in the {@link CasualtyReconciliation} of its scope. Every
 * report gets exactly one status, the first of these that applies, "other report" meaning another
 * report of the same series (a figure of another originator changes no status):
 * <ol>
 *   <li>{@link #CONFLICTING}: it is not {@linkplain io.github.demarche.CasualtyReport#isConsistentWith(
 *       io.github.demarche.CasualtyReport) consistent with} some other report;</li>
 *   <li>{@link #SUPERSEDED}: some other report
 *       {@linkplain io.github.demarche.CasualtyReport#supersedes(io.github.demarche.CasualtyReport)
 *       supersedes} it (both cumulative, the other certainly later);</li>
 *   <li>{@link #CURRENT}: it is the report the series' current estimate comes from;</li>
 *   <li>{@link #CORROBORATING}: it is of the current report's kind (both cumulative or neither) and
 *       its as-of date overlaps the current report's, so its range, being consistent, overlaps the
 *       current one's and confirms it;</li>
 *   <li>{@link #STANDING}: none of the above.</li>
 * </ol>
 *
 * <p>From the reference article, "over 270 civilians killed as of Tuesday" is {@code CURRENT}; a
 * cumulative figure of early March would be {@code SUPERSEDED} by it, a cumulative figure of "250"
 * as of the same Tuesday {@code CONFLICTING} with it, and "3 killed on Tuesday", a part of the
 * total rather than a confirmation of it, {@code STANDING} beside it.
 *
 * @since 0.1
 */
public enum ReportStatus {
    /** The report the series' current estimate comes from. */
    CURRENT,
    /**
     * Not conflicting, not superseded, not current; of the current report's kind (both cumulative or
     * neither), and its as-of date overlaps the current report's.
     */
    CORROBORATING,
    /**
     * Not conflicting, not superseded, neither current nor corroborating: a figure that is not
     * cumulative, which no later figure replaces and which beside a current total is a part of it,
     * a figure not dated with the current one, or any figure when there is no current estimate.
     */
    STANDING,
    /** Not conflicting, and replaced by a cumulative figure of the series that is certainly later. */
    SUPERSEDED,
    /** Inconsistent with at least one other report of the series. */
    CONFLICTING
}
