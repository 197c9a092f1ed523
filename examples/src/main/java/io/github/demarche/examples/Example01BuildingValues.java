package io.github.demarche.examples;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.Channel;
import io.github.demarche.CountryCode;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import java.io.PrintStream;
import java.time.LocalDate;

/**
 * Example 1: building actors and a statement.
 *
 * <p>Idea: a value is built once, completely, through a builder, and never changes afterwards. There
 * is no setter to call later and no half-built object to pass around: if {@code build()} returns, the
 * value is valid.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.demarche.examples.Example01BuildingValues}
 */
public final class Example01BuildingValues {

    private Example01BuildingValues() {
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
        // Actors form a chain of affiliation: the minister speaks for the government, which speaks
        // for the state. Holding the chain lets analysis count Wang Yi's words as China's.
        Actor china = Actor.builder().id("chn").name("China").kind(ActorKind.STATE)
                .country(CountryCode.of("CHN")).build();
        Actor chinaGov = Actor.builder().id("chn-gov").name("Government of China").kind(ActorKind.GOVERNMENT)
                .country(CountryCode.of("CHN")).affiliation(china)
                .addAlias("Beijing")  // the article says "Beijing" when it means the government
                .build();
        Actor wangYi = Actor.builder().id("wang-yi").name("Wang Yi").kind(ActorKind.PERSON)
                .country(CountryCode.of("CHN")).title("Foreign Minister").affiliation(chinaGov).build();
        Actor russiaGov = Actor.builder().id("rus-gov").name("Government of Russia").kind(ActorKind.GOVERNMENT)
                .country(CountryCode.of("RUS")).addAlias("Moscow").build();
        Actor lavrov = Actor.builder().id("sergei-lavrov").name("Sergei Lavrov").kind(ActorKind.PERSON)
                .country(CountryCode.of("RUS")).title("Foreign Minister").affiliation(russiaGov).build();

        // Where the words come from travels with them.
        SourceAttribution source = SourceAttribution.builder().publication("The Irrawaddy")
                .url("urn:demarche:article:000_5b4d5c46eeeb27f0")
                .publicationDate(LocalDate.of(2021, 3, 24)).language("en").build();

        // One statement, two speakers: they spoke together, so it is one joint statement.
        Statement joint = Statement.builder().id("s03-joint-statement")
                .addSpeakers(wangYi, lavrov)
                .date(ApproximateDate.parse("2021-03-23"))  // "on Tuesday"
                .mode(StatementMode.JOINT).channel(Channel.MEETING)
                .summary("Both support all parties in Myanmar seeking a political solution")
                .addStance(Stance.builder().type(StanceType.SUPPORT)
                        .target(StanceTarget.topic("a political solution", "myanmar-political-solution"))
                        .wording("voiced support for all parties in Myanmar to seek a political solution")
                        .build())
                .addSource(source)
                .build();

        out.println("Built: " + joint);
        out.println("Speakers: " + wangYi + " and " + lavrov);
        out.println("Wang Yi speaks for China: " + wangYi.isAffiliatedWith(china));
        out.println("\"Beijing\" names " + chinaGov.label() + ": " + chinaGov.isKnownAs("Beijing"));

        // Values compare by content: an equal statement built again is equal.
        Statement again = Statement.builder().from(joint).build();
        out.println("Rebuilt statement equals the original: " + again.equals(joint));
    }
}
