package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.ValidationException;
import io.github.demarche.ViolationCode;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an {@link ActorDirectory} finds for a name: one actor ({@link Found}), several candidates
 * it will not choose between ({@link Ambiguous}), or nothing ({@link Unknown}).
 *
 * <p>From the reference article, "Beijing" is found, China's government; in a directory that also
 * knew Beijing's city government under the same name, "Beijing" would be ambiguous, with both as
 * candidates; "Washington" is unknown:
 * <pre>{@code
 * ActorResolution beijing = directory.resolve("Beijing");
 * beijing.found();                                // Optional[Actor[chn-gov: Government of China, GOVERNMENT]]
 * beijing.toString();                             // Found['Beijing' -> chn-gov]
 * directory.resolve("Washington").isUnknown();    // true
 * if (resolution instanceof ActorResolution.Ambiguous ambiguous) {
 *     ambiguous.candidates();                     // sorted by id, at least two
 * }
 * }</pre>
 *
 * <p>The three cases are the only ones: the interface is sealed. Each is immutable, thread-safe
 * and value-based; two resolutions are equal when their kind, name and candidates are equal.
 *
 * @since 0.1
 */
public sealed interface ActorResolution extends Serializable
        permits ActorResolution.Found, ActorResolution.Ambiguous, ActorResolution.Unknown {

    /**
     * Gets the name that was resolved, as it was asked.
     *
     * @return the name, not null
     */
    String name();

    /**
     * Gets the actors the name may designate, sorted by id: one if found, at least two if
     * ambiguous, none if unknown.
     *
     * @return the candidates, unmodifiable, not null
     */
    List<Actor> candidates();

    /**
     * Gets the actor found, if the name designates exactly one.
     *
     * @return the actor, empty if the name is ambiguous or unknown
     */
    default Optional<Actor> found() {
        return this instanceof Found ? Optional.of(((Found) this).actor()) : Optional.empty();
    }

    /**
     * Checks if the name designates exactly one actor.
     *
     * @return true for {@link Found}
     */
    default boolean isFound() {
        return this instanceof Found;
    }

    /**
     * Checks if the name designates several actors.
     *
     * @return true for {@link Ambiguous}
     */
    default boolean isAmbiguous() {
        return this instanceof Ambiguous;
    }

    /**
     * Checks if the name designates no known actor.
     *
     * @return true for {@link Unknown}
     */
    default boolean isUnknown() {
        return this instanceof Unknown;
    }

    /**
     * A name that designates exactly one actor: "Beijing" is China's government.
     *
     * <p>This class is immutable, thread-safe and value-based.
     *
     * @since 0.1
     */
    final class Found implements ActorResolution {

        private static final long serialVersionUID = 1L;

        /** The name as asked. */
        private final String name;
        /** The actor the name designates. */
        private final Actor actor;

        private Found(String name, Actor actor) {
            this.name = name;
            this.actor = actor;
        }

        /**
         * Obtains a resolution to one actor.
         *
         * @param name  the name as asked, not null
         * @param actor  the actor it designates, not null
         * @return the resolution, not null
         */
        static Found of(String name, Actor actor) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(actor, "actor");
            return new Found(name, actor);
        }

        @Override
        public String name() {
            return name;
        }

        /**
         * Gets the actor the name designates.
         *
         * @return the actor, not null
         */
        public Actor actor() {
            return actor;
        }

        /**
         * Gets the one candidate.
         *
         * @return a list of the actor, not null
         */
        @Override
        public List<Actor> candidates() {
            return List.of(actor);
        }

        /**
         * Checks if this resolution is equal to another: a resolution of the same name to an equal
         * actor.
         *
         * @param obj  the other object, null gives false
         * @return true if equal
         */
        @Override
        public boolean equals(Object obj) {
            return this == obj || obj instanceof Found && name.equals(((Found) obj).name)
                    && actor.equals(((Found) obj).actor);
        }

        /**
         * Gets a hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return name.hashCode() * 31 + actor.hashCode();
        }

        /**
         * Gets a short description: the name and the actor's id.
         *
         * @return text such as {@code Found['Beijing' -> chn-gov]}
         */
        @Override
        public String toString() {
            return "Found['" + name + "' -> " + actor.id() + "]";
        }
    }

    /**
     * A name that designates several actors, none of which is chosen: in a directory that knows
     * both China's government and Beijing's city government as "Beijing", the name is ambiguous.
     *
     * <p>This class is immutable, thread-safe and value-based.
     *
     * @since 0.1
     */
    final class Ambiguous implements ActorResolution {

        private static final long serialVersionUID = 1L;

        /** The name as asked. */
        private final String name;
        /** The candidates, at least two with distinct ids, sorted by id; unmodifiable. */
        @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
        private final List<Actor> candidates;

        private Ambiguous(String name, List<Actor> candidates) {
            this.name = name;
            this.candidates = candidates;
        }

        /**
         * Obtains a resolution to several candidates, which are kept sorted by id.
         *
         * @param name  the name as asked, not null
         * @param candidates  the actors it may designate, not null, no null element
         * @return the resolution, not null
         * @throws ValidationException if there are fewer than two candidates or two share an id, with
         *     one {@link ViolationCode#INCONSISTENT} violation at {@code candidates}
         */
        static Ambiguous of(String name, Collection<? extends Actor> candidates) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(candidates, "candidates");
            List<Actor> sorted = new ArrayList<>(candidates.size());
            Set<String> ids = new HashSet<>();
            boolean distinct = true;
            for (Actor candidate : candidates) {
                sorted.add(Objects.requireNonNull(candidate, "candidates"));
                distinct &= ids.add(candidate.id());
            }
            if (sorted.size() < 2 || !distinct) {
                throw AnalysisViolations.exception("ActorResolution.Ambiguous", "candidates",
                        ViolationCode.INCONSISTENT, "be at least two actors with distinct ids", ids(sorted).toString());
            }
            sorted.sort(Comparator.comparing(Actor::id));
            return new Ambiguous(name, List.copyOf(sorted));
        }

        private static List<String> ids(List<Actor> actors) {
            List<String> ids = new ArrayList<>(actors.size());
            for (Actor actor : actors) {
                ids.add(actor.id());
            }
            return ids;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<Actor> candidates() {
            return candidates;
        }

        /**
         * Checks if this resolution is equal to another: an ambiguous resolution of the same name to
         * equal candidates.
         *
         * @param obj  the other object, null gives false
         * @return true if equal
         */
        @Override
        public boolean equals(Object obj) {
            return this == obj || obj instanceof Ambiguous && name.equals(((Ambiguous) obj).name)
                    && candidates.equals(((Ambiguous) obj).candidates);
        }

        /**
         * Gets a hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return name.hashCode() * 31 + candidates.hashCode();
        }

        /**
         * Gets a short description: the name and the candidates' ids.
         *
         * @return text such as {@code Ambiguous['Beijing' -> beijing-city, chn-gov]}
         */
        @Override
        public String toString() {
            return "Ambiguous['" + name + "' -> " + String.join(", ", ids(candidates)) + "]";
        }
    }

    /**
     * A name that designates no known actor, such as "Washington" for the reference article.
     *
     * <p>This class is immutable, thread-safe and value-based.
     *
     * @since 0.1
     */
    final class Unknown implements ActorResolution {

        private static final long serialVersionUID = 1L;

        /** The name as asked. */
        private final String name;

        private Unknown(String name) {
            this.name = name;
        }

        /**
         * Obtains a resolution to nothing.
         *
         * @param name  the name as asked, not null
         * @return the resolution, not null
         */
        static Unknown of(String name) {
            Objects.requireNonNull(name, "name");
            return new Unknown(name);
        }

        @Override
        public String name() {
            return name;
        }

        /**
         * Gets no candidates.
         *
         * @return an empty list
         */
        @Override
        public List<Actor> candidates() {
            return List.of();
        }

        /**
         * Checks if this resolution is equal to another: an unknown resolution of the same name.
         *
         * @param obj  the other object, null gives false
         * @return true if equal
         */
        @Override
        public boolean equals(Object obj) {
            return this == obj || obj instanceof Unknown && name.equals(((Unknown) obj).name);
        }

        /**
         * Gets a hash code consistent with {@link #equals(Object)}.
         *
         * @return the hash code
         */
        @Override
        public int hashCode() {
            return name.hashCode();
        }

        /**
         * Gets a short description: the name.
         *
         * @return text such as {@code Unknown['Washington']}
         */
        @Override
        public String toString() {
            return "Unknown['" + name + "']";
        }
    }
}
