package io.github.demarche.flink.typeutils;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.AttributeValue;
import io.github.demarche.CameoActorCode;
import io.github.demarche.CameoCode;
import io.github.demarche.CameoDialect;
import io.github.demarche.Channel;
import io.github.demarche.Coding;
import io.github.demarche.Coordinates;
import io.github.demarche.CountryCode;
import io.github.demarche.ExternalId;
import io.github.demarche.Intensity;
import io.github.demarche.Location;
import io.github.demarche.LocationPrecision;
import io.github.demarche.Membership;
import io.github.demarche.PloverContext;
import io.github.demarche.PloverEventType;
import io.github.demarche.PloverMode;
import io.github.demarche.Position;
import io.github.demarche.RelativeDate;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * A seeded generator of statements that use every field of the binary form, optional or not, each
 * present half the time: serialized and read back, each is equal to itself, through one
 * serializer and its duplicate (whose caches start empty).
 */
class DemarcheSerializerPropertyTest {

    private static final long SEED = Long.getLong("demarche.seed", 20261203L);
    private static final int ROUNDS = 400;
    private static final List<String> COUNTRIES = List.of("CHN", "RUS", "MMR", "USA", "FRA", "THA");
    private static final List<CameoCode> GDELT_CODES = CameoCode.all(CameoDialect.GDELT);

    private final Random random = new Random(SEED);

