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
 * <p><b>Unnamed and collective actors.</b> News reports quote voices they do not name
 * ("diplomats said", "officials who asked not to be named", "a monitoring group") and bodies of
 * many ("Western governments", "protesters"). Such an actor has a {@link #description()} and no
 * {@link #name()}, never an invented one, and is {@link #isCollective() collective} when it stands
 * for several people or bodies rather than one. It still has an id, which the user makes up
 * ({@code unnamed-diplomats-1}): two unnamed actors are the same actor only if their ids are equal,
 * whatever their descriptions, since "diplomats" in one report need not be those of another.
 * <pre>{@code
 * Actor diplomats = Actor.builder().id("unnamed-diplomats-1")
 *         .description("diplomats who asked not to be named").kind(ActorKind.PERSON)
 *         .collective(true).build();
 * Actor westernGovernments = Actor.builder().id("western-governments")
 *         .description("Western governments").kind(ActorKind.GOVERNMENT).collective(true).build();
 * diplomats.label();   // "diplomats who asked not to be named"
 * }</pre>
 *
 * <p><b>Affiliation and membership.</b> The {@link #affiliation()} is the one actor this one
 * speaks for or belongs to, which the analyses count a statement for; {@link #memberships()} are
 * the organizations it sits in, with a role, which count for nothing by themselves: Myanmar is a
 * member of ASEAN and of the United Nations and speaks for itself. "Leaders of the bloc met" is a
 * collective, unnamed actor whose membership in the bloc has the role "leader" (see
 * {@link Membership}).
 *
 * <p>Rules: the {@link #id() id} is 1 to 64 lower-case ASCII letters and digits in runs separated by
 * single {@code '-'}, {@code '.'} or {@code '_'}; a name or a description is given (or both); the
 * name, description, title, surname, aliases and common descriptions are not blank and at most 200
 * characters; aliases are unique ignoring case, and so are common descriptions; a title is only for
 * a {@link ActorKind#PERSON person}; a surname only for a named person that is not collective; the
 * Wikidata id has the form {@code Q123}; the CAMEO actor code is one to five three-character
 * upper-case segments ({@code CHN}, {@code CHNGOV}, {@code MMRMIL}); the chain of affiliations has
 * no actor twice (no cycle through ids) and is at most {@value #MAX_AFFILIATION_DEPTH} deep; no
 * membership is in the actor itself (by id) and none is given twice (same organization id, role
 * and period); actors nest, through affiliations and the organizations of memberships, at most
 * {@value #MAX_AFFILIATION_DEPTH} deep.
 *
 * <p>Two actors are equal when all their attributes are equal. This class is immutable,
 * thread-safe and value-based.
 *
 * @since 0.1
 */
public abstract class Actor implements Serializable {

    private static final long serialVersionUID = 2L;

    /**
     * The most affiliations above an actor: Wang Yi has two (China's government, then China). The
     * same bound holds for the actors nested through the organizations of memberships. A bound
     * keeps hostile input from building chains deep enough to exhaust the stack.
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
     * @return the name, such as {@code "Wang Yi"}, empty for an actor the source does not name
     *     ("diplomats said"), which has a {@link #description()} instead
     * @since 0.2 (a plain {@code String} in 0.1)
     */
    public abstract Optional<String> name();

    /**
     * Gets how the source describes the actor, as it words it: {@code "officials who asked not to
     * be named"}, {@code "a monitoring group"}, {@code "Western governments"}. An unnamed actor has
     * one; a named actor may have one too.
     *
     * @return the description, empty if none is given
     * @since 0.2
     */
    public abstract Optional<String> description();

    /**
     * Checks if the actor stands for several people or bodies, not one: "diplomats",
     * "protesters", "Western governments", "leaders of the bloc". Its {@link #kind()} is the kind
     * of each of them ({@link ActorKind#PERSON} for diplomats).
     *
     * @return true for a collective actor, false (the default) for a single one
     * @since 0.2
     */
    public abstract boolean isCollective();

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
     * Gets the surname of a person, by which a report names them after the first mention:
     * {@code "Lavrov"} for Sergei Lavrov, {@code "Wang"} for Wang Yi, whose family name comes
     * first. The {@link io.github.demarche.analysis.ActorDirectory directory} finds a person by it;
     * where it is not given, by the last word of a name of two words or more.
     *
     * @return the surname, empty if not given
     * @since 0.2
     */
    public abstract Optional<String> surname();

    /**
     * Gets the actor this one belongs to or speaks for: Wang Yi's is China's government, whose is
     * China. The analyses count a statement for it (see
     * {@link io.github.demarche.analysis.SpeakerResolver}); membership of an organization is
     * {@link #memberships()}, which they do not count for.
     *
     * @return the affiliation, empty if none
     */
    public abstract Optional<Actor> affiliation();

    /**
     * Gets the organizations the actor is a member of, each with the role it holds, if any:
     * Myanmar in ASEAN and the United Nations; China a permanent member of the Security Council;
     * Min Aung Hlaing the leader of the junta. Unlike {@link #affiliation()}, a membership does not
     * say whom the actor speaks for.
     *
     * @return the memberships, in the order given, unmodifiable, possibly empty
     * @since 0.2
     */
    public abstract List<Membership> memberships();

    /**
     * Gets the other names the sources use for this actor, such as the metonym {@code "Beijing"}.
     *
     * @return the aliases, unmodifiable, not null
     */
    public abstract List<String> aliases();

    /**
     * Gets the descriptions by which the sources refer to this actor in place of its name, such as
     * {@code "the junta"}, {@code "the military government"} or {@code "Myanmar's military
     * rulers"}: the {@link io.github.demarche.analysis.ActorDirectory directory} finds the actor by
     * them, a leading article ignored, after its names.
     *
     * @return the common descriptions, unmodifiable, possibly empty
     * @since 0.2
     */
    public abstract List<String> commonDescriptions();

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
     * Gets the number of actors nested below this one, on the longest path through affiliations
     * and the organizations of memberships: 2 for Wang Yi (China's government, then China).
     * The implementation keeps what it needs to answer without walking the memberships (see
     * {@link ActorValue}).
     */
    abstract int nesting();

    /**
     * Gets the text that names the actor in a briefing: its name, or, for an unnamed actor, its
     * description.
     *
     * @return the name if given, otherwise the description, such as {@code "Wang Yi"} or
     *     {@code "diplomats who asked not to be named"}, not null
     * @since 0.2
     */
    public String label() {
        Optional<String> name = name();
        return name.isPresent() ? name.get() : description().orElse(id());
    }

    /**
     * Checks if this actor holds a membership in the given organization, comparing by id: Myanmar
     * is a member of ASEAN.
     *
     * @param organization  the organization, not null
     * @return true if one of the {@link #memberships()} is in an organization with that id
     * @since 0.2
     */
    public boolean isMemberOf(Actor organization) {
        Objects.requireNonNull(organization, "organization");
        for (Membership membership : memberships()) {
            if (membership.organization().id().equals(organization.id())) {
                return true;
            }
        }
        return false;
    }

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
     * Gets a copy of this actor with another id, every other attribute the same (and shared, not
     * copied): what a reader of a dataset that names each row's actors by the row, as ICEWS does,
     * makes of one actor met again. Every rule is checked, as {@code builder().from(this).id(id).build()}
     * checks them, which this equals.
     *
     * @param id  the id, not null
     * @return the actor with that id: this actor if it has it already
     * @throws ValidationException if the id breaks a rule: not of the identifier form, or the id of
     *     an organization the actor is affiliated with or a member of
     */
    public Actor withId(String id) {
        Objects.requireNonNull(id, "id");
        return id.equals(id()) ? this : copyWithId(id);
    }

    /** Makes the copy of {@link #withId}, through the builder; {@link ActorValue} shares its attributes instead. */
    Actor copyWithId(String id) {
        return builder().from(this).id(id).build();
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
     * @return true if the name or an alias matches; false for every candidate if the actor has
     *     neither name nor alias
     */
    public boolean isKnownAs(String candidate) {
        Objects.requireNonNull(candidate, "candidate");
        Optional<String> name = name();
        if (name.isPresent() && name.get().equalsIgnoreCase(candidate)) {
            return true;
        }
        for (String alias : aliases()) {
            if (alias.equalsIgnoreCase(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Checks every rule of the class: called by the builder on the actor it has just made. */
    final void check() {
        rules().throwIfAny();
    }

    private Violations rules() {
        Violations violations = Violations.of("Actor");
        violations.id("id", id());
        Optional<String> name = name();
        Optional<String> description = description();
        if (name.isPresent()) {
            violations.text("name", name.get(), MAX_TEXT, Violations.TextForm.NAME);
        } else if (description.isEmpty()) {
            violations.addRaw("name", ViolationCode.MISSING_ATTRIBUTE, "be set when no description is given",
                    "nothing");
        }
        if (description.isPresent()) {
            violations.text("description", description.get(), MAX_TEXT);
        }
        // written without lambdas or a set for the usual one alias or none: actors are built by the million
        Optional<String> title = title();
        if (title.isPresent()) {
            violations.text("title", title.get(), MAX_TEXT);
            if (kind() != ActorKind.PERSON) {
                violations.addRaw("title", ViolationCode.NOT_APPLICABLE, "be empty unless kind is PERSON",
                        "title=" + Violations.show(title.get()) + " for kind " + kind());
            }
        }
        Optional<String> surname = surname();
        if (surname.isPresent()) {
            checkSurname(violations, surname.get());
        }
        texts(violations, "aliases", aliases(), Violations.TextForm.NAME);
        if (!commonDescriptions().isEmpty()) {
            texts(violations, "commonDescriptions", commonDescriptions(), Violations.TextForm.LINE);
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
            if (!Violations.isPlainText(sectors.get(i), MAX_TEXT)) {  // the path is made only for a text to look at
                violations.text(Violations.at("sectors", i), sectors.get(i), MAX_TEXT);
            }
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
        if (!memberships().isEmpty()) {
            checkMemberships(violations);
        }
        return violations;
    }

    /** Checks texts that are unique ignoring case, such as aliases. */
    private static void texts(Violations violations, String path, List<String> texts, Violations.TextForm form) {
        Set<String> seen = texts.size() > 1 ? new HashSet<>() : null;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (!Violations.isPlainText(text, MAX_TEXT)) {  // the path is made only for a text to look at
                violations.text(Violations.at(path, i), text, MAX_TEXT, form);
            }
            if (seen != null && !seen.add(text.toLowerCase(Locale.ROOT))) {
                violations.add(Violations.at(path, i), ViolationCode.DUPLICATE, "be unique ignoring case", text);
            }
        }
    }

    private void checkSurname(Violations violations, String surname) {
        violations.text("surname", surname, MAX_TEXT, Violations.TextForm.NAME);
        if (kind() != ActorKind.PERSON) {
            violations.addRaw("surname", ViolationCode.NOT_APPLICABLE, "be empty unless kind is PERSON",
                    "surname=" + Violations.show(surname) + " for kind " + kind());
        } else if (isCollective()) {
            violations.addRaw("surname", ViolationCode.NOT_APPLICABLE, "be empty for a collective actor",
                    "surname=" + Violations.show(surname));
        } else if (name().isEmpty()) {
            violations.addRaw("surname", ViolationCode.NOT_APPLICABLE, "be empty when no name is given",
                    "surname=" + Violations.show(surname));
        }
    }

    /** What makes two memberships the same: organization id, role and period. */
    private record MembershipKey(String organization, Optional<String> role, Optional<ApproximateDate> since,
            Optional<ApproximateDate> until, Membership membership) {

        static MembershipKey of(Membership membership) {
            return new MembershipKey(membership.organization().id(), membership.role(), membership.since(),
                    membership.until(), membership);
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof MembershipKey && organization.equals(((MembershipKey) obj).organization)
                    && role.equals(((MembershipKey) obj).role) && since.equals(((MembershipKey) obj).since)
                    && until.equals(((MembershipKey) obj).until);
        }

        @Override
        public int hashCode() {
            return Objects.hash(organization, role, since, until);
        }

        @Override
        public String toString() {
            return membership.toString();
        }
    }

    private void checkMemberships(Violations violations) {
        List<Membership> memberships = memberships();
        for (int i = 0; i < memberships.size(); i++) {
            Actor organization = memberships.get(i).organization();
            String path = Violations.at("memberships", i) + ".organization";
            if (organization.id().equals(id())) {
                violations.add(path, ViolationCode.INCONSISTENT, "not be the actor itself", organization.id());
            } else if (organization.nesting() >= MAX_AFFILIATION_DEPTH) {
                violations.addRaw(path, ViolationCode.AFFILIATION_TOO_DEEP, NESTING_RULE,
                        organization.nesting() + 1 + " actors");
            }
        }
        violations.unique("memberships", memberships, MembershipKey::of, "name each membership once");
    }

    private static final String NESTING_RULE = "be nested at most " + MAX_AFFILIATION_DEPTH
            + " actors deep through affiliations and memberships";

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
        } else if (affiliation.nesting() >= MAX_AFFILIATION_DEPTH) {
            violations.addRaw("affiliation", ViolationCode.AFFILIATION_TOO_DEEP, NESTING_RULE,
                    affiliation.nesting() + 1 + " actors");
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
     * Gets a short description: id, name (or the description of an unnamed actor, in
     * parentheses), title, kind, and whether the actor is collective.
     *
     * @return text such as {@code Actor[wang-yi: Wang Yi, Foreign Minister, PERSON]} or
     *     {@code Actor[unnamed-diplomats-1: (diplomats who asked not to be named), collective PERSON]}
     */
    @Override
    public String toString() {
        Optional<String> name = name();
        String label = name.isPresent() ? Violations.abbreviate(name.get())
                : "(" + Violations.abbreviate(description().orElse("")) + ")";
        return "Actor[" + id() + ": " + label + title().map(title -> ", " + Violations.abbreviate(title)).orElse("")
                + ", " + (isCollective() ? "collective " : "") + kind() + "]";
    }

    /**
     * Builds actors. Obtain one from {@link Actor#builder()}; it is not thread-safe.
     *
     * <p>A setter that takes an {@code Optional} sets the attribute, or clears it when empty; a
     * setter named for a list or map ({@code aliases(...)}) replaces its elements, and
     * {@code add...} and {@code put...} add to them. Null is refused with a
     * {@link NullPointerException} everywhere.
     *
     * @since 0.1
     */
    public static final class Builder {

        // Written by hand, not generated by Immutables as most builders are: actors are built by
        // the million, and the generated builder allocated five lists and a map for every actor,
        // most of them to stay empty. Here a list or the map is made when its first element is
        // added (see BuilderCollections, shared with Statement.Builder). ActorBuilderTest proves
        // this builder and ActorValue equal to the generated form on seeded random actors: every
        // accessor, equals, hashCode, toString and violation.
        String id;
        String name;
        String description;
        boolean collective;
        ActorKind kind;
        CountryCode country;
        String title;
        String surname;
        Actor affiliation;
        List<Membership> memberships;
        List<String> aliases;
        List<String> commonDescriptions;
        String wikidataId;
        CameoActorCode cameoCode;
        List<String> sectors;
        List<ExternalId> externalIds;
        Map<String, AttributeValue> attributes;

        /** Creates a builder; prefer {@link Actor#builder()}. */
        public Builder() {
        }

        /**
         * Fills this builder with the attributes of an actor. The id, kind and whether it is
         * collective are replaced; an optional attribute is replaced only when present in the
         * actor; the elements of its lists and the entries of its attributes are added.
         *
         * @param instance  the actor to copy from, not null
         * @return this builder, not null
         */
        public Builder from(Actor instance) {
            Objects.requireNonNull(instance, "instance");
            id(instance.id());
            instance.name().ifPresent(this::name);
            instance.description().ifPresent(this::description);
            collective(instance.isCollective());
            kind(instance.kind());
            instance.country().ifPresent(this::country);
            instance.title().ifPresent(this::title);
            instance.surname().ifPresent(this::surname);
            instance.affiliation().ifPresent(this::affiliation);
            addAllMemberships(instance.memberships());
            addAllAliases(instance.aliases());
            addAllCommonDescriptions(instance.commonDescriptions());
            instance.wikidataId().ifPresent(this::wikidataId);
            instance.cameoCode().ifPresent(this::cameoCode);
            addAllSectors(instance.sectors());
            addAllExternalIds(instance.externalIds());
            putAllAttributes(instance.attributes());
            return this;
        }

        /**
         * Sets the {@link Actor#id() id}, required.
         *
         * @param id  the id, not null
         * @return this builder, not null
         */
        public Builder id(String id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the {@link Actor#name() name}.
         *
         * @param name  the name, not null
         * @return this builder, not null
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets or clears the {@link Actor#name() name}.
         *
         * @param name  the name, empty to clear it, not null
         * @return this builder, not null
         */
        public Builder name(Optional<String> name) {
            this.name = name.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Actor#description() description}.
         *
         * @param description  the description, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Sets or clears the {@link Actor#description() description}.
         *
         * @param description  the description, empty to clear it, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder description(Optional<String> description) {
            this.description = description.orElse(null);
            return this;
        }

        /**
         * Sets whether the actor is {@link Actor#isCollective() collective}; false if not set.
         *
         * @param collective  true for an actor that stands for several people or bodies
         * @return this builder, not null
         * @since 0.2
         */
        public Builder collective(boolean collective) {
            this.collective = collective;
            return this;
        }

        /**
         * Sets the {@link Actor#kind() kind}, required.
         *
         * @param kind  the kind, not null
         * @return this builder, not null
         */
        public Builder kind(ActorKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Sets the {@link Actor#country() country}.
         *
         * @param country  the country, not null
         * @return this builder, not null
         */
        public Builder country(CountryCode country) {
            this.country = Objects.requireNonNull(country, "country");
            return this;
        }

        /**
         * Sets or clears the {@link Actor#country() country}.
         *
         * @param country  the country, empty to clear it, not null
         * @return this builder, not null
         */
        public Builder country(Optional<? extends CountryCode> country) {
            this.country = country.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Actor#title() title}.
         *
         * @param title  the title, not null
         * @return this builder, not null
         */
        public Builder title(String title) {
            this.title = Objects.requireNonNull(title, "title");
            return this;
        }

        /**
         * Sets or clears the {@link Actor#title() title}.
         *
         * @param title  the title, empty to clear it, not null
         * @return this builder, not null
         */
        public Builder title(Optional<String> title) {
            this.title = title.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Actor#surname() surname}.
         *
         * @param surname  the surname, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder surname(String surname) {
            this.surname = Objects.requireNonNull(surname, "surname");
            return this;
        }

        /**
         * Sets or clears the {@link Actor#surname() surname}.
         *
         * @param surname  the surname, empty to clear it, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder surname(Optional<String> surname) {
            this.surname = surname.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Actor#affiliation() affiliation}.
         *
         * @param affiliation  the actor this one belongs to or speaks for, not null
         * @return this builder, not null
         */
        public Builder affiliation(Actor affiliation) {
            this.affiliation = Objects.requireNonNull(affiliation, "affiliation");
            return this;
        }

        /**
         * Sets or clears the {@link Actor#affiliation() affiliation}.
         *
         * @param affiliation  the actor this one belongs to or speaks for, empty to clear it, not null
         * @return this builder, not null
         */
        public Builder affiliation(Optional<? extends Actor> affiliation) {
            this.affiliation = affiliation.orElse(null);
            return this;
        }

        /**
         * Adds one of the {@link Actor#memberships() memberships}.
         *
         * @param element  the membership, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addMembership(Membership element) {
            memberships = BuilderCollections.add(memberships, element, "memberships element");
            return this;
        }

        /**
         * Adds {@link Actor#memberships() memberships}.
         *
         * @param elements  the memberships, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addMemberships(Membership... elements) {
            for (Membership element : elements) {
                memberships = BuilderCollections.add(memberships, element, "memberships element");
            }
            return this;
        }

        /**
         * Replaces the {@link Actor#memberships() memberships}.
         *
         * @param elements  the memberships, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder memberships(Iterable<? extends Membership> elements) {
            memberships = null;
            return addAllMemberships(elements);
        }

        /**
         * Adds {@link Actor#memberships() memberships}.
         *
         * @param elements  the memberships, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addAllMemberships(Iterable<? extends Membership> elements) {
            memberships = BuilderCollections.forAddAll(memberships, elements);
            BuilderCollections.addAll(memberships, elements, "memberships element");
            return this;
        }

        /**
         * Adds one of the {@link Actor#aliases() aliases}.
         *
         * @param element  the alias, not null
         * @return this builder, not null
         */
        public Builder addAlias(String element) {
            aliases = BuilderCollections.add(aliases, element, "aliases element");
            return this;
        }

        /**
         * Adds {@link Actor#aliases() aliases}.
         *
         * @param elements  the aliases, none null
         * @return this builder, not null
         */
        public Builder addAliases(String... elements) {
            for (String element : elements) {
                aliases = BuilderCollections.add(aliases, element, "aliases element");
            }
            return this;
        }

        /**
         * Replaces the {@link Actor#aliases() aliases}.
         *
         * @param elements  the aliases, none null
         * @return this builder, not null
         */
        public Builder aliases(Iterable<String> elements) {
            aliases = null;
            return addAllAliases(elements);
        }

        /**
         * Adds {@link Actor#aliases() aliases}.
         *
         * @param elements  the aliases, none null
         * @return this builder, not null
         */
        public Builder addAllAliases(Iterable<String> elements) {
            aliases = BuilderCollections.forAddAll(aliases, elements);
            BuilderCollections.addAll(aliases, elements, "aliases element");
            return this;
        }

        /**
         * Adds one of the {@link Actor#commonDescriptions() common descriptions}.
         *
         * @param element  the common description, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addCommonDescription(String element) {
            commonDescriptions = BuilderCollections.add(commonDescriptions, element, "commonDescriptions element");
            return this;
        }

        /**
         * Adds {@link Actor#commonDescriptions() common descriptions}.
         *
         * @param elements  the common descriptions, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addCommonDescriptions(String... elements) {
            for (String element : elements) {
                commonDescriptions = BuilderCollections.add(commonDescriptions, element, "commonDescriptions element");
            }
            return this;
        }

        /**
         * Replaces the {@link Actor#commonDescriptions() common descriptions}.
         *
         * @param elements  the common descriptions, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder commonDescriptions(Iterable<String> elements) {
            commonDescriptions = null;
            return addAllCommonDescriptions(elements);
        }

        /**
         * Adds {@link Actor#commonDescriptions() common descriptions}.
         *
         * @param elements  the common descriptions, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addAllCommonDescriptions(Iterable<String> elements) {
            commonDescriptions = BuilderCollections.forAddAll(commonDescriptions, elements);
            BuilderCollections.addAll(commonDescriptions, elements, "commonDescriptions element");
            return this;
        }

        /**
         * Sets the {@link Actor#wikidataId() Wikidata id}.
         *
         * @param wikidataId  the Wikidata item id, such as {@code "Q148"}, not null
         * @return this builder, not null
         */
        public Builder wikidataId(String wikidataId) {
            this.wikidataId = Objects.requireNonNull(wikidataId, "wikidataId");
            return this;
        }

        /**
         * Sets or clears the {@link Actor#wikidataId() Wikidata id}.
         *
         * @param wikidataId  the Wikidata item id, empty to clear it, not null
         * @return this builder, not null
         */
        public Builder wikidataId(Optional<String> wikidataId) {
            this.wikidataId = wikidataId.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Actor#cameoCode() CAMEO actor code}.
         *
         * @param cameoCode  the code, not null
         * @return this builder, not null
         * @since 0.2 (a {@code String} in 0.1)
         */
        public Builder cameoCode(CameoActorCode cameoCode) {
            this.cameoCode = Objects.requireNonNull(cameoCode, "cameoCode");
            return this;
        }

        /**
         * Sets or clears the {@link Actor#cameoCode() CAMEO actor code}.
         *
         * @param cameoCode  the code, empty to clear it, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder cameoCode(Optional<? extends CameoActorCode> cameoCode) {
            this.cameoCode = cameoCode.orElse(null);
            return this;
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
         * Adds one of the {@link Actor#sectors() sectors}.
         *
         * @param element  the sector, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addSector(String element) {
            sectors = BuilderCollections.add(sectors, element, "sectors element");
            return this;
        }

        /**
         * Adds {@link Actor#sectors() sectors}.
         *
         * @param elements  the sectors, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addSectors(String... elements) {
            for (String element : elements) {
                sectors = BuilderCollections.add(sectors, element, "sectors element");
            }
            return this;
        }

        /**
         * Replaces the {@link Actor#sectors() sectors}.
         *
         * @param elements  the sectors, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder sectors(Iterable<String> elements) {
            sectors = null;
            return addAllSectors(elements);
        }

        /**
         * Adds {@link Actor#sectors() sectors}.
         *
         * @param elements  the sectors, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addAllSectors(Iterable<String> elements) {
            sectors = BuilderCollections.forAddAll(sectors, elements);
            BuilderCollections.addAll(sectors, elements, "sectors element");
            return this;
        }

        /**
         * Adds one of the {@link Actor#externalIds() external ids}.
         *
         * @param element  the external id, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addExternalId(ExternalId element) {
            externalIds = BuilderCollections.add(externalIds, element, "externalIds element");
            return this;
        }

        /**
         * Adds {@link Actor#externalIds() external ids}.
         *
         * @param elements  the external ids, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addExternalIds(ExternalId... elements) {
            for (ExternalId element : elements) {
                externalIds = BuilderCollections.add(externalIds, element, "externalIds element");
            }
            return this;
        }

        /**
         * Replaces the {@link Actor#externalIds() external ids}.
         *
         * @param elements  the external ids, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder externalIds(Iterable<? extends ExternalId> elements) {
            externalIds = null;
            return addAllExternalIds(elements);
        }

        /**
         * Adds {@link Actor#externalIds() external ids}.
         *
         * @param elements  the external ids, none null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder addAllExternalIds(Iterable<? extends ExternalId> elements) {
            externalIds = BuilderCollections.forAddAll(externalIds, elements);
            BuilderCollections.addAll(externalIds, elements, "externalIds element");
            return this;
        }

        /**
         * Puts one of the {@link Actor#attributes() attributes}, replacing the value of the same key.
         *
         * @param key  the key, not null
         * @param value  the value, not null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder putAttribute(String key, AttributeValue value) {
            attributes = BuilderCollections.put(attributes, key, value, "attributes");
            return this;
        }

        /**
         * Puts one of the {@link Actor#attributes() attributes}, replacing the value of the same key.
         *
         * @param entry  the key and value, neither null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder putAttribute(Map.Entry<String, ? extends AttributeValue> entry) {
            attributes = BuilderCollections.put(attributes, entry.getKey(), entry.getValue(), "attributes");
            return this;
        }

        /**
         * Replaces the {@link Actor#attributes() attributes}.
         *
         * @param entries  the attributes, no key or value null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder attributes(Map<String, ? extends AttributeValue> entries) {
            attributes = null;
            return putAllAttributes(entries);
        }

        /**
         * Puts {@link Actor#attributes() attributes}, replacing the values of the same keys.
         *
         * @param entries  the attributes, no key or value null
         * @return this builder, not null
         * @since 0.2
         */
        public Builder putAllAttributes(Map<String, ? extends AttributeValue> entries) {
            for (Map.Entry<String, ? extends AttributeValue> entry : entries.entrySet()) {
                attributes = BuilderCollections.put(attributes, entry.getKey(), entry.getValue(), "attributes");
            }
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
         * <p>The required attributes are {@code id} and {@code kind}, and a {@code name} or a
         * {@code description}. When {@code id} or {@code kind} is not set, the exception carries
         * one {@link ViolationCode#MISSING_ATTRIBUTE} violation per missing attribute, whose path
         * is the attribute's name, such as {@code Actor.kind must be set, got nothing}. When both
         * are set, it carries every rule of {@link Actor} that the attributes break, such as
         * {@code Actor.name must be set when no description is given, got nothing}.
         *
         * @return the actor, not null
         * @throws ValidationException if a required attribute is not set or a rule is broken
         */
        public Actor build() {
            if (id == null || kind == null) {
                throw MissingAttributesException.of("Actor", id == null ? "id" : null, kind == null ? "kind" : null);
            }
            ActorValue actor = new ActorValue(this);
            actor.check();
            return actor;
        }
    }
}
