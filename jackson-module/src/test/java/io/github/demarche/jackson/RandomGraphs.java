package io.github.demarche.jackson;

import io.github.demarche.Actor;
import io.github.demarche.Adoption;
import io.github.demarche.AdoptionMethod;
import io.github.demarche.AgreementPoint;
import io.github.demarche.Document;
import io.github.demarche.DocumentKind;
import io.github.demarche.Passage;
import io.github.demarche.PassageStatus;
import io.github.demarche.Vote;
import io.github.demarche.VoteChoice;
import io.github.demarche.VoteCount;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.AttributeValue;
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
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.ExternalId;
import io.github.demarche.FigureCertainty;
import io.github.demarche.FigureHedge;
import io.github.demarche.FigureKind;
import io.github.demarche.Intensity;
import io.github.demarche.Location;
import io.github.demarche.Membership;
import io.github.demarche.LocationPrecision;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.Set;

/**
 * Seeded random dossiers that use every field of the format: every kind of date, count, target
 * and victims, affiliation chains up to the deepest the model allows, optional fields present and
 * absent, and texts with quotes, backslashes, invisible characters that every text may hold (a
 * no-break space, a zero-width space, a right-to-left mark) and characters outside the Basic
 * Multilingual Plane; control characters, which names may not hold, are left to the tests of
 * the text rules. Every dossier is valid; the same seed gives the same dossiers.
 *
 * <p>The core test-jar's {@code RandomValues} draws from the reference article's actors; this
 * generator makes its own, so that the JSON meets what the article does not have.
 */
public final class RandomGraphs {

