package io.github.demarche.flink.typeutils;

import io.github.demarche.flink.source.SourceRow;
import java.lang.reflect.Type;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Gives Flink the type information of what a Demarche file source reads ({@link SourceRow}), so
 * that Flink serializes it with {@link DemarcheSerializer} and never falls back to Kryo. The
 * {@link org.apache.flink.api.common.typeinfo.TypeInfo} annotation on {@code SourceRow} names it:
 * no registration is needed.
 *
 * <p>Instances are stateless and thread-safe.
 *
 * @since 0.2
 */
public final class SourceRowTypeInfoFactory extends TypeInfoFactory<SourceRow> {

    /**
     * Creates the factory; Flink calls this constructor by reflection.
     */
    public SourceRowTypeInfoFactory() {
        // stateless
    }

    /**
     * Gets the type information of {@link SourceRow}.
     *
     * @param type  the type Flink met, ignored
     * @param genericParameters  the generic parameters, ignored ({@code SourceRow} has none)
     * @return the type information, not null
     */
    @Override
    public TypeInformation<SourceRow> createTypeInfo(Type type, Map<String, TypeInformation<?>> genericParameters) {
        return DemarcheTypeInfo.of(ModelKind.SOURCE_ROW);
    }
}
