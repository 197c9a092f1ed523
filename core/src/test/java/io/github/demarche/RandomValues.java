package io.github.demarche;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random values of the model, for property-style tests. The same seed gives the same values;
 * tests print the seed on failure so that a failing case can be replayed.
 */
public final class RandomValues {

    private static final SourceAttribution SOURCE = ReferenceArticleFixture.SOURCE;

    private final Random random;
    private final List<Actor> actors;

    /**
     * Creates a generator.
     *
     * @param seed  the seed
     */
    public RandomValues(long seed) {
        this.random = new Random(seed);
        List<Actor> actors = new ArrayList<>(ReferenceArticleFixture.ACTORS);
        actors.addAll(UNNAMED);
        this.actors = List.copyOf(actors);
    }

    /**
     * Unnamed, collective actors and members of organizations, as news reports quote them: "diplomats
     * said", "a monitoring group", "leaders of the bloc met".
     */
    public static final List<Actor> UNNAMED = List.of(
            Actor.builder().id("unnamed-diplomats-1").description("diplomats who asked not to be named")
                    .kind(ActorKind.PERSON).collective(true).build(),
            Actor.builder().id("unnamed-monitor-1").description("a monitoring group").kind(ActorKind.CIVIL_SOCIETY)
                    .build(),
            Actor.builder().id("unnamed-asean-leaders-1").description("leaders of the bloc").kind(ActorKind.PERSON)
                    .collective(true).addMembership(Membership.of(ReferenceArticleFixture.ASEAN, "leader")).build(),
            Actor.builder().id("mmr-member").name("Myanmar").kind(ActorKind.STATE)
                    .addCommonDescriptions("the country", "the Southeast Asian nation")
                    .addMembership(Membership.of(ReferenceArticleFixture.ASEAN))
                    .addMembership(Membership.builder().organization(ReferenceArticleFixture.UN)
                            .since(ApproximateDate.parse("1948-04-19")).build())
                    .build(),
            Actor.builder().id("wang-yi-surname").name("Wang Yi").surname("Wang").kind(ActorKind.PERSON).build());

    /**
     * Gets the seed to use: the system property {@code demarche.seed} if set, else a fresh one.
     *
     * @return the seed
     */
    public static long seed() {
        String fixed = System.getProperty("demarche.seed");
        return fixed != null ? Long.parseLong(fixed) : new Random().nextLong();
    }

    /**
     * Scales how many random rounds a property test runs by the system property
     * {@code demarche.rounds.percent} (100 if not set): mutation testing runs the slowest property
     * tests on every mutant they cover, and sets it lower to keep its run short.
     *
     * @param rounds  the rounds of a normal run, at least 1
     * @return the rounds to run, at least 1
     */
    public static int rounds(int rounds) {
        int percent = Integer.getInteger("demarche.rounds.percent", 100);
        return Math.max(1, rounds * percent / 100);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    /**
     * Gets a random approximate date in 2021: a day, a month, a month part, the year, or an interval.
     *
     * @return the date
     */
    public ApproximateDate date() {
        int month = 1 + random.nextInt(12);
        switch (random.nextInt(6)) {
            case 0:
                return ApproximateDate.ofYear(2021);
            case 1:
                return ApproximateDate.ofMonth(2021, month);
            case 2:
                return ApproximateDate.ofMonthPart(2021, month, pick(ApproximateDate.MonthPart.class));
            case 3:
                return ApproximateDate.since(day());
            case 4:
                ApproximateDate start = day();
                return ApproximateDate.between(start, ApproximateDate.of(start.earliest().plusDays(random.nextInt(40))));
            default:
                return day();
        }
    }

    private ApproximateDate day() {
        return ApproximateDate.of(LocalDate.of(2021, 1, 1).plusDays(random.nextInt(365)));
    }

    /**
     * Gets a random actor of the reference article.
     *
     * @return the actor
     */
    public Actor actor() {
        return pick(actors);
    }

    /**
     * Gets a random stance target of any kind, its ids drawn from small sets so that targets meet.
     *
     * @return the target
     */
    public StanceTarget stanceTarget() {
        switch (random.nextInt(8)) {
            case 0:
                return StanceTarget.actor(actor());
            case 1:
                return StanceTarget.event("event-" + random.nextInt(5));
            case 2:
                return StanceTarget.casualtyReport("r" + random.nextInt(5));
            case 3:
                return StanceTarget.statement("s" + random.nextInt(5));
            case 4:
                return StanceTarget.document("d" + random.nextInt(3));
            case 5:
                return StanceTarget.passage("d" + random.nextInt(3), "p" + random.nextInt(2));
            case 6:
                return StanceTarget.topic(random.nextBoolean() ? "Topic " : "topic " + random.nextInt(5));
            default:
                return StanceTarget.topic("topic " + random.nextInt(5), "topic-" + random.nextInt(5));
        }
    }

    /**
     * Gets a random stance, on a target of any kind, sometimes with a stated position.
     *
     * @return the stance
     */
    public Stance stance() {
        Stance.Builder builder = Stance.builder().type(pick(StanceType.class)).target(stanceTarget())
                .intensity(pick(Intensity.class)).contemplated(random.nextInt(5) == 0);
        if (random.nextInt(4) == 0) {
            builder.statedPosition(pick(Position.class));
        }
        return builder.build();
    }

    /**
     * Gets a random statement with an id drawn from a small set, so that ties occur.
     *
     * @return the statement
     */
    public Statement statement() {
        Actor speaker = actor();
        Statement.Builder builder = Statement.builder().id("s" + random.nextInt(20)).addSpeaker(speaker)
                .date(date()).mode(StatementMode.PARAPHRASE).channel(pick(Channel.class))
                .summary("summary " + random.nextInt(3)).addSource(SOURCE);
        if (random.nextInt(4) == 0) {
            Actor reporter = actor();
            if (!reporter.id().equals(speaker.id())) {
                builder.reportedBy(reporter);
            }
        }
        int stances = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3);  // a statement may only report
        for (int i = 0; i < stances; i++) {
            builder.addStance(stance());
        }
        if (random.nextInt(4) == 0) {
            builder.relativeDate(relativeDate());
        }
        return builder.build();
    }

