package io.github.demarche.flink.typeutils;

import io.github.demarche.Actor;
import io.github.demarche.flink.TestRecords;
import java.util.List;
import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Flink's serializer test harness (copies, sequences, duplicates, snapshot and restore) on the
 * Actor serializer.
 */
class ActorSerializerTest extends SerializerTestBase<Actor> {

    @Override
    protected TypeSerializer<Actor> createSerializer() {
        return DemarcheTypeInfo.actors().createSerializer(null);
    }

    @Override
    protected int getLength() {
        return -1;
    }

    @Override
    protected Class<Actor> getTypeClass() {
        return Actor.class;
    }

    @Override
    protected Actor[] getTestData() {
        return TestRecords.actors().toArray(new Actor[0]);
    }

    @Override
    protected boolean allowNullInstances(TypeSerializer<Actor> serializer) {
        return true;
    }
}
