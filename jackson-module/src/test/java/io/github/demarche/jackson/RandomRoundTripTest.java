package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.RandomValues;
import io.github.demarche.Stance;
import io.github.demarche.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Seeded random dossiers ({@link RandomGraphs}) survive write then read unchanged, as a whole and
 * value by value, and what is written validates against the JSON Schema. The seed is printed on
 * failure; replay it with {@code -Ddemarche.seed=<seed>}.
 */
class RandomRoundTripTest {

    private static final int DOSSIERS = 2000;
    /** Every so many dossiers, each value is also checked on its own and against its schema type. */
    private static final int VALUES_EVERY = 4;

    @Test
    void random_dossiers_and_their_values_survive_write_then_read() {
        long seed = RandomValues.seed();
        RandomGraphs graphs = new RandomGraphs(seed);
        int i = 0;
        try {
            for (; i < DOSSIERS; i++) {
                Dossier dossier = graphs.dossier();
                String json = write(dossier);
                assertThat(MAPPER.readValue(json, Dossier.class)).isEqualTo(dossier);
                SchemaSupport.assertValid(json, null);
                if (i % VALUES_EVERY == 0) {
                    checkValues(dossier);
                }
            }
        } catch (Exception | AssertionError e) {
            throw new AssertionError("failed at dossier #" + i + " of seed " + seed + " (replay with -Ddemarche.seed="
                    + seed + "): " + e.getMessage(), e);
        }
    }

    @Test
    void one_mapper_reads_random_dossiers_from_many_threads_with_its_shared_values_intact() throws Exception {
        long seed = RandomValues.seed();
        JsonMapper mapper = DemarcheJson.newObjectMapper();  // fresh tables, shared by the threads
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                RandomGraphs graphs = new RandomGraphs(seed + t % 2);  // two threads on each sequence, racing
                done.add(pool.submit(() -> {
                    for (int i = 0; i < DOSSIERS / 8; i++) {
                        Dossier dossier = graphs.dossier();
                        assertThat(mapper.readValue(write(dossier), Dossier.class))
                                .as("seed %s, dossier %s", seed, i).isEqualTo(dossier);
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void checkValues(Dossier dossier) throws Exception {
        check(dossier.source(), "SourceAttribution");
        dossier.actors().forEach(actor -> check(actor, "Actor"));
        for (Event event : dossier.events()) {
            check(event, "Event");
            event.participants().forEach(participant -> check(participant, "Participant"));
            event.location().ifPresent(location -> check(location, "Location"));
        }
        for (Statement statement : dossier.statements()) {
            check(statement, "Statement");
            check(statement.date(), "ApproximateDate");
            for (Stance stance : statement.stances()) {
                check(stance, "Stance");
                check(stance.target(), "StanceTarget");
            }
        }
        for (CasualtyReport report : dossier.casualtyReports()) {
            check(report, "CasualtyReport");
            check(report.count(), "QualifiedCount");
            check(report.victims(), "Victims");
            if (report.location().isPresent()) {
                check(report.location().get(), "Location");
            }
        }
        String pretty = MAPPER.writer(DemarcheJson.prettyPrinter()).writeValueAsString(dossier);
        assertThat(MAPPER.readValue(pretty, Dossier.class)).isEqualTo(dossier);
    }

    private static void check(Object value, String definition) {
        String json = write(value);
        assertThat(JsonSupport.roundTrip(value)).isEqualTo(value);
        SchemaSupport.assertValid(json, definition);
    }

    @Test
    void a_fresh_mapper_reads_what_a_used_one_wrote() throws Exception {
        RandomGraphs graphs = new RandomGraphs(RandomValues.seed());
        for (int i = 0; i < 50; i++) {
            Dossier dossier = graphs.dossier();
            JsonMapper fresh = DemarcheJson.newObjectMapper();
            assertThat(fresh.readValue(write(dossier), Dossier.class)).isEqualTo(dossier);
        }
    }
}
