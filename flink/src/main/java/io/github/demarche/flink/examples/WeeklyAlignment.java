package io.github.demarche.flink.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.demarche.Actor;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import io.github.demarche.analysis.ActorPairAlignment;
import io.github.demarche.analysis.StanceAlignment;
import io.github.demarche.analysis.StanceShift;
import io.github.demarche.analysis.StanceTimeline;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The analysis of the example job, per week and per question (stance target): the alignment of
 * each pair of actors that took a position, and each actor's shifts, as lines of JSON. The job
 * computes it on Flink, one window of one target at a time ({@link #lines(LocalDate, String, Collection)});
 * {@link #inOneJvm(Collection)} computes it on all statements at once with the core's
 * {@link StanceAlignment#byTarget(Collection)}, which the tests compare the job's output with.
 *
 * <p><b>Weeks.</b> A week is an ISO week, Monday to Sunday, in UTC. A statement belongs to the week
 * that holds its whole date, from its {@linkplain io.github.demarche.ApproximateDate#earliest()
 * earliest} to its {@linkplain io.github.demarche.ApproximateDate#latest() latest} day: "23 March
 * 2021" and "about 23 March 2021" to the week of 22 March; a date that spans two weeks or more
 * ("March 2021", "early March 2021", "since 1 February 2021") belongs to none and is left out of the
 * weekly analysis (the job writes it aside). Placing it on its first day would invent a precision
 * the source does not give, and counting it in every week it spans would repeat one stance in
 * several weeks' alignments.
 *
 * <p><b>Lines.</b> One line of JSON per pair of actors on a target in a week:
 * <pre>{"week":"2021-W12","weekStart":"2021-03-22","target":"topic:myanmar-situation","kind":"alignment","first":"chn","second":"rus","verdict":"ALIGNED","firstStances":1,"secondStances":1}</pre>
 * and one per shift of an actor's stance on the target in the week ({@link StanceTimeline#shifts()}):
 * <pre>{"week":"2021-W12","weekStart":"2021-03-22","target":"topic:un-action-on-myanmar","kind":"shift","actor":"rus","from":"s04","to":"s07","direction":"TOWARD_CONFLICT","ordered":true,"change":-2.0}</pre>
 *
 * <p><b>Order.</b> Statements of a week are taken in the order of {@link #ORDER} (earliest day,
 * latest day, id), so that the analysis does not depend on the order in which a distributed job
 * meets them; a line names actors, statements and targets by id only.
 *
 * @since 0.2
 */
public final class WeeklyAlignment {

    /** The order statements are analysed in: earliest day, latest day, then id. */
    public static final Comparator<Statement> ORDER = Comparator
            .comparing((Statement statement) -> statement.date().earliest())
            .thenComparing(statement -> statement.date().latest())
            .thenComparing(Statement::id);

    private static final ObjectMapper JSON = new ObjectMapper();

    private WeeklyAlignment() {
    }

    /**
     * Gets the Monday of the week that holds a statement's whole date.
     *
     * @param statement  the statement, not null
     * @return the Monday, empty if the date spans more than one week
     */
    public static Optional<LocalDate> weekOf(Statement statement) {
        LocalDate earliest = statement.date().earliest();
        LocalDate monday = earliest.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate latest = statement.date().latest();
        return latest.isAfter(monday.plusDays(6)) ? Optional.empty() : Optional.of(monday);
    }

    /**
     * Gets the event time of a statement: the start of its earliest day, UTC, in epoch milliseconds.
     *
     * @param statement  the statement, not null
     * @return the time
     */
    public static long eventTime(Statement statement) {
        return statement.date().earliest().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /**
     * Gets the identity keys of the targets a statement takes a stance on, each once.
     *
     * @param statement  the statement, not null
     * @return the keys, in the order of the stances
     */
    public static List<String> targetKeys(Statement statement) {
        List<String> keys = new ArrayList<>();
        for (Stance stance : statement.stances()) {
            String key = stance.target().identityKey();
            if (!keys.contains(key)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /**
     * Analyses one week's statements on one target, as a window of the job does.
     *
     * @param monday  the week's Monday, not null
     * @param targetKey  the target's identity key, not null
     * @param statements  the week's statements with a stance on the target, in any order, not null
     * @return the lines: each pair's alignment, then each actor's shifts, not null
     */
    public static List<String> lines(LocalDate monday, String targetKey, Collection<Statement> statements) {
        List<Statement> sorted = new ArrayList<>(statements);
        sorted.sort(ORDER);
        StanceTarget target = null;
        for (Statement statement : sorted) {
            for (Stance stance : statement.stances()) {
                if (target == null && stance.target().identityKey().equals(targetKey)) {
                    target = stance.target();
                }
            }
        }
        if (target == null) {
            return List.of();
        }
        List<Statement> onTarget = new ArrayList<>();
        for (Statement statement : sorted) {
            if (targetKeys(statement).contains(targetKey)) {
                onTarget.add(statement);
            }
        }
        return lines(monday, onTarget, StanceAlignment.of(onTarget, target));
    }

    /**
     * Analyses statements in one JVM, with the core's grouping by target: the reference the job's
     * output is compared with.
     *
     * @param statements  the statements, not null
     * @return the lines of every week in order, and of every target of a week, not null
     */
    public static List<String> inOneJvm(Collection<Statement> statements) {
        Map<LocalDate, List<Statement>> weeks = new TreeMap<>();
        for (Statement statement : statements) {
            weekOf(statement).ifPresent(monday -> weeks.computeIfAbsent(monday, m -> new ArrayList<>()).add(statement));
        }
        List<String> lines = new ArrayList<>();
        weeks.forEach((monday, week) -> {
            week.sort(ORDER);
            Map<String, List<Statement>> byTarget = new HashMap<>();
            for (Statement statement : week) {
                for (String key : targetKeys(statement)) {
                    byTarget.computeIfAbsent(key, k -> new ArrayList<>()).add(statement);
                }
            }
            StanceAlignment.byTarget(week).values().forEach(alignment -> lines.addAll(
                    lines(monday, byTarget.get(alignment.target().identityKey()), alignment)));
        });
        return lines;
    }

    /** The lines of an alignment, with the week's statements on its target, in {@link #ORDER}. */
    private static List<String> lines(LocalDate monday, List<Statement> onTarget, StanceAlignment alignment) {
        List<String> lines = new ArrayList<>();
        String targetKey = alignment.target().identityKey();
        for (ActorPairAlignment pair : alignment.pairs()) {
            ObjectNode line = line(monday, targetKey, "alignment");
            line.put("first", pair.first().id());
            line.put("second", pair.second().id());
            line.put("verdict", pair.verdict().name());
            line.put("firstStances", pair.firstSupport().size());
            line.put("secondStances", pair.secondSupport().size());
            lines.add(text(line));
        }
        // the timelines read only the statements on the target: a week holds many targets
        for (Actor actor : alignment.actors()) {
            for (StanceShift shift : StanceTimeline.of(onTarget, actor, alignment.target()).shifts()) {
                ObjectNode line = line(monday, targetKey, "shift");
                line.put("actor", actor.id());
                line.put("from", shift.from().statement().id());
                line.put("to", shift.to().statement().id());
                line.put("direction", shift.direction().name());
                line.put("ordered", shift.isOrdered());
                if (shift.change().isPresent()) {
                    line.put("change", shift.change().getAsDouble());
                } else {
                    line.putNull("change");
                }
                lines.add(text(line));
            }
        }
        return lines;
    }

    private static ObjectNode line(LocalDate monday, String targetKey, String kind) {
        ObjectNode line = JSON.createObjectNode();
        line.put("week", monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format(java.util.Locale.ROOT, "%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        line.put("weekStart", monday.toString());
        line.put("target", Objects.requireNonNull(targetKey));
        line.put("kind", kind);
        return line;
    }

    private static String text(ObjectNode line) {
        try {
            return JSON.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
