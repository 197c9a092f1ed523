package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.Dossier;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.Strings;

/**
 * The actors a reader may name, found by name or alias whatever the case, punctuation, spacing or
 * diacritics: "U.N", "UN" and "united nations" are the United Nations.
 *
 * <p>From the reference article, "Beijing" and "Moscow" are aliases of the governments of China
 * and Russia:
 * <pre>{@code
 * ActorDirectory directory = ActorDirectory.of(ReferenceArticleFixture.dossier());
 * directory.resolve("Beijing");          // Found['Beijing' -> chn-gov]
 * directory.resolve("moscow");           // Found['moscow' -> rus-gov]
 * directory.resolve("U.N");              // Found['U.N' -> un]
 * directory.resolve("Sergéi Lavrov");    // Found['Sergéi Lavrov' -> sergei-lavrov]
 * directory.resolve("Washington");       // Unknown['Washington']
 * directory.with(beijingCity).resolve("Beijing");   // Ambiguous['Beijing' -> beijing-city, chn-gov]
 * }</pre>
 *
 * <p><b>Matching.</b> A name matches an actor when its {@linkplain #nameKey(CharSequence) key}
 * equals the key of the actor's {@link Actor#name() name} or of one of its
 * {@link Actor#aliases() aliases}. A name that matches several actors (by id) is
 * {@linkplain ActorResolution.Ambiguous ambiguous}: the directory never guesses. A name that
 * matches none is {@linkplain ActorResolution.Unknown unknown}. Ids are not names: look them up
 * with {@link #actor(String)}.
 *
 * <p><b>Identity.</b> The directory holds at most one actor per id: adding an actor whose id is
 * known replaces the earlier one, with all its names.
 *
 * <p>This class is immutable, thread-safe and value-based: {@link #with(Actor)} returns a new
 * directory. Two directories are equal when they hold equal actors.
 *
 * @since 0.1
 */