    /**
     * Gets a random document with an id drawn from a small set: sometimes adopted by consensus,
     * unanimously or by a vote with a tally and the votes of some actors, sometimes with passages and
     * agreement points whose stances its parties hold.
     *
     * @return the document
     */
    public Document document() {
        Document.Builder builder = Document.builder().id("d" + random.nextInt(3)).kind(pick(DocumentKind.class))
                .title("title " + random.nextInt(3)).date(date()).addSource(SOURCE);
        List<Actor> voters = new ArrayList<>(actors);
        java.util.Collections.shuffle(voters, random);
        voters = voters.subList(0, random.nextInt(4));
        if (random.nextBoolean()) {
            builder.adoptedBy(actor());
        }
        if (random.nextBoolean()) {
            builder.addAllParties(voters);
        }
        switch (random.nextInt(4)) {
            case 0:
                builder.adoption(Adoption.builder().method(AdoptionMethod.CONSENSUS).adopted(random.nextBoolean())
                        .build());
                break;
            case 1:
                Adoption.Builder unanimous = Adoption.builder().method(AdoptionMethod.UNANIMOUS);
                voters.forEach(voter -> unanimous.addVote(Vote.of(voter, VoteChoice.IN_FAVOUR)));
                builder.adoption(unanimous.count(VoteCount.of(voters.size() + random.nextInt(3), 0, 0)).build());
                break;
            case 2:
                Adoption.Builder vote = Adoption.builder().method(AdoptionMethod.VOTE).adopted(random.nextBoolean());
                int[] tally = new int[3];
                for (Actor voter : voters) {
                    VoteChoice choice = pick(VoteChoice.class);
                    vote.addVote(Vote.of(voter, choice));
                    if (choice != VoteChoice.NOT_VOTING) {
                        tally[choice.ordinal()]++;
                    }
                }
                if (voters.isEmpty() || random.nextBoolean()) {
                    vote.count(VoteCount.of(tally[0] + random.nextInt(3), tally[1], tally[2] + random.nextInt(2)));
                }
                builder.adoption(vote.build());
                break;
            default:
                break;
        }
        if (random.nextBoolean()) {
            builder.draftOf("draft-of-" + random.nextInt(2));
        }
        int passages = random.nextInt(3);
        for (int i = 0; i < passages; i++) {
            Passage.Builder passage = Passage.builder().id("p" + i).status(pick(PassageStatus.class))
                    .label("paragraph " + (i + 1));
            if (random.nextBoolean()) {
                passage.text("Condemns the military coup").addObjectedBy(actor());
            }
            if (random.nextBoolean()) {
                passage.addProposedBy(actor());
            }
            builder.addPassage(passage.build());
        }
        int points = voters.isEmpty() ? 0 : random.nextInt(3);
        for (int i = 0; i < points; i++) {
            builder.addPoint(AgreementPoint.of(i + 1, "point " + (i + 1),
                    random.nextBoolean() ? List.of(stance()) : List.of()));
        }
        if (points > 0) {
            builder.parties(voters);
        }
        return builder.build();
    }

    /**
     * Gets a random count.
     *
     * @return the count
     */
    public QualifiedCount count() {
        long figure = random.nextInt(500);
        CountQualifier qualifier = pick(CountQualifier.class);
        if (qualifier.isVague()) {  // about half the qualifiers: "dozens", "hundreds", "thousands"...
            QualifiedCount vague = QualifiedCount.vague(qualifier);
            return random.nextInt(4) == 0 ? vague.withBounds(vague.low(), vague.high()) : vague;
        }
        if (qualifier == CountQualifier.BETWEEN) {
            return QualifiedCount.between(figure, figure + random.nextInt(100));
        }
        return QualifiedCount.of(qualifier, qualifier == CountQualifier.FEWER_THAN ? figure + 1 : figure);
    }

