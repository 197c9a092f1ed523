package io.github.demarche.benchmarks;

import io.github.demarche.benchmarks.PlainRecords.ActorRecord;
import io.github.demarche.benchmarks.PlainRecords.SourceRecord;
import io.github.demarche.benchmarks.PlainRecords.StanceRecord;
import io.github.demarche.benchmarks.PlainRecords.StatementRecord;
import io.github.demarche.benchmarks.PlainRecords.TargetRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded generator of realistic data sets in the shape of the reference article, at scale: a pool
 * of states, their governments and ministers, movements and organizations; statements with one or
 * two speakers, one to three stances on actors, topics or events, partial dates, and a handful of
 * sources. The same seed and size give the same data.
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

    private final Random random;
    private final List<ActorRecord> actors;
    private final List<SourceRecord> sources;

    /**
     * Creates a generator.
     *
     * @param seed  the seed
     */
    public Dataset(long seed) {
        this.random = new Random(seed);
        this.actors = actorPool();
        this.sources = sourcePool();
    }

    private List<ActorRecord> actorPool() {
        List<ActorRecord> pool = new ArrayList<>();
        for (String country : COUNTRIES) {
            String lower = country.toLowerCase(Locale.ROOT);
            ActorRecord state = new ActorRecord(lower, "State " + country, "state", country, null, null, List.of(),
                    null, country);
            ActorRecord government = new ActorRecord(lower + "-gov", "Government of " + country, "government", country,
                    null, state, List.of("Capital of " + country), null, country + "GOV");
            pool.add(state);
            pool.add(government);
            pool.add(new ActorRecord(lower + "-fm", "Foreign minister of " + country, "person", country,
                    "Foreign Minister", government, List.of(), null, null));
            pool.add(new ActorRecord(lower + "-spokesperson", "Spokesperson of " + country, "person", country,
                    "Spokesperson", government, List.of(), null, null));
            pool.add(new ActorRecord(lower + "-movement", "Civil society of " + country, "civil_society", country, null,
                    null, List.of("protesters in " + country), null, null));
        }
        pool.add(new ActorRecord("un", "United Nations", "intergovernmental_organization", null, null, null,
                List.of("UN", "U.N"), "Q1065", "IGOUNO"));
        pool.add(new ActorRecord("asean", "Association of Southeast Asian Nations", "intergovernmental_organization",
                null, null, null, List.of("ASEAN"), "Q7768", null));
        return List.copyOf(pool);
    }

    private List<SourceRecord> sourcePool() {
        List<SourceRecord> pool = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String publication = PUBLICATIONS[i % PUBLICATIONS.length];
            pool.add(new SourceRecord(publication, "https://news.example/" + i, "2021-03-" + (10 + i % 19),
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
        for (int i = 0; i < count; i++) {
            statements.add(statement(i));
        }
        return statements;
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
        List<String> eventIds = random.nextInt(3) == 0 ? List.of("event-" + random.nextInt(500)) : List.of();
        ActorRecord onBehalfOf = first.affiliation() != null && random.nextBoolean() ? first.affiliation() : null;
        String quote = mode.equals("direct_quote") ? "we are deeply concerned " + random.nextInt(1000) : null;
        return new StatementRecord("s-" + index, speakers, onBehalfOf, date(LocalDate.parse(source.publicationDate())),
                mode, CHANNELS[random.nextInt(CHANNELS.length)], quote,
                "Summary of statement " + index + " about " + TOPICS[random.nextInt(TOPICS.length)], List.copyOf(stances),
                eventIds, source);
    }

    private StanceRecord stance() {
        TargetRecord target;
        int kind = random.nextInt(4);
        if (kind == 0) {
            target = new TargetRecord("actor", pick(actors), null, null, null);
        } else if (kind == 1) {
            target = new TargetRecord("event", null, null, null, "event-" + random.nextInt(500));
        } else {
            int topic = random.nextInt(TOPICS.length);
            target = new TargetRecord("topic", null, TOPICS[topic], "topic-" + topic, null);
        }
        String type = STANCE_TYPES[random.nextInt(STANCE_TYPES.length)];
        return new StanceRecord(type, target, INTENSITIES[random.nextInt(INTENSITIES.length)], random.nextInt(10) == 0,
                random.nextBoolean() ? "wording of a " + type + " stance" : null);
    }

    private String date(LocalDate published) {
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

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
