package io.github.demarche.benchmarks;

import io.github.demarche.benchmarks.PlainRecords.ActorRecord;
import io.github.demarche.benchmarks.PlainRecords.CasualtyReportRecord;
import io.github.demarche.benchmarks.PlainRecords.CodingRecord;
import io.github.demarche.benchmarks.PlainRecords.CountRecord;
import io.github.demarche.benchmarks.PlainRecords.EventRecord;
import io.github.demarche.benchmarks.PlainRecords.LocationRecord;
import io.github.demarche.benchmarks.PlainRecords.ParticipantRecord;
import io.github.demarche.benchmarks.PlainRecords.SourceRecord;
import io.github.demarche.benchmarks.PlainRecords.StanceRecord;
import io.github.demarche.benchmarks.PlainRecords.StatementRecord;
import io.github.demarche.benchmarks.PlainRecords.TargetRecord;
import io.github.demarche.benchmarks.PlainRecords.VictimsRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * A seeded generator of realistic data sets in the shape of the reference article, at scale: a pool
 * of states, their governments and ministers, movements and organizations; statements with one or
 * two speakers, one to three stances on actors, topics or events, partial dates, and a handful of
 * sources; and casualty reports, mostly cumulative tolls "since the Feb. 1 coup" that grow with
 * time, of a few dozen scopes (casualty type, victims, location), stated as sources state them
 * ("over 270", "at least 270", "about 270"), with the odd daily toll and the odd source that
 * disagrees. The same seed and size give the same data.
 *
 * <p>It produces plain records ({@link PlainRecords}); {@link ModelMapping} turns them into the
 * model, so that both sides of every benchmark start from the same input.
 */
public final class Dataset {

    private static final String[] COUNTRIES = {"CHN", "RUS", "MMR", "USA", "GBR", "FRA", "IND", "THA", "JPN", "IDN",
        "BGD", "LAO", "KHM", "VNM", "MYS", "PHL", "SGP", "AUS", "KOR", "DEU"};
    private static final String[] STANCE_TYPES = {"concern", "support", "praise", "appeal", "demand", "criticize",
        "accuse", "deny", "reject", "veto", "threaten_sanctions", "intend_to_mediate", "intend_to_cooperate", "neutral"};
    private static final String[] INTENSITIES = {"low", "normal", "normal", "normal", "high"};
    private static final String[] CHANNELS = {"meeting", "press_conference", "interview", "communique", "social_media",
        "speech", "un_proceedings", "other"};
    private static final String[] MODES = {"paraphrase", "reported", "written", "direct_quote"};
    private static final String[] TOPICS = {"the situation in Myanmar", "a political solution", "the democratic transition",
        "civilian casualties", "UN action", "regional stability", "humanitarian access", "sanctions", "reconciliation",
        "the constitution"};
    private static final String[] PUBLICATIONS = {"The Irrawaddy", "Reuters", "Associated Press", "Xinhua", "TASS",
        "Frontier Myanmar", "BBC News", "Al Jazeera"};

    /** The event types and their default CAMEO root codes, as {@code EventType} has them. */
    private static final String[][] EVENT_TYPES = {{"coup", "17"}, {"protest", "14"}, {"crackdown", "17"},
        {"meeting", "04"}, {"press_conference", "01"}, {"vote_or_resolution", "05"}, {"strike", "14"},
        {"blockade", "19"}, {"arrest_or_detention", "17"}, {"sanction", "16"}, {"attack", "18"}, {"other", "01"}};
    private static final String[] ROLES = {"initiator", "target", "participant", "mediator"};
    /** How many events statements refer to: {@code event-0} to {@code event-499}. */
    static final int EVENTS_REFERRED_TO = 500;

    private static final String[] CASUALTY_TYPES = {"killed", "injured", "detained"};
    private static final String[] PLACES = {null, "Yangon", "Mandalay", "Naypyidaw", "Sagaing"};
    /** The day every cumulative toll counts from: the coup. */
    private static final LocalDate PERIOD_START = LocalDate.of(2021, 2, 1);
    private static final String PERIOD_START_TEXT = PERIOD_START.toString();
    /**
     * How many casualty reports there are per day, over all scopes: the reports of a larger data set
     * cover a longer period, as an archive that grows with time does.
     */
    private static final int CASUALTY_REPORTS_PER_DAY = 60;

    private final long seed;
    private final Random random;
    private final List<ActorRecord> actors;
    private final List<SourceRecord> sources;

