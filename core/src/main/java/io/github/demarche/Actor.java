package io.github.demarche;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * Someone who speaks or acts: a state, a government, a person, an organization, a movement.
 *
 * <p>From the reference article, Wang Yi speaks for China's government, which speaks for China;
 * "Beijing" is an alias of the government:
 * <pre>{@code
 * Actor china = Actor.builder().id("chn").name("China").kind(ActorKind.STATE)
 *         .country(CountryCode.of("CHN")).wikidataId("Q148").cameoCode("CHN").build();
 * Actor chinaGov = Actor.builder().id("chn-gov").name("Government of China")
 *         .kind(ActorKind.GOVERNMENT).country(CountryCode.of("CHN")).affiliation(china)
 *         .addAlias("Beijing").cameoCode("CHNGOV").build();
 * Actor wangYi = Actor.builder().id("wang-yi").name("Wang Yi").kind(ActorKind.PERSON)
 *         .country(CountryCode.of("CHN")).title("Foreign Minister").affiliation(chinaGov).build();
 * }</pre>
 *
 * <p>Rules: the {@link #id() id} is 1 to 64 lower-case ASCII letters and digits in runs separated by
 * single {@code '-'}, {@code '.'} or {@code '_'}; the name, title and aliases are not blank and at
 * most 200 characters; aliases are unique; a title is only for a {@link ActorKind#PERSON person};
 * the Wikidata id has the form {@code Q123}; the CAMEO actor code is one to five three-character
 * upper-case segments ({@code CHN}, {@code CHNGOV}, {@code MMRMIL}); the chain of affiliations has
 * no actor twice (no cycle through ids) and is at most {@value #MAX_AFFILIATION_DEPTH} deep.
 *
 * <p>Two actors are equal when all their attributes are equal. This class is immutable,
 * thread-safe and value-based.
 *
 * @since 0.1
 */
@Value.Immutable
@SuppressWarnings("serial")  // for the generated class: see DemarcheStyle.passAnnotations
public abstract class Actor implements Serializable {

    private static final long serialVersionUID = 2L;

    /**
     * The most affiliations above an actor: Wang Yi has two (China's government, then China). A
     * bound keeps hostile input from building chains deep enough to exhaust the stack.
     */
    public static final int MAX_AFFILIATION_DEPTH = 8;

    private static final int MAX_TEXT = 200;

    Actor() {
    }

    /**
     * Obtains a builder of actors.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the stable identifier, such as {@code wang-yi}, by which statements and events refer to
     * this actor within a dossier.
     *
     * @return the identifier, not null
     */
    public abstract String id();

    /**
     * Gets the name, as the source writes it or in its usual English form.
     *
     * @return the name, such as {@code "Wang Yi"}, not null
     */
    public abstract String name();

    /**
     * Gets the kind of actor.
     *
     * @return the kind, not null
     */
    public abstract ActorKind kind();

    /**
     * Gets the country the actor belongs to, if any.
     *
     * @return the country, empty for an international organization or an unknown country
     */
    public abstract Optional<CountryCode> country();

    /**
     * Gets the title of a person, such as {@code "Foreign Minister"} or {@code "Brigadier General"}.
     *
     * @return the title, empty if none is known or the actor is not a person
     */
    public abstract Optional<String> title();

    /**
     * Gets the actor this one belongs to or speaks for: Wang Yi's is China's government, whose is
     * China.
     *
     * @return the affiliation, empty if none
     */
    public abstract Optional<Actor> affiliation();

    /**
     * Gets the other names the sources use for this actor, such as the metonym {@code "Beijing"}.
     *
     * @return the aliases, unmodifiable, not null
     */
    public abstract List<String> aliases();

    /**
     * Gets the Wikidata identifier, such as {@code "Q148"} for China.
     *
     * @return the Wikidata item id, empty if none is known
     */
    public abstract Optional<String> wikidataId();

    /**
     * Gets the CAMEO actor code, as written, such as {@code CHNGOV}, {@code MMRMIL}, {@code bdaUAF}
     * or PLOVER's {@code ***}. Its country, if it has one, need not be {@link #country()}: a
     * dataset may code an actor by a region ({@code AFR}) or an organization ({@code IGOUNO}).
     *
     * @return the CAMEO code, empty if none is known
     */
    public abstract Optional<CameoActorCode> cameoCode();

    /**
     * Gets the sectors the actor belongs to, as a dataset names them: ICEWS's sector names
     * ({@code "Government"}, {@code "Executive Office"}) or PLOVER's sector codes ({@code "GOV"}).
     *
     * @return the sectors, as written, unmodifiable, possibly empty
     * @since 0.2
     */
    public abstract List<String> sectors();

    /**
     * Gets the ids that datasets give this actor, kept as written beside {@link #id()}, such as a
     * UCDP side id {@code ucdp-side:372}.
     *
     * @return the external ids, unmodifiable, possibly empty
     * @since 0.2
     */
    public abstract List<ExternalId> externalIds();

    /**
     * Gets the extension attributes: what a dataset carries about the actor and the model does not
     * name, by key, with its type.
     *
     * @return the attributes, unmodifiable, possibly empty
     * @since 0.2
     */
    public abstract Map<String, AttributeValue> attributes();

    /**
     * Gets the chain of affiliations, starting with this actor: for Wang Yi,
     * {@code [Wang Yi, Government of China, China]}.
     *
     * @return the chain, at least this actor, unmodifiable
     */
    public List<Actor> affiliationChain() {
        List<Actor> chain = new ArrayList<>(3);
        Optional<Actor> current = Optional.of(this);
        while (current.isPresent()) {
            chain.add(current.get());
            current = current.get().affiliation();
        }
        return List.copyOf(chain);
    }

    /**
     * Checks if this actor is the given actor or belongs to it through its chain of affiliations,
     * comparing by id: Wang Yi is affiliated with China's government and with China.
     *
     * @param other  the candidate, not null
     * @return true if {@code other} is this actor or one of its affiliations
     */
    public boolean isAffiliatedWith(Actor other) {
        Objects.requireNonNull(other, "other");
        for (Actor actor : affiliationChain()) {
            if (actor.id().equals(other.id())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks if the given name is this actor's name or one of its aliases, ignoring case.
     *
     * @param candidate  the name, not null
     * @return true if the name or an alias matches
     */
    public boolean isKnownAs(String candidate) {
        Objects.requireNonNull(candidate, "candidate");
        if (name().equalsIgnoreCase(candidate)) {
            return true;
        }
        for (String alias : aliases()) {
            if (alias.equalsIgnoreCase(candidate)) {
                return true;
            }
        }
        return false;
    }

    @Value.Check
    final void check() {
        rules().throwIfAny();
    }

    private Violations rules() {
        Violations violations = Violations.of("Actor");
        violations.id("id", id());
        violations.text("name", name(), MAX_TEXT, Violations.TextForm.NAME);
        // written without lambdas or a set for the usual one alias or none: actors are built by the million
        Optional<String> title = title();
        if (title.isPresent()) {
            violations.text("title", title.get(), MAX_TEXT);
            if (kind() != ActorKind.PERSON) {
                violations.addRaw("title", ViolationCode.NOT_APPLICABLE, "be empty unless kind is PERSON",
                        "title=" + Violations.show(title.get()) + " for kind " + kind());
            }
        }
        List<String> aliases = aliases();
        Set<String> seen = aliases.size() > 1 ? new HashSet<>() : null;
        for (int i = 0; i < aliases.size(); i++) {
            String alias = aliases.get(i);
            violations.text(Violations.at("aliases", i), alias, MAX_TEXT, Violations.TextForm.NAME);
            if (seen != null && !seen.add(alias.toLowerCase(Locale.ROOT))) {
                violations.add(Violations.at("aliases", i), ViolationCode.DUPLICATE,
                        "be unique ignoring case", alias);
            }
        }
        Optional<String> wikidataId = wikidataId();
        if (wikidataId.isPresent()) {
            if (!isWikidataId(wikidataId.get())) {
                violations.add("wikidataId", ViolationCode.MALFORMED, "be a Wikidata item id such as 'Q148'",
                        wikidataId.get());
            }
        }
        List<String> sectors = sectors();
        for (int i = 0; i < sectors.size(); i++) {
            violations.text(Violations.at("sectors", i), sectors.get(i), MAX_TEXT);
        }
        if (externalIds().size() > 1) {
            violations.unique("externalIds", externalIds(), Function.identity(), "name each external id once");
        }
        if (!attributes().isEmpty()) {
            violations.attributeKeys("attributes", attributes());
        }
        Optional<Actor> affiliation = affiliation();
        if (affiliation.isPresent()) {
            checkAffiliation(violations, affiliation.get());
        }
        return violations;
    }

    /** Checks {@code Q[1-9][0-9]{0,11}} by hand, as {@code Violations.isId} checks ids: it is cheaper. */
    private static boolean isWikidataId(String value) {
        int length = value.length();
        if (length < 2 || length > 13 || value.charAt(0) != 'Q' || value.charAt(1) < '1' || value.charAt(1) > '9') {
            return false;
        }
        for (int i = 2; i < length; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private void checkAffiliation(Violations violations, Actor affiliation) {
        // the affiliation was itself validated when built: its chain is acyclic and bounded, so it is
        // walked without making a list, which is made only for the message of a cycle
        int size = 0;
        for (Actor actor = affiliation; actor != null; actor = actor.affiliation().orElse(null)) {
            if (actor.id().equals(id())) {
                violations.add("affiliation", ViolationCode.AFFILIATION_CYCLE,
                        "not lead back to the actor itself", chainText(affiliation.affiliationChain()));
                return;
            }
            size++;
        }
        if (size > MAX_AFFILIATION_DEPTH) {
            violations.addRaw("affiliation", ViolationCode.AFFILIATION_TOO_DEEP,
                    "be a chain of at most " + MAX_AFFILIATION_DEPTH + " actors", size + " actors");
        }
    }

    private static String chainText(List<Actor> chain) {
        StringBuilder text = new StringBuilder();
        for (Actor actor : chain) {
            text.append(text.length() == 0 ? "" : " -> ").append(actor.id());
        }
        return text.toString();
    }

    /**
     * Gets a short description: id, name, title and kind.
     *
     * @return text such as {@code Actor[wang-yi: Wang Yi, Foreign Minister, PERSON]}
     */
    @Override
    public String toString() {
        return "Actor[" + id() + ": " + Violations.abbreviate(name())
                + title().map(title -> ", " + Violations.abbreviate(title)).orElse("") + ", " + kind() + "]";
    }

    /**
     * Builds actors. Obtain one from {@link Actor#builder()}; it is not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableActor.Builder {

        /** Creates a builder; prefer {@link Actor#builder()}. */
        public Builder() {
        }

        /**
         * Sets the CAMEO actor code from its text, as written, such as {@code "CHNGOV"}.
         *
         * @param text  the code, not null
         * @return this builder, not null
         * @throws ValidationException if the text is not a CAMEO actor code (see
         *     {@link CameoActorCode#parse(CharSequence)})
         * @since 0.2
         */
        public Builder cameoCode(String text) {
            Objects.requireNonNull(text, "text");
            cameoCode(CameoActorCode.parse(text));
            return this;
        }

        /**
         * Checks the actor this builder would build, without throwing.
         *
         * @return the violations {@code build()} would throw, empty if it would succeed
         */
        public List<Violation> validate() {
            return Violations.collect(this::build);
        }

        /**
         * Builds an actor from the attributes set on this builder.
         *
         * <p>The required attributes are {@code id}, {@code name} and {@code kind}. When any of
         * them is not set, the exception carries one {@link ViolationCode#MISSING_ATTRIBUTE}
         * violation per missing attribute, whose path is the attribute's name, such as
         * {@code Actor.name must be set, got nothing}. When all are set, it carries every rule of
         * {@link Actor} that the attributes break.
         *
         * @return the actor, not null
         * @throws ValidationException if a required attribute is not set or a rule is broken
         */
        @Override
        public Actor build() {
            return super.build();
        }
    }
}
