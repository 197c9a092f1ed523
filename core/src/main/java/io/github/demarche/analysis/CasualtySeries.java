package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.FigureCertainty;
import io.github.demarche.QualifiedCount;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The reports of one {@link CasualtyScope scope} that come from one originator, reconciled among
 * themselves: a series ({@link CasualtyReport#originator()}). A figure that another actor relays
 * ({@link CasualtyReport#reportedBy()}) belongs to its originator's series, since a relay is not an
 * independent count; the reports that name no originator form one series of their own, whose
 * {@link #originator()} is empty. Within a series, the reports have the statuses that
 * {@link ReportStatus} defines; a series neither corroborates, supersedes nor contradicts another
 * ({@link CasualtyReconciliation} reports the {@link SeriesGap gaps} between them instead).
 *
 * <p>Late March 2021, a monitoring group's verified minimum:
 * <pre>{@code
 * CasualtySeries series = CasualtyReconciliation.of(List.of(aappKilled, juntaKilled)).series().get(0);
 * series.originator();   // Optional[Actor[aapp]]
 * series.current();      // Optional[CasualtyReport[killed ≥1000 civilians as of 2021-03-23]]
 * series.toString();     // CasualtySeries[aapp: current ≥1000 as of 2021-03-23 (verified; likely_higher),
 *                        //     1 reports, 0 inconsistencies]
 * }</pre>
 *
 * <p>The certainty and hedges of the figures are kept on the reports and shown, and change no
 * bound: a verified minimum is compared by its bounds as any figure is. This class is immutable
 * and thread-safe.
 *
 * @since 0.2
 */
public final class CasualtySeries implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The originator, or null for the reports that name none. */
    private final Actor originator;
    /** The current report, or null. */
    private final CasualtyReport current;
    /** The reports with their statuses, sorted by as-of date; unmodifiable. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<ReconciledReport> reports;
    /** The inconsistencies within the series; unmodifiable. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<CasualtyInconsistency> inconsistencies;

    CasualtySeries(Actor originator, CasualtyReport current, List<ReconciledReport> reports,
            List<CasualtyInconsistency> inconsistencies) {
        this.originator = originator;
        this.current = current;
        this.reports = List.copyOf(reports);
        this.inconsistencies = List.copyOf(inconsistencies);
    }

    /**
     * Gets who the figures of the series come from, as the series' first report names it.
     *
     * @return the originator, empty for the series of reports that name none
     */
    public Optional<Actor> originator() {
        return Optional.ofNullable(originator);
    }

    /**
     * Gets the report the series' current estimate comes from, chosen as
     * {@link CasualtyReconciliation} describes among the reports of the series only.
     *
     * @return the report, empty if every candidate is conflicting or superseded
     */
    public Optional<CasualtyReport> current() {
        return Optional.ofNullable(current);
    }

    /**
     * Gets the series' current estimate: the count of the current report, with no best estimate
     * for a vague count.
     *
     * @return the count, empty if there is no current report
     */
    public Optional<QualifiedCount> estimate() {
        return current().map(CasualtyReport::count);
    }

    /**
     * Gets the reports of the series, each with its status within the series, sorted by
     * {@link CasualtyReport#BY_AS_OF}.
     *
     * @return the reports, unmodifiable, not empty
     */
    public List<ReconciledReport> reports() {
        return reports;
    }

    /**
     * Gets the reports of the series with a status, in the order of {@link #reports()}.
     *
     * @param status  the status, not null
     * @return the reports, unmodifiable, not null
     */
    public List<CasualtyReport> reports(ReportStatus status) {
        return ReconciledReport.withStatus(reports, status);
    }

    /**
     * Gets the inconsistencies between reports of the series, as {@link CasualtyReconciliation}
     * lists them.
     *
     * @return the inconsistencies, unmodifiable, not null
     */
    public List<CasualtyInconsistency> inconsistencies() {
        return inconsistencies;
    }

    /**
     * Checks if the reports of the series are consistent with each other.
     *
     * @return true if there is no inconsistency
     */
    public boolean isConsistent() {
        return inconsistencies.isEmpty();
    }

    /** The originator's id, or {@code no originator}. */
    String originatorText() {
        return originator == null ? "no originator" : originator.id();
    }

    /**
     * Describes a figure with how sure its source is: its count and as-of date, then its certainty
     * and hedges in brackets where given, such as {@code ≥1000 as of 2021-03-23 (verified; likely_higher)}.
     */
    static String figure(CasualtyReport report) {
        List<String> qualifications = new ArrayList<>();
        report.certainty().map(FigureCertainty::name).map(name -> name.toLowerCase(Locale.ROOT))
                .ifPresent(qualifications::add);
        report.hedges().forEach(hedge -> qualifications.add(hedge.kind().name().toLowerCase(Locale.ROOT)));
        return report.count() + " as of " + report.asOf()
                + (qualifications.isEmpty() ? "" : qualifications.stream().collect(Collectors.joining("; ", " (", ")")));
    }

    /**
     * Gets a short description: the originator's id, the current figure with its certainty and
     * hedges, how many reports and inconsistencies.
     *
     * @return text such as {@code CasualtySeries[aapp: current ≥1000 as of 2021-03-23 (verified;
     *     likely_higher), 1 reports, 0 inconsistencies]}
     */
    @Override
    public String toString() {
        return "CasualtySeries[" + originatorText() + ": " + (current == null ? "no current figure"
                : "current " + figure(current)) + ", " + reports.size() + " reports, " + inconsistencies.size()
                + " inconsistencies]";
    }
}
