package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.FigureCertainty;
import io.github.demarche.Position;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A casualty report with its {@link ReportStatus status} in a {@link CasualtyReconciliation}, and
 * the disputes of its figure: the stances {@link Position#AGAINST} the report
 * ({@link io.github.demarche.StanceTarget#casualtyReport(String)}) that the statements given to the
 * reconciliation take, such as the junta's "the figures are exaggerated". A dispute is shown, and
 * changes neither the figure's bounds nor its status: an actor's word against a figure is not a
 * count of its own.
 *
 * <p>From the reference article:
 * <pre>{@code
 * ReconciledReport reconciled = CasualtyReconciliation.of(List.of(killed)).reports().get(0);
 * reconciled.status();     // CURRENT
 * reconciled.toString();   // ReconciledReport[killed-2021-03-23: CURRENT]
 * }</pre>
 * And with the junta's rejection of the toll given beside it:
 * <pre>{@code
 * ReconciledReport disputed = CasualtyReconciliation.byScope(List.of(killed), List.of(juntaRejects)).get(0)
 *         .reports().get(0);
 * disputed.disputedBy();   // [Actor[mmr-junta]]
 * disputed.toString();     // ReconciledReport[killed-2021-03-23: CURRENT, disputed by mmr-junta]
 * }</pre>
 *
 * <p>Two reconciled reports are equal when their reports, statuses and disputes are equal. This
 * class is immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
public final class ReconciledReport implements Serializable {

    private static final long serialVersionUID = 2L;

    /** The report. */
    private final CasualtyReport report;
    /** Its status. */
    private final ReportStatus status;
    /** The stances against the report; unmodifiable. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<AttributedStance> disputes;

    private ReconciledReport(CasualtyReport report, ReportStatus status, List<AttributedStance> disputes) {
        this.report = report;
        this.status = status;
        this.disputes = disputes;
    }

    /**
     * Obtains a report with its status and no dispute.
     *
     * @param report  the report, not null
     * @param status  its status, not null
     * @return the reconciled report, not null
     */
    static ReconciledReport of(CasualtyReport report, ReportStatus status) {
        return of(report, status, List.of());
    }

    /**
     * Obtains a report with its status and the stances against it.
     *
     * @param report  the report, not null
     * @param status  its status, not null
     * @param disputes  the stances against the report, not null
     * @return the reconciled report, not null
     */
    static ReconciledReport of(CasualtyReport report, ReportStatus status, List<AttributedStance> disputes) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(status, "status");
        return new ReconciledReport(report, status, List.copyOf(disputes));
    }

    /**
     * Gets the report.
     *
     * @return the report, not null
     */
    public CasualtyReport report() {
        return report;
    }

    /**
     * Gets the report's status.
     *
     * @return the status, not null
     */
    public ReportStatus status() {
        return status;
    }

    /**
     * Gets the disputes of the report: each stance {@link Position#AGAINST} the report that the
     * statements given take, once for each speaker of its statement, in the order of the
     * statements given.
     *
     * @return the disputes, unmodifiable, empty when no statement was given or none disputes it
     * @since 0.2
     */
    public List<AttributedStance> disputes() {
        return disputes;
    }

    /**
     * Gets the actors that dispute the report: the speakers of its {@link #disputes()}, each once,
     * in the order they first dispute it.
     *
     * @return the actors, unmodifiable, possibly empty
     * @since 0.2
     */
    public List<Actor> disputedBy() {
        Set<String> seen = new HashSet<>();
        List<Actor> actors = new ArrayList<>();
        for (AttributedStance dispute : disputes) {
            if (seen.add(dispute.actor().id())) {
                actors.add(dispute.actor());
            }
        }
        return List.copyOf(actors);
    }

    /**
     * Checks if the figure is disputed: an actor takes a stance against it, or the source presents
     * it as {@linkplain FigureCertainty#DISPUTED disputed}.
     *
     * @return true if disputed
     * @since 0.2
     */
    public boolean isDisputed() {
        return !disputes.isEmpty() || report.certainty().orElse(null) == FigureCertainty.DISPUTED;
    }

    /**
     * Checks if this reconciled report is equal to another: equal reports, statuses and disputes.
     *
     * @param obj  the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof ReconciledReport && report.equals(((ReconciledReport) obj).report)
                && status == ((ReconciledReport) obj).status && disputes.equals(((ReconciledReport) obj).disputes);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return (report.hashCode() * 31 + status.hashCode()) * 31 + disputes.hashCode();
    }

    /**
     * Gets a short description: the report's id, the status, and who disputes it.
     *
     * @return text such as {@code ReconciledReport[killed-2021-03-23: CURRENT]} or
     *     {@code ReconciledReport[killed-2021-03-23: CURRENT, disputed by mmr-junta]}
     */
    @Override
    public String toString() {
        List<Actor> by = disputedBy();
        return "ReconciledReport[" + report.id() + ": " + status + (by.isEmpty() ? ""
                : ", disputed by " + by.stream().map(Actor::id).collect(Collectors.joining(", "))) + "]";
    }

    /** The reports of a list that have a status, in the list's order: what both results answer. */
    static List<CasualtyReport> withStatus(List<ReconciledReport> reports, ReportStatus status) {
        Objects.requireNonNull(status, "status");
        List<CasualtyReport> found = new ArrayList<>();
        for (ReconciledReport report : reports) {
            if (report.status() == status) {
                found.add(report.report());
            }
        }
        return List.copyOf(found);
    }
}