public final class ActorDirectory implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final ActorDirectory EMPTY = new ActorDirectory(Map.of());

    /** The actors by id. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final Map<String, Actor> actorsById;
    /** The ids of the actors known by each name key, sorted, distinct. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final Map<String, List<String>> idsByKey;

    private ActorDirectory(Map<String, Actor> actorsById) {
        this.actorsById = Map.copyOf(actorsById);
        this.idsByKey = index(actorsById);
    }

    private static Map<String, List<String>> index(Map<String, Actor> actorsById) {
        Map<String, List<String>> index = new HashMap<>();
        for (Actor actor : new TreeMap<>(actorsById).values()) {  // by id, so that each list is sorted
            addName(index, actor.name(), actor.id());
            for (String alias : actor.aliases()) {
                addName(index, alias, actor.id());
            }
        }
        Map<String, List<String>> frozen = new HashMap<>(index.size() * 2);
        index.forEach((key, ids) -> frozen.put(key, List.copyOf(ids)));
        return Map.copyOf(frozen);
    }

    private static void addName(Map<String, List<String>> index, String name, String id) {
        String key = nameKey(name);
        if (key.isEmpty()) {
            return;
        }
        List<String> ids = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(id)) {
            ids.add(id);
        }
    }

    /**
     * Obtains a directory that knows no actor.
     *
     * @return the empty directory, not null
     */
    public static ActorDirectory empty() {
        return EMPTY;
    }

    /**
     * Obtains a directory of the given actors. Of actors that share an id, the last one given is
     * kept. Their affiliations are not added: add them too if they are to be found by name.
     *
     * <p>Cost: {@code n log n} in the number of actors, plus linear in the number of their names.
     *
     * @param actors  the actors, not null, no null element
     * @return the directory, not null
     */
    public static ActorDirectory of(Collection<? extends Actor> actors) {
        Objects.requireNonNull(actors, "actors");
        return EMPTY.withAll(actors);
    }

    /**
     * Obtains a directory of the actors of a dossier, which holds every actor its values refer
     * to, affiliations included.
     *
     * <p>Cost: {@code n log n} in the number of actors, plus linear in the number of their names.
     *
     * @param dossier  the dossier, not null
     * @return the directory, not null
     */
    public static ActorDirectory of(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        return of(dossier.actors());
    }

    /**
     * Gets the key under which a name is matched: without diacritics
     * ({@link StringUtils#stripAccents(String)}), in lower case, without a leading "the " and
     * without anything but letters and digits. "U.N", "UN" and "the U. N." all have the key
     * {@code un}; "Sergéi Lávrov" has {@code sergeilavrov}.
     *
     * <p>Cost: linear in the length of the name.
     *
     * @param name  the name, not null
     * @return the key, empty if the name has no letter or digit, not null
     */
    public static String nameKey(CharSequence name) {
        Objects.requireNonNull(name, "name");
        String plain = StringUtils.lowerCase(StringUtils.stripAccents(name.toString()), Locale.ROOT);
        String withoutArticle = Strings.CS.removeStart(StringUtils.normalizeSpace(plain), "the ");
        return NOT_LETTER_OR_DIGIT.matcher(withoutArticle).replaceAll("");
    }

    /**
     * Obtains a copy of this directory that also knows the given actor, replacing the actor with
     * its id if there is one.
     *
     * <p>Cost: {@code n log n} in the size of the directory, which is rebuilt; add many actors at
     * once with {@link #withAll(Collection)}.
     *
     * @param actor  the actor, not null
     * @return a new directory, not null
     */
    public ActorDirectory with(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return withAll(List.of(actor));
    }

    /**
     * Obtains a copy of this directory that also knows the given actors, each replacing the actor
     * with its id if there is one; of given actors that share an id, the last one is kept.
     *
     * <p>Cost: {@code n log n} in the size of the new directory, plus linear in the number of
     * names.
     *
     * @param actors  the actors, not null, no null element
     * @return a new directory, not null
     */
    public ActorDirectory withAll(Collection<? extends Actor> actors) {
        Objects.requireNonNull(actors, "actors");
        Map<String, Actor> merged = new HashMap<>(actorsById);
        for (Actor actor : actors) {
            Objects.requireNonNull(actor, "actors");
            merged.put(actor.id(), actor);
        }
        return new ActorDirectory(merged);
    }

    /**
     * Finds the actor a name designates: "Beijing" is China's government, "U.N" the United
     * Nations. The name is matched by its {@linkplain #nameKey(CharSequence) key} against every
     * actor's name and aliases.
     *
     * <p>Cost: linear in the length of the name, constant in the size of the directory.
     *
     * @param name  the name, not null
     * @return {@link ActorResolution.Found found} if exactly one actor has the name,
     *     {@link ActorResolution.Ambiguous ambiguous} with the candidates if several have it,
     *     {@link ActorResolution.Unknown unknown} if none has it, not null
     */
    public ActorResolution resolve(CharSequence name) {
        Objects.requireNonNull(name, "name");
        String text = name.toString();
        List<String> ids = idsByKey.getOrDefault(nameKey(text), List.of());
        if (ids.isEmpty()) {
            return ActorResolution.Unknown.of(text);
        }
        if (ids.size() == 1) {
            return ActorResolution.Found.of(text, actorsById.get(ids.get(0)));
        }
        List<Actor> candidates = new ArrayList<>(ids.size());
        for (String id : ids) {
            candidates.add(actorsById.get(id));
        }
        return ActorResolution.Ambiguous.of(text, candidates);
    }

    /**
     * Gets an actor by id.
     *
     * <p>Cost: constant.
     *
     * @param id  the actor's id, such as {@code chn-gov}, not null
     * @return the actor, empty if the directory has none with this id
     */
    public Optional<Actor> actor(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(actorsById.get(id));
    }

    /**
     * Gets every actor of the directory, sorted by id.
     *
     * <p>Cost: {@code n log n} in the size of the directory.
     *
     * @return the actors, unmodifiable, not null
     */
    public List<Actor> actors() {
        return List.copyOf(new TreeMap<>(actorsById).values());
    }

    /**
     * Gets the number of actors.
     *
     * @return the number of actors, zero or more
     */
    public int size() {
        return actorsById.size();
    }

    /**
     * Checks if this directory is equal to another: both hold equal actors.
     *
     * @param obj  the other object, null gives false
     * @return true if the other object is a directory of equal actors
     */
    @Override
    public boolean equals(Object obj) {
        return this == obj || obj instanceof ActorDirectory && actorsById.equals(((ActorDirectory) obj).actorsById);
    }

    /**
     * Gets a hash code consistent with {@link #equals(Object)}.
     *
     * @return the hash code of the actors
     */
    @Override
    public int hashCode() {
        return actorsById.hashCode();
    }

    /**
     * Gets a short description: how many actors and distinct name keys.
     *
     * @return text such as {@code ActorDirectory[17 actors, 29 names]}
     */
    @Override
    public String toString() {
        return "ActorDirectory[" + actorsById.size() + " actors, " + idsByKey.size() + " names]";
    }
}
