package io.github.demarche.flink.typeutils;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.Statement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * State written by this version must stay readable: a snapshot and the reference article's
 * statements in binary format 1, as this version wrote them (test resource
 * {@code statements-format-1.bin}), are read back by the current serializer, which also writes the
 * same bytes. A change of the binary form that breaks this needs a new format version (and a
 * reader of format 1 kept). Regenerate the file with
 * {@code -Ddemarche.flink.regenerate=src/test/resources/io/github/demarche/flink/typeutils} after
 * such a version bump, or when the reference article's fixture itself changes.
 */
class BinaryFormat1Test {

    private static final String RESOURCE = "statements-format-1.bin";
    private static final ClassLoader LOADER = BinaryFormat1Test.class.getClassLoader();

    private static byte[] write() throws IOException {
        TypeSerializer<Statement> serializer = DemarcheTypeInfo.statements().createSerializer(null);
        DataOutputSerializer out = new DataOutputSerializer(4096);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());
        out.writeInt(ReferenceArticleFixture.STATEMENTS.size());
        for (Statement statement : ReferenceArticleFixture.STATEMENTS) {
            serializer.serialize(statement, out);
        }
        return out.getCopyOfBuffer();
    }

    @Test
    void state_written_in_format_1_reads_back() throws IOException {
        String regenerate = System.getProperty("demarche.flink.regenerate");
        if (regenerate != null) {
            Files.write(Path.of(regenerate, RESOURCE), write());
        }
        byte[] golden;
        try (InputStream in = BinaryFormat1Test.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            golden = in.readAllBytes();
        }
        DataInputDeserializer in = new DataInputDeserializer(golden);
        TypeSerializerSnapshot<Statement> snapshot = TypeSerializerSnapshot.readVersionedSnapshot(in, LOADER);
        TypeSerializerSchemaCompatibility<Statement> compatibility = DemarcheTypeInfo.statements()
                .createSerializer(null).snapshotConfiguration().resolveSchemaCompatibility(snapshot);
        assertThat(compatibility.isCompatibleAsIs()).isTrue();
        TypeSerializer<Statement> restored = snapshot.restoreSerializer();
        List<Statement> read = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            read.add(restored.deserialize(in));
        }
        assertThat(in.available()).isZero();
        assertThat(read).isEqualTo(ReferenceArticleFixture.STATEMENTS);
        // and this version still writes the same bytes
        assertThat(write()).isEqualTo(golden);
    }
}
