package io.github.demarche.flink.typeutils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.Statement;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

class DemarcheSerializerSnapshotTest {

    private static final ClassLoader LOADER = DemarcheSerializerSnapshotTest.class.getClassLoader();

    private static <T> TypeSerializerSnapshot<T> roundTrip(TypeSerializerSnapshot<T> snapshot) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(64);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, snapshot);
        return TypeSerializerSnapshot.readVersionedSnapshot(new DataInputDeserializer(out.getCopyOfBuffer()), LOADER);
    }

    @Test
    void same_type_same_format_is_compatible_as_is_after_a_round_trip() throws IOException {
        TypeSerializerSnapshot<Statement> old = roundTrip(DemarcheTypeInfo.statements().createSerializer(null)
                .snapshotConfiguration());
        TypeSerializerSchemaCompatibility<Statement> compatibility = DemarcheTypeInfo.statements()
                .createSerializer(null).snapshotConfiguration().resolveSchemaCompatibility(old);
        assertThat(compatibility.isCompatibleAsIs()).isTrue();
        assertThat(old.restoreSerializer()).isEqualTo(DemarcheTypeInfo.statements().createSerializer(null));
        assertThat(old).hasToString("DemarcheSerializerSnapshot[STATEMENT, format 1]");
    }

    @Test
    void an_older_format_is_compatible_after_migration() {
        DemarcheSerializerSnapshot<Statement> current = new DemarcheSerializerSnapshot<>(ModelKind.STATEMENT, 2);
        DemarcheSerializerSnapshot<Statement> old = new DemarcheSerializerSnapshot<>(ModelKind.STATEMENT, 1);
        assertThat(current.resolveSchemaCompatibility(old).isCompatibleAfterMigration()).isTrue();
    }

    @Test
    void a_newer_format_is_incompatible() {
        DemarcheSerializerSnapshot<Statement> current = new DemarcheSerializerSnapshot<>(ModelKind.STATEMENT, 1);
        DemarcheSerializerSnapshot<Statement> newer = new DemarcheSerializerSnapshot<>(ModelKind.STATEMENT, 2);
        assertThat(current.resolveSchemaCompatibility(newer).isIncompatible()).isTrue();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void another_record_type_is_incompatible() {
        TypeSerializerSnapshot current = new DemarcheSerializerSnapshot<>(ModelKind.STATEMENT);
        TypeSerializerSnapshot other = new DemarcheSerializerSnapshot<>(ModelKind.EVENT);
        assertThat(current.resolveSchemaCompatibility(other).isIncompatible()).isTrue();
    }

    @Test
    void refuses_a_format_newer_than_it_reads() {
        DemarcheSerializerSnapshot<Statement> snapshot = new DemarcheSerializerSnapshot<>();
        assertThatThrownBy(() -> snapshot.readSnapshot(2, new DataInputDeserializer(new byte[0]), LOADER))
                .isInstanceOf(IOException.class)
                .hasMessage("Demarche binary format 2 is newer than this Demarche reads (1)");
        assertThatThrownBy(() -> snapshot.readSnapshot(0, new DataInputDeserializer(new byte[0]), LOADER))
                .isInstanceOf(IOException.class)
                .hasMessage("Demarche binary format 0 is unknown (1)");
    }

    @Test
    void refuses_an_unknown_record_type() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(16);
        out.writeUTF("PARADE");
        DemarcheSerializerSnapshot<Statement> snapshot = new DemarcheSerializerSnapshot<>();
        assertThatThrownBy(() -> snapshot.readSnapshot(1, new DataInputDeserializer(out.getCopyOfBuffer()), LOADER))
                .isInstanceOf(IOException.class)
                .hasMessage("Demarche serializer snapshot of an unknown record type 'PARADE'");
    }
}
