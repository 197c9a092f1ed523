package io.github.demarche;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The readable form of {@link Actor}: the same seventeen attributes, in the same order, as an
 * Immutables definition, which is what {@code Actor} was before its implementation
 * ({@link ActorValue}) and builder were written by hand for speed and memory. The rules are
 * {@code Actor}'s own, run by the same check. {@code ActorBuilderTest} proves the two equal.
 */
@Value.Immutable
@SuppressWarnings("serial")  // for the generated class: see DemarcheStyle.passAnnotations
abstract class ReferenceActor extends Actor {

    @Override
    public abstract String id();

    @Override
    public abstract Optional<String> name();

    @Override
    public abstract Optional<String> description();

    @Value.Default
    @Override
    public boolean isCollective() {
        return false;
    }

    @Override
    public abstract ActorKind kind();

    @Override
    public abstract Optional<CountryCode> country();

    @Override
    public abstract Optional<String> title();

    @Override
    public abstract Optional<String> surname();

    @Override
    public abstract Optional<Actor> affiliation();

    @Override
    public abstract List<Membership> memberships();

    @Override
    public abstract List<String> aliases();

    @Override
    public abstract List<String> commonDescriptions();

    @Override
    public abstract Optional<String> wikidataId();

    @Override
    public abstract Optional<CameoActorCode> cameoCode();

    @Override
    public abstract List<String> sectors();

    @Override
    public abstract List<ExternalId> externalIds();

    @Override
    public abstract Map<String, AttributeValue> attributes();

    /** The nesting as the generated class computed it. */
    @Value.Derived
    @Value.Auxiliary
    @Override
    int nesting() {
        int depth = 0;
        Optional<Actor> affiliation = affiliation();
        if (affiliation.isPresent()) {
            depth = affiliation.get().nesting() + 1;
        }
        List<Membership> memberships = memberships();
        for (int i = 0; i < memberships.size(); i++) {
            depth = Math.max(depth, memberships.get(i).organization().nesting() + 1);
        }
        return Math.min(depth, Byte.MAX_VALUE);
    }

    @Value.Check
    final void checkRules() {
        check();
    }

    /** Builds reference actors: {@code new ReferenceActor.Builder()}. */
    static final class Builder extends ImmutableReferenceActor.Builder {
    }
}
