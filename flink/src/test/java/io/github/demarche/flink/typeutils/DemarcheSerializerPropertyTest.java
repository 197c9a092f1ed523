package io.github.demarche.flink.typeutils;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.Adoption;
import io.github.demarche.AdoptionMethod;
import io.github.demarche.AgreementPoint;
import io.github.demarche.ApproximateDate;
import io.github.demarche.AttributeValue;
import io.github.demarche.CameoActorCode;
import io.github.demarche.CameoCode;
import io.github.demarche.CameoDialect;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.Channel;
import io.github.demarche.Coding;
import io.github.demarche.Coordinates;
import io.github.demarche.CountQualifier;
import io.github.demarche.CountryCode;
import io.github.demarche.DatePrecision;
import io.github.demarche.Document;
import io.github.demarche.DocumentKind;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.ExternalId;
import io.github.demarche.FigureCertainty;
import io.github.demarche.FigureHedge;
import io.github.demarche.FigureKind;
import io.github.demarche.IncludedGroup;
import io.github.demarche.Intensity;
import io.github.demarche.Location;
import io.github.demarche.LocationPrecision;
import io.github.demarche.Membership;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.Passage;
import io.github.demarche.PassageStatus;
import io.github.demarche.PloverContext;
import io.github.demarche.PloverEventType;
import io.github.demarche.PloverMode;
import io.github.demarche.Position;
import io.github.demarche.QualifiedCount;
import io.github.demarche.RelativeDate;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import io.github.demarche.Vote;
import io.github.demarche.VoteChoice;
import io.github.demarche.VoteCount;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * A seeded generator of statements, events, casualty reports, documents and dossiers that use every
 * field of the binary form, optional or not, each present about half the time: serialized and read
 * back, each is equal to itself, through one serializer and its duplicate (whose caches start
 * empty). Statements written in format 1 are read as they are by the current serializer.
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
            statement.relativeDate(relativeDate("s-" + index));
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


    /** A relative date anchored on another record than {@code selfId}. */
    private RelativeDate relativeDate(String selfId) {
        String id = (half() ? "event-" : "s-") + random.nextInt(9);
        id = id.equals(selfId) ? id + "-other" : id;
        RelativeDate.Anchor anchor = id.startsWith("s-") ? RelativeDate.Anchor.statement(id)
                : RelativeDate.Anchor.event(id);
        RelativeDate.Relation relation = pick(RelativeDate.Relation.values());
        RelativeDate date = relation != RelativeDate.Relation.ON && relation != RelativeDate.Relation.DURING && half()
                ? RelativeDate.of(relation, anchor, 1 + random.nextInt(30), pick(RelativeDate.Unit.values()))
                : RelativeDate.of(relation, anchor);
        return half() ? date.withWording(text()) : date;
    }

    private QualifiedCount count() {
        CountQualifier qualifier = pick(CountQualifier.values());
        long figure = random.nextInt(4) == 0 ? random.nextInt(1_000_000) : random.nextInt(400);
        QualifiedCount count;
        if (qualifier.isVague()) {
            count = QualifiedCount.vague(qualifier);
        } else if (qualifier == CountQualifier.BETWEEN) {
            count = QualifiedCount.between(figure, figure + random.nextInt(100));
        } else {
            count = QualifiedCount.of(qualifier, qualifier == CountQualifier.FEWER_THAN ? figure + 1 : figure);
        }
        if (half()) {
            count = count.withWording(text());
        }
        if (random.nextInt(4) == 0) {
            long low = count.low();
            long high = count.high().orElse(low + 1000);
            count = half() ? count.withBounds(low, low + (high - low) / 2, OptionalLong.of(high))
                    : count.withBounds(low, half() ? OptionalLong.empty() : OptionalLong.of(high));
        }
        return count;
    }

    private Event event(int index) {
        String id = "event-" + index;
        EventType type = pick(EventType.values());
        ApproximateDate date = date();
        Event.Builder event = Event.builder().id(id).type(type).date(date)
                .blocked(type == EventType.VOTE_OR_RESOLUTION && half());
        if (half()) {
            event.title(name());
        }
        if (half()) {
            event.datePrecision(DatePrecision.of(date));
        }
        if (random.nextInt(4) == 0) {
            event.relativeDate(relativeDate(id));
        }
        if (half()) {
            event.location(location());
        }
        for (int i = random.nextInt(4); i > 0; i--) {
            Actor actor = actor(1);
            ParticipantRole role = pick(ParticipantRole.values());
            event.addParticipant(half() ? Participant.of(actor, role) : Participant.of(actor, role, location()));
        }
        if (half()) {
            event.addCasualtyReportId("report-" + random.nextInt(9));
        }
        addProvenance(event::addSource, event::addExternalId);
        for (int i = random.nextInt(3); i > 0; i--) {
            event.putAttribute("ucdp.field" + i, attribute());
        }
        if (half()) {
            event.deaths(count());
        }
        if (half()) {
            event.coding(coding());
        }
        return event.build();
    }

    private void addProvenance(java.util.function.Consumer<SourceAttribution> sources,
            java.util.function.Consumer<ExternalId> ids) {
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            sources.accept(source());
        }
        if (half()) {
            ids.accept(ExternalId.of("ucdp", String.valueOf(random.nextInt(1_000_000))));
        }
    }

    private CasualtyReport casualtyReport(int index) {
        CasualtyType type = pick(CasualtyType.values());
        QualifiedCount count = count();
        Victims victims = half() ? Victims.of(pick(VictimGroup.values())) : Victims.of(actor(1));
        if (half()) {
            List<IncludedGroup> included = new ArrayList<>();
            for (VictimGroup group : List.of(VictimGroup.CHILDREN, VictimGroup.WOMEN)) {
                if (half()) {
                    included.add(half() ? IncludedGroup.of(group) : IncludedGroup.of(group, QualifiedCount.atLeast(
                            Math.min(count.low(), random.nextInt(10)))));
                }
            }
            victims = victims.withIncluded(included);
        }
        ApproximateDate asOf = date();
        CasualtyReport.Builder report = CasualtyReport.builder().id("report-" + index).type(type).count(count)
                .victims(victims).asOf(asOf);
        if (half()) {
            report.perpetrator(actor(1));
        }
        if (half()) {
            report.originator(actor(1));
            if (half()) {
                report.reportedBy(actor(2));
            }
        }
        if (half()) {
            report.certainty(pick(FigureCertainty.values()));
        }
        for (FigureHedge.Kind kind : FigureHedge.Kind.values()) {
            if (random.nextInt(4) == 0) {
                report.addHedge(half() ? FigureHedge.of(kind) : FigureHedge.of(kind, text()));
            }
        }
        if (random.nextInt(4) == 0) {
            report.figureKind(FigureKind.PROJECTION);
            if (half()) {
                report.horizon(ApproximateDate.ofYear(2030));
            }
        }
        if (half()) {
            report.location(location());
        }
        if (type.isDisplacement()) {
            if (half()) {
                report.origin(Location.builder().place(text()).build());
            }
            if (half()) {
                report.destination(Location.builder().place(text()).build());
            }
        }
        if (half()) {
            report.periodStart(ApproximateDate.ofYear(2020));
        }
        addProvenance(report::addSource, report::addExternalId);
        for (int i = random.nextInt(3); i > 0; i--) {
            report.putAttribute("aapp.field" + i, attribute());
        }
        return report.build();
    }

    private Stance stance() {
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
        return tryBuild(stance::build);
    }

    private Document document(int index) {
        Document.Builder document = Document.builder().id("doc-" + index).kind(pick(DocumentKind.values()))
                .title(name()).date(date());
        if (half()) {
            document.adoptedBy(actor(0));
        }
        List<Actor> parties = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            Actor party = actor(1);
            if (parties.stream().noneMatch(p -> p.id().equals(party.id()))) {
                parties.add(party);
            }
        }
        document.parties(parties);
        if (half()) {
            AdoptionMethod method = pick(AdoptionMethod.values());
            Adoption.Builder adoption = Adoption.builder().method(method).adopted(half());
            if (method == AdoptionMethod.VOTE) {
                // a count that any listed votes fit in
                adoption.count(VoteCount.of(20 + random.nextInt(5), 20, 20));
            } else if (method == AdoptionMethod.UNANIMOUS && half()) {
                adoption.count(VoteCount.of(15, 0, 0));
            }
            if (method != AdoptionMethod.CONSENSUS) {
                for (Actor party : parties) {
                    VoteChoice choice = method == AdoptionMethod.UNANIMOUS ? VoteChoice.IN_FAVOUR
                            : pick(VoteChoice.values());
                    adoption.addVote(Vote.of(party, choice));
                }
            }
            if (method == AdoptionMethod.VOTE && half()) {
                adoption.addObjector(actor(2));
            }
            document.adoption(tryBuild(adoption::build));
        }
        if (half()) {
            document.draftOf("draft-" + random.nextInt(9));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            Passage.Builder passage = Passage.builder().id("p" + i).status(pick(PassageStatus.values()));
            if (half()) {
                passage.label(name());
            }
            if (half()) {
                passage.text(multiline());
            } else {
                passage.label(name());
            }
            if (half()) {
                passage.addProposedBy(actor(1));
            }
            if (half()) {
                passage.addObjectedBy(actor(1));
            }
            document.addPassage(tryBuild(passage::build));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            List<Stance> stances = new ArrayList<>();
            if (!parties.isEmpty() && half()) {
                stances.add(stance());
            }
            document.addPoint(AgreementPoint.of(i, multiline(), stances));
        }
        addProvenance(document::addSource, document::addExternalId);
        for (int i = random.nextInt(3); i > 0; i--) {
            document.putAttribute("un.field" + i, attribute());
        }
        return document.build();
    }

    /**
     * A dossier of records that name no other record, published after all of them, with every
     * actor they name.
     */
    private Dossier dossier(int index) {
        SourceAttribution source = SourceAttribution.builder().from(source())
                .publicationDate(LocalDate.of(2030, 1, 1)).build();
        List<SourceAttribution> sources = List.of(source);
        Dossier.Builder dossier = Dossier.builder().source(source);
        Map<String, Actor> actors = new LinkedHashMap<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            Actor actor = actor(2);
            name(actors, actor);
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            Event event = draw(() -> event(index));
            event.participants().forEach(participant -> name(actors, participant.actor()));
            dossier.addEvent(Event.builder().from(event).id("event-" + index + "-" + i).relativeDate(Optional.empty())
                    .casualtyReportIds(List.of()).sources(sources).build());
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            Statement statement = draw(() -> statement(index));
            statement.speakers().forEach(actor -> name(actors, actor));
            statement.onBehalfOf().ifPresent(actor -> name(actors, actor));
            statement.reportedBy().ifPresent(actor -> name(actors, actor));
            dossier.addStatement(Statement.builder().from(statement).id("s-" + index + "-" + i)
                    .relativeDate(Optional.empty()).eventIds(List.of()).stances(List.of()).sources(sources).build());
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            CasualtyReport report = draw(() -> casualtyReport(index));
            for (Optional<Actor> actor : List.of(report.perpetrator(), report.originator(), report.reportedBy(),
                    report.victims().actor())) {
                actor.ifPresent(a -> name(actors, a));
            }
            dossier.addCasualtyReport(CasualtyReport.builder().from(report).id("report-" + index + "-" + i)
                    .sources(sources).build());
        }
        for (int i = random.nextInt(2); i > 0; i--) {
            Document document = draw(() -> document(index));
            List<Actor> named = new ArrayList<>(document.parties());
            document.adoptedBy().ifPresent(named::add);
            document.adoption().ifPresent(adoption -> {
                adoption.votes().forEach(vote -> named.add(vote.actor()));
                named.addAll(adoption.objectors());
            });
            document.passages().forEach(passage -> {
                named.addAll(passage.proposedBy());
                named.addAll(passage.objectedBy());
            });
            named.forEach(actor -> name(actors, actor));
            dossier.addDocument(Document.builder().from(document).id("doc-" + index + "-" + i)
                    .draftOf(Optional.empty()).points(List.of()).sources(sources).build());
        }
        return dossier.actors(actors.values()).build();
    }

    /** Adds an actor to a dossier's, with the actors it names. */
    private static void name(Map<String, Actor> actors, Actor actor) {
        if (actors.putIfAbsent(actor.id(), actor) == null) {
            actor.affiliation().ifPresent(affiliation -> name(actors, affiliation));
            actor.memberships().forEach(membership -> name(actors, membership.organization()));
        }
    }

    /** Draws until the model accepts a combination, for the parts of a record that has rules of its own. */
    private static <T> T draw(Supplier<T> make) {
        for (int i = 0; ; i++) {
            try {
                return make.get();
            } catch (Refused | IllegalArgumentException e) {
                if (i > 1000) {
                    throw e;
                }
            }
        }
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

    /**
     * Serializes the records that {@code make} generates until {@value #ROUNDS} pass the model's
     * rules, and reads each back: through the serializer's duplicate (its caches start empty) and
     * through the serializer itself (its caches full).
     */
    private <T> void roundTrips(TypeSerializer<T> serializer, TypeSerializer<T> reader, IntFunction<T> make)
            throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(4096);
        int made = 0;
        int refused = 0;
        for (int round = 0; made < ROUNDS; round++) {
            T record;
            try {
                record = make.apply(round);
            } catch (Refused | IllegalArgumentException e) {
                refused++;
                assertThat(refused).as("seed %d: the generator makes mostly invalid records, such as: %s", SEED,
                        e.getMessage()).isLessThan(10 * ROUNDS);
                continue;
            }
            out.clear();
            serializer.serialize(record, out);
            T read = reader.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
            assertThat(read).as("seed %d, round %d", SEED, round).isEqualTo(record);
            assertThat(serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer())))
                    .as("seed %d, round %d", SEED, round).isEqualTo(record);
            made++;
        }
        assertThat(made).isEqualTo(ROUNDS);
    }

    @Test
    void every_generated_statement_comes_back_equal() throws IOException {
        TypeSerializer<Statement> serializer = DemarcheTypeInfo.statements().createSerializer(null);
        roundTrips(serializer, serializer.duplicate(), this::statement);
    }

    @Test
    void every_generated_statement_in_format_1_is_read_as_it_is_by_the_current_serializer() throws IOException {
        roundTrips(new DemarcheSerializer<>(ModelKind.STATEMENT, 1),
                DemarcheTypeInfo.statements().createSerializer(null),
                this::statement);
    }

    @Test
    void every_generated_event_comes_back_equal() throws IOException {
        TypeSerializer<Event> serializer = DemarcheTypeInfo.events().createSerializer(null);
        roundTrips(serializer, serializer.duplicate(), this::event);
    }

    @Test
    void every_generated_casualty_report_comes_back_equal() throws IOException {
        TypeSerializer<CasualtyReport> serializer = DemarcheTypeInfo.casualtyReports().createSerializer(null);
        roundTrips(serializer, serializer.duplicate(), this::casualtyReport);
    }

    @Test
    void every_generated_document_comes_back_equal() throws IOException {
        TypeSerializer<Document> serializer = DemarcheTypeInfo.documents().createSerializer(null);
        roundTrips(serializer, serializer.duplicate(), this::document);
    }

    @Test
    void every_generated_dossier_comes_back_equal() throws IOException {
        TypeSerializer<Dossier> serializer = DemarcheTypeInfo.dossiers().createSerializer(null);
        roundTrips(serializer, serializer.duplicate(), this::dossier);
    }
}
