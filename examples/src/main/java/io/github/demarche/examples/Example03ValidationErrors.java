package io.github.demarche.examples;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.QualifiedCount;
import io.github.demarche.ValidationException;
import io.github.demarche.Violation;
import java.io.PrintStream;
import java.util.List;

/**
 * Example 3: validation errors and how to read them.
 *
 * <p>Idea: a bad value is refused when it is built, with every broken rule at once: where
 * ({@code path}), which rule ({@code code}, stable, for programs) and why ({@code message}, with the
 * bad value, for people). {@code validate()} returns the same violations without throwing, for
 * code that wants to collect them.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.demarche.examples.Example03ValidationErrors}
 */
public final class Example03ValidationErrors {

    private Example03ValidationErrors() {
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
        // Two mistakes in one actor: both are reported, not just the first.
        try {
            Actor.builder().id("Wang Yi").name(" ").kind(ActorKind.PERSON).build();
        } catch (ValidationException e) {
            out.println("Actor refused with " + e.violations().size() + " violations:");
            print(out, e.violations());
        }

        // The non-throwing twin: the same violations, as a list.
        List<Violation> violations = Actor.builder().id("chn-gov").name("Government of China")
                .kind(ActorKind.GOVERNMENT).title("Foreign Minister").validate();
        out.println("validate() of a government with a person's title:");
        print(out, violations);

        // Values parsed from text report what was wrong with the text.
        out.println("ApproximateDate.validate(\"2021-02-30\"):");
        print(out, ApproximateDate.validate("2021-02-30"));

        // A figure whose bounds contradict each other.
        out.println("QualifiedCount.validateBetween(300, 270):");
        print(out, QualifiedCount.validateBetween(300, 270));
    }

    private static void print(PrintStream out, List<Violation> violations) {
        for (Violation violation : violations) {
            out.printf("  %-8s %-20s %s%n", violation.path(), violation.code(), violation.message());
        }
    }
}
