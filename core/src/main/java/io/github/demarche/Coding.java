package io.github.demarche;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

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

    /**
     * Checks the rules of a coding, as {@link Builder#build()} and a serialized coding being read
     * do (and the Immutables form that {@code CodingBuilderTest} compares with).
     *
     * @throws ValidationException if a rule is broken, with every violation found
     */
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
     * <p>A setter that takes an {@code Optional} sets the attribute, or clears it when empty;
     * {@code ploverContexts(...)} replaces the contexts, and {@code add...} adds to them. Null is
     * refused with a {@link NullPointerException} everywhere.
     *
     * @since 0.2
     */
    public static final class Builder {

        // Written by hand, as Event.Builder is, rather than generated by Immutables: a coding is
        // built for every event and stance read from an event dataset, and the generated builder
        // made a list of contexts for each, though only PLOVER codings have any. Here the list is
        // made when its first context is added (see BuilderCollections). CodingBuilderTest proves
        // this builder and CodingValue equal to the generated form (ReferenceCoding) on seeded
        // random codings.
        CameoCode cameoCode;
        BigDecimal reportedScore;
        PloverEventType ploverType;
        PloverMode ploverMode;
        List<PloverContext> ploverContexts;

        /** Creates a builder; prefer {@link Coding#builder()}. */
        public Builder() {
        }

        /**
         * Fills this builder with the attributes of a coding. An optional attribute is replaced
         * only when present in the coding; its contexts are added.
         *
         * @param instance  the coding to copy from, not null
         * @return this builder, not null
         */
        public Builder from(Coding instance) {
            Objects.requireNonNull(instance, "instance");
            instance.cameoCode().ifPresent(this::cameoCode);
            instance.reportedScore().ifPresent(this::reportedScore);
            instance.ploverType().ifPresent(this::ploverType);
            instance.ploverMode().ifPresent(this::ploverMode);
            addAllPloverContexts(instance.ploverContexts());
            return this;
        }

        /**
         * Sets the {@link Coding#cameoCode() CAMEO code}.
         *
         * @param cameoCode  the code, not null
         * @return this builder, not null
         */
        public Builder cameoCode(CameoCode cameoCode) {
            this.cameoCode = Objects.requireNonNull(cameoCode, "cameoCode");
            return this;
        }

        /**
         * Sets or clears the {@link Coding#cameoCode() CAMEO code}.
         *
         * @param cameoCode  the code, empty to clear it, not null
         * @return this builder, not null
         */
        public Builder cameoCode(Optional<? extends CameoCode> cameoCode) {
            this.cameoCode = cameoCode.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Coding#reportedScore() reported score}.
         *
         * @param reportedScore  the score, with its digits, not null
         * @return this builder, not null
         */
        public Builder reportedScore(BigDecimal reportedScore) {
            this.reportedScore = Objects.requireNonNull(reportedScore, "reportedScore");
            return this;
        }

        /**
         * Sets or clears the {@link Coding#reportedScore() reported score}.
         *
         * @param reportedScore  the score, with its digits, empty to clear it, not null
         * @return this builder, not null
         */
        public Builder reportedScore(Optional<? extends BigDecimal> reportedScore) {
            this.reportedScore = reportedScore.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Coding#ploverType() PLOVER type}.
         *
         * @param ploverType  the type, not null
         * @return this builder, not null
         */
        public Builder ploverType(PloverEventType ploverType) {
            this.ploverType = Objects.requireNonNull(ploverType, "ploverType");
            return this;
        }

        /**
         * Sets or clears the {@link Coding#ploverType() PLOVER type}.
         *
         * @param ploverType  the type, empty to clear it, not null
         * @return this builder, not null
         */
        public Builder ploverType(Optional<? extends PloverEventType> ploverType) {
            this.ploverType = ploverType.orElse(null);
            return this;
        }

        /**
         * Sets the {@link Coding#ploverMode() PLOVER mode}.
         *
         * @param ploverMode  the mode, not null
         * @return this builder, not null
         */
        public Builder ploverMode(PloverMode ploverMode) {
            this.ploverMode = Objects.requireNonNull(ploverMode, "ploverMode");
            return this;
        }

        /**
         * Sets or clears the {@link Coding#ploverMode() PLOVER mode}.
         *
         * @param ploverMode  the mode, empty to clear it, not null
         * @return this builder, not null
         */
        public Builder ploverMode(Optional<? extends PloverMode> ploverMode) {
            this.ploverMode = ploverMode.orElse(null);
            return this;
        }

        /**
         * Adds one of the {@link Coding#ploverContexts() PLOVER contexts}.
         *
         * @param element  the context, not null
         * @return this builder, not null
         */
        public Builder addPloverContext(PloverContext element) {
            ploverContexts = BuilderCollections.add(ploverContexts, element, "ploverContexts element");
            return this;
        }

        /**
         * Adds {@link Coding#ploverContexts() PLOVER contexts}.
         *
         * @param elements  the contexts, none null
         * @return this builder, not null
         */
        public Builder addPloverContexts(PloverContext... elements) {
            for (PloverContext element : elements) {
                ploverContexts = BuilderCollections.add(ploverContexts, element, "ploverContexts element");
            }
            return this;
        }

        /**
         * Replaces the {@link Coding#ploverContexts() PLOVER contexts}.
         *
         * @param elements  the contexts, none null
         * @return this builder, not null
         */
        public Builder ploverContexts(Iterable<? extends PloverContext> elements) {
            ploverContexts = null;
            return addAllPloverContexts(elements);
        }

        /**
         * Adds {@link Coding#ploverContexts() PLOVER contexts}.
         *
         * @param elements  the contexts, none null
         * @return this builder, not null
         */
        public Builder addAllPloverContexts(Iterable<? extends PloverContext> elements) {
            ploverContexts = BuilderCollections.forAddAll(ploverContexts, elements);
            BuilderCollections.addAll(ploverContexts, elements, "ploverContexts element");
            return this;
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
        public Coding build() {
            CodingValue coding = new CodingValue(this);
            coding.check();
            return coding;
        }
    }
}
