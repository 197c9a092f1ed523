package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
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
 * diacritics: "U.N", "UN" and "united nations" are the United Nations; then by a description the
 * sources use ("the junta", "the military government"); then a person by surname ("Wang").
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
 * directory.resolve("Lavrov");           // Found['Lavrov' -> sergei-lavrov]: the last word of his name
 * }</pre>
 * A description the sources use for an actor, and the surname of a person whose family name comes
 * first, are given on the actor:
 * <pre>{@code
 * Actor junta = Actor.builder().id("mmr-junta").name("State Administration Council")
 *         .kind(ActorKind.GOVERNMENT).addCommonDescriptions("the junta", "the military government",
 *                 "Myanmar's military rulers").build();
 * Actor wangYi = Actor.builder().id("wang-yi").name("Wang Yi").surname("Wang").kind(ActorKind.PERSON).build();
 * ActorDirectory directory = ActorDirectory.of(List.of(junta, wangYi));
 * directory.resolve("military government");         // Found['military government' -> mmr-junta]
 * directory.resolve("Myanmar’s military rulers");   // Found['Myanmar’s military rulers' -> mmr-junta]
 * directory.resolve("Wang");                        // Found['Wang' -> wang-yi]
 * directory.with(wangWenbin).resolve("Wang");       // Ambiguous['Wang' -> wang-wenbin, wang-yi]: his surname is Wang too
 * }</pre>
 *
 * <p><b>Matching.</b> A text is looked up in three steps, and the first step that matches any
 * actor gives the answer:
 * <ol>
 *   <li>by name: its {@linkplain #nameKey(CharSequence) name key} equals the key of an actor's
 *       {@link Actor#name() name} or of one of its {@link Actor#aliases() aliases};</li>
 *   <li>by description: its {@linkplain #descriptionKey(CharSequence) description key}, a
 *       leading "the", "a" or "an" dropped, equals the key of one of an actor's
 *       {@link Actor#commonDescriptions() common descriptions} ("the junta", "Myanmar's military
 *       rulers") or of the {@link Actor#description() description} of an actor ("a monitoring
 *       group");</li>
 *   <li>by surname: its name key equals the key of the {@link Actor#surname() surname} of a
 *       named person who is not collective, or, where none is given, of the last word of a name of
 *       two words or more ("Lavrov" for Sergei Lavrov).</li>
 * </ol>
 * A text that matches several actors (by id) in the step that answers is
 * {@linkplain ActorResolution.Ambiguous ambiguous}: the directory never guesses. Two people named
 * Wang make "Wang" ambiguous; two unnamed groups both described as "diplomats" make "diplomats"
 * ambiguous, since unnamed actors are the same only when their ids are. A text that matches none
 * is {@linkplain ActorResolution.Unknown unknown}. Ids are not names: look them up with
 * {@link #actor(String)}.
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
    /** The ids of the actors known by each description key, sorted, distinct. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final Map<String, List<String>> idsByDescription;
    /** The ids of the persons known by each surname key, sorted, distinct. */
    @SuppressWarnings("serial")  // an unmodifiable JDK collection: serializable, unlike its type
    private final Map<String, List<String>> idsBySurname;

    private ActorDirectory(Map<String, Actor> actorsById) {
        this.actorsById = Map.copyOf(actorsById);
        Map<String, List<String>> names = new HashMap<>();
        Map<String, List<String>> descriptions = new HashMap<>();
        Map<String, List<String>> surnames = new HashMap<>();
        for (Actor actor : new TreeMap<>(actorsById).values()) {  // by id, so that each list is sorted
            String id = actor.id();
            actor.name().ifPresent(name -> add(names, nameKey(name), id));
            for (String alias : actor.aliases()) {
                add(names, nameKey(alias), id);
            }
            actor.description().ifPresent(description -> add(descriptions, descriptionKey(description), id));
            for (String description : actor.commonDescriptions()) {
                add(descriptions, descriptionKey(description), id);
            }
            surname(actor).ifPresent(surname -> add(surnames, nameKey(surname), id));
        }
        this.idsByKey = freeze(names);
        this.idsByDescription = freeze(descriptions);
        this.idsBySurname = freeze(surnames);
    }

    /** The surname of a named person who is not collective: given, or the last of two words or more. */
    private static Optional<String> surname(Actor actor) {
        if (actor.kind() != ActorKind.PERSON || actor.isCollective() || actor.name().isEmpty()) {
            return Optional.empty();
        }
        if (actor.surname().isPresent()) {
            return actor.surname();
        }
        String[] words = StringUtils.split(StringUtils.normalizeSpace(actor.name().get()), ' ');
        return words.length < 2 ? Optional.empty() : Optional.of(words[words.length - 1]);
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> index) {
        Map<String, List<String>> frozen = new HashMap<>(index.size() * 2);
        index.forEach((key, ids) -> frozen.put(key, List.copyOf(ids)));
        return Map.copyOf(frozen);
    }

    private static void add(Map<String, List<String>> index, String key, String id) {
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
     * Gets the key under which a description is matched: the {@linkplain #nameKey(CharSequence)
     * name key} of the text without a leading article ("the", "a" or "an", in any case).
     * "The junta", "junta" and "a junta" all have the key {@code junta}; "Myanmar's military
     * rulers" has {@code myanmarsmilitaryrulers}.
     *
     * <p>Cost: linear in the length of the description.
     *
     * @param description  the description, not null
     * @return the key, empty if the description has no letter or digit, not null
     * @since 0.2
     */
    public static String descriptionKey(CharSequence description) {
        Objects.requireNonNull(description, "description");
        String plain = StringUtils.normalizeSpace(StringUtils.lowerCase(
                StringUtils.stripAccents(description.toString()), Locale.ROOT));
        for (String article : ARTICLES) {
            if (plain.startsWith(article) && plain.length() > article.length()) {
                plain = plain.substring(article.length());
                break;
            }
        }
        return NOT_LETTER_OR_DIGIT.matcher(plain).replaceAll("");
    }

    /** The leading articles dropped from descriptions, each with its space. */
    private static final List<String> ARTICLES = List.of("the ", "an ", "a ");

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
     * Finds the actor a name or description designates: "Beijing" is China's government, "U.N"
     * the United Nations, "the military government" Myanmar's junta, "Lavrov" Sergei Lavrov. The
     * text is matched by name and aliases, then by description, then by surname; the first of
     * these steps that matches any actor answers (see the class comment).
     *
     * <p>Cost: linear in the length of the name, constant in the size of the directory.
     *
     * @param name  the name or description, not null
     * @return {@link ActorResolution.Found found} if exactly one actor matches in the step that
     *     answers, {@link ActorResolution.Ambiguous ambiguous} with the candidates if several do,
     *     {@link ActorResolution.Unknown unknown} if no step matches any, not null
     */
    public ActorResolution resolve(CharSequence name) {
        Objects.requireNonNull(name, "name");
        String text = name.toString();
        String key = nameKey(text);
        List<String> ids = idsByKey.getOrDefault(key, List.of());
        if (ids.isEmpty()) {
            ids = idsByDescription.getOrDefault(descriptionKey(text), List.of());
        }
        if (ids.isEmpty()) {
            ids = idsBySurname.getOrDefault(key, List.of());
        }
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
