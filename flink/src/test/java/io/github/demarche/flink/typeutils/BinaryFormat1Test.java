package io.github.demarche.flink.typeutils;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.CasualtyReport;
import io.github.demarche.Event;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.SecondFixture;
import io.github.demarche.Statement;
import io.github.demarche.flink.TestRecords;
import io.github.demarche.formats.RowRecords;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private static final String RECORDS = "records-format-1.bin";
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

    /**
     * The other records, by type: the fixtures' events, casualty reports, documents and dossiers,
     * and the first rows of each sample with their events and casualty reports.
     */
    private static Map<DemarcheTypeInfo<?>, List<?>> records() {
        List<RowRecords> rows = new ArrayList<>();
        TestRecords.SAMPLES.keySet().forEach(format -> rows.addAll(TestRecords.rows(format).subList(0, 4)));
        List<Event> events = new ArrayList<>(ReferenceArticleFixture.EVENTS);
        events.addAll(SecondFixture.EVENTS);
        List<CasualtyReport> reports = new ArrayList<>(ReferenceArticleFixture.dossier().casualtyReports());
        reports.addAll(SecondFixture.CASUALTY_REPORTS);
        for (RowRecords row : rows) {
            row.event().ifPresent(events::add);
            reports.addAll(row.casualtyReports());
        }
        return Map.of(DemarcheTypeInfo.events(), events,
                DemarcheTypeInfo.casualtyReports(), reports,
                DemarcheTypeInfo.documents(), SecondFixture.DOCUMENTS,
                DemarcheTypeInfo.dossiers(), List.of(ReferenceArticleFixture.dossier(), SecondFixture.dossier()),
                DemarcheTypeInfo.rowRecords(), rows);
    }

    private static final List<DemarcheTypeInfo<?>> RECORD_TYPES = List.of(DemarcheTypeInfo.events(),
            DemarcheTypeInfo.casualtyReports(), DemarcheTypeInfo.documents(), DemarcheTypeInfo.dossiers(),
            DemarcheTypeInfo.rowRecords());

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static byte[] writeRecords() throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(1 << 16);
        Map<DemarcheTypeInfo<?>, List<?>> records = records();
        for (DemarcheTypeInfo<?> type : RECORD_TYPES) {
            TypeSerializer serializer = type.createSerializer(null);
            TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());
            out.writeInt(records.get(type).size());
            for (Object record : records.get(type)) {
                serializer.serialize(record, out);
            }
        }
        return out.getCopyOfBuffer();
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void other_records_written_in_format_1_read_back() throws IOException {
        String regenerate = System.getProperty("demarche.flink.regenerate");
        if (regenerate != null) {
            Files.write(Path.of(regenerate, RECORDS), writeRecords());
        }
        byte[] golden;
        try (InputStream in = BinaryFormat1Test.class.getResourceAsStream(RECORDS)) {
            assertThat(in).as(RECORDS).isNotNull();
            golden = in.readAllBytes();
        }
        DataInputDeserializer in = new DataInputDeserializer(golden);
        Map<DemarcheTypeInfo<?>, List<?>> records = records();
        for (DemarcheTypeInfo<?> type : RECORD_TYPES) {
            TypeSerializerSnapshot snapshot = TypeSerializerSnapshot.readVersionedSnapshot(in, LOADER);
            TypeSerializerSchemaCompatibility compatibility = type.createSerializer(null).snapshotConfiguration()
                    .resolveSchemaCompatibility(snapshot);
            assertThat(compatibility.isCompatibleAsIs()).as(type.toString()).isTrue();
            TypeSerializer restored = snapshot.restoreSerializer();
            List<Object> read = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                read.add(restored.deserialize(in));
            }
            assertThat(read).as(type.toString()).isEqualTo(records.get(type));
        }
        assertThat(in.available()).isZero();
    }
}
