package io.github.demarche.examples;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.CountryCode;
import io.github.demarche.jackson.DemarcheJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * Example 7: a JSON round trip.
 *
 * <p>Idea: the JSON form is a documented format, not whatever the fields happen to be: stable names,
 * dates as text, enums as lower_snake_case. Reading goes through the same builders as Java code, so
 * invalid JSON is refused with the path of the bad field and the model's own message.
 *
 * <p>Run: {@code mvn -B -q -pl examples -am package -DskipTests exec:java -Dexec.mainClass=io.github.demarche.examples.Example07JsonRoundTrip}
 */
public final class Example07JsonRoundTrip {

    private Example07JsonRoundTrip() {
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
        JsonMapper mapper = DemarcheJson.newObjectMapper();  // the module plus the recommended settings
        Actor china = Actor.builder().id("chn").name("China").kind(ActorKind.STATE)
                .country(CountryCode.of("CHN")).wikidataId("Q148").build();
        Actor chinaGov = Actor.builder().id("chn-gov").name("Government of China").kind(ActorKind.GOVERNMENT)
                .country(CountryCode.of("CHN")).affiliation(china).addAlias("Beijing").build();
        try {
            String json = mapper.writeValueAsString(chinaGov);
            out.println("JSON: " + json);
            Actor read = mapper.readValue(json, Actor.class);
            out.println("read back equal: " + read.equals(chinaGov));

            // A bad id deep inside: the exception names where, and says what the model says.
            String bad = json.replace("\"id\":\"chn\"", "\"id\":\"CHN\"");
            mapper.readValue(bad, Actor.class);
        } catch (JsonMappingException e) {
            out.println("refused at " + DemarcheJson.jsonPointer(e) + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