    /**
     * Creates a generator.
     *
     * @param seed  the seed
     */
    public Dataset(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
        this.actors = actorPool();
        this.sources = sourcePool();
    }

    private List<ActorRecord> actorPool() {
        List<ActorRecord> pool = new ArrayList<>();
        for (String country : COUNTRIES) {
            String lower = country.toLowerCase(Locale.ROOT);
            ActorRecord state = actor(lower, "State " + country, "state", country, null, null, List.of(), null, country);
            ActorRecord government = actor(lower + "-gov", "Government of " + country, "government", country, null,
                    state, List.of("Capital of " + country), null, country + "GOV");
            pool.add(state);
            pool.add(government);
            pool.add(actor(lower + "-fm", "Foreign minister of " + country, "person", country, "Foreign Minister",
                    government, List.of(), null, null));
            pool.add(actor(lower + "-spokesperson", "Spokesperson of " + country, "person", country, "Spokesperson",
                    government, List.of(), null, null));
            pool.add(actor(lower + "-movement", "Civil society of " + country, "civil_society", country, null, null,
                    List.of("protesters in " + country), null, null));
        }
        pool.add(actor("un", "United Nations", "intergovernmental_organization", null, null, null,
                List.of("UN", "U.N"), "Q1065", "IGOUNO"));
        pool.add(actor("asean", "Association of Southeast Asian Nations", "intergovernmental_organization", null, null,
                null, List.of("ASEAN"), "Q7768", null));
        return List.copyOf(pool);
    }

    /** An actor as the data set has them: no sectors, dataset ids or extension attributes. */
    private static ActorRecord actor(String id, String name, String kind, String country, String title,
            ActorRecord affiliation, List<String> aliases, String wikidataId, String cameoCode) {
        return new ActorRecord(id, name, kind, country, title, affiliation, aliases, wikidataId, cameoCode, List.of(),
                List.of(), Map.of());
    }

