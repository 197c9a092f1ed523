package io.github.demarche.flink.typeutils;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.ReferenceArticleFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * State written in binary format 2 must stay readable by later versions: the snapshots and records
 * of every record type (test resource {@code records-format-2.bin}: the reference article's
 * statements, then the records of {@link BinaryFormat1Test#records()}) are read back by the current
 * serializers, compatible as they are, and written again byte for byte. A change of the binary form
 * that breaks this needs a new format version (and a reader of format 2 kept). Regenerate the file
 * with {@code -Ddemarche.flink.regenerate=src/test/resources/io/github/demarche/flink/typeutils}
 * only when the fixtures themselves change.
 */
class BinaryFormat2Test {

    private static final String RECORDS = "records-format-2.bin";
    private static final ClassLoader LOADER = BinaryFormat2Test.class.getClassLoader();

    private static Map<ModelKind, List<?>> records() {
        Map<ModelKind, List<?>> records = new LinkedHashMap<>();
        records.put(ModelKind.STATEMENT, ReferenceArticleFixture.STATEMENTS);
        records.putAll(BinaryFormat1Test.records());
        return records;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static byte[] write() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(1 << 16);
        for (Map.Entry<ModelKind, List<?>> entry : records().entrySet()) {
            TypeSerializer serializer = new DemarcheSerializer<>(entry.getKey());
            TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());
            out.writeInt(entry.getValue().size());
            for (Object record : entry.getValue()) {
                serializer.serialize(record, out);
            }
        }
        return out.getCopyOfBuffer();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void state_written_in_format_2_reads_back_and_writes_the_same_bytes() throws IOException {
        String regenerate = System.getProperty("demarche.flink.regenerate");
        if (regenerate != null) {
            Files.write(Path.of(regenerate, RECORDS), write());
        }
        byte[] golden;
        try (InputStream in = BinaryFormat2Test.class.getResourceAsStream(RECORDS)) {
            assertThat(in).as(RECORDS).isNotNull();
            golden = in.readAllBytes();
        }
        DataInputDeserializer in = new DataInputDeserializer(golden);
        for (Map.Entry<ModelKind, List<?>> entry : records().entrySet()) {
            ModelKind kind = entry.getKey();
            TypeSerializerSnapshot snapshot = TypeSerializerSnapshot.readVersionedSnapshot(in, LOADER);
            assertThat(snapshot.getCurrentVersion()).isEqualTo(2);
            TypeSerializer current = new DemarcheSerializer<>(kind);
            assertThat(current.snapshotConfiguration().resolveSchemaCompatibility(snapshot).isCompatibleAsIs())
                    .as(kind.name()).isTrue();
            TypeSerializer restored = snapshot.restoreSerializer();
            assertThat(restored).isEqualTo(current);
            List<Object> read = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                read.add(restored.deserialize(in));
            }
            assertThat(read).as(kind.name()).isEqualTo(entry.getValue());
        }
        assertThat(in.available()).isZero();
        assertThat(write()).isEqualTo(golden);
    }
}
