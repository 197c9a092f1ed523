package io.github.demarche.analysis;

import io.github.demarche.CasualtyReport;
import java.io.Serializable;
import java.util.Objects;

/**
 * A casualty report with its {@link ReportStatus status} in a {@link CasualtyReconciliation}.
 *
 * <p>From the reference article:
 * <pre>{@code
 * ReconciledReport reconciled = CasualtyReconciliation.of(List.of(killed)).reports().get(0);
 * reconciled.status();     // CURRENT
 * reconciled.toString();   // ReconciledReport[killed-2021-03-23: CURRENT]
 * }</pre>
 *
 * <p>Two reconciled reports are equal when their reports and statuses are equal. This class is
 * immutable, thread-safe and value-based.
 *
 * @since 0.1
 */
public final class ReconciledReport implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The report. */
    private final CasualtyReport report;
    /** Its status. */
    private final ReportStatus status;

    private ReconciledReport(CasualtyReport report, ReportStatus status) {
        this.report = report;
        this.status = status;
    }

    /**
     * Obtains a report with its status.
     *
     * @param report  the report, not null
     * @param status  its status, not null
     * @return the reconciled report, not null
     */
    static ReconciledReport of(CasualtyReport report, ReportStatus status) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(status, "status");
        return new ReconciledReport(report, status);
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
     * Checks if this reconciled report is equal to another: equal reports and statuses.
     *
     * @param obj  the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof ReconciledReport && report.equals(((ReconciledReport) obj).report)
                && status == ((ReconciledReport) obj).status;
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return report.hashCode() * 31 + status.hashCode();
    }

    /**
     * Gets a short description: the report's id and the status.
     *
     * @return text such as {@code ReconciledReport[killed-2021-03-23: CURRENT]}
     */
    @Override
    public String toString() {
        return "ReconciledReport[" + report.id() + ": " + status + "]";
    }
}