    private boolean half() {
        return random.nextBoolean();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private String text() {
        String[] words = {"talks", "Myanmar", "\u00e9t\u00e9", "\u4e2d\u56fd", "two words", "\"quoted\"", "", "a"};
        StringBuilder text = new StringBuilder(pick(words));
        for (int i = random.nextInt(4); i > 0; i--) {
            text.append(' ').append(pick(words));
        }
        return text.toString().isBlank() ? "x" : text.toString();
    }

    /** A text on one line, as names and titles must be. */
    private String name() {
        return text();
    }

    /** A text that may run over lines, as a quote or a summary may. */
    private String multiline() {
        return half() ? text() : text() + "\n" + text();
    }

    private ApproximateDate date() {
        LocalDate day = LocalDate.of(2021, 1, 1).plusDays(random.nextInt(400));
        return switch (random.nextInt(4)) {
            case 0 -> ApproximateDate.of(day);
            case 1 -> ApproximateDate.ofMonth(day.getYear(), day.getMonthValue());
            case 2 -> ApproximateDate.ofDays(day, day.plusDays(random.nextInt(20)));
            default -> ApproximateDate.of(day).withApproximate(true);
        };
    }

    private Actor actor(int depth) {
        ActorKind kind = pick(ActorKind.values());
        boolean collective = kind != ActorKind.PERSON && half();
        Actor.Builder actor = Actor.builder().id("actor-" + depth + "-" + random.nextInt(40)).kind(kind).collective(collective)
                .name(name());
        if (half()) {
            actor.description(name());
        }
        if (half()) {
            actor.country(CountryCode.of(pick(COUNTRIES)));
        }
        if (kind == ActorKind.PERSON && half()) {
            actor.title(name());
        }
        if (kind == ActorKind.PERSON && half()) {
            actor.surname(name());
        }
        if (depth < 2 && half()) {
            actor.affiliation(actor(depth + 1));
        }
        if (depth < 2 && random.nextInt(4) == 0) {
            Membership.Builder membership = Membership.builder().organization(actor(depth + 1));
            if (half()) {
                membership.role(name());
            }
            if (half()) {
                membership.since(ApproximateDate.ofYear(2000 + random.nextInt(20)));
            }
            actor.addMembership(membership.build());
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            actor.addAlias(name());
        }
        if (half()) {
            actor.addCommonDescription(name());
        }
        if (half()) {
            actor.wikidataId("Q" + (1 + random.nextInt(100_000)));
        }
        if (half()) {
            actor.cameoCode(CameoActorCode.parse(pick(COUNTRIES) + pick(List.of("", "GOV", "MIL"))));
        }
        if (half()) {
            actor.addSector(name());
        }
        if (half()) {
            actor.addExternalId(ExternalId.of("wikidata", "Q" + random.nextInt(1000)));
        }
        if (half()) {
            actor.putAttribute("icews.sector", attribute());
        }
        return actor.build();
    }

    private AttributeValue attribute() {
        return switch (random.nextInt(4)) {
            case 0 -> AttributeValue.of(text());
            case 1 -> AttributeValue.of(random.nextLong());
            case 2 -> AttributeValue.of(new BigDecimal(random.nextInt(100_000)).movePointLeft(random.nextInt(6)));
            default -> AttributeValue.of(half());
        };
    }

    private StanceTarget target() {
        return switch (random.nextInt(7)) {
            case 0 -> StanceTarget.actor(actor(1));
            case 1 -> StanceTarget.topic(text());
            case 2 -> StanceTarget.topic(text(), "topic-" + random.nextInt(9));
            case 3 -> StanceTarget.event("event-" + random.nextInt(9));
            case 4 -> StanceTarget.casualtyReport("report-" + random.nextInt(9));
            case 5 -> StanceTarget.statement("s-" + random.nextInt(9));
            default -> half() ? StanceTarget.document("doc-" + random.nextInt(9))
                    : StanceTarget.passage("doc-" + random.nextInt(9), "p" + random.nextInt(9));
        };
    }

    private Coding coding() {
        Coding.Builder coding = Coding.builder();
        boolean cameo = half();
        if (cameo) {
            coding.cameoCode(pick(GDELT_CODES));
        }
        if (half()) {
            coding.reportedScore(new BigDecimal(random.nextInt(201) - 100).movePointLeft(1));
        }
        if (!cameo || half()) {
            coding.ploverType(pick(PloverEventType.values()));
            if (half()) {
                coding.ploverMode(pick(PloverMode.values()));
            }
            if (half()) {
                coding.addPloverContext(pick(PloverContext.values()));
            }
        }
        return coding.build();
    }

    private SourceAttribution source() {
        SourceAttribution.Builder source = SourceAttribution.builder().publication(text());
        if (half()) {
            source.url(URI.create("https://news.example/" + random.nextInt(1000)));
        }
        if (half()) {
            source.publicationDate(LocalDate.of(2021, 3, 1).plusDays(random.nextInt(60)));
        }
        if (half()) {
            source.author(text());
        }
        if (half()) {
            source.language(pick(List.of("en", "fr", "my")));
        }
        if (half()) {
            source.headline(text());
        }
        if (half()) {
            source.citation(text());
        }
        if (half()) {
            source.originator(text());
        }
        if (half()) {
            source.documentId("doc-" + random.nextInt(100));
            if (half()) {
                source.sentenceNumber(OptionalInt.of(1 + random.nextInt(50)));
            }
        }
        if (half()) {
            source.excerpt(multiline());
        }
        if (half()) {
            source.coder(pick(List.of("GDELT", "ICEWS", "analyst")));
        }
        if (half()) {
            source.codedOn(LocalDate.of(2021, 4, 1).plusDays(random.nextInt(30)));
        } else if (half()) {
            source.codedAt(Instant.ofEpochSecond(1_600_000_000L + random.nextInt(100_000_000), random.nextInt(1000) * 1000));
        }
        return source.build();
    }

    private Location location() {
        Location.Builder location = Location.builder();
        if (half()) {
            location.country(CountryCode.of(pick(COUNTRIES)));
        }
        if (half()) {
            location.place(text());
        }
        if (half()) {
            location.addAdminUnit(text());
        }
        if (half()) {
            location.addAdminCode("BM" + random.nextInt(20));
        }
        if (half()) {
            location.coordinates(Coordinates.of(new BigDecimal(random.nextInt(180) - 90).movePointLeft(random.nextInt(3)),
                    new BigDecimal(random.nextInt(360) - 180).movePointLeft(random.nextInt(4))));
        }
        if (half()) {
            location.featureId(String.valueOf(random.nextInt(100_000)));
        }
        if (half()) {
            location.precision(LocationPrecision.of(LocationPrecision.Scale.GDELT_GEO_TYPE, 1 + random.nextInt(5)));
        }
        return location.build();
    }

    private Statement statement(int index) {
        Statement.Builder statement = Statement.builder().id("s-" + index).date(date())
                .mode(pick(StatementMode.values())).channel(pick(Channel.values()));
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            statement.addSpeaker(actor(0));
        }
        if (half()) {
            statement.onBehalfOf(actor(1));
        }
        if (half()) {
            statement.reportedBy(actor(1));
        }
        if (random.nextInt(4) == 0) {
            statement.relativeDate(RelativeDate.before(RelativeDate.Anchor.event("event-" + random.nextInt(9))));
        }
        if (half()) {
            statement.quote(multiline());
        }
        if (half()) {
            statement.summary(multiline());
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            Stance.Builder stance = Stance.builder().type(pick(StanceType.values())).target(target())
                    .intensity(pick(Intensity.values())).contemplated(half());
            if (half()) {
                stance.statedPosition(pick(Position.values()));
            }
            if (half()) {
                stance.coding(coding());
            }
            if (half()) {
                stance.wording(text());
            }
            statement.addStance(tryBuild(() -> stance.build()));
        }
        if (half()) {
            statement.addEventId("event-" + random.nextInt(9));
        }
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            statement.addSource(source());
        }
        if (half()) {
            statement.location(location());
        }
        if (half()) {
            statement.addExternalId(ExternalId.of("gdelt", String.valueOf(random.nextInt(1_000_000))));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            statement.putAttribute("gdelt.Field" + i, attribute());
        }
        return statement.build();
    }

    /** Builds, or gives null where the random combination breaks one of the model's rules. */
    private static <T> T tryBuild(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new Refused(e);
        }
    }

    /** A random combination the model refuses: the round is drawn again. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(Throwable cause) {
            super(cause);
        }
    }

    @Test
    void every_generated_statement_comes_back_equal() throws IOException {
        TypeSerializer<Statement> serializer = DemarcheTypeInfo.statements().createSerializer(null);
        TypeSerializer<Statement> reader = serializer.duplicate();
        DataOutputSerializer out = new DataOutputSerializer(4096);
        int made = 0;
        int refused = 0;
        for (int round = 0; made < ROUNDS; round++) {
            Statement statement;
            try {
                statement = statement(round);
            } catch (Refused | IllegalArgumentException e) {
                refused++;
                assertThat(refused).as("seed %d: the generator makes mostly invalid statements", SEED)
                        .isLessThan(10 * ROUNDS);
                continue;
            }
            out.clear();
            serializer.serialize(statement, out);
            Statement read = reader.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
            assertThat(read).as("seed %d, round %d", SEED, round).isEqualTo(statement);
            assertThat(serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer())))
                    .as("seed %d, round %d", SEED, round).isEqualTo(statement);
            made++;
        }
        assertThat(made).isEqualTo(ROUNDS);
    }
}
