package io.github.demarche.analysis;

/**
 * The place of a casualty report in the {@link CasualtyReconciliation} of its scope. Every report
 * gets exactly one status, the first of these that applies:
 * <ol>
 *   <li>{@link #CONFLICTING}: it is not {@linkplain io.github.demarche.CasualtyReport#isConsistentWith(
 *       io.github.demarche.CasualtyReport) consistent with} some other report of the scope;</li>
 *   <li>{@link #SUPERSEDED}: some other report of the scope
 *       {@linkplain io.github.demarche.CasualtyReport#supersedes(io.github.demarche.CasualtyReport)
 *       supersedes} it (both cumulative, the other certainly later);</li>
 *   <li>{@link #CURRENT}: it is the report the current estimate comes from;</li>
 *   <li>{@link #CORROBORATING}: its as-of date overlaps the current report's, so its figure, being
 *       consistent, confirms the current one;</li>
 *   <li>{@link #STANDING}: none of the above.</li>
 * </ol>
 *
 * <p>From the reference article, "over 270 civilians killed as of Tuesday" is {@code CURRENT}; a
 * cumulative figure of early March would be {@code SUPERSEDED} by it, and a figure of "250" as of the
 * same Tuesday {@code CONFLICTING} with it.
 *
 * @since 0.1
 */
public enum ReportStatus {
    /** The report the current estimate comes from. */
    CURRENT,
    /** Not conflicting, not superseded, not current; its as-of date overlaps the current report's. */
    CORROBORATING,
    /**
     * Not conflicting, not superseded, but neither current nor dated with it: a figure that is not
     * cumulative, which no later figure replaces, or any figure when there is no current estimate.
     */
    STANDING,
    /** Not conflicting, and replaced by a cumulative figure of the scope that is certainly later. */
    SUPERSEDED,
    /** Inconsistent with at least one other report of the scope. */
    CONFLICTING
}
