package io.github.demarche.flink.typeutils;

import io.github.demarche.flink.TestRecords;
import io.github.demarche.formats.RowProblem;
import java.util.List;
import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Flink's serializer test harness (copies, sequences, duplicates, snapshot and restore) on the
 * RowProblem serializer.
 */
class RowProblemSerializerTest extends SerializerTestBase<RowProblem> {

    @Override
    protected TypeSerializer<RowProblem> createSerializer() {
        return DemarcheTypeInfo.rowProblems().createSerializer(null);
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Class<RowProblem> getTypeClass() {
        return RowProblem.class;
    }

    @Override
    protected RowProblem[] getTestData() {
        return TestRecords.problems().toArray(new RowProblem[0]);
    }

    @Override
    protected boolean allowNullInstances(TypeSerializer<RowProblem> serializer) {
        return true;
    }
}
