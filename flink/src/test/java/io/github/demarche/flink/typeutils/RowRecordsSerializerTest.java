package io.github.demarche.flink.typeutils;

import io.github.demarche.flink.TestRecords;
import io.github.demarche.formats.RowRecords;
import java.util.List;
import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Flink's serializer test harness (copies, sequences, duplicates, snapshot and restore) on the
 * RowRecords serializer.
 */
class RowRecordsSerializerTest extends SerializerTestBase<RowRecords> {

    @Override
    protected TypeSerializer<RowRecords> createSerializer() {
        return DemarcheTypeInfo.rowRecords().createSerializer(null);
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Class<RowRecords> getTypeClass() {
        return RowRecords.class;
    }

    @Override
    protected RowRecords[] getTestData() {
        return TestRecords.allRows().toArray(new RowRecords[0]);
    }

    @Override
    protected boolean allowNullInstances(TypeSerializer<RowRecords> serializer) {
        return true;
    }
}
