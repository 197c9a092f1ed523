package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groupings and filters that a data pipeline needs before or beside the analyses: statements by the
 * actor they count for, by target, within a period; casualty reports by scope, within a period.
 *
 * <p>Groups are keyed by the identities the model compares by: an actor's {@link
 * io.github.demarche.Actor#id() id}, a target's {@link StanceTarget#identityKey() identity key}, a
 * {@link CasualtyScope}. Keys come in the order they first appear in the input and each group keeps
 * the input's order. From the reference article:
 * <pre>{@code
 * Map<String, List<Statement>> bySpeaker = Groupings.bySpeaker(statements);
 * bySpeaker.get("chn");        // deep concern, joint statement, blocked resolution, denial
 * bySpeaker.get("chn-gov");    // the reconciliation pledge, made on behalf of "Beijing"
 * Groupings.byTarget(statements).get("topic:un-action-on-myanmar");   // the call on the UN, the blocked resolution
 * Groupings.statementsInPeriod(statements, ApproximateDate.parse("2021-03-early"), PeriodMatch.WITHIN);
 *                              // the reconciliation pledge
 * }</pre>
 *
 * <p>Every method makes one pass over its input; the maps and lists returned are unmodifiable.
 *
 * @since 0.1
 */
public final class Groupings {

    private Groupings() {
    }

    /**
     * Groups statements by the actors they count for by the {@linkplain SpeakerResolver#standard()
     * standard} resolver: a joint statement of China and Russia is in both groups.
     *
     * <p>Cost: one pass over the statements, linear; memory proportional to the statements per actor.
     *
     * @param statements  the statements, not null, no null element
     * @return the statements by actor id, unmodifiable, not null
     */
    public static Map<String, List<Statement>> bySpeaker(Collection<? extends Statement> statements) {
        return bySpeaker(statements, SpeakerResolver.standard());
    }

    /**
     * Groups statements by the actors they count for by the given resolver; a statement is in the
     * group of each actor it counts for, once.
     *
     * <p>Cost: one pass over the statements, linear; memory proportional to the statements per actor.
     *
     * @param statements  the statements, not null, no null element
     * @param resolver  decides which actors a statement counts for, not null
     * @return the statements by actor id, unmodifiable, not null
     * @throws NullPointerException with message {@code resolver} if the resolver returns null or a
     *     null actor
     */
    public static Map<String, List<Statement>> bySpeaker(Collection<? extends Statement> statements,
            SpeakerResolver resolver) {
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(resolver, "resolver");
        Map<String, List<Statement>> groups = new LinkedHashMap<>();
        for (Statement statement : statements) {
            Objects.requireNonNull(statement, "statements");
            for (Actor actor : AffiliationLifting.distinctActors(resolver, statement)) {
                groups.computeIfAbsent(actor.id(), id -> new ArrayList<>()).add(statement);
            }
        }
        return frozen(groups);
    }

    /**
     * Groups statements by the targets of their stances: a statement is in the group of each target
     * it takes a stance on, once, whatever the number of its stances on that target.
     *
     * <p>Cost: one pass over the statements and their stances, linear; memory proportional to the
     * statements per target.
     *
     * @param statements  the statements, not null, no null element
     * @return the statements by {@linkplain StanceTarget#identityKey() identity key} of the target,
     *     such as {@code topic:myanmar-situation}, unmodifiable, not null
     */
    public static Map<String, List<Statement>> byTarget(Collection<? extends Statement> statements) {
        Objects.requireNonNull(statements, "statements");
        Map<String, List<Statement>> groups = new LinkedHashMap<>();
        for (Statement statement : statements) {
            Objects.requireNonNull(statement, "statements");
            for (Stance stance : statement.stances()) {
                List<Statement> group = groups.computeIfAbsent(stance.target().identityKey(), key -> new ArrayList<>());
                if (group.isEmpty() || group.get(group.size() - 1) != statement) {
                    group.add(statement);
                }
            }
        }
        return frozen(groups);
    }

    /**
     * Keeps the statements whose date matches a period.
     *
     * <p>Cost: one pass over the statements, linear.
     *
     * @param statements  the statements, not null, no null element
     * @param period  the period, any approximate date such as {@code 2021-03} or
     *     {@code 2021-03-01/2021-03-15}, not null
     * @param match  whether a statement's date must overlap the period or lie within it, not null
     * @return the matching statements, in the input's order, unmodifiable, not null
     */
    public static List<Statement> statementsInPeriod(Collection<? extends Statement> statements,
            ApproximateDate period, PeriodMatch match) {
        Objects.requireNonNull(statements, "statements");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(match, "match");
        List<Statement> kept = new ArrayList<>();
        for (Statement statement : statements) {
            Objects.requireNonNull(statement, "statements");
            if (matches(statement.date(), period, match)) {
                kept.add(statement);
            }
        }
        return List.copyOf(kept);
    }

    /**
     * Groups casualty reports by {@link CasualtyScope scope}: reports in one group have the same
     * scope ({@link CasualtyReport#hasSameScopeAs(CasualtyReport)}).
     *
     * <p>Cost: one pass over the reports, linear; memory proportional to the reports.
     *
     * @param reports  the reports, not null, no null element
     * @return the reports by scope, unmodifiable, not null
     */
    public static Map<CasualtyScope, List<CasualtyReport>> byScope(Collection<? extends CasualtyReport> reports) {
        Objects.requireNonNull(reports, "reports");
        Map<CasualtyScope, List<CasualtyReport>> groups = new LinkedHashMap<>();
        for (CasualtyReport report : reports) {
            Objects.requireNonNull(report, "reports");
            groups.computeIfAbsent(CasualtyScope.of(report), scope -> new ArrayList<>()).add(report);
        }
        return frozen(groups);
    }

    /**
     * Keeps the casualty reports whose as-of date matches a period.
     *
     * <p>Cost: one pass over the reports, linear.
     *
     * @param reports  the reports, not null, no null element
     * @param period  the period, any approximate date, not null
     * @param match  whether a report's as-of date must overlap the period or lie within it, not null
     * @return the matching reports, in the input's order, unmodifiable, not null
     */
    public static List<CasualtyReport> reportsInPeriod(Collection<? extends CasualtyReport> reports,
            ApproximateDate period, PeriodMatch match) {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(match, "match");
        List<CasualtyReport> kept = new ArrayList<>();
        for (CasualtyReport report : reports) {
            Objects.requireNonNull(report, "reports");
            if (matches(report.asOf(), period, match)) {
                kept.add(report);
            }
        }
        return List.copyOf(kept);
    }

    private static boolean matches(ApproximateDate date, ApproximateDate period, PeriodMatch match) {
        return match == PeriodMatch.OVERLAPS ? date.overlaps(period) : period.contains(date);
    }

    private static <K, V> Map<K, List<V>> frozen(Map<K, List<V>> groups) {
        Map<K, List<V>> frozen = new LinkedHashMap<>(groups.size() * 2);
        groups.forEach((key, values) -> frozen.put(key, List.copyOf(values)));
        return Collections.unmodifiableMap(frozen);
    }
}
