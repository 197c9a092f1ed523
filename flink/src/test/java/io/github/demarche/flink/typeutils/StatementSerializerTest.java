package io.github.demarche.flink.typeutils;

import io.github.demarche.Statement;
import io.github.demarche.flink.TestRecords;
import java.util.List;
import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Flink's serializer test harness (copies, sequences, duplicates, snapshot and restore) on the
 * Statement serializer.
 */
class StatementSerializerTest extends SerializerTestBase<Statement> {

    @Override
    protected TypeSerializer<Statement> createSerializer() {
        return DemarcheTypeInfo.statements().createSerializer(null);
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Class<Statement> getTypeClass() {
        return Statement.class;
    }

    @Override
    protected Statement[] getTestData() {
        return TestRecords.statements().toArray(new Statement[0]);
    }

    @Override
    protected boolean allowNullInstances(TypeSerializer<Statement> serializer) {
        return true;
    }
}
