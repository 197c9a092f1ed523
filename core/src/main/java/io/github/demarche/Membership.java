package io.github.demarche;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An actor's place in an organization, apart from whom it speaks for: Myanmar is a member of ASEAN
 * and of the United Nations, yet speaks for itself; China holds a permanent seat on the Security
 * Council; a person holds a role ("junta leader", "chair", "special envoy") in a body, over a period
 * if the source gives one.
 *
 * <p>Membership is not {@linkplain Actor#affiliation() affiliation}: an affiliation is the one actor
 * that an actor speaks for or belongs to (Wang Yi speaks for China's government), and the analyses
 * count a statement for it; a membership says where an actor sits, and counts for nothing by
 * itself. "Leaders of the bloc met" is a collective, unnamed actor with a membership in the bloc
 * whose role is "leader":
 * <pre>{@code
 * Actor asean = Actor.builder().id("asean").name("Association of Southeast Asian Nations")
 *         .kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).addAlias("ASEAN").build();
 * Actor leaders = Actor.builder().id("unnamed-asean-leaders-1").description("leaders of the bloc")
 *         .kind(ActorKind.PERSON).collective(true)
 *         .addMembership(Membership.of(asean, "leader")).build();
 * Actor chair = Actor.builder().id("erywan-yusof").name("Erywan Yusof").kind(ActorKind.PERSON)
 *         .addMembership(Membership.builder().organization(asean).role("special envoy")
 *                 .since(ApproximateDate.parse("2021-08-04")).build())
 *         .build();
 * }</pre>
 *
 * <p>Rules: the role, if given, is not blank and at most 200 characters, on one line; the start
 * ({@link #since()}) is not after the end ({@link #until()}), by the partial order of
 * {@link ApproximateDate}. Rules between a membership and its member (not a member of itself, no
 * membership twice) are checked by {@link Actor}.
 *
 * <p>Two memberships are equal when organization, role and period are equal. This class is
 * immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
@Value.Immutable
@SuppressWarnings("serial")  // for the generated class: see DemarcheStyle.passAnnotations
public abstract class Membership implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MAX_ROLE = 200;

    Membership() {
    }

    /**
     * Obtains a builder of memberships.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains a membership without role or period: "Myanmar, a member of ASEAN".
     *
     * @param organization  the organization, not null
     * @return the membership, not null
     */
    public static Membership of(Actor organization) {
        Objects.requireNonNull(organization, "organization");
        return builder().organization(organization).build();
    }

    /**
     * Obtains a membership with a role and no period: "the bloc's leaders" hold the role
     * {@code "leader"} in ASEAN.
     *
     * @param organization  the organization, not null
     * @param role  the role, such as {@code "chair"}, not null
     * @return the membership, not null
     * @throws ValidationException if the role is blank, longer than 200 characters or not on one line
     */
    public static Membership of(Actor organization, String role) {
        Objects.requireNonNull(organization, "organization");
        Objects.requireNonNull(role, "role");
        return builder().organization(organization).role(role).build();
    }

    /**
     * Gets the organization the actor is a member of, such as ASEAN or the Security Council.
     *
     * @return the organization, not null
     */
    public abstract Actor organization();

    /**
     * Gets the role the actor holds in the organization, as the source words it: {@code "junta
     * leader"}, {@code "chair"}, {@code "special envoy"}, {@code "permanent member"}.
     *
     * @return the role, empty for a plain membership
     */
    public abstract Optional<String> role();

    /**
     * Gets when the membership or role began, if the source says.
     *
     * @return the start, empty if not given
     */
    public abstract Optional<ApproximateDate> since();

    /**
     * Gets when the membership or role ended, if it did and the source says.
     *
     * @return the end, empty if not given or still held
     */
    public abstract Optional<ApproximateDate> until();

    @Value.Check
    final void check() {
        Violations violations = Violations.of("Membership");
        Optional<String> role = role();
        if (role.isPresent()) {
            violations.text("role", role.get(), MAX_ROLE);
        }
        Optional<ApproximateDate> since = since();
        Optional<ApproximateDate> until = until();
        if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
            violations.addRaw("since", ViolationCode.INTERVAL_INVERTED, "not be after until",
                    "since=" + since.get() + ", until=" + until.get());
        }
        violations.throwIfAny();
    }

    /**
     * Gets a short description: the organization's id, the role and the period.
     *
     * @return text such as {@code Membership[asean as 'special envoy' since 2021-08-04]}
     */
    @Override
    public String toString() {
        return "Membership[" + organization().id()
                + role().map(role -> " as " + Violations.show(role)).orElse("")
                + since().map(date -> " since " + date).orElse("")
                + until().map(date -> " until " + date).orElse("") + "]";
    }

    /**
     * Builds memberships. Obtain one from {@link Membership#builder()}; it is not thread-safe.
     *
     * @since 0.2
     */
    public static final class Builder extends ImmutableMembership.Builder {

        /** Creates a builder; prefer {@link Membership#builder()}. */
        public Builder() {
        }

        /**
         * Checks the membership this builder would build, without throwing.
         *
         * @return the violations {@code build()} would throw, empty if it would succeed
         */
        public List<Violation> validate() {
            return Violations.collect(this::build);
        }

        /**
         * Builds a membership from the attributes set on this builder.
         *
         * <p>The required attribute is {@code organization}; when it is not set, the exception
         * carries one {@link ViolationCode#MISSING_ATTRIBUTE} violation whose path is
         * {@code organization}. When it is set, it carries every rule of {@link Membership} that
         * the attributes break.
         *
         * @return the membership, not null
         * @throws ValidationException if the organization is not set or a rule is broken
         */
        @Override
        public Membership build() {
            return super.build();
        }
    }
}
