package io.github.demarche.jackson.deser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.RandomValues;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import io.github.demarche.jackson.DemarcheJson;
import io.github.demarche.jackson.RandomGraphs;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The serializers that spell out their field tables ({@code writeFields}, one call per constant by
 * name) write exactly the bytes of the table itself ({@code writeFieldsByTable}, a loop over the
 * constants), for seeded random values that use every field. The seed is printed on failure; replay
 * it with {@code -Ddemarche.seed=<seed>}.
 */
class ObjectSerializerTest {

    private static final int DOSSIERS = 1500;

    private final JsonMapper mapper = DemarcheJson.newObjectMapper();
    private final SerializerProvider provider = mapper.getSerializerProviderInstance();

    /** Writes the fields of one value between braces, one way or the other. */
    private interface Fields<T> {
        void write(T value, JsonGenerator gen, SerializerProvider provider) throws IOException;
    }

    @Test
    void spelled_out_fields_write_the_bytes_of_the_field_tables() throws Exception {
        ActorSerializer actors = serializer(Actor.class, ActorSerializer.class);
        SourceAttributionSerializer sources = serializer(SourceAttribution.class, SourceAttributionSerializer.class);
        StanceSerializer stances = serializer(Stance.class, StanceSerializer.class);
        StanceTargetSerializer targets = serializer(StanceTarget.class, StanceTargetSerializer.class);
        StatementSerializer statements = serializer(Statement.class, StatementSerializer.class);
        long seed = RandomValues.seed();
        RandomGraphs graphs = new RandomGraphs(seed);
        int compared = 0;
        try {
            for (int i = 0; i < DOSSIERS; i++) {
                Dossier dossier = graphs.dossier();
                Values values = new Values(dossier);
                compared += same(values.actors, actors::writeFields, actors::writeFieldsByTable);
                compared += same(values.sources, sources::writeFields, sources::writeFieldsByTable);
                compared += same(values.stances, stances::writeFields, stances::writeFieldsByTable);
                compared += same(values.targets, targets::writeFields, targets::writeFieldsByTable);
                compared += same(dossier.statements(), statements::writeFields, statements::writeFieldsByTable);
            }
        } catch (AssertionError e) {
            throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
        }
        assertThat(compared).as("values compared, seed %d", seed).isGreaterThan(DOSSIERS * 10);
    }

    @Test
    void every_field_of_every_spelled_out_table_is_written_by_some_value() throws Exception {
        // a constant left out of writeFields is caught above only by a value that has that field:
        // the generated values have each field somewhere
        ActorSerializer actors = serializer(Actor.class, ActorSerializer.class);
        SourceAttributionSerializer sources = serializer(SourceAttribution.class, SourceAttributionSerializer.class);
        StanceSerializer stances = serializer(Stance.class, StanceSerializer.class);
        StanceTargetSerializer targets = serializer(StanceTarget.class, StanceTargetSerializer.class);
        StatementSerializer statements = serializer(Statement.class, StatementSerializer.class);
        RandomGraphs graphs = new RandomGraphs(13);
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            Dossier dossier = graphs.dossier();
            Values values = new Values(dossier);
            all.append(json(values.actors, actors::writeFields))
                    .append(json(values.sources, sources::writeFields))
                    .append(json(values.stances, stances::writeFields))
                    .append(json(values.targets, targets::writeFields))
                    .append(json(dossier.statements(), statements::writeFields));
        }
        String written = all.toString();
        for (Enum<?>[] fields : List.<Enum<?>[]>of(ActorField.values(), SourceAttributionField.values(),
                StanceField.values(), StanceTargetField.values(), StatementField.values())) {
            for (Enum<?> field : fields) {
                assertThat(written).as(field.getDeclaringClass().getSimpleName() + "." + field.name())
                        .contains("\"" + ((ObjectField) field).json().text() + "\":");
            }
        }
    }

    private <S> S serializer(Class<?> type, Class<S> serializer) throws Exception {
        return serializer.cast(provider.findValueSerializer(type));
    }

    private <T> int same(List<T> values, Fields<T> spelledOut, Fields<T> byTable) throws IOException {
        for (T value : values) {
            assertThat(json(List.of(value), spelledOut)).as("%s", value).isEqualTo(json(List.of(value), byTable));
        }
        return values.size();
    }

    private <T> String json(List<T> values, Fields<T> fields) throws IOException {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = mapper.getFactory().createGenerator(out)) {
            gen.writeStartArray();
            for (T value : values) {
                gen.writeStartObject();
                fields.write(value, gen, provider);
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        return out.toString();
    }

    /** The actors (with their affiliations), sources, stances and targets of a dossier, each once. */
    private static final class Values {

        final List<Actor> actors;
        final List<SourceAttribution> sources;
        final List<Stance> stances = new ArrayList<>();
        final List<StanceTarget> targets = new ArrayList<>();

        Values(Dossier dossier) {
            Set<Actor> actorSet = new LinkedHashSet<>();
            dossier.actors().forEach(actor -> addChain(actorSet, actor));
            Set<SourceAttribution> sourceSet = new LinkedHashSet<>();
            sourceSet.add(dossier.source());
            for (Statement statement : dossier.statements()) {
                sourceSet.addAll(statement.sources());
                statement.speakers().forEach(actor -> addChain(actorSet, actor));
                statement.onBehalfOf().ifPresent(actor -> addChain(actorSet, actor));
                statement.reportedBy().ifPresent(actor -> addChain(actorSet, actor));
                for (Stance stance : statement.stances()) {
                    stances.add(stance);
                    targets.add(stance.target());
                    stance.target().actor().ifPresent(actor -> addChain(actorSet, actor));
                }
            }
            for (Event event : dossier.events()) {
                sourceSet.addAll(event.sources());
            }
            for (CasualtyReport report : dossier.casualtyReports()) {
                sourceSet.addAll(report.sources());
            }
            this.actors = List.copyOf(actorSet);
            this.sources = List.copyOf(sourceSet);
        }

        private static void addChain(Set<Actor> actors, Actor actor) {
            if (!actors.add(actor)) {
                return;
            }
            // each actor above it, and the organizations it is a member of
            actor.affiliation().ifPresent(affiliation -> addChain(actors, affiliation));
            actor.memberships().forEach(membership -> addChain(actors, membership.organization()));
        }
    }

    @Test
    void dates_of_sources_are_written_as_local_date_writes_them() throws IOException {
        long seed = RandomValues.seed();
        Random random = new Random(seed);
        List<LocalDate> dates = new ArrayList<>(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(-1, 12, 31),
                LocalDate.of(0, 1, 1), LocalDate.of(9, 2, 3), LocalDate.of(999, 10, 11), LocalDate.of(9999, 12, 31),
                LocalDate.of(10000, 1, 1), LocalDate.of(2021, 3, 24)));
        for (int i = 0; i < 10_000; i++) {
            dates.add(LocalDate.ofEpochDay(random.nextInt(2 * 3_000_000) - 3_000_000L));  // years -6,000 to 10,000
        }
        for (LocalDate date : dates) {
            StringWriter written = new StringWriter();
            try (JsonGenerator gen = JsonMapper.builder().build().createGenerator(written)) {
                SourceAttributionSerializer.writeDate(gen, date);
            }
            assertThat(written.toString()).as("seed=%d", seed).isEqualTo("\"" + date + "\"");
        }
    }
}
