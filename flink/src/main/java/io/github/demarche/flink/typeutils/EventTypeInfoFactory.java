package io.github.demarche.flink.typeutils;

import io.github.demarche.Event;
import java.lang.reflect.Type;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Gives Flink the type information of events ({@link Event}), so that Flink serializes them with
 * {@link DemarcheSerializer} and never falls back to Kryo. Flink instantiates it by name, from the
 * {@code pipeline.serialization-config} option that {@link io.github.demarche.flink.DemarcheFlink}
 * documents and sets.
 *
 * <p>Instances are stateless and thread-safe.
 *
 * @since 0.2
 */
public final class EventTypeInfoFactory extends TypeInfoFactory<Event> {

    /**
     * Creates the factory; Flink calls this constructor by reflection.
     */
    public EventTypeInfoFactory() {
        // stateless
    }

    /**
     * Gets the type information of {@link Event}.
     *
     * @param type  the type Flink met, ignored
     * @param genericParameters  the generic parameters, ignored ({@code Event} has none)
     * @return the type information, not null
     */
    @Override
    public TypeInformation<Event> createTypeInfo(Type type, Map<String, TypeInformation<?>> genericParameters) {
        return DemarcheTypeInfo.of(ModelKind.EVENT);
    }
}
