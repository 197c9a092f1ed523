package io.github.demarche.flink.typeutils;

import io.github.demarche.formats.RowRecords;
import java.lang.reflect.Type;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;

/**
 * Gives Flink the type information of the records of one row of a dataset ({@link RowRecords}), so that Flink serializes them with
 * {@link DemarcheSerializer} and never falls back to Kryo. Flink instantiates it by name, from the
 * {@code pipeline.serialization-config} option that {@link io.github.demarche.flink.DemarcheFlink}
 * documents and sets.
 *
 * <p>Instances are stateless and thread-safe.
 *
 * @since 0.2
 */
public final class RowRecordsTypeInfoFactory extends TypeInfoFactory<RowRecords> {

    /**
     * Creates the factory; Flink calls this constructor by reflection.
     */
    public RowRecordsTypeInfoFactory() {
        // stateless
    }

    /**
     * Gets the type information of {@link RowRecords}.
     *
     * @param type  the type Flink met, ignored
     * @param genericParameters  the generic parameters, ignored ({@code RowRecords} has none)
     * @return the type information, not null
     */
    @Override
    public TypeInformation<RowRecords> createTypeInfo(Type type, Map<String, TypeInformation<?>> genericParameters) {
        return DemarcheTypeInfo.of(ModelKind.ROW_RECORDS);
    }
}
