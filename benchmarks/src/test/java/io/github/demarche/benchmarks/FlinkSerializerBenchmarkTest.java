package io.github.demarche.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.Statement;
import java.io.IOException;
import java.util.List;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class FlinkSerializerBenchmarkTest {

    private static final List<Statement> STATEMENTS = new ModelMapping(true).statements(new Dataset(42).statements(500));

    @Test
    void both_serializers_give_back_the_same_statements() throws IOException {
        for (TypeSerializer<Statement> serializer : List.of(FlinkSerializerBenchmark.demarcheSerializer(),
                FlinkSerializerBenchmark.kryoSerializer())) {
            DataOutputSerializer out = new DataOutputSerializer(1024);
            for (Statement statement : STATEMENTS) {
                out.clear();
                serializer.serialize(statement, out);
                assertThat(serializer.deserialize(new DataInputDeserializer(out.getCopyOfBuffer())))
                        .as(serializer.toString()).isEqualTo(statement);
            }
        }
    }

    @Test
    void demarche_writes_no_more_bytes_than_kryo() {
        assertThat(FlinkSerializerBenchmark.bytes(FlinkSerializerBenchmark.demarcheSerializer(), STATEMENTS))
                .isLessThanOrEqualTo(FlinkSerializerBenchmark.bytes(FlinkSerializerBenchmark.kryoSerializer(), STATEMENTS));
    }
}
