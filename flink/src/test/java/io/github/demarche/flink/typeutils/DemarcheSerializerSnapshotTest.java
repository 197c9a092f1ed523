package io.github.demarche.flink.typeutils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.Event;
import io.github.demarche.Statement;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
        assertThat(old).hasToString("DemarcheSerializerSnapshot[STATEMENT, format 2]");
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"STATEMENT", "ACTOR", "ROW_RECORDS", "ROW_PROBLEM", "SOURCE_ROW"})
    @SuppressWarnings({"unchecked", "rawtypes"})
    void format_1_of_the_records_whose_bytes_say_their_form_is_compatible_as_is(ModelKind kind) {
        TypeSerializerSnapshot current = new DemarcheSerializerSnapshot<>(kind);
        TypeSerializerSnapshot old = new DemarcheSerializerSnapshot<>(kind, 1);
        assertThat(current.resolveSchemaCompatibility(old).isCompatibleAsIs()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ModelKind.class, names = {"EVENT", "CASUALTY_REPORT", "DOCUMENT", "DOSSIER"})
    @SuppressWarnings({"unchecked", "rawtypes"})
    void format_1_of_the_records_it_held_as_json_is_compatible_after_migration(ModelKind kind) {
        TypeSerializerSnapshot current = new DemarcheSerializerSnapshot<>(kind);
        TypeSerializerSnapshot old = new DemarcheSerializerSnapshot<>(kind, 1);
        assertThat(current.resolveSchemaCompatibility(old).isCompatibleAfterMigration()).isTrue();
        assertThat(old.restoreSerializer()).isEqualTo(new DemarcheSerializer<>(kind, 1))
                .isNotEqualTo(new DemarcheSerializer<>(kind))
                .hasToString("DemarcheSerializer<" + kind.type().getSimpleName() + ">[format 1]");
    }

    @Test
    void a_restored_serializer_of_format_1_keeps_format_1_in_its_snapshot() throws IOException {
        DemarcheSerializer<Event> restored = new DemarcheSerializer<>(ModelKind.EVENT, 1);
        TypeSerializerSnapshot<Event> snapshot = roundTrip(restored.snapshotConfiguration());
        assertThat(snapshot.getCurrentVersion()).isEqualTo(1);
        assertThat(snapshot.restoreSerializer()).isEqualTo(restored);
    }

    @Test
    void a_newer_format_is_incompatible() {
        DemarcheSerializerSnapshot<Statement> current = new DemarcheSerializerSnapshot<>(ModelKind.STATEMENT, 2);
        DemarcheSerializerSnapshot<Statement> newer = new DemarcheSerializerSnapshot<>(ModelKind.STATEMENT, 3);
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
        assertThatThrownBy(() -> snapshot.readSnapshot(3, new DataInputDeserializer(new byte[0]), LOADER))
                .isInstanceOf(IOException.class)
                .hasMessage("Demarche binary format 3 is newer than this Demarche reads (2)");
        assertThatThrownBy(() -> snapshot.readSnapshot(0, new DataInputDeserializer(new byte[0]), LOADER))
                .isInstanceOf(IOException.class)
                .hasMessage("Demarche binary format 0 is unknown (2)");
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
