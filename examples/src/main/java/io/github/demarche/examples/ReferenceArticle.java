package io.github.demarche.examples;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.CountryCode;
import java.io.PrintStream;
import java.util.List;

/**
 * The main example: the reference article (China and Russia on Myanmar, March 2021) as values.
 *
 * <p>For now it prints the article's principal actors and who speaks for whom; the full briefing
 * (statements, casualty figures, alignment) arrives with the examples issue.
 */
public final class ReferenceArticle {

    private ReferenceArticle() {
    }

    /**
     * Prints the actors of the reference article.
     *
     * @param args  ignored
     */
    public static void main(String[] args) {
        print(System.out);
    }

    static void print(PrintStream out) {
        Actor china = Actor.builder().id("chn").name("China").kind(ActorKind.STATE)
                .country(CountryCode.of("CHN")).build();
        Actor chinaGov = Actor.builder().id("chn-gov").name("Government of China").kind(ActorKind.GOVERNMENT)
                .country(CountryCode.of("CHN")).affiliation(china).addAlias("Beijing").build();
        Actor wangYi = Actor.builder().id("wang-yi").name("Wang Yi").kind(ActorKind.PERSON)
                .country(CountryCode.of("CHN")).title("Foreign Minister").affiliation(chinaGov).build();
        Actor russia = Actor.builder().id("rus").name("Russia").kind(ActorKind.STATE)
                .country(CountryCode.of("RUS")).build();
        Actor russiaGov = Actor.builder().id("rus-gov").name("Government of Russia").kind(ActorKind.GOVERNMENT)
                .country(CountryCode.of("RUS")).affiliation(russia).addAlias("Moscow").build();
        Actor lavrov = Actor.builder().id("sergei-lavrov").name("Sergei Lavrov").kind(ActorKind.PERSON)
                .country(CountryCode.of("RUS")).title("Foreign Minister").affiliation(russiaGov).build();

        out.println("Reference article: China and Russia on Myanmar (March 2021)");
        out.println();
        out.printf("%-16s %-22s %-20s %s%n", "ID", "NAME", "KIND", "SPEAKS FOR");
        for (Actor actor : List.of(china, chinaGov, wangYi, russia, russiaGov, lavrov)) {
            out.printf("%-16s %-22s %-20s %s%n", actor.id(), actor.name(), actor.kind(),
                    actor.affiliation().map(Actor::name).orElse("-"));
        }
    }
}
