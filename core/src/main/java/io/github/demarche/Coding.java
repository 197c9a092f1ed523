package io.github.demarche;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * How a stance or an event was coded in an event-data scheme: the exact CAMEO event code at any
 * depth (in its dialect), the score the source gave, and the PLOVER event type, mode and contexts.
 *
 * <p>A GDELT row keeps its code and its own Goldstein score; an ICEWS row its code and intensity;
 * a PLOVER record its type, mode and contexts, as written in the version it was coded in:
 * <pre>{@code
 * Coding gdelt = Coding.builder().cameoCode(CameoCode.gdelt("036"))
 *         .reportedScore(new BigDecimal("4.0")).build();
 * gdelt.goldsteinScore();   // OptionalDouble[4.0]: the source's own score
 * Coding plover = Coding.builder().ploverType(PloverEventType.DISAPPROVE)
 *         .addPloverContext(PloverContext.parse("refugees")).build();
 * }</pre>
 *
 * <p>Rules: at least one of CAMEO code and PLOVER type is given; the reported score is within
 * [−10, 10] (the Goldstein scale; ICEWS's intensity uses the same range) and kept with its digits
 * ({@code -5} and {@code -5.0} differ, as the text they came from does); a PLOVER mode or context
 * needs a PLOVER type; no context twice.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
@Value.Immutable
@SuppressWarnings("serial")  // for the generated class: see DemarcheStyle.passAnnotations
public abstract class Coding implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final BigDecimal MAX_SCORE = BigDecimal.TEN;

    Coding() {
    }

    /**
     * Obtains a builder of codings.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Obtains the coding of a CAMEO code alone.
     *
     * @param code  the code, not null
     * @return the coding, not null
     */
    public static Coding of(CameoCode code) {
        return builder().cameoCode(code).build();
    }

    /**
     * Gets the CAMEO event code, as coded, with its dialect.
     *
     * @return the code, empty if the record was not coded in CAMEO
     */
    public abstract Optional<CameoCode> cameoCode();

    /**
     * Gets the score the source gave the record, with its digits: GDELT's {@code GoldsteinScale},
     * ICEWS's {@code Intensity}.
     *
     * @return the score, from −10 to 10, empty if the source gives none
     */
    public abstract Optional<BigDecimal> reportedScore();

    /**
     * Gets the PLOVER event type, as coded (a 0.5b1 type stays a 0.5b1 type).
     *
     * @return the type, empty if the record was not coded in PLOVER
     */
    public abstract Optional<PloverEventType> ploverType();

    /**
     * Gets the PLOVER mode.
     *
     * @return the mode, empty if none was coded
     */
    public abstract Optional<PloverMode> ploverMode();

    /**
     * Gets the PLOVER contexts, in the order coded.
     *
     * @return the contexts, unmodifiable, possibly empty
     */
    public abstract List<PloverContext> ploverContexts();

    /**
     * Gets the Goldstein score of the coding: the source's own score if it gave one, else the
     * score of the CAMEO code in its dialect.
     *
     * @return the score, empty for a coding with neither a reported score nor a CAMEO code
     */
    public OptionalDouble goldsteinScore() {
        Optional<BigDecimal> reported = reportedScore();
        if (reported.isPresent()) {
            return OptionalDouble.of(reported.get().doubleValue());
        }
        Optional<CameoCode> code = cameoCode();
        return code.isPresent() ? OptionalDouble.of(code.get().goldsteinScore()) : OptionalDouble.empty();
    }

    @Value.Check
    final void check() {
        Violations violations = Violations.of("Coding");
        if (cameoCode().isEmpty() && ploverType().isEmpty()) {
            violations.addRaw("", ViolationCode.EMPTY, "have a CAMEO code or a PLOVER type", "neither");
        }
        reportedScore().ifPresent(score -> {
            if (score.abs().compareTo(MAX_SCORE) > 0) {
                violations.addRaw("reportedScore", ViolationCode.OUT_OF_RANGE, "be within [-10, 10]",
                        score.toString());
            }
        });
        if (ploverType().isEmpty() && (ploverMode().isPresent() || !ploverContexts().isEmpty())) {
            violations.addRaw(ploverMode().isPresent() ? "ploverMode" : "ploverContexts", ViolationCode.INCONSISTENT,
                    "come with a PLOVER type", "no type");
        }
        violations.unique("ploverContexts", ploverContexts(), PloverContext::label, "name each context once");
        violations.throwIfAny();
    }

    /**
     * Gets a short description: the CAMEO code and the PLOVER type, mode and contexts given.
     *
     * @return text such as {@code Coding[CAMEO 036 (GDELT) score 4.0]} or
     *     {@code Coding[PLOVER DISAPPROVE refugees]}
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Coding[");
        cameoCode().ifPresent(text::append);
        reportedScore().ifPresent(score -> text.append(" score ").append(score.toPlainString()));
        ploverType().ifPresent(type -> text.append(text.length() > 7 ? " " : "").append("PLOVER ").append(type));
        ploverMode().ifPresent(mode -> text.append(' ').append(mode.label()));
        ploverContexts().forEach(context -> text.append(' ').append(context.label()));
        return text.append(']').toString();
    }

    /**
     * Builds codings. Obtain one from {@link Coding#builder()}; it is not thread-safe.
     *
     * @since 0.2
     */
    public static final class Builder extends ImmutableCoding.Builder {

        /** Creates a builder; prefer {@link Coding#builder()}. */
        public Builder() {
        }

        /**
         * Checks the coding this builder would build, without throwing.
         *
         * @return the violations {@code build()} would throw, empty if it would succeed
         */
        public List<Violation> validate() {
            return Violations.collect(this::build);
        }

        /**
         * Builds a coding from the attributes set on this builder.
         *
         * <p>No attribute is required; the exception carries every rule of {@link Coding} that the
         * attributes set break.
         *
         * @return the coding, not null
         * @throws ValidationException if a rule is broken
         */
        @Override
        public Coding build() {
            return super.build();
        }
    }
}
