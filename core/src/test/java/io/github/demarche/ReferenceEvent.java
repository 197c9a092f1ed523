package io.github.demarche;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The readable form of {@link Event}: the same fifteen attributes, in the same order, as an
 * Immutables definition, which is what {@code Event} was before its implementation
 * ({@link EventValue}) and builder were written by hand for speed. The rules are {@code Event}'s
 * own, run by the same check. {@code EventBuilderTest} proves the two equal.
 */
@Value.Immutable
@SuppressWarnings("serial")  // for the generated class: see DemarcheStyle.passAnnotations
abstract class ReferenceEvent extends Event {

    @Override
    public abstract String id();

    @Override
    public abstract EventType type();

    @Override
    public abstract Optional<String> title();

    @Override
    public abstract ApproximateDate date();

    @Override
    public abstract Optional<DatePrecision> datePrecision();

    @Override
    public abstract Optional<RelativeDate> relativeDate();

    @Override
    public abstract Optional<Location> location();

    @Override
    public abstract List<Participant> participants();

    @Override
    public abstract List<String> casualtyReportIds();

    @Override
    public abstract List<SourceAttribution> sources();

    @Override
    public abstract List<ExternalId> externalIds();

    @Override
    public abstract Map<String, AttributeValue> attributes();

    @Override
    public abstract Optional<QualifiedCount> deaths();

    @Value.Default
    @Override
    public boolean isBlocked() {
        return false;
    }

    @Override
    public abstract Optional<Coding> coding();

    @Value.Check
    final void checkRules() {
        check();
    }

    /** Builds reference events: {@code new ReferenceEvent.Builder()}. */
    static final class Builder extends ImmutableReferenceEvent.Builder {
    }
}
