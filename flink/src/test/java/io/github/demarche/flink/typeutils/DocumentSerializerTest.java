package io.github.demarche.flink.typeutils;

import io.github.demarche.Document;
import io.github.demarche.flink.TestRecords;
import java.util.List;
import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Flink's serializer test harness (copies, sequences, duplicates, snapshot and restore) on the
 * Document serializer.
 */
class DocumentSerializerTest extends SerializerTestBase<Document> {

    @Override
    protected TypeSerializer<Document> createSerializer() {
        return DemarcheTypeInfo.documents().createSerializer(null);
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Class<Document> getTypeClass() {
        return Document.class;
    }

    @Override
    protected Document[] getTestData() {
        return TestRecords.documents().toArray(new Document[0]);
    }

    @Override
    protected boolean allowNullInstances(TypeSerializer<Document> serializer) {
        return true;
    }
}
