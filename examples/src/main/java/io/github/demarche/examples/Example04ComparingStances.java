package io.github.demarche.examples;

import io.github.demarche.Intensity;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Example 4: comparing stances.
 *
 * <p>Idea: a stance type is a closed typology mapped to CAMEO codes and the Goldstein scale, so
 * "deep concern", "support" and "weighing sanctions" become comparable numbers — and the comparison
 * keeps its meaning: intensity strengthens a stance, a contemplated one counts half. Two stances
 * agree or oppose only when they are about the same thing.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.demarche.examples.Example04ComparingStances}
 */
public final class Example04ComparingStances {

    private Example04ComparingStances() {
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
        StanceTarget situation = StanceTarget.topic("the situation in Myanmar", "myanmar-situation");
        StanceTarget unAction = StanceTarget.topic("UN action against the military regime", "un-action-on-myanmar");

        Stance deepConcern = Stance.builder().type(StanceType.CONCERN).target(situation)
                .intensity(Intensity.HIGH).wording("deep concern").build();
        Stance alarmed = Stance.builder().type(StanceType.CONCERN).target(situation).wording("alarming").build();
        Stance appeal = Stance.builder().type(StanceType.APPEAL).target(unAction)
                .wording("called on the United Nations (UN) to take serious action").build();
        Stance veto = Stance.builder().type(StanceType.VETO).target(unAction)
                .wording("blocking a U.N Security Council resolution").build();
        Stance weighing = Stance.builder().type(StanceType.THREATEN_SANCTIONS).target(situation).contemplated(true)
                .wording("weighing the possibility of suspending military cooperation").build();

        List<Stance> stances = new ArrayList<>(List.of(appeal, deepConcern, veto, weighing, alarmed));
        stances.sort(Stance.BY_COOPERATION_SCORE);
        out.println("From conflict to cooperation (Goldstein scale):");
        for (Stance stance : stances) {
            out.printf("  %5.1f  %-18s CAMEO %-4s  \"%s\"%n", stance.cooperationScore(), stance.type(),
                    stance.cameoCode().code(), stance.wording().orElse(""));
        }
        out.println("deep concern agrees with 'alarming': " + deepConcern.agreesWith(alarmed));
        out.println("the appeal opposes the veto:         " + appeal.opposes(veto));
        out.println("the appeal opposes deep concern:     " + appeal.opposes(deepConcern) + " (other target)");
        out.println("concern is more conciliatory than deep concern: " + alarmed.isMoreConciliatoryThan(deepConcern));
    }
}
