package io.github.demarche;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A position an actor takes in a statement: a {@link StanceType type} toward a
 * {@link StanceTarget target}, with an intensity and, for stances that are only weighed, a flag.
 *
 * <p>From the reference article, China and Russia's "deep concern" about the situation in Myanmar,
 * and Russia weighing the suspension of military cooperation:
 * <pre>{@code
 * Stance concern = Stance.builder().type(StanceType.CONCERN)
 *         .target(StanceTarget.topic("situation in Myanmar", "myanmar-situation"))
 *         .intensity(Intensity.HIGH).wording("deep concern").build();
 * Stance weighing = Stance.builder().type(StanceType.THREATEN_SANCTIONS)
 *         .target(StanceTarget.actor(myanmar)).contemplated(true)
 *         .wording("weighing the possibility of suspending military cooperation").build();
 * concern.cooperationScore();   // -0.6: -0.4 (CAMEO 012) x 1.5 (HIGH)
 * }</pre>
 *
 * <p><b>Score.</b> {@link #cooperationScore()} places the stance on the Goldstein scale, −10
 * (conflict) to +10 (cooperation): the type's Goldstein score, times the intensity's factor
 * (0.5, 1.0, 1.5), halved for a contemplated stance, rounded to one decimal and kept within
 * [−10, +10].
 *
 * <p><b>Comparison.</b> {@link #BY_COOPERATION_SCORE} orders stances from most conflictual to most
 * cooperative; {@link #isMoreConciliatoryThan(Stance)} is built on it. Neither is consistent with
 * {@code equals}: different stances can share a score. {@link #agreesWith(Stance)} and
 * {@link #opposes(Stance)} compare two stances on the same target by their {@link #position()}:
 * what each holder is for or against, which the score does not say (an appeal for an end to
 * the violence scores +3.0, a condemnation of it −2.0; both are against the violence).
 *
 * <p>Rules: the wording, if given, is not blank and at most 500 characters. This class is immutable,
 * thread-safe and value-based.
 *
 * @since 0.1
 */
@Value.Immutable
public abstract class Stance implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MAX_WORDING = 500;

    /**
     * Orders stances by {@link #cooperationScore()}, most conflictual first. Not consistent with
     * {@code equals}.
     */
    public static final Comparator<Stance> BY_COOPERATION_SCORE = Comparator.comparingDouble(Stance::cooperationScore);

    /**
     * Where a stance lies on the cooperation–conflict scale.
     *
     * @since 0.1
     */
    public enum Polarity {
        /** A negative score: concern, criticism, accusation, demand, threat. */
        CONFLICTUAL,
        /** A score of zero. */
        NEUTRAL,
        /** A positive score: support, praise, appeal, intent to cooperate or mediate. */
        COOPERATIVE
    }

    Stance() {
    }

    /**
     * Obtains a builder of stances.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the type of the stance.
     *
     * @return the type, not null
     */
    public abstract StanceType type();

    /**
     * Gets what the stance is about.
     *
     * @return the target, not null
     */
    public abstract StanceTarget target();

    /**
     * Gets how strongly the stance is expressed.
     *
     * @return the intensity, {@link Intensity#NORMAL} unless set
     */
    public abstract Intensity intensity();

    /**
     * Checks if the stance is conditional or only contemplated, such as Russia "weighing the
     * possibility of suspending military cooperation".
     *
     * @return true if contemplated, false (the default) if taken
     */
    public abstract boolean isContemplated();

    /**
     * Gets the position the source states, where it turns the type's default around: an appeal
     * "for an immediate end to the violence", as a stance on the violence, is
     * {@link Position#AGAINST} it.
     *
     * @return the stated position, empty to take the type's default (see {@link #position()})
     * @since 0.2
     */
    public abstract Optional<Position> statedPosition();

    /**
     * Gets what the holder of the stance is for or against on its target: the stated position, or
     * the type's {@linkplain StanceType#defaultPosition(StanceTarget.Kind) default} for the kind of
     * target. This, not the {@linkplain #cooperationScore() score}, is what alignment compares.
     *
     * @return the position, not null
     * @since 0.2
     */
    public Position position() {
        Optional<Position> stated = statedPosition();
        return stated.isPresent() ? stated.get() : type().defaultPosition(target().kind());
    }

    /**
     * Gets how the stance was coded in an event-data scheme: its exact CAMEO code, the source's own
     * score, its PLOVER type, mode and contexts. The CAMEO code, if given, lies within the family of
     * the stance's {@link #type()} (see {@link StanceType#admits(CameoCode)}).
     *
     * @return the coding, empty if the stance was not coded (then the type's default code stands)
     * @since 0.2
     */
    public abstract Optional<Coding> coding();

    /**
     * Gets the source's words for the stance, such as {@code "deep concern"}.
     *
     * @return the wording, empty if not recorded
     */
    public abstract Optional<String> wording();

    /**
     * Gets the CAMEO code the stance stands for: the code it was coded with, or its type's default.
     *
     * @return the code, not null
     * @since 0.2
     */
    public CameoCode cameoCode() {
        Optional<Coding> coding = coding();
        if (coding.isPresent()) {
            Optional<CameoCode> code = coding.get().cameoCode();
            if (code.isPresent()) {
                return code.get();
            }
        }
        return type().cameoCode();
    }

    /**
     * Gets the cooperation–conflict score on the Goldstein scale: the Goldstein score of the
     * stance's coding (the source's own score, else its code's in its dialect; the type's default
     * code's when not coded), times the intensity's factor, halved if contemplated, rounded to one
     * decimal, within [−10, +10].
     *
     * @return the score, from −10.0 to 10.0
     */
    public double cooperationScore() {
        Optional<Coding> coding = coding();
        double base = coding.isPresent() ? coding.get().goldsteinScore().orElse(type().goldsteinScore())
                : type().goldsteinScore();
        double score = base * intensity().factor() * (isContemplated() ? 0.5 : 1.0);
        double rounded = Math.round(score * 10.0) / 10.0;
        return Math.max(-10.0, Math.min(10.0, rounded));
    }

    /**
     * Gets the sign of the {@link #cooperationScore()}.
     *
     * @return the polarity, not null
     */
    public Polarity polarity() {
        double score = cooperationScore();
        return score < 0 ? Polarity.CONFLICTUAL : score > 0 ? Polarity.COOPERATIVE : Polarity.NEUTRAL;
    }

    /**
     * Checks if this stance is more conciliatory (more cooperative) than another, by score.
     *
     * @param other  the other stance, not null
     * @return true if this stance's score is greater
     */
    public boolean isMoreConciliatoryThan(Stance other) {
        Objects.requireNonNull(other, "other");
        return BY_COOPERATION_SCORE.compare(this, other) > 0;
    }

    /**
     * Checks if this stance agrees with another: both concern the same target (see
     * {@link StanceTarget#refersToSameAs(StanceTarget)}) and their {@linkplain #position() positions}
     * agree ({@link Position#agreesWith(Position)}). China's and Russia's concern about Myanmar
     * agree; so do a condemnation of the violence and an appeal for an end to it, stated as
     * {@link Position#AGAINST} the violence. Symmetric.
     *
     * @param other  the other stance, not null
     * @return true if both are on the same target with agreeing positions
     */
    public boolean agreesWith(Stance other) {
        Objects.requireNonNull(other, "other");
        return target().refersToSameAs(other.target()) && position().agreesWith(other.position());
    }

    /**
     * Checks if this stance opposes another: both concern the same target, one
     * {@link Position#FOR} it and the other {@link Position#AGAINST} it. Symmetric.
     *
     * @param other  the other stance, not null
     * @return true if both are on the same target with opposed positions
     */
    public boolean opposes(Stance other) {
        Objects.requireNonNull(other, "other");
        return target().refersToSameAs(other.target()) && position().opposes(other.position());
    }

    @Value.Check
    final void check() {
        Optional<String> wording = wording();
        Optional<Coding> coding = coding();
        if (coding.isEmpty() && (wording.isEmpty() || Violations.isPlainText(wording.get(), MAX_WORDING))) {
            return;  // the usual case, without a Violations object: stances are built by the million
        }
        Violations violations = Violations.of("Stance");
        if (wording.isPresent()) {
            violations.text("wording", wording.get(), MAX_WORDING);
        }
        if (coding.isPresent() && coding.get().cameoCode().isPresent()) {
            CameoCode code = coding.get().cameoCode().get();
            if (!type().admits(code)) {
                violations.addRaw("coding.cameoCode", ViolationCode.INCONSISTENT,
                        "lie within the family " + type().family().code() + " of type " + type(),
                        Violations.show(code.code()));
            }
        }
        violations.throwIfAny();
    }

    /**
     * Gets a short description: type, intensity if not normal, target, and a mark if contemplated.
     *
     * @return text such as {@code Stance[CONCERN (HIGH) on topic 'situation in Myanmar' (myanmar-situation)]}, with
     *     the exact code when coded ({@code Stance[INTEND_TO_COOPERATE 036 on ...]})
     */
    @Override
    public String toString() {
        return "Stance[" + type() + statedPosition().map(position -> " " + position).orElse("") + coding().flatMap(Coding::cameoCode).map(code -> " " + code.code()).orElse("")
                + (intensity() == Intensity.NORMAL ? "" : " (" + intensity() + ")")
                + (isContemplated() ? " contemplated" : "") + " on " + target() + "]";
    }

    /**
     * Builds stances. Obtain one from {@link Stance#builder()}; it is not thread-safe.
     *
     * @since 0.1
     */
    public static final class Builder extends ImmutableStance.Builder {

        /**
         * Creates a builder, with the defaults {@link Intensity#NORMAL} and not contemplated; prefer
         * {@link Stance#builder()}.
         */
        public Builder() {
            // defaults set here rather than with @Value.Default, which costs every instance an
            // initialization shim: stances are built by the million
            intensity(Intensity.NORMAL);
            contemplated(false);
        }

        /**
         * Checks the stance this builder would build, without throwing.
         *
         * @return the violations {@code build()} would throw, empty if it would succeed
         */
        public List<Violation> validate() {
            return Violations.collect(this::build);
        }

        /**
         * Builds a stance from the attributes set on this builder.
         *
         * <p>The required attributes are {@code type} and {@code target}. When any of them is not
         * set, the exception carries one {@link ViolationCode#MISSING_ATTRIBUTE} violation per
         * missing attribute, whose path is the attribute's name, such as
         * {@code Stance.target must be set, got nothing}. When all are set, it carries every rule
         * of {@link Stance} that the attributes break.
         *
         * @return the stance, not null
         * @throws ValidationException if a required attribute is not set or a rule is broken
         */
        @Override
        public Stance build() {
            return super.build();
        }
    }
}
