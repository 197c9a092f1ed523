package io.github.demarche.flink.typeutils;

import io.github.demarche.CasualtyReport;
import java.lang.reflect.Type;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Gives Flink the type information of casualty reports ({@link CasualtyReport}), so that Flink serializes them with
 * {@link DemarcheSerializer} and never falls back to Kryo. Flink instantiates it by name, from the
 * {@code pipeline.serialization-config} option that {@link io.github.demarche.flink.DemarcheFlink}
 * documents and sets.
 *
 * <p>Instances are stateless and thread-safe.
 *
 * @since 0.2
 */
public final class CasualtyReportTypeInfoFactory extends TypeInfoFactory<CasualtyReport> {

    /**
     * Creates the factory; Flink calls this constructor by reflection.
     */
    public CasualtyReportTypeInfoFactory() {
        // stateless
    }

    /**
     * Gets the type information of {@link CasualtyReport}.
     *
     * @param type  the type Flink met, ignored
     * @param genericParameters  the generic parameters, ignored ({@code CasualtyReport} has none)
     * @return the type information, not null
     */
    @Override
    public TypeInformation<CasualtyReport> createTypeInfo(Type type, Map<String, TypeInformation<?>> genericParameters) {
        return DemarcheTypeInfo.of(ModelKind.CASUALTY_REPORT);
    }
}
