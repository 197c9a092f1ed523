package io.github.demarche.examples;

import io.github.demarche.Actor;
import io.github.demarche.Dossier;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import io.github.demarche.analysis.ActorDirectory;
import io.github.demarche.analysis.ActorPairAlignment;
import io.github.demarche.analysis.SpeakerResolver;
import io.github.demarche.analysis.StanceAlignment;
import io.github.demarche.analysis.StanceTimeline;
import io.github.demarche.jackson.DemarcheJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Example 6: alignment and timelines across many statements.
 *
 * <p>Idea: comparative questions ("do China and Russia say the same thing?", "did Beijing's position
 * move?") are answered over a whole set of statements, after deciding whom each speaker speaks for.
 * Names are resolved through a directory that reports ambiguity instead of guessing.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am package -DskipTests exec:java -Dexec.mainClass=io.github.demarche.examples.Example06AlignmentAndTimelines}
 */
public final class Example06AlignmentAndTimelines {

    private Example06AlignmentAndTimelines() {
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
        Dossier article;
        try {
            article = Briefing.referenceArticle(DemarcheJson.newObjectMapper());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        // Who is "Beijing"? The directory knows names, aliases and their spellings.
        ActorDirectory directory = ActorDirectory.of(article);
        for (String name : List.of("Beijing", "moscow", "U.N", "Naypyidaw")) {
            out.printf("%-10s -> %s%n", name, directory.resolve(name));
        }
        Actor china = directory.resolve("China").found().orElseThrow();
        Actor russia = directory.resolve("Russia").found().orElseThrow();

        // Do China and Russia say the same thing? Officials count for the state at the top of their
        // chain, so Wang Yi's words are China's.
        StanceTarget situation = StanceTarget.topic("the situation in Myanmar", "myanmar-situation");
        StanceAlignment onSituation = StanceAlignment.of(article.statements(), situation);
        out.println("China and Russia on the situation: " + onSituation.verdict(china, russia));
        StanceTarget unAction = StanceTarget.topic("UN action", "un-action-on-myanmar");
        for (ActorPairAlignment pair : StanceAlignment.of(article.statements(), unAction).pairs()) {
            out.println("on UN action: " + pair.first().label() + " / " + pair.second().label() + ": " + pair.verdict());
        }

        // A timeline is one actor's stances on one target in time order; dates that overlap are not
        // ordered, and the shift between them says so instead of inventing a direction.
        List<Statement> statements = article.statements();
        StanceTimeline chinaOnUn = StanceTimeline.of(statements, china, unAction, SpeakerResolver.topmost());
        out.println("China's stances on UN action: " + chinaOnUn.stances().size());
        // A shift compares one actor's stances on one question, never stances on two questions.
        out.println("China's shifts on UN action: " + (chinaOnUn.shifts().isEmpty()
                ? "none (" + chinaOnUn.stances().size() + " stance)" : chinaOnUn.shifts().toString()));
    }
}