    private static final String[] COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3)
            .toArray(new String[0]);
    /** Actor codes as datasets write them: countries, roles, ethnic and religious segments, regions, PLOVER's unknown. */
    private static final String[] ACTOR_CODES = {"MMR", "MMRGOV", "CHNMIL", "IGOUNO", "bdaUAF", "SRBCVLalb", "AFR",
        "JAP", "***", "USAGOVLEG"};
    private static final String[] SCHEMES = {"gdelt", "icews", "ucdp-ged", "ucdp-side", "plover"};
    private static final String[] LANGUAGES = {"en", "zh-Hans", "my-MM", "ru", "fr-CA", "ar"};
    /** Pieces of text, chosen to stress the JSON writer and reader. */
    private static final String[] PIECES = {"Wang Yi", "Lavrov", "\"quoted\"", "back\\slash", "no-break\u00a0space",
        "emoji \uD83D\uDE00", "緬甸", "Мьянма", "ミャンマー", "zero\u200bwidth \u200fmark", "slash / and <tag>",
        "\u00e9t\u00e9", "'single'", "{\"json\": [1]}", "\uFFFDreplaced", "Tatmadaw"};

    private final Random random;
    /** The reports, earlier statements and documents of the dossier being made, that stances may be about. */
    private List<CasualtyReport> targetReports = List.of();
    private List<Statement> targetStatements = new ArrayList<>();
    private List<Document> targetDocuments = List.of();
    private final LocalDate published;
    private final SourceAttribution source;
    private int next;

    /**
     * Creates a generator.
     *
     * @param seed  the seed
     */
    /**
     * Creates a generator.
     *
     * @param seed  the seed
     */
    public RandomGraphs(long seed) {
        this.random = new Random(seed);
        this.published = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(9000));
        this.source = source(published);
    }

    /**
     * Gets a random dossier, valid as a whole.
     *
     * @return the dossier
     */
    public Dossier dossier() {
        List<Actor> actors = new ArrayList<>();
        int actorCount = 1 + random.nextInt(12);
        for (int i = 0; i < actorCount; i++) {
            actors.add(actor(actors));
        }
        if (random.nextInt(4) == 0) {
            actors.add(deepChain(actors));
        }
        List<CasualtyReport> reports = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            reports.add(casualtyReport(actors));
        }
        List<Event> events = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            Event event = event(actors, reports);
            RelativeDate relative = relativeDate(event.date(), events, List.of());
            events.add(relative == null ? event : Event.builder().from(event).relativeDate(relative).build());
        }
        targetReports = reports;
        targetStatements = new ArrayList<>();
        targetDocuments = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            documents.add(document(actors, events, documents));
        }
        targetDocuments = documents;
        List<Statement> statements = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
            Statement statement = statement(actors, events);
            RelativeDate relative = relativeDate(statement.date(), events, statements);
            statements.add(relative == null ? statement
                    : Statement.builder().from(statement).relativeDate(relative).build());
        }
        return Dossier.builder().source(source).addAllActors(actors).addAllEvents(events).addAllStatements(statements)
                .addAllCasualtyReports(reports).addAllDocuments(documents).build();
    }

    /**
     * A relative date, now and then, anchored to one of the earlier events or statements (so never
     * to the record itself) and agreeing with the record's date as the dossier checks; null if
     * none is drawn or none of the tries agrees.
     */
    private RelativeDate relativeDate(ApproximateDate date, List<Event> events, List<Statement> statements) {
        if (events.isEmpty() && statements.isEmpty() || random.nextInt(3) > 0) {
            return null;
        }
        for (int i = 0; i < 8; i++) {
            boolean event = statements.isEmpty() || !events.isEmpty() && random.nextBoolean();
            RelativeDate.Anchor anchor;
            ApproximateDate anchorDate;
            if (event) {
                Event anchored = pick(events);
                anchor = RelativeDate.Anchor.event(anchored.id());
                anchorDate = anchored.date();
            } else {
                Statement anchored = pick(statements);
                anchor = RelativeDate.Anchor.statement(anchored.id());
                anchorDate = anchored.date();
            }
            RelativeDate.Relation relation = pick(RelativeDate.Relation.class);
            RelativeDate relative;
            if ((relation == RelativeDate.Relation.BEFORE || relation == RelativeDate.Relation.AFTER)
                    && random.nextBoolean()) {
                int amount = random.nextInt(4) == 0 ? RelativeDate.MAX_AMOUNT - random.nextInt(2) : 1 + random.nextInt(12);
                relative = RelativeDate.of(relation, anchor, amount, pick(RelativeDate.Unit.class));
            } else {
                relative = RelativeDate.of(relation, anchor);
            }
            if (random.nextBoolean()) {
                relative = relative.withWording(text(200));
            }
            if (relative.isConsistentWith(date, anchorDate)) {
                return relative;
            }
        }
        return null;
    }

    /** Appends actors so that one chain is as deep as the model allows, and returns its first actor. */
    private Actor deepChain(List<Actor> actors) {
        Actor top = null;
        for (int i = 0; i <= Actor.MAX_AFFILIATION_DEPTH; i++) {
            Actor.Builder builder = Actor.builder().id(id("chain")).name(text(40)).kind(ActorKind.GOVERNMENT);
            if (top != null) {
                builder.affiliation(top);
            }
            top = builder.build();
            if (i < Actor.MAX_AFFILIATION_DEPTH) {
                actors.add(top);
            }
        }
        return top;
    }

    private String id(String prefix) {
        String separator = new String[] {"-", ".", "_"}[random.nextInt(3)];
        return prefix + separator + (next++);
    }

    /** A text that is not blank, at most {@code max} UTF-16 units long. */
    String text(int max) {
        StringBuilder text = new StringBuilder("T");
        int pieces = random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            if (text.length() + 1 + piece.length() > max) {
                break;
            }
            text.append(' ').append(piece);
        }
        if (random.nextInt(30) == 0) {  // now and then, exactly the longest allowed
            while (text.length() < max) {
                text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private CountryCode country() {
        return CountryCode.of(COUNTRIES[random.nextInt(COUNTRIES.length)]);
    }

    private SourceAttribution source(LocalDate date) {
        SourceAttribution.Builder builder = SourceAttribution.builder().publicationDate(date);
        if (random.nextInt(5) > 0) {
            builder.publication(text(200));
        }
        if (random.nextInt(5) > 0) {
            builder.url(random.nextBoolean() ? "urn:demarche:article:" + random.nextInt(100_000)
                    : "https://news.example.org/" + date.getYear() + "/story-" + random.nextInt(1000)
                            + "?q=a%20b&x=1#top");
        }
        if (random.nextBoolean()) {
            builder.author(text(200));
        }
        if (random.nextBoolean()) {
            builder.language(LANGUAGES[random.nextInt(LANGUAGES.length)]);
        }
        if (random.nextInt(4) == 0) {
            builder.headline(text(500));
        }
        if (random.nextInt(4) == 0) {
            builder.citation(text(2000));
        }
        if (random.nextInt(4) == 0) {
            builder.originator(text(200));
        }
        if (random.nextInt(4) == 0) {
            builder.documentId(String.valueOf(random.nextInt(100_000_000)));
            if (random.nextBoolean()) {
                builder.sentenceNumber(1 + random.nextInt(40));
            }
        }
        if (random.nextInt(4) == 0) {
            builder.excerpt(text(20_000));
        }
        if (random.nextInt(3) == 0) {
            builder.coder(text(200));
            LocalDate coded = date.plusDays(random.nextInt(400));
            if (random.nextBoolean()) {
                builder.codedOn(coded);
            }
            if (random.nextBoolean()) {
                builder.codedAt(coded.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(random.nextInt(86_400)));
            }
        }
        if (builder.validate().isEmpty()) {
            return builder.build();
        }
        return builder.coder("coder").build();  // nothing named the source
    }

    /** One to three sources of a record; the first is {@code first}. */
    private List<SourceAttribution> sources(SourceAttribution first) {
        List<SourceAttribution> sources = new ArrayList<>(List.of(first));
        for (int i = random.nextInt(3); i > 0; i--) {
            sources.add(source(first.publicationDate().orElse(published).plusDays(random.nextInt(30))));
        }
        return sources;
    }

    private List<ExternalId> externalIds() {
        List<ExternalId> ids = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            ExternalId id = ExternalId.of(SCHEMES[random.nextInt(SCHEMES.length)],
                    random.nextBoolean() ? String.valueOf(random.nextLong()) : text(200));
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Attributes of every kind, decimals with and without digits after the point. */
    private Map<String, AttributeValue> attributes() {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            String key = new String[] {"gdelt.NumMentions", "gdelt.AvgTone", "icews:x", "ucdp.event_clarity", "k-1",
                "Z"}[random.nextInt(6)] + (random.nextBoolean() ? "" : "." + random.nextInt(100));
            AttributeValue value;
            switch (random.nextInt(5)) {
                case 0:
                    value = AttributeValue.of(random.nextBoolean() ? "" : text(300));
                    break;
                case 1:
                    value = AttributeValue.of(random.nextLong());
                    break;
                case 2:
                    value = AttributeValue.of(BigDecimal.valueOf(random.nextLong(), random.nextInt(20)));
                    break;
                case 3:
                    value = AttributeValue.of(BigDecimal.valueOf(random.nextInt(1000), -random.nextInt(4)));
                    break;
                default:
                    value = AttributeValue.of(random.nextBoolean());
                    break;
            }
            attributes.put(key, value);
        }
        return attributes;
    }

    /** A coding with an exact CAMEO code of either dialect within {@code family}, or a PLOVER one, or both. */
    private Coding coding(CameoCode family) {
        Coding.Builder builder = Coding.builder();
        boolean plover = random.nextInt(3) == 0;
        if (!plover || random.nextBoolean()) {
            CameoDialect dialect = pick(CameoDialect.class);
            List<CameoCode> codes = new ArrayList<>();
            for (CameoCode code : CameoCode.all(dialect)) {
                if (family == null || code.code().startsWith(family.code())) {
                    codes.add(code);
                }
            }
            if (!codes.isEmpty()) {
                builder.cameoCode(pick(codes));
            } else {
                plover = true;
            }
        }
        if (random.nextBoolean()) {
            builder.reportedScore(BigDecimal.valueOf(random.nextInt(201) - 100, 1 + random.nextInt(2)));
        }
        if (plover) {
            builder.ploverType(pick(PloverEventType.class));
            if (random.nextBoolean()) {
                builder.ploverMode(pick(PloverMode.class));
            }
            Set<PloverContext> contexts = new LinkedHashSet<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                contexts.add(pick(PloverContext.class));
            }
            builder.addAllPloverContexts(contexts);
        }
        return builder.build();
    }

    /** A source of its own for a statement or report, now and then, published no earlier than the dossier's. */
    private SourceAttribution anySource() {
        return random.nextInt(4) == 0 ? source(published.plusDays(random.nextInt(30))) : source;
    }

    /** The number of actors nested below an actor, through affiliations and memberships, on the longest path. */
    static int nesting(Actor actor) {
        int depth = actor.affiliation().map(affiliation -> nesting(affiliation) + 1).orElse(0);
        for (Membership membership : actor.memberships()) {
            depth = Math.max(depth, nesting(membership.organization()) + 1);
        }
        return depth;
    }

    /** A new actor, perhaps affiliated with one of the earlier ones, perhaps a member of some. */
    Actor actor(List<Actor> earlier) {
        ActorKind kind = pick(ActorKind.class);
        Actor.Builder builder = Actor.builder().id(id("actor")).kind(kind);
        boolean named = random.nextInt(4) > 0;
        if (named) {
            builder.name(text(200));
        }
        if (!named || random.nextInt(5) == 0) {
            builder.description(text(200));
        }
        boolean collective = random.nextInt(4) == 0;
        builder.collective(collective);
        if (random.nextBoolean()) {
            builder.country(country());
        }
        if (kind == ActorKind.PERSON && random.nextBoolean()) {
            builder.title(text(200));
        }
        if (kind == ActorKind.PERSON && named && !collective && random.nextInt(3) == 0) {
            builder.surname(text(40));
        }
        Set<List<Object>> memberships = new HashSet<>();
        for (int i = earlier.isEmpty() || random.nextInt(3) > 0 ? 0 : 1 + random.nextInt(2); i > 0; i--) {
            Actor organization = pick(earlier);
            Membership.Builder membership = Membership.builder().organization(organization);
            if (random.nextBoolean()) {
                membership.role(text(200));
            }
            if (random.nextBoolean()) {
                membership.since(date(published));
            }
            Membership built = membership.build();
            if (nesting(organization) < Actor.MAX_AFFILIATION_DEPTH && memberships.add(List.of(organization.id(),
                    built.role(), built.since(), built.until()))) {
                builder.addMembership(built);
            }
        }
        if (!earlier.isEmpty() && random.nextBoolean()) {
            Actor affiliation = pick(earlier);
            if (nesting(affiliation) < Actor.MAX_AFFILIATION_DEPTH) {
                builder.affiliation(affiliation);
            }
        }
        Set<String> aliases = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String alias = text(60);
            if (aliases.add(alias.toLowerCase(Locale.ROOT))) {
                builder.addAlias(alias);
            }
        }
        Set<String> descriptions = new HashSet<>();
        for (int i = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0; i > 0; i--) {
            String description = text(200);
            if (descriptions.add(description.toLowerCase(Locale.ROOT))) {
                builder.addCommonDescription(description);
            }
        }
        if (random.nextBoolean()) {
            builder.wikidataId("Q" + (1 + random.nextInt(1_000_000)));
        }
        if (random.nextBoolean()) {
            builder.cameoCode(ACTOR_CODES[random.nextInt(ACTOR_CODES.length)]);
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            builder.addSector(text(200));
        }
        builder.externalIds(externalIds()).attributes(attributes());
        return builder.build();
    }

    /** A date of any form whose first day is not after {@code latest}. */
    ApproximateDate date(LocalDate latest) {
        for (;;) {
            ApproximateDate date = anyDate(latest);
            if (!date.earliest().isAfter(latest)) {
                return date;
            }
        }
    }

    private ApproximateDate anyDate(LocalDate around) {
        switch (random.nextInt(5)) {
            case 0:
                return ApproximateDate.since(single(around));
            case 1:
                return ApproximateDate.until(single(around));
            case 2:
                ApproximateDate start = single(around);
                ApproximateDate end = single(around);
                return end.latest().isBefore(start.earliest()) ? ApproximateDate.between(end, start)
                        : ApproximateDate.between(start, end);
            default:
                return single(around);
        }
    }

    private ApproximateDate single(LocalDate around) {
        LocalDate day = around.minusDays(random.nextInt(800));
        ApproximateDate date;
        switch (random.nextInt(4)) {
            case 0:
                date = ApproximateDate.ofYear(day.getYear());
                break;
            case 1:
                date = ApproximateDate.ofMonth(day.getYear(), day.getMonthValue());
                break;
            case 2:
                date = ApproximateDate.ofMonthPart(day.getYear(), day.getMonthValue(),
                        pick(ApproximateDate.MonthPart.class));
                break;
            default:
                date = ApproximateDate.of(day);
                break;
        }
        return date.withApproximate(random.nextInt(4) == 0).withUncertain(random.nextInt(4) == 0);
    }

    /** A count of any qualifier, with or without wording and an analyst's bounds. */
    QualifiedCount count() {
        long figure = random.nextInt(10) == 0 ? QualifiedCount.MAX_FIGURE - random.nextInt(2) : random.nextInt(100_000);
        CountQualifier qualifier = pick(CountQualifier.class);
        QualifiedCount count;
        if (qualifier == CountQualifier.BETWEEN) {
            long low = Math.min(figure, QualifiedCount.MAX_FIGURE - 1);
            count = QualifiedCount.between(low, low + random.nextInt(2));
        } else if (qualifier.isVague()) {
            count = QualifiedCount.vague(qualifier);
        } else {
            count = QualifiedCount.of(qualifier, qualifier == CountQualifier.FEWER_THAN ? Math.max(1, figure) : figure);
        }
        if (random.nextBoolean()) {
            count = count.withWording(text(200));
        }
        if (random.nextInt(4) == 0) {
            long low = random.nextInt(1000);
            long best = low + random.nextInt(1000);
            OptionalLong high = random.nextBoolean() ? OptionalLong.empty() : OptionalLong.of(best + random.nextInt(1000));
            count = random.nextInt(3) == 0 ? count.withBounds(low, high) : count.withBounds(low, best, high);
        }
        return count;
    }

    private Location location() {
        switch (random.nextInt(4)) {
            case 0:
                return Location.of(country());
            case 1:
                return Location.of(country(), text(200));
            default:
                Location.Builder builder = Location.builder();
                if (random.nextBoolean()) {
                    builder.country(country());
                }
                if (random.nextBoolean()) {
                    builder.place(text(200));
                }
                for (int i = random.nextInt(3); i > 0; i--) {
                    builder.addAdminUnit(text(200));
                }
                for (int i = random.nextInt(3); i > 0; i--) {
                    builder.addAdminCode("ADM" + random.nextInt(100_000));
                }
                if (random.nextBoolean()) {
                    builder.coordinates(random.nextInt(4) == 0
                            ? Coordinates.of(BigDecimal.valueOf(random.nextInt(181) - 90),
                                    BigDecimal.valueOf(random.nextInt(361) - 180))
                            : Coordinates.of(BigDecimal.valueOf(random.nextInt(180_000_001) - 90_000_000,
                                    6 + random.nextInt(3)),
                                    BigDecimal.valueOf(random.nextInt(360_001) - 180_000, 3 + random.nextInt(4))));
                }
                if (random.nextBoolean()) {
                    builder.featureId(String.valueOf(random.nextInt() % 10_000_000));
                }
                if (random.nextBoolean()) {
                    LocationPrecision.Scale scale = pick(LocationPrecision.Scale.class);
                    builder.precision(LocationPrecision.of(scale, 1 + random.nextInt(scale.maxCode())));
                }
                return builder.validate().isEmpty() ? builder.build() : builder.featureId("f").build();
        }
    }

    /** A group or an actor, sometimes including groups, some with a count of their own within the whole's. */
    private Victims victims(List<Actor> actors, QualifiedCount whole) {
        Victims victims = random.nextBoolean() ? Victims.of(pick(VictimGroup.class)) : Victims.of(pick(actors));
        int included = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0;
        for (int i = 0; i < included; i++) {
            VictimGroup group = pick(VictimGroup.class);
            if (victims.group().equals(java.util.Optional.of(group))
                    || victims.included().stream().anyMatch(each -> each.group() == group)) {
                continue;
            }
            QualifiedCount part = count();
            victims = random.nextBoolean() && part.low() <= whole.high().orElse(Long.MAX_VALUE)
                    ? victims.including(group, part) : victims.including(group);
        }
        return victims;
    }

    CasualtyReport casualtyReport(List<Actor> actors) {
        SourceAttribution reportSource = anySource();
        ApproximateDate asOf = date(reportSource.publicationDate().orElseThrow());
        CasualtyType type = pick(CasualtyType.class);
        QualifiedCount count = count();
        CasualtyReport.Builder builder = CasualtyReport.builder().id(id("report")).type(type)
                .count(count)
                .victims(victims(actors, count))
                .asOf(asOf).sources(sources(reportSource)).externalIds(externalIds()).attributes(attributes());
        if (random.nextInt(4) > 0) {
            builder.location(location());
        }
        if (random.nextBoolean()) {
            builder.perpetrator(pick(actors));
        }
        if (random.nextBoolean()) {
            ApproximateDate start = date(reportSource.publicationDate().orElseThrow());
            if (!start.isAfter(asOf)) {
                builder.periodStart(start);
            }
        }
        figures(builder, type, asOf, reportSource.publicationDate().orElseThrow(), actors);
        return builder.build();
    }

    /** Sets how the source gives the figure: originator and relay, certainty, hedges, projection, displacement. */
    private void figures(CasualtyReport.Builder builder, CasualtyType type, ApproximateDate asOf, LocalDate published,
            List<Actor> actors) {
        if (random.nextInt(3) == 0) {
            Actor originator = pick(actors);
            builder.originator(originator);
            Actor relay = pick(actors);
            if (random.nextBoolean() && !relay.id().equals(originator.id())) {
                builder.reportedBy(relay);
            }
        }
        if (random.nextInt(3) == 0) {
            builder.certainty(pick(FigureCertainty.class));
        }
        List<FigureHedge.Kind> kinds = new ArrayList<>(List.of(FigureHedge.Kind.values()));
        java.util.Collections.shuffle(kinds, random);
        for (FigureHedge.Kind kind : kinds.subList(0, random.nextInt(3))) {
            builder.addHedge(random.nextBoolean() ? FigureHedge.of(kind) : FigureHedge.of(kind, text(200)));
        }
        if (random.nextInt(4) == 0) {
            builder.figureKind(FigureKind.PROJECTION);
            for (int i = 0; i < 10 && random.nextBoolean(); i++) {
                ApproximateDate horizon = anyDate(published.plusDays(random.nextInt(60)));
                if (!horizon.isBefore(asOf)) {  // a horizon may lie after the publication
                    builder.horizon(horizon);
                    break;
                }
            }
        }
        if (type.isDisplacement()) {
            if (random.nextBoolean()) {
                builder.origin(location());
            }
            if (random.nextBoolean()) {
                builder.destination(location());
                if (!builder.validate().isEmpty()) {  // a flight abroad within one country, or the reverse
                    builder.destination(Location.builder().place(text(200)).build());
                }
            }
        }
    }

    Event event(List<Actor> actors, List<CasualtyReport> reports) {
        EventType type = pick(EventType.class);
        Event.Builder builder = Event.builder().id(id("event")).type(type).date(date(published))
                .sources(sources(source)).externalIds(externalIds()).attributes(attributes());
        if (random.nextInt(4) > 0) {
            builder.title(text(500));
        }
        if (random.nextInt(4) == 0) {
            builder.datePrecision(pick(DatePrecision.class));
        }
        if (random.nextInt(4) == 0) {
            long best = random.nextInt(1000);
            builder.deaths(QualifiedCount.exactly(best).withBounds(best / 2, best, OptionalLong.of(best * 2)));
        }
        if (random.nextBoolean()) {
            builder.coding(coding(null));
        }
        if (random.nextBoolean()) {
            builder.location(location());
        }
        Set<String> seen = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            Participant participant = random.nextInt(3) == 0
                    ? Participant.of(pick(actors), pick(ParticipantRole.class), location())
                    : Participant.of(pick(actors), pick(ParticipantRole.class));
            if (seen.add(participant.actor().id() + " " + participant.role())) {
                builder.addParticipant(participant);
            }
        }
        Set<String> reportIds = new HashSet<>();
        for (int i = reports.isEmpty() ? 0 : random.nextInt(3); i > 0; i--) {
            String reportId = pick(reports).id();
            if (reportIds.add(reportId)) {
                builder.addCasualtyReportId(reportId);
            }
        }
        if (type == EventType.VOTE_OR_RESOLUTION && random.nextBoolean()) {
            builder.blocked(true);
        }
        return builder.build();
    }

    Statement statement(List<Actor> actors, List<Event> events) {
        SourceAttribution statementSource = anySource();
        Statement.Builder builder = Statement.builder().id(id("statement"))
                .date(date(statementSource.publicationDate().orElseThrow())).channel(pick(Channel.class))
                .sources(sources(statementSource)).externalIds(externalIds()).attributes(attributes());
        if (random.nextInt(4) > 0) {
            builder.summary(text(2000));
        }
        if (random.nextInt(3) == 0) {
            builder.location(location());
        }
        Set<String> speakers = new HashSet<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            Actor speaker = pick(actors);
            if (speakers.add(speaker.id())) {
                builder.addSpeaker(speaker);
            }
        }
        StatementMode mode = pick(StatementMode.class);
        if (mode == StatementMode.JOINT && speakers.size() < 2) {
            mode = StatementMode.REPORTED;
        }
        builder.mode(mode);
        if (mode == StatementMode.DIRECT_QUOTE || random.nextInt(4) == 0) {
            builder.quote(text(5000));
        }
        if (random.nextBoolean()) {
            builder.onBehalfOf(pick(actors));
        }
        if (random.nextInt(4) == 0) {
            Actor reporter = pick(actors);
            if (!speakers.contains(reporter.id())) {
                builder.reportedBy(reporter);
            }
        }
        for (int i = random.nextInt(8) == 0 ? 0 : 1 + random.nextInt(3); i > 0; i--) {  // none: a figure only
            builder.addStance(stance(actors, events));
        }
        Set<String> eventIds = new HashSet<>();
        for (int i = events.isEmpty() ? 0 : random.nextInt(3); i > 0; i--) {
            String eventId = pick(events).id();
            if (eventIds.add(eventId)) {
                builder.addEventId(eventId);
            }
        }
        Statement statement = builder.build();
        targetStatements.add(statement);
        return statement;
    }

    Stance stance(List<Actor> actors, List<Event> events) {
        StanceTarget target;
        int kind = random.nextInt(8);
        if (kind == 3 && !events.isEmpty()) {
            target = StanceTarget.event(pick(events).id());
        } else if (kind == 4 && !targetReports.isEmpty()) {
            target = StanceTarget.casualtyReport(pick(targetReports).id());
        } else if (kind == 5 && !targetStatements.isEmpty()) {
            target = StanceTarget.statement(pick(targetStatements).id());
        } else if (kind == 6 && !targetDocuments.isEmpty()) {
            target = StanceTarget.document(pick(targetDocuments).id());
        } else if (kind == 7 && !targetDocuments.isEmpty()) {
            Document document = pick(targetDocuments);
            target = document.passages().isEmpty() ? StanceTarget.document(document.id())
                    : StanceTarget.passage(document.id(), pick(document.passages()).id());
        } else if (kind == 0) {
            target = StanceTarget.actor(pick(actors));
        } else if (kind == 1) {
            target = StanceTarget.topic(text(200));
        } else {
            target = StanceTarget.topic(text(200), id("topic"));
        }
        StanceType type = pick(StanceType.class);
        Stance.Builder builder = Stance.builder().type(type).target(target);
        if (random.nextInt(3) == 0) {
            builder.coding(coding(type.family()));
        }
        if (random.nextInt(4) == 0) {
            builder.statedPosition(pick(Position.class));
        }
        if (random.nextBoolean()) {
            builder.intensity(pick(Intensity.class));
        }
        if (random.nextInt(4) == 0) {
            builder.contemplated(true);
        }
        if (random.nextBoolean()) {
            builder.wording(text(500));
        }
        return builder.build();
    }

    /**
     * A document: any kind, optionally adopted by a body of the actors by consensus, unanimously or by
     * a vote with a tally and members' votes; a draft of an earlier document; passages; numbered
     * points with stances held by its parties.
     */
    Document document(List<Actor> actors, List<Event> events, List<Document> earlier) {
        SourceAttribution documentSource = anySource();
        Document.Builder builder = Document.builder().id(id("document")).kind(pick(DocumentKind.class))
                .title(text(500)).date(date(documentSource.publicationDate().orElseThrow()))
                .sources(sources(documentSource)).externalIds(externalIds()).attributes(attributes());
        if (random.nextBoolean()) {
            builder.adoptedBy(pick(actors));
        }
        List<Actor> members = new ArrayList<>();
        for (Actor actor : actors) {
            if (random.nextInt(3) == 0) {
                members.add(actor);
            }
        }
        if (random.nextBoolean()) {
            builder.addAllParties(members);
        }
        switch (random.nextInt(4)) {
            case 0:
                Adoption.Builder consensus = Adoption.builder().method(AdoptionMethod.CONSENSUS)
                        .adopted(random.nextInt(4) > 0);
                if (!members.isEmpty() && random.nextBoolean()) {
                    consensus.addObjector(members.get(0));
                }
                builder.adoption(consensus.build());
                break;
            case 1:
                Adoption.Builder unanimous = Adoption.builder().method(AdoptionMethod.UNANIMOUS);
                for (Actor member : members) {
                    unanimous.addVote(Vote.of(member, random.nextInt(5) == 0 ? VoteChoice.NOT_VOTING : VoteChoice.IN_FAVOUR));
                }
                if (random.nextBoolean()) {
                    unanimous.count(VoteCount.of(members.size() + random.nextInt(5), 0, 0));
                }
                builder.adoption(unanimous.build());
                break;
            case 2:
                Adoption.Builder vote = Adoption.builder().method(AdoptionMethod.VOTE).adopted(random.nextBoolean());
                int[] tally = new int[3];
                for (Actor member : members) {
                    VoteChoice choice = pick(VoteChoice.class);
                    vote.addVote(Vote.of(member, choice));
                    if (choice != VoteChoice.NOT_VOTING) {
                        tally[choice.ordinal()]++;
                    }
                }
                if (members.isEmpty() || random.nextBoolean()) {
                    vote.count(VoteCount.of(tally[0] + random.nextInt(9), tally[1] + random.nextInt(3),
                            tally[2] + random.nextInt(3)));
                }
                for (Actor member : members) {
                    if (random.nextInt(4) == 0 && !vote.build().votes().contains(Vote.of(member, VoteChoice.IN_FAVOUR))) {
                        vote.addObjector(member);
                    }
                }
                builder.adoption(vote.build());
                break;
            default:
                break;
        }
        if (!earlier.isEmpty() && random.nextBoolean()) {
            builder.draftOf(pick(earlier).id());
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            Passage.Builder passage = Passage.builder().id(id("passage")).status(pick(PassageStatus.class));
            if (random.nextBoolean()) {
                passage.label(text(200));
            }
            if (random.nextBoolean() || !passage.validate().isEmpty()) {
                passage.text(text(5000));
            }
            if (random.nextBoolean()) {
                passage.addProposedBy(pick(actors));
            }
            if (random.nextBoolean()) {
                passage.addObjectedBy(pick(actors));
            }
            builder.addPassage(passage.build());
        }
        boolean holders = builder.validate().isEmpty() && (!members.isEmpty() || random.nextBoolean());
        if (holders) {
            builder.parties(members.isEmpty() ? List.of(pick(actors)) : members);
        }
        int number = 0;
        for (int i = random.nextInt(4); i > 0; i--) {
            number += 1 + random.nextInt(2);
            List<Stance> stances = new ArrayList<>();
            for (int j = holders ? random.nextInt(3) : 0; j > 0; j--) {
                stances.add(stance(actors, events));
            }
            builder.addPoint(AgreementPoint.of(number, text(2000), stances));
        }
        return builder.build();
    }
}
