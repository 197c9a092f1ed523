package io.github.demarche;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The readable form of {@link Coding}: the same five attributes, in the same order, as an
 * Immutables definition, which is what {@code Coding} was before its implementation
 * ({@link CodingValue}) and builder were written by hand for speed. The rules are {@code Coding}'s
 * own, run by the same check. {@code CodingBuilderTest} proves the two equal.
 */
@Value.Immutable
@SuppressWarnings("serial")  // for the generated class: see DemarcheStyle.passAnnotations
abstract class ReferenceCoding extends Coding {

    @Override
    public abstract Optional<CameoCode> cameoCode();

    @Override
    public abstract Optional<BigDecimal> reportedScore();

    @Override
    public abstract Optional<PloverEventType> ploverType();

    @Override
    public abstract Optional<PloverMode> ploverMode();

    @Override
    public abstract List<PloverContext> ploverContexts();

    @Value.Check
    final void checkRules() {
        check();
    }

    /** Builds reference codings: {@code new ReferenceCoding.Builder()}. */
    static final class Builder extends ImmutableReferenceCoding.Builder {
    }
}
