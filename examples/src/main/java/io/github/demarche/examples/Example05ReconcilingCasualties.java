package io.github.demarche.examples;

import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.CountryCode;
import io.github.demarche.Location;
import io.github.demarche.QualifiedCount;
import io.github.demarche.SourceAttribution;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import io.github.demarche.analysis.CasualtyInconsistency;
import io.github.demarche.analysis.CasualtyReconciliation;
import io.github.demarche.analysis.ReconciledReport;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;

/**
 * Example 5: reconciling casualty reports.
 *
 * <p>Idea: tolls are reported again and again, by different sources, as running totals and as
 * figures of one day. The current figure is the latest running total that nothing contradicts;
 * every other report keeps a status (superseded, corroborating, standing, conflicting), and a
 * contradiction is shown, never averaged away.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am package -DskipTests exec:java -Dexec.mainClass=io.github.demarche.examples.Example05ReconcilingCasualties}
 */
public final class Example05ReconcilingCasualties {

    private static final SourceAttribution IRRAWADDY = source("The Irrawaddy", "urn:demarche:article:000_5b4d5c46eeeb27f0");
    private static final SourceAttribution OTHER = source("Another outlet", "urn:demarche:example:other-outlet");

    private Example05ReconcilingCasualties() {
    }

    /**
     * Runs the example.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        // Same scope: civilians killed in Myanmar. Running totals carry the start of their period.
        CasualtyReport earlier = total("killed-2021-03-14", QualifiedCount.atLeast(126), "2021-03-14", IRRAWADDY);
        CasualtyReport tuesday = total("killed-2021-03-23", QualifiedCount.moreThan(270).withWording("over 270"),
                "2021-03-23", IRRAWADDY);
        // Another outlet, dated only "March": it overlaps Tuesday, and its range agrees.
        CasualtyReport march = total("other-2021-03", QualifiedCount.atLeast(250).withWording("at least 250"),
                "2021-03", OTHER);
        // A claim that cannot be: lower than an earlier total, and outside March's range.
        CasualtyReport claim = total("claim-2021-03-20", QualifiedCount.exactly(90), "2021-03-20", OTHER);

        // Both sides of a contradiction are flagged: the claim cannot tell which of them is wrong, so
        // "at least 126" and "at least 250" show as conflicting too, and every report stays listed.
        CasualtyReconciliation reconciliation = CasualtyReconciliation.of(List.of(earlier, tuesday, march, claim));
        out.println("Current: " + reconciliation.current().map(CasualtyReport::toString).orElse("none"));
        out.println("Estimate: " + reconciliation.estimate().map(Object::toString).orElse("none"));
        for (ReconciledReport report : reconciliation.reports()) {
            out.printf("  %-14s %s%n", report.status(), report.report());
        }
        for (CasualtyInconsistency inconsistency : reconciliation.inconsistencies()) {
            out.println("  " + inconsistency.kind() + ": " + inconsistency.first().id() + " vs "
                    + inconsistency.second().id());
        }

        // A figure for one day (no period start) is part of the running total, not a rival to it.
        CasualtyReport oneDay = CasualtyReport.builder().id("killed-on-2021-03-23").type(CasualtyType.KILLED)
                .count(QualifiedCount.exactly(3)).victims(Victims.of(VictimGroup.CIVILIANS))
                .location(Location.of(CountryCode.of("MMR"))).asOf(ApproximateDate.parse("2021-03-23"))
                .addSource(OTHER).build();
        out.println("3 that day consistent with over 270 in all: " + oneDay.isConsistentWith(tuesday));
        out.println("over 270 supersedes at least 126: " + tuesday.supersedes(earlier));
    }

    private static CasualtyReport total(String id, QualifiedCount count, String asOf, SourceAttribution source) {
        return CasualtyReport.builder().id(id).type(CasualtyType.KILLED).count(count)
                .victims(Victims.of(VictimGroup.CIVILIANS)).location(Location.of(CountryCode.of("MMR")))
                .asOf(ApproximateDate.parse(asOf)).periodStart(ApproximateDate.parse("2021-02-01"))
                .addSource(source).build();
    }

    private static SourceAttribution source(String publication, String url) {
        return SourceAttribution.builder().publication(publication).url(url)
                .publicationDate(LocalDate.of(2021, 3, 24)).build();
    }
}