    /**
     * Gets a random casualty report with an id drawn from a small set.
     *
     * @return the report
     */
    public CasualtyReport casualtyReport() {
        ApproximateDate asOf = date();
        CasualtyType type = pick(CasualtyType.class);
        CasualtyReport.Builder builder = CasualtyReport.builder().id("r" + random.nextInt(20))
                .type(type).count(count()).victims(victims())
                .location(Location.of(CountryCode.of("MMR"))).asOf(asOf).addSource(SOURCE);
        if (random.nextBoolean() && asOf.earliest().isAfter(LocalDate.of(2021, 1, 1))) {
            builder.periodStart(ApproximateDate.ofDay(2021, 1, 1));
        }
        figures(builder, type, asOf);
        return builder.build();
    }

    /** Sets the attributes that say how the source gives a figure, each about a third of the time. */
    private void figures(CasualtyReport.Builder builder, CasualtyType type, ApproximateDate asOf) {
        if (random.nextInt(3) == 0) {
            Actor originator = actor();
            builder.originator(originator);
            if (random.nextBoolean() && !originator.equals(ReferenceArticleFixture.UN)) {
                builder.reportedBy(ReferenceArticleFixture.UN);
            }
        }
        if (random.nextInt(3) == 0) {
            builder.certainty(pick(FigureCertainty.class));
        }
        if (random.nextInt(3) == 0) {
            FigureHedge.Kind kind = pick(FigureHedge.Kind.class);
            builder.addHedge(random.nextBoolean() ? FigureHedge.of(kind) : FigureHedge.of(kind, "wording " + kind));
        }
        if (random.nextInt(4) == 0) {
            builder.figureKind(FigureKind.PROJECTION);
            if (random.nextBoolean()) {
                builder.horizon(ApproximateDate.of(asOf.earliest().plusDays(random.nextInt(30))));
            }
        }
        if (type.isDisplacement() && random.nextBoolean()) {
            builder.origin(Location.of(CountryCode.of("MMR"), "Karen State"));
            if (type != CasualtyType.INTERNALLY_DISPLACED && random.nextBoolean()) {
                builder.destination(Location.of(CountryCode.of("THA")));
            }
        }
    }

    /**
     * Gets random victims: a group, sometimes including another group, with a small count or none.
     *
     * @return the victims
     */
    public Victims victims() {
        VictimGroup group = pick(VictimGroup.class);
        Victims victims = Victims.of(group);
        VictimGroup included = pick(VictimGroup.class);
        if (included != group && random.nextInt(3) == 0) {
            victims = random.nextBoolean() ? victims.including(included)
                    : victims.including(included, QualifiedCount.upTo(random.nextInt(3)));
        }
        return victims;
    }

    /**
     * Gets a random event with an id drawn from a small set.
     *
     * @return the event
     */
    public Event event() {
        Event.Builder builder = Event.builder().addSource(SOURCE).id("e" + random.nextInt(20))
                .type(pick(EventType.class)).title("title " + random.nextInt(3)).date(date());
        if (random.nextInt(4) == 0) {
            builder.relativeDate(relativeDate());
        }
        return builder.build();
    }

    /**
     * Gets a random relative date of any relation, with or without an offset and a wording,
     * anchored to an id such as {@code event-3} or {@code statement-1}: the random records' own ids
     * are {@code e0}… and {@code s0}…, so none is anchored to itself.
     *
     * @return the relative date
     */
    public RelativeDate relativeDate() {
        RelativeDate.Anchor anchor = random.nextBoolean() ? RelativeDate.Anchor.event("event-" + random.nextInt(5))
                : RelativeDate.Anchor.statement("statement-" + random.nextInt(5));
        RelativeDate.Relation relation = pick(RelativeDate.Relation.class);
        RelativeDate relative = relation != RelativeDate.Relation.ON && relation != RelativeDate.Relation.DURING
                && random.nextBoolean()
                ? RelativeDate.of(relation, anchor, 1 + random.nextInt(RelativeDate.MAX_AMOUNT),
                        pick(RelativeDate.Unit.class))
                : RelativeDate.of(relation, anchor);
        return random.nextBoolean() ? relative.withWording("wording " + random.nextInt(3)) : relative;
    }

    /**
     * Gets a list of random values.
     *
     * @param size  how many
     * @param next  the generator of one value
     * @param <T>  the type of values
     * @return the values
     */
    public static <T> List<T> listOf(int size, java.util.function.Supplier<T> next) {
        List<T> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(next.get());
        }
        return values;
    }
}