    private List<SourceRecord> sourcePool() {
        List<SourceRecord> pool = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String publication = PUBLICATIONS[i % PUBLICATIONS.length];
            pool.add(SourceRecord.article(publication, "https://news.example/" + i, "2021-03-" + (10 + i % 19),
                    i % 3 == 0 ? "Staff reporter " + i : null, "en"));
        }
        return List.copyOf(pool);
    }

    /**
     * Gets the actor pool.
     *
     * @return the actors, each once
     */
    public List<ActorRecord> actors() {
        return actors;
    }

    /**
     * Generates statements.
     *
     * @param count  how many
     * @return the statements, as plain records sharing actor and source instances (as a pipeline that
     *     resolves actors would)
     */
    public List<StatementRecord> statements(int count) {
        List<StatementRecord> statements = new ArrayList<>(count);
        statements(count, statements::add);
        return statements;
    }

    /**
     * Generates statements one at a time, so that millions of them need not be held at once; the
     * same statements as {@link #statements(int)} gives from a generator with the same seed.
     *
     * @param count  how many
     * @param sink  receives each statement in turn
     */
    public void statements(int count, Consumer<? super StatementRecord> sink) {
        for (int i = 0; i < count; i++) {
            sink.accept(statement(i));
        }
    }

    private StatementRecord statement(int index) {
        ActorRecord first = pick(actors);
        List<ActorRecord> speakers = List.of(first);
        String mode = MODES[random.nextInt(MODES.length)];
        if (random.nextInt(8) == 0) {
            ActorRecord second = pick(actors);
            if (!second.id().equals(first.id())) {
                speakers = List.of(first, second);
                mode = "joint";
            }
        }
        SourceRecord source = pick(sources);
        int stanceCount = 1 + random.nextInt(3);
        List<StanceRecord> stances = new ArrayList<>(stanceCount);
        for (int i = 0; i < stanceCount; i++) {
            stances.add(stance());
        }
        List<String> eventIds = random.nextInt(3) == 0 ? List.of("event-" + random.nextInt(EVENTS_REFERRED_TO)) : List.of();
        ActorRecord onBehalfOf = first.affiliation() != null && random.nextBoolean() ? first.affiliation() : null;
        String quote = mode.equals("direct_quote") ? "we are deeply concerned " + random.nextInt(1000) : null;
        return new StatementRecord("s-" + index, speakers, onBehalfOf, date(random, LocalDate.parse(source.publicationDate())),
                mode, CHANNELS[random.nextInt(CHANNELS.length)], null, quote,
                "Summary of statement " + index + " about " + TOPICS[random.nextInt(TOPICS.length)], List.copyOf(stances),
                eventIds, List.of(source), List.of(), Map.of());
    }

    private StanceRecord stance() {
        TargetRecord target;
        int kind = random.nextInt(4);
        if (kind == 0) {
            target = new TargetRecord("actor", pick(actors), null, null, null);
        } else if (kind == 1) {
            target = new TargetRecord("event", null, null, null, "event-" + random.nextInt(EVENTS_REFERRED_TO));
        } else {
            int topic = random.nextInt(TOPICS.length);
            target = new TargetRecord("topic", null, TOPICS[topic], "topic-" + topic, null);
        }
        String type = STANCE_TYPES[random.nextInt(STANCE_TYPES.length)];
        return new StanceRecord(type, target, INTENSITIES[random.nextInt(INTENSITIES.length)], random.nextInt(10) == 0,
                random.nextBoolean() ? "wording of a " + type + " stance" : null, null);
    }

    /** A partial date in the 60 days before publication: a month, a part of a month, an interval or a day. */
    private static String date(Random random, LocalDate published) {
        LocalDate day = published.minusDays(random.nextInt(60));
        switch (random.nextInt(6)) {
            case 0:
                return String.format(Locale.ROOT, "%04d-%02d", day.getYear(), day.getMonthValue());
            case 1:
                return String.format(Locale.ROOT, "%04d-%02d-%s", day.getYear(), day.getMonthValue(),
                        new String[] {"early", "mid", "late"}[random.nextInt(3)]);
            case 2:
                return day + "/" + published;
            default:
                return day.toString();
        }
    }

    /**
     * Generates events.
     *
     * @param count  how many
     * @return the events, as plain records sharing actor instances
     */
    public List<EventRecord> events(int count) {
        List<EventRecord> events = new ArrayList<>(count);
        events(count, events::add);
        return events;
    }

    /**
     * Generates events one at a time, independently of the statements and reports generated (they
     * have their own sequence of random numbers, from the same seed): {@code event-0},
     * {@code event-1} and on, so that the first {@value #EVENTS_REFERRED_TO} are the events that
     * statements refer to.
     *
     * <p>Each has a type, a title, a partial date in the 60 days before 2021-03-24, a location (a
     * country, or a place in Myanmar) in nine events of ten, one to three participants
     * with their roles, and for crackdowns and attacks the ids of one or two casualty reports; one
     * vote or resolution in three was blocked; one event in twenty draws a CAMEO root code of its
     * own, and where that is not its type's default the event has a coding with that root code (in
     * GDELT's dialect). Each has one source, of the statements' pool, taken in turn (not drawn, so
     * that the other fields are those the generator gave before events had sources).
     *
     * @param count  how many
     * @param sink  receives each event in turn
     */
    public void events(int count, Consumer<? super EventRecord> sink) {
        Random rnd = new Random(seed ^ 0x2545F4914F6CDD1DL);
        LocalDate published = LocalDate.of(2021, 3, 24);
        for (int index = 0; index < count; index++) {
            String[] type = EVENT_TYPES[rnd.nextInt(EVENT_TYPES.length)];
            String country = COUNTRIES[rnd.nextInt(COUNTRIES.length)];
            LocationRecord location = rnd.nextInt(10) == 0 ? null : rnd.nextBoolean() ? LocationRecord.of(country, null)
                    : LocationRecord.of("MMR", PLACES[1 + rnd.nextInt(PLACES.length - 1)]);
            int participantCount = 1 + rnd.nextInt(3);
            List<ParticipantRecord> participants = new ArrayList<>(participantCount);
            for (int i = 0; i < participantCount; i++) {
                ParticipantRecord participant = new ParticipantRecord(actors.get(rnd.nextInt(actors.size())),
                        ROLES[rnd.nextInt(ROLES.length)], null);
                if (!participants.contains(participant)) {
                    participants.add(participant);
                }
            }
            List<String> reportIds = List.of();
            if (type[0].equals("crackdown") || type[0].equals("attack")) {
                int first = rnd.nextInt(10_000);
                reportIds = rnd.nextBoolean() ? List.of("cr-" + first) : List.of("cr-" + first, "cr-" + (first + 1));
            }
            boolean blocked = type[0].equals("vote_or_resolution") && rnd.nextInt(3) == 0;
            String cameoRootCode = rnd.nextInt(20) == 0 ? String.format(Locale.ROOT, "%02d", 1 + rnd.nextInt(20))
                    : type[1];
            CodingRecord coding = cameoRootCode.equals(type[1]) ? null
                    : new CodingRecord(cameoRootCode, "gdelt", null, null, null, List.of());
            sink.accept(new EventRecord("event-" + index, type[0],
                    "Event " + index + ": a " + type[0].replace('_', ' ') + " in " + country,
                    date(rnd, published), null, location, List.copyOf(participants), reportIds, null, blocked,
                    coding, List.of(sources.get(index % sources.size())), List.of(), Map.of()));
        }
    }

    /**
     * Generates casualty reports.
     *
     * @param count  how many
     * @return the reports, as plain records sharing actor and source instances
     */
    public List<CasualtyReportRecord> casualtyReports(int count) {
        List<CasualtyReportRecord> reports = new ArrayList<>(count);
        casualtyReports(count, reports::add);
        return reports;
    }

    /**
     * Generates casualty reports one at a time, independently of the statements generated (they
     * have their own sequence of random numbers, from the same seed).
     *
     * <p>Each of the 45 scopes (3 casualty types, 3 kinds of victims, 5 locations) has a true
     * cumulative toll that grows by a few a day from the coup on. Nine reports in ten state that
     * toll as of a day, a little behind it (up to 5%), as "over", "at least", "about", "between" or,
     * rarely, exactly; one in ten of those as of part of a month or a month, as "over" or "at least"
     * the toll of its first day. The tenth report is the toll of one day. Such reports are
     * consistent with each other. One cumulative report in a hundred is a source that disagrees: it
     * gives the toll of two weeks before as exact, and so contradicts the reports of those two weeks.
     *
     * <p>The reports cover one day per {@value #CASUALTY_REPORTS_PER_DAY} reports (at least 60
     * days): a larger data set covers a longer period at the same density, as an archive that grows
     * with time does, so that the share of conflicting reports stays the same at every size.
     *
     * @param count  how many
     * @param sink  receives each report in turn
     */
    public void casualtyReports(int count, Consumer<? super CasualtyReportRecord> sink) {
        new CasualtyGenerator(new Random(seed ^ 0x5DEECE66DL), Math.max(60, count / CASUALTY_REPORTS_PER_DAY))
                .generate(count, sink);
    }

    /** Generates casualty reports; holds the pools they share. */
    private final class CasualtyGenerator {

        private final Random rnd;
        /** How many days after the coup the as-of dates spread over. */
        private final int days;
        private final ActorRecord military;
        private final List<VictimsRecord> victims;
        private final List<LocationRecord> locations;
        /** A base toll and a daily growth, per scope. */
        private final long[] base;
        private final int[] perDay;
        /** The sources, one per publication and day, made when first needed. */
        private final Map<Integer, SourceRecord> sourcesByDay = new HashMap<>();

        CasualtyGenerator(Random rnd, int days) {
            this.rnd = rnd;
            this.days = days;
            ActorRecord state = actor("mmr");
            this.military = Dataset.actor("mmr-military", "Myanmar Armed Forces", "armed_forces", "MMR", null,
                    state, List.of("Tatmadaw", "security forces"), "Q1056929", "MMRMIL");
            ActorRecord movement = actor("mmr-movement");
            this.victims = List.of(new VictimsRecord("group", "civilians", null),
                    new VictimsRecord("group", "protesters", null), new VictimsRecord("actor", null, movement));
            List<LocationRecord> places = new ArrayList<>();
            for (String place : PLACES) {
                places.add(LocationRecord.of("MMR", place));
            }
            this.locations = List.copyOf(places);
            int scopes = CASUALTY_TYPES.length * victims.size() * locations.size();
            this.base = new long[scopes];
            this.perDay = new int[scopes];
            for (int s = 0; s < scopes; s++) {
                base[s] = rnd.nextInt(50);
                perDay[s] = 1 + rnd.nextInt(8);
            }
        }

        void generate(int count, Consumer<? super CasualtyReportRecord> sink) {
            for (int i = 0; i < count; i++) {
                sink.accept(report(i));
            }
        }

        private CasualtyReportRecord report(int index) {
            int scope = rnd.nextInt(base.length);
            int type = scope % CASUALTY_TYPES.length;
            int victim = scope / CASUALTY_TYPES.length % victims.size();
            int location = scope / CASUALTY_TYPES.length / victims.size();
            int day = 1 + rnd.nextInt(days);
            LocalDate asOf = PERIOD_START.plusDays(day);
            boolean cumulative = rnd.nextInt(10) != 0;
            String asOfText = asOf.toString();
            CountRecord count;
            if (!cumulative) {
                // the toll of the day, the same whoever states it
                long toll = Math.floorMod((scope * 7919L + day) * 0x9E3779B97F4A7C15L >>> 17, perDay[scope] + 1);
                count = rnd.nextBoolean() ? new CountRecord("exactly", toll, null, null)
                        : new CountRecord("about", toll, null, "about " + toll);
            } else if (rnd.nextInt(100) == 0) {
                // a source that disagrees: it states the toll of two weeks before as today's
                count = new CountRecord("exactly", toll(scope, Math.max(0, day - 14)), null, null);
            } else if (rnd.nextInt(10) == 0) {
                // as of part of a month or a month: at least the toll of its first day
                boolean wholeMonth = rnd.nextInt(3) == 0;
                int part = wholeMonth ? 0 : asOf.getDayOfMonth() <= 10 ? 1 : asOf.getDayOfMonth() <= 20 ? 2 : 3;
                LocalDate first = asOf.withDayOfMonth(part <= 1 ? 1 : part == 2 ? 11 : 21);
                int firstDay = (int) (first.toEpochDay() - PERIOD_START.toEpochDay());
                asOfText = String.format(Locale.ROOT, "%04d-%02d", asOf.getYear(), asOf.getMonthValue())
                        + (wholeMonth ? "" : new String[] {"", "-early", "-mid", "-late"}[part]);
                long stated = Math.max(0, lagging(toll(scope, Math.max(0, firstDay))) - 1);
                count = rnd.nextBoolean() ? new CountRecord("more_than", stated, null, "over " + stated)
                        : new CountRecord("at_least", stated, null, "at least " + stated);
            } else {
                count = cumulativeCount(toll(scope, day));
            }
            ActorRecord perpetrator = rnd.nextInt(10) < 7 ? military : null;
            return new CasualtyReportRecord("cr-" + index, CASUALTY_TYPES[type], count, victims.get(victim), perpetrator,
                    locations.get(location), asOfText, cumulative ? PERIOD_START_TEXT : null,
                    List.of(source(day + 1 + rnd.nextInt(3))), List.of(), Map.of());
        }

        /** The true cumulative toll of a scope as of a day: it grows every day. */
        private long toll(int scope, int day) {
            return base[scope] + (long) perDay[scope] * day;
        }

        /** A figure up to 5% behind the toll, as sources that are not up to date state it. */
        private long lagging(long toll) {
            return toll - (long) (toll * rnd.nextDouble() * 0.05);
        }

        /**
         * The toll of a day as a source states it: a lower bound a little behind it, a range around
         * it, or the official figure. Such statements never contradict each other.
         */
        private CountRecord cumulativeCount(long toll) {
            int qualifier = rnd.nextInt(100);
            long figure = lagging(toll);
            if (qualifier < 40) {
                long below = Math.max(0, Math.min(figure, toll - 1));
                return new CountRecord("more_than", below, null, "over " + below);
            } else if (qualifier < 70) {
                return new CountRecord("at_least", figure, null, "at least " + figure);
            } else if (qualifier < 90) {
                return new CountRecord("about", figure, null, "about " + figure);
            } else if (qualifier < 97) {
                long high = figure + figure / 10 + 1;
                return new CountRecord("between", figure, high, "between " + figure + " and " + high);
            }
            return new CountRecord("exactly", toll, null, null);
        }

        /** A source published on a day after the coup, by one of the publications. */
        private SourceRecord source(int day) {
            int publication = rnd.nextInt(PUBLICATIONS.length);
            return sourcesByDay.computeIfAbsent(day * PUBLICATIONS.length + publication,
                    key -> SourceRecord.article(PUBLICATIONS[publication], "https://news.example/casualties/" + key,
                            PERIOD_START.plusDays(day).toString(), null, "en"));
        }
    }

    private ActorRecord actor(String id) {
        for (ActorRecord actor : actors) {
            if (actor.id().equals(id)) {
                return actor;
            }
        }
        throw new IllegalArgumentException("no actor " + id);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
