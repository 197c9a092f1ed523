package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.Channel;
import io.github.demarche.CountQualifier;
import io.github.demarche.CountryCode;
import io.github.demarche.FigureCertainty;
import io.github.demarche.FigureKind;
import io.github.demarche.Intensity;
import io.github.demarche.Location;
import io.github.demarche.QualifiedCount;
import io.github.demarche.RandomValues;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded random statements and casualty reports dense enough for the analyses: few targets, many
 * actors with chains of affiliation, many overlapping dates, a few scopes. The same seed gives the
 * same values; {@link RandomValues#seed()} reads {@code -Ddemarche.seed=N}.
 */
final class AnalysisRandom {

    /** The targets statements take stances on: topics, an actor and an event. */
    static final List<StanceTarget> TARGETS = List.of(
            StanceTarget.topic("the situation in Myanmar", "myanmar-situation"),
            StanceTarget.topic("Myanmar", "myanmar-situation"),  // same key, another label
            StanceTarget.topic("UN action", "un-action-on-myanmar"),
            StanceTarget.actor(ReferenceArticleFixture.JUNTA),
            StanceTarget.event("coup-2021-02-01"));

    private final Random random;
    private final RandomValues values;
    private int nextId;

    AnalysisRandom(long seed) {
        this.random = new Random(seed);
        this.values = new RandomValues(seed ^ 0x5DEECE66DL);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
        E[] constants = type.getEnumConstants();
        return constants[random.nextInt(constants.length)];
    }

    /** A date: mostly March 2021 at various precisions, sometimes any random date of 2021. */
    ApproximateDate date() {
        switch (random.nextInt(5)) {
            case 0:
                return values.date();
            case 1:
                return ApproximateDate.ofMonth(2021, 2 + random.nextInt(2));
            case 2:
                return ApproximateDate.ofMonthPart(2021, 3, pick(ApproximateDate.MonthPart.class));
            default:
                return ApproximateDate.of(LocalDate.of(2021, 3, 1).plusDays(random.nextInt(31)));
        }
    }

    Stance stance() {
        return Stance.builder().type(pick(StanceType.class)).target(pick(TARGETS)).intensity(pick(Intensity.class))
                .contemplated(random.nextInt(6) == 0).build();
    }

    /** A statement of one to three speakers, sometimes on behalf of another actor, with one to three stances. */
    Statement statement() {
        List<Actor> speakers = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        while (speakers.size() < count) {
            Actor speaker = values.actor();
            if (speakers.stream().noneMatch(known -> known.id().equals(speaker.id()))) {
                speakers.add(speaker);
            }
        }
        Statement.Builder builder = Statement.builder().id("s" + nextId++).addAllSpeakers(speakers).date(date())
                .mode(StatementMode.PARAPHRASE).channel(pick(Channel.class)).summary("summary")
                .addSource(ReferenceArticleFixture.SOURCE);
        if (random.nextInt(4) == 0) {
            builder.onBehalfOf(values.actor());
        }
        int stances = 1 + random.nextInt(3);
        for (int i = 0; i < stances; i++) {
            builder.addStance(stance());
        }
        return builder.build();
    }

    /** The originators of random figures: a monitor, a party, the UN; and none. */
    private static final List<Actor> ORIGINATORS = List.of(ReferenceArticleFixture.UN, ReferenceArticleFixture.JUNTA,
            ReferenceArticleFixture.ASEAN);

    /**
     * A casualty report of one of four scopes, cumulative half of the time, with an id from a small
     * set; a third of the time from one of three originators, sometimes relayed by another, with a
     * certainty.
     */
    CasualtyReport casualtyReport() {
        ApproximateDate asOf = date();
        CasualtyReport.Builder builder = CasualtyReport.builder().id("r" + random.nextInt(30))
                .type(random.nextBoolean() ? CasualtyType.KILLED : CasualtyType.INJURED).count(count())
                .victims(Victims.of(random.nextBoolean() ? VictimGroup.CIVILIANS : VictimGroup.PROTESTERS))
                .location(Location.of(CountryCode.of("MMR"))).asOf(asOf).addSource(ReferenceArticleFixture.SOURCE);
        if (random.nextBoolean() && asOf.earliest().isAfter(LocalDate.of(2021, 1, 1))) {
            builder.periodStart(ApproximateDate.ofDay(2021, 1, 1));
        }
        attribution(builder);
        return builder.build();
    }

    /** Sometimes an originator, relayed by another a third of those times, and a certainty. */
    private void attribution(CasualtyReport.Builder builder) {
        if (random.nextInt(3) == 0) {
            int originator = random.nextInt(ORIGINATORS.size());
            builder.originator(ORIGINATORS.get(originator));
            if (random.nextInt(3) == 0) {
                builder.reportedBy(ORIGINATORS.get((originator + 1) % ORIGINATORS.size()));
            }
            builder.certainty(pick(FigureCertainty.class));
        }
    }

    /**
     * The reports of one series: one scope (killed civilians in Myanmar, reported or, for
     * {@code projected}, projected for April 2021) and one originator; cumulative totals and parts,
     * exact, bounded, open and vague counts, dense dates.
     */
    List<CasualtyReport> series(int size, boolean projected) {
        List<CasualtyReport> reports = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            ApproximateDate asOf = random.nextInt(8) == 0 ? ApproximateDate.ofMonth(2021, 3)
                    : ApproximateDate.of(LocalDate.of(2021, 3, 1).plusDays(random.nextInt(31)));
            CasualtyReport.Builder builder = CasualtyReport.builder().id("r" + i).type(CasualtyType.KILLED)
                    .count(random.nextInt(5) == 0 ? QualifiedCount.vague(pick(List.of(CountQualifier.DOZENS,
                            CountQualifier.HUNDREDS, CountQualifier.SCORES))) : count())
                    .victims(Victims.of(VictimGroup.CIVILIANS)).location(Location.of(CountryCode.of("MMR")))
                    .asOf(asOf).addSource(ReferenceArticleFixture.SOURCE).originator(ReferenceArticleFixture.UN);
            if (random.nextBoolean()) {
                builder.periodStart(ApproximateDate.ofDay(2021, 2, 1));
            }
            if (projected) {
                builder.figureKind(FigureKind.PROJECTION).horizon(ApproximateDate.ofMonth(2021, 4));
            }
            reports.add(builder.build());
        }
        return reports;
    }

    /** A count near a toll that rises through March, so that both consistent and inconsistent figures occur. */
    private QualifiedCount count() {
        long figure = 100 + random.nextInt(200);
        switch (random.nextInt(4)) {
            case 0:
                return QualifiedCount.exactly(figure);
            case 1:
                return QualifiedCount.moreThan(figure);
            case 2:
                return QualifiedCount.between(figure, figure + random.nextInt(60));
            default:
                return values.count();
        }
    }

    <T> List<T> listOf(int size, java.util.function.Supplier<T> next) {
        List<T> list = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            list.add(next.get());
        }
        return list;
    }

    /** A copy of the list in random order. */
    <T> List<T> shuffled(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        java.util.Collections.shuffle(copy, random);
        return copy;
    }
}
