package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Position;
import io.github.demarche.QualifiedCount;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import io.github.demarche.ValidationException;
import io.github.demarche.ViolationCode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The casualty reports of one {@link CasualtyScope scope} reconciled: each series of reports with
 * its current estimate, every report with its {@link ReportStatus status}, every inconsistency
 * between reports of a series, and the large gaps between series. Conflicting figures are shown
 * side by side, never averaged or dropped: every report given appears exactly once in
 * {@link #reports()}.
 *
 * <p><b>Series.</b> The reports of the scope that come from one originator
 * ({@link CasualtyReport#originator()}) form a {@link CasualtySeries series}: a figure relayed by
 * another actor ({@link CasualtyReport#reportedBy()}) belongs to its originator's series, and the
 * reports that name no originator form one series of their own. Series are listed by originator
 * id, the series of no originator first. The rules below apply within a series: a figure of one
 * series neither corroborates, supersedes nor conflicts with a figure of another, since a party's
 * unverified tenfold claim neither confirms nor replaces a monitor's verified minimum. Across
 * series, {@link #gaps()} reports each pair of series whose current figures are far apart, as
 * {@link SeriesGap} defines it. Certainty and hedges are kept on the reports and shown; they change
 * no bound and no status.
 *
 * <p><b>The rules, once.</b> Two reports of a series are inconsistent when
 * {@link CasualtyReport#isConsistentWith(CasualtyReport)} fails; the rule they break is
 * {@link CasualtyReport#brokenRule(CasualtyReport)}: a cumulative figure certainly later than
 * another but below it ({@code DECREASING_TOTAL}); two figures whose as-of dates overlap, both
 * cumulative or neither, with disjoint ranges ({@code DISJOINT_RANGES}); or a figure that is not
 * cumulative (the toll of a day or an event) above a cumulative figure whose as-of date overlaps
 * its own ({@code PART_EXCEEDS_TOTAL}). A day's toll below a running total of the same day is a part
 * of it, not a contradiction. A report is superseded when another of its series
 * {@linkplain CasualtyReport#supersedes(CasualtyReport) supersedes} it. Every report that is
 * inconsistent with another of its series is {@code CONFLICTING} and appears in at least one listed
 * inconsistency. The inconsistencies listed are, for each conflicting report, each rule it breaks
 * and each way it breaks it (a figure above it, a figure below it), the one report that contradicts
 * it most (the highest low bound, the lowest high bound; of equals, the earliest in
 * {@link CasualtyReport#BY_AS_OF} order), not every inconsistent pair. A series of a handful of
 * reports is checked by asking these predicates of every pair of its reports; a large one, such as
 * a data set's, by sweeps over the reports' days that give the same verdicts in {@code n log n}
 * time, proven equal to the pairwise ones by seeded property tests.
 *
 * <p><b>Current estimate.</b> Within a series, the reports that are neither conflicting nor
 * superseded are candidates. If the series has cumulative reports, its current report is the last
 * cumulative candidate in {@link CasualtyReport#BY_AS_OF} order (latest first day of the as-of date,
 * then latest last day, then greatest id); if it has none, the last candidate. There is no current
 * report when there is no such candidate: when the latest figures conflict, the reconciliation says
 * so rather than fall back on an older figure or pick one of the conflicting ones. The estimate is
 * the current report's count: its low and high bounds, and its best estimate where the source or an
 * analyst gave one; a vague count ("thousands") has none, and the reconciliation makes none up. Every
 * comparison uses the low and high bounds only, so vague counts are compared by the bounds that
 * {@link QualifiedCount} documents for them: "thousands" is consistent with "over 270", "dozens"
 * is not. Reports of the current report's kind (both cumulative or neither) whose as-of dates
 * overlap its own corroborate it; a figure that is not cumulative beside a current total is a part
 * of it, not a confirmation, and stands beside it ({@link ReportStatus}). The scope's
 * {@link #current()} and {@link #estimate()} are those of its series when it has one; when it has
 * several, they are empty, and each series gives its own: the reconciliation never picks among
 * originators.
 *
 * <p><b>Disputes.</b> Given statements ({@link #byScope(Collection, Collection)},
 * {@link #inDossier(Dossier)}), each report carries the stances {@link Position#AGAINST} it, with the
 * actors that take them ({@link ReconciledReport#disputes()}, {@link ReconciledReport#disputedBy()});
 * a report whose source calls it contested ({@link io.github.demarche.FigureCertainty#DISPUTED}) is
 * {@linkplain ReconciledReport#isDisputed() disputed} too. Disputes are shown and change no status:
 * an actor's word against a figure is not a count of its own.
 *
 * <p>From the reference article, with a figure of early March that the article's supersedes:
 * <pre>{@code
 * CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(killed, earlyMarch));
 * reconciliation.current();       // Optional[CasualtyReport[killed >270 civilians as of 2021-03-23]]
 * reconciliation.estimate();      // Optional[>270]: best 271, low 271, no high bound
 * reconciliation.reports();       // [ReconciledReport[killed-2021-03-early: SUPERSEDED],
 *                                 //  ReconciledReport[killed-2021-03-23: CURRENT]]
 * reconciliation.toString();      // CasualtyReconciliation[killed civilians in MMR: current >270 as of 2021-03-23,
 *                                 //     2 reports, 0 inconsistencies]
 * }</pre>
 *
 * <p>With "3 killed on March 23" beside it, a part of the total and no contradiction:
 * <pre>{@code
 * CasualtyReconciliation.of(List.of(killed, threeThatDay)).reports();
 *                                 // [ReconciledReport[killed-2021-03-23: CURRENT],
 *                                 //  ReconciledReport[killed-2021-03-23-day: STANDING]]
 * }</pre>
 *
 * <p>A monitor's verified minimum beside a party's claim ten times higher: two series, each current
 * in its own, and a gap between them:
 * <pre>{@code
 * CasualtyReconciliation both = CasualtyReconciliation.of(List.of(aappKilled, juntaClaim));
 * both.series();                  // [CasualtySeries[aapp: current ≥1000 ...], CasualtySeries[junta: current 10000 ...]]
 * both.current();                 // Optional.empty: two originators, no pick
 * both.gaps();                    // [SeriesGap[junta 10000 as of 2021-03-23 (claimed) is 10.0 times aapp ≥1000 ...]]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CasualtyReconciliation implements Serializable {

    private static final long serialVersionUID = 2L;

    /** The scope of the reports. */
    private final CasualtyScope scope;
    /** The series, by originator id, the series of no originator first; unmodifiable. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<CasualtySeries> series;
    /** Every report given, with its status, sorted by as-of date; unmodifiable. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<ReconciledReport> reports;
    /** The inconsistencies found in every series; unmodifiable. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<CasualtyInconsistency> inconsistencies;
    /** The large gaps between series; unmodifiable. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final List<SeriesGap> gaps;

    private CasualtyReconciliation(CasualtyScope scope, List<CasualtySeries> series, List<ReconciledReport> reports,
            List<CasualtyInconsistency> inconsistencies, List<SeriesGap> gaps) {
        this.scope = scope;
        this.series = series;
        this.reports = reports;
        this.inconsistencies = inconsistencies;
        this.gaps = gaps;
    }

    /**
     * Obtains the reconciliation of reports that all have one scope.
     *
     * <p>Cost: a few sorts of the reports: {@code O(n log n)} time, {@code O(n)} memory.
     *
     * @param reports  the reports, not null, not empty, no null element, all of one scope
     * @return the reconciliation, not null
     * @throws ValidationException if there are no reports, with one {@link ViolationCode#EMPTY}
     *     violation at {@code reports} ({@code CasualtyReconciliation.reports must not be empty, got
     *     no reports}), or if they have different scopes, with one
     *     {@link ViolationCode#INCONSISTENT} violation at {@code reports}
     *     ({@code CasualtyReconciliation.reports must all have one scope, got [CasualtyScope[...], ...]})
     */
    public static CasualtyReconciliation of(Collection<? extends CasualtyReport> reports) {
        Objects.requireNonNull(reports, "reports");
        Map<CasualtyScope, List<CasualtyReport>> byScope = Groupings.byScope(reports);
        if (byScope.isEmpty()) {
            throw AnalysisViolations.exception("CasualtyReconciliation", "reports", ViolationCode.EMPTY,
                    "not be empty", "no reports");
        }
        if (byScope.size() > 1) {
            throw AnalysisViolations.exception("CasualtyReconciliation", "reports", ViolationCode.INCONSISTENT,
                    "all have one scope", byScope.keySet().toString());
        }
        Map.Entry<CasualtyScope, List<CasualtyReport>> only = byScope.entrySet().iterator().next();
        return reconcile(only.getKey(), only.getValue(), Map.of());
    }

    /**
     * Obtains the reconciliation of reports of any scopes: one per scope, in the order the scopes
     * first appear.
     *
     * <p>Cost: one pass to group the reports by scope, then a few sorts of each group:
     * {@code O(n log n)} time, {@code O(n)} memory.
     *
     * @param reports  the reports, not null, no null element
     * @return the reconciliations, one per scope, unmodifiable, empty if there are no reports
     */
    public static List<CasualtyReconciliation> byScope(Collection<? extends CasualtyReport> reports) {
        return byScope(reports, List.of());
    }

    /**
     * Obtains the reconciliation of reports of any scopes, one per scope, with the disputes of each
     * report: the stances {@link Position#AGAINST} a report ({@link StanceTarget#casualtyReport(String)},
     * by report id) that the statements take, each attributed to each speaker of its statement
     * ({@link ReconciledReport#disputes()}). Disputes change no status.
     *
     * <p>Cost: one pass over the statements' stances, then as {@link #byScope(Collection)}.
     *
     * @param reports  the reports, not null, no null element
     * @param statements  the statements that may dispute them, not null, no null element
     * @return the reconciliations, one per scope, unmodifiable, empty if there are no reports
     * @since 0.2
     */
    public static List<CasualtyReconciliation> byScope(Collection<? extends CasualtyReport> reports,
            Collection<? extends Statement> statements) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(statements, "statements");
        Map<String, List<AttributedStance>> disputes = new HashMap<>();
        for (Statement statement : statements) {
            Objects.requireNonNull(statement, "statements");
            for (Stance stance : statement.stances()) {
                Optional<String> reportId = stance.target().casualtyReportId();
                if (reportId.isPresent() && stance.position() == Position.AGAINST) {
                    for (Actor speaker : statement.speakers()) {
                        disputes.computeIfAbsent(reportId.get(), id -> new ArrayList<>())
                                .add(AttributedStance.of(speaker, statement, stance));
                    }
                }
            }
        }
        List<CasualtyReconciliation> reconciliations = new ArrayList<>();
        Groupings.byScope(reports).forEach((scope, group) -> reconciliations.add(reconcile(scope, group, disputes)));
        return List.copyOf(reconciliations);
    }

    /**
     * Obtains the reconciliation of a dossier's casualty reports, one per scope, with the disputes
     * its statements make: {@code byScope(dossier.casualtyReports(), dossier.statements())}.
     *
     * @param dossier  the dossier, not null
     * @return the reconciliations, one per scope, unmodifiable, empty if it has no casualty reports
     * @since 0.2
     */
    public static List<CasualtyReconciliation> inDossier(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        return byScope(dossier.casualtyReports(), dossier.statements());
    }

    /**
     * Reconciles the reports of one scope: sorts them, splits them into series, gives each report
     * its status within its series, and compares the series' current figures.
     */
    private static CasualtyReconciliation reconcile(CasualtyScope scope, List<CasualtyReport> group,
            Map<String, List<AttributedStance>> disputes) {
        CasualtyReport[] sorted = group.toArray(new CasualtyReport[0]);
        int[] firstDays = new int[sorted.length];
        int[] lastDays = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            firstDays[i] = DateOrder.firstDay(sorted[i].asOf());
            lastDays[i] = DateOrder.lastDay(sorted[i].asOf());
        }
        // so by first day of the as-of date, ascending; the days along with the reports
        DateOrder.sort(sorted, firstDays, lastDays, CasualtyReport.BY_AS_OF);
        // the positions of each series' reports, ascending, so each series sorted too
        Map<String, List<Integer>> positionsBySeries = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (int i = 0; i < sorted.length; i++) {
            String originator = sorted[i].originator().map(Actor::id).orElse(null);
            positionsBySeries.computeIfAbsent(originator, id -> new ArrayList<>()).add(i);
        }
        ReportStatus[] statuses = new ReportStatus[sorted.length];
        List<CasualtySeries> series = new ArrayList<>(positionsBySeries.size());
        List<SeriesVerdicts.Contradiction> contradictions = new ArrayList<>();
        for (List<Integer> positions : positionsBySeries.values()) {
            int size = positions.size();
            CasualtyReport[] reports = new CasualtyReport[size];
            int[] seriesFirstDays = new int[size];
            int[] seriesLastDays = new int[size];
            for (int i = 0; i < size; i++) {
                int position = positions.get(i);
                reports[i] = sorted[position];
                seriesFirstDays[i] = firstDays[position];
                seriesLastDays[i] = lastDays[position];
            }
            SeriesVerdicts verdicts = SeriesVerdicts.of(reports, seriesFirstDays, seriesLastDays);
            ReportStatus[] seriesStatuses = statuses(reports, verdicts);
            List<ReconciledReport> reconciled = new ArrayList<>(size);
            CasualtyReport current = null;
            for (int i = 0; i < size; i++) {
                statuses[positions.get(i)] = seriesStatuses[i];
                reconciled.add(ReconciledReport.of(reports[i], seriesStatuses[i],
                        disputes.getOrDefault(reports[i].id(), List.of())));
                current = seriesStatuses[i] == ReportStatus.CURRENT ? reports[i] : current;
            }
            List<CasualtyInconsistency> inconsistencies = new ArrayList<>(verdicts.contradictions.size());
            for (SeriesVerdicts.Contradiction found : verdicts.contradictions) {
                CasualtyInconsistency inconsistency = CasualtyInconsistency.of(found.rule, reports[found.first],
                        reports[found.second]);
                inconsistencies.add(inconsistency);
                SeriesVerdicts.Contradiction inScope = SeriesVerdicts.Contradiction.of(found.rule,
                        positions.get(found.first), positions.get(found.second), sorted);
                inScope.inconsistency = inconsistency;
                contradictions.add(inScope);
            }
            series.add(new CasualtySeries(reports[0].originator().orElse(null), current, reconciled, inconsistencies));
        }
        List<ReconciledReport> reconciled = new ArrayList<>(sorted.length);
        for (int i = 0; i < sorted.length; i++) {
            reconciled.add(ReconciledReport.of(sorted[i], statuses[i], disputes.getOrDefault(sorted[i].id(), List.of())));
        }
        contradictions.sort(null);  // by first position in the scope, then second, then rule
        List<CasualtyInconsistency> inconsistencies = new ArrayList<>(contradictions.size());
        for (SeriesVerdicts.Contradiction found : contradictions) {
            inconsistencies.add(found.inconsistency);
        }
        return new CasualtyReconciliation(scope, List.copyOf(series), List.copyOf(reconciled),
                List.copyOf(inconsistencies), gaps(series));
    }

    /**
     * The statuses of a series' reports, by the precedence {@link ReportStatus} gives: conflicting,
     * superseded, current, corroborating, standing.
     */
    private static ReportStatus[] statuses(CasualtyReport[] reports, SeriesVerdicts verdicts) {
        int size = reports.length;
        boolean anyCumulative = false;
        for (CasualtyReport report : reports) {
            anyCumulative |= report.isCumulative();
        }
        int current = -1;  // the last candidate: neither conflicting nor superseded, cumulative if any is
        for (int i = size - 1; i >= 0 && current < 0; i--) {
            if (!verdicts.conflicting[i] && !verdicts.superseded[i] && (reports[i].isCumulative() || !anyCumulative)) {
                current = i;
            }
        }
        ReportStatus[] statuses = new ReportStatus[size];
        for (int i = 0; i < size; i++) {
            if (verdicts.conflicting[i]) {
                statuses[i] = ReportStatus.CONFLICTING;
            } else if (verdicts.superseded[i]) {
                statuses[i] = ReportStatus.SUPERSEDED;
            } else if (i == current) {
                statuses[i] = ReportStatus.CURRENT;
            } else if (current >= 0 && reports[i].isCumulative() == reports[current].isCumulative()
                    && reports[i].asOf().overlaps(reports[current].asOf())) {
                statuses[i] = ReportStatus.CORROBORATING;
            } else {
                statuses[i] = ReportStatus.STANDING;
            }
        }
        return statuses;
    }

    /** The large gaps between the current figures of each pair of series, in the order of the series. */
    private static List<SeriesGap> gaps(List<CasualtySeries> series) {
        List<SeriesGap> gaps = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            for (int j = i + 1; j < series.size(); j++) {
                Optional<CasualtyReport> one = series.get(i).current();
                Optional<CasualtyReport> other = series.get(j).current();
                if (one.isPresent() && other.isPresent()) {
                    SeriesGap.between(one.get(), other.get()).ifPresent(gaps::add);
                }
            }
        }
        return List.copyOf(gaps);
    }

    /**
     * Gets the scope of the reports.
     *
     * @return the scope, not null
     */
    public CasualtyScope scope() {
        return scope;
    }

    /**
     * Gets the series of the scope: the reports of each originator, the series of reports that
     * name no originator first, then by originator id.
     *
     * @return the series, at least one, unmodifiable
     * @since 0.2
     */
    public List<CasualtySeries> series() {
        return series;
    }

    /**
     * Gets the large gaps between the current figures of two series, as {@link SeriesGap} defines
     * them, in the order of {@link #series()} (the first series of each pair, then the second).
     *
     * @return the gaps, unmodifiable, empty when there is one series
     * @since 0.2
     */
    public List<SeriesGap> gaps() {
        return gaps;
    }

    /**
     * Gets the report the current estimate comes from, when the scope has one series.
     *
     * @return the report, empty if every candidate is conflicting or superseded, or if the scope
     *     has several series (see {@link #series()})
     */
    public Optional<CasualtyReport> current() {
        return series.size() == 1 ? series.get(0).current() : Optional.empty();
    }

    /**
     * Gets the current estimate: the count of the current report, with its low and high bounds and
     * its best estimate, which is empty for a vague count such as "thousands".
     *
     * @return the count, empty if there is no current report (or several series)
     */
    public Optional<QualifiedCount> estimate() {
        return current().map(CasualtyReport::count);
    }

    /**
     * Gets every report given, each exactly once, with its status within its series, sorted by
     * {@link CasualtyReport#BY_AS_OF} (reports that compare equal in the order given).
     *
     * @return the reports, unmodifiable, not null
     */
    public List<ReconciledReport> reports() {
        return reports;
    }

    /**
     * Gets the reports with a status, in the order of {@link #reports()}.
     *
     * <p>Cost: linear in the number of reports.
     *
     * @param status  the status, not null
     * @return the reports, unmodifiable, not null
     */
    public List<CasualtyReport> reports(ReportStatus status) {
        return ReconciledReport.withStatus(reports, status);
    }

    /**
     * Gets the inconsistencies found within the series, described in the class comment, sorted by the position of
     * their {@linkplain CasualtyInconsistency#first() first} report, then of their second, in
     * {@link #reports()}, then by kind.
     *
     * @return the inconsistencies, at most five per report, unmodifiable, not null
     */
    public List<CasualtyInconsistency> inconsistencies() {
        return inconsistencies;
    }

    /**
     * Checks if the reports are consistent with each other.
     *
     * @return true if there is no inconsistency
     */
    public boolean isConsistent() {
        return inconsistencies.isEmpty();
    }

    /**
     * Gets a short description: the scope, the current figure or how many series and gaps, how many
     * reports and inconsistencies.
     *
     * @return text such as {@code CasualtyReconciliation[killed civilians in MMR: current >270 as of
     *     2021-03-23, 1 reports, 0 inconsistencies]} or {@code CasualtyReconciliation[killed civilians
     *     in MMR: 2 series, 1 gaps, 2 reports, 0 inconsistencies]}
     */
    @Override
    public String toString() {
        String figures;
        if (series.size() > 1) {
            figures = series.size() + " series, " + gaps.size() + " gaps";
        } else {
            Optional<CasualtyReport> current = current();
            figures = current.isEmpty() ? "no current figure"
                    : "current " + current.get().count() + " as of " + current.get().asOf();
        }
        return "CasualtyReconciliation[" + scope.description() + ": " + figures + ", " + reports.size() + " reports, "
                + inconsistencies.size() + " inconsistencies]";
    }
}
