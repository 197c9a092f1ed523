package io.github.demarche.flink.typeutils;

import io.github.demarche.flink.TestRecords;
import io.github.demarche.flink.source.SourceRow;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Flink's serializer test harness (copies, sequences, duplicates, snapshot and restore) on the
 * SourceRow serializer.
 */
class SourceRowSerializerTest extends SerializerTestBase<SourceRow> {

    @Override
    protected TypeSerializer<SourceRow> createSerializer() {
        return DemarcheTypeInfo.sourceRows().createSerializer(null);
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Class<SourceRow> getTypeClass() {
        return SourceRow.class;
    }

    @Override
    protected SourceRow[] getTestData() {
        return sourceRows().toArray(new SourceRow[0]);
    }

    @Override
    protected boolean allowNullInstances(TypeSerializer<SourceRow> serializer) {
        return true;
    }

    private static List<SourceRow> sourceRows() {
        List<SourceRow> rows = new ArrayList<>();
        TestRecords.allRows().forEach(row -> rows.add(SourceRow.of(row)));
        TestRecords.problems().forEach(problem -> rows.add(SourceRow.of(problem)));
        return rows;
    }
}
