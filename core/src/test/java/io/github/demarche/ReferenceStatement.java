package io.github.demarche;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The readable form of {@link Statement}: the same sixteen attributes, in the same order, as an
 * Immutables definition, which is what {@code Statement} was before its implementation
 * ({@link StatementValue}) and builder were written by hand for speed. The rules are
 * {@code Statement}'s own, run by the same check. {@code StatementBuilderTest} proves the two equal.
 */
@Value.Immutable
@SuppressWarnings("serial")  // for the generated class: see DemarcheStyle.passAnnotations
abstract class ReferenceStatement extends Statement {

    @Override
    public abstract String id();

    @Override
    public abstract List<Actor> speakers();

    @Override
    public abstract Optional<Actor> onBehalfOf();

    @Override
    public abstract Optional<Actor> reportedBy();

    @Override
    public abstract ApproximateDate date();

    @Override
    public abstract Optional<RelativeDate> relativeDate();

    @Override
    public abstract StatementMode mode();

    @Override
    public abstract Channel channel();

    @Override
    public abstract Optional<String> quote();

    @Override
    public abstract Optional<String> summary();

    @Override
    public abstract List<Stance> stances();

    @Override
    public abstract List<String> eventIds();

    @Override
    public abstract List<SourceAttribution> sources();

    @Override
    public abstract Optional<Location> location();

    @Override
    public abstract List<ExternalId> externalIds();

    @Override
    public abstract Map<String, AttributeValue> attributes();

    @Value.Check
    final void checkRules() {
        check();
    }

    /** Builds reference statements: {@code new ReferenceStatement.Builder()}. */
    static final class Builder extends ImmutableReferenceStatement.Builder {
    }
}
