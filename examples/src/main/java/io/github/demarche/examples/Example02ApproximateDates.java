package io.github.demarche.examples;

import io.github.demarche.ApproximateDate;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Example 2: approximate dates.
 *
 * <p>Idea: news dates are partial ("early March", "since Feb. 1", "as of Tuesday"), and a model that
 * forces them into a {@code LocalDate} invents precision the source never had. An approximate date
 * keeps what was said, and its order is <em>partial</em>: "early March" and "March" overlap, so
 * neither comes before the other.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.demarche.examples.Example02ApproximateDates}
 */
public final class Example02ApproximateDates {

    private Example02ApproximateDates() {
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
        ApproximateDate coup = ApproximateDate.parse("2021-02-01");             // "the Feb. 1 coup"
        ApproximateDate earlyMarch = ApproximateDate.parse("2021-03-early");    // "in early March"
        ApproximateDate march = ApproximateDate.parse("2021-03");               // "in March"
        ApproximateDate tuesday = ApproximateDate.parse("2021-03-23");          // "on Tuesday"
        ApproximateDate sinceCoup = ApproximateDate.since(coup);                // "since the Feb. 1 coup"

        for (ApproximateDate date : List.of(coup, earlyMarch, march, tuesday, sinceCoup)) {
            // an open interval has no last day: latest() is LocalDate.MAX
            String latest = date.latest().equals(LocalDate.MAX) ? "open" : date.latest().toString();
            out.printf("%-16s earliest %s, latest %s%n", date, date.earliest(), latest);
        }

        // The partial order answers only what the dates can answer.
        out.println("early March before Tuesday: " + earlyMarch.isBefore(tuesday));
        out.println("early March before March:   " + earlyMarch.isBefore(march));
        out.println("March before early March:   " + march.isBefore(earlyMarch));
        out.println("they overlap:               " + earlyMarch.overlaps(march));
        out.println("March contains early March: " + march.contains(earlyMarch));

        // For sorting, a separate total order is needed, and named: CHRONOLOGICAL.
        List<ApproximateDate> sorted = new ArrayList<>(List.of(tuesday, march, sinceCoup, earlyMarch, coup));
        sorted.sort(ApproximateDate.CHRONOLOGICAL);
        out.println("sorted: " + sorted);

        // "About March" and "March, perhaps" are EDTF's approximate and uncertain qualifiers.
        out.println("approximate: " + march.withApproximate(true) + ", uncertain: " + march.withUncertain(true));
    }
}
