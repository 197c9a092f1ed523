package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The speaker resolvers of {@link SpeakerResolver}'s factories: the actor spoken for or the
 * speakers, each lifted along its chain of affiliations to the first actor that matches a
 * condition (or the top). Also the one place where the analyses call a resolver.
 */
final class AffiliationLifting implements SpeakerResolver {

    private static final Predicate<Actor> NEVER = actor -> false;
    private static final Predicate<Actor> ALWAYS = actor -> true;

    static final AffiliationLifting STANDARD = new AffiliationLifting("standard", NEVER, false);
    static final AffiliationLifting AS_NAMED = new AffiliationLifting("asNamed", ALWAYS, false);
    static final AffiliationLifting TOPMOST = new AffiliationLifting("topmost", NEVER, true);

    private final String name;
    /** Where lifting stops: the first actor of the chain that matches. */
    private final Predicate<? super Actor> stop;
    /** Whether the actor spoken for is lifted too; if not, it is taken as it is. */
    private final boolean liftOnBehalfOf;

    AffiliationLifting(String name, Predicate<? super Actor> stop, boolean liftOnBehalfOf) {
        this.name = name;
        this.stop = stop;
        this.liftOnBehalfOf = liftOnBehalfOf;
    }

    @Override
    public List<Actor> actorsFor(Statement statement) {
        Objects.requireNonNull(statement, "statement");
        Optional<Actor> onBehalfOf = statement.onBehalfOf();
        if (onBehalfOf.isPresent()) {
            return List.of(liftOnBehalfOf ? lift(onBehalfOf.get()) : onBehalfOf.get());
        }
        List<Actor> actors = new ArrayList<>(statement.speakers().size());
        for (Actor speaker : statement.speakers()) {
            actors.add(lift(speaker));
        }
        return List.copyOf(actors);
    }

    private Actor lift(Actor actor) {
        Actor current = actor;
        while (!stop.test(current) && current.affiliation().isPresent()) {
            current = current.affiliation().get();
        }
        return current;
    }

    /**
     * Calls a resolver and keeps the first actor of each id, in order.
     *
     * @throws NullPointerException with message {@code resolver} if it returns null or a null actor
     */
    static List<Actor> distinctActors(SpeakerResolver resolver, Statement statement) {
        List<Actor> actors = Objects.requireNonNull(resolver.actorsFor(statement), "resolver");
        if (actors.size() == 1) {
            return List.of(Objects.requireNonNull(actors.get(0), "resolver"));
        }
        Map<String, Actor> byId = new LinkedHashMap<>();
        for (Actor actor : actors) {
            byId.putIfAbsent(Objects.requireNonNull(actor, "resolver").id(), actor);
        }
        return List.copyOf(byId.values());
    }

    @Override
    public String toString() {
        return "SpeakerResolver[" + name + "]";
    }
}
