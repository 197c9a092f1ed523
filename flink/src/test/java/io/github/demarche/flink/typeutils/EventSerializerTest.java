package io.github.demarche.flink.typeutils;

import io.github.demarche.Event;
import io.github.demarche.flink.TestRecords;
import java.util.List;
import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Flink's serializer test harness (copies, sequences, duplicates, snapshot and restore) on the
 * Event serializer.
 */
class EventSerializerTest extends SerializerTestBase<Event> {

    @Override
    protected TypeSerializer<Event> createSerializer() {
        return DemarcheTypeInfo.events().createSerializer(null);
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Class<Event> getTypeClass() {
        return Event.class;
    }

    @Override
    protected Event[] getTestData() {
        return TestRecords.events().toArray(new Event[0]);
    }

    @Override
    protected boolean allowNullInstances(TypeSerializer<Event> serializer) {
        return true;
    }
}
