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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * State written by the first release must stay readable: snapshots and records in binary format 1,
 * as Demarche 0.1 wrote them (test resources {@code statements-format-1.bin}, the reference
 * article's statements, and {@code records-format-1.bin}, the fixtures' events, casualty reports,
 * documents and dossiers and the first rows of each sample). Their snapshots restore serializers
 * that read them and write the same format; statements and rows are read as they are by the current
 * serializer too, the other records are migrated (read in format 1, written in the current one).
 * The files are frozen: {@code -Ddemarche.flink.regenerate=src/test/resources/io/github/demarche/flink/typeutils}
 * writes them again with the serializers of format 1, only for when the fixtures themselves change.
 */
class BinaryFormat1Test {

    private static final String STATEMENTS = "statements-format-1.bin";
    private static final String RECORDS = "records-format-1.bin";
    private static final ClassLoader LOADER = BinaryFormat1Test.class.getClassLoader();

    private static byte[] golden(String resource) throws IOException {
        try (InputStream in = BinaryFormat1Test.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }

    private static byte[] writeStatements() throws IOException {
        TypeSerializer<Statement> serializer = new DemarcheSerializer<>(ModelKind.STATEMENT, 1);
        DataOutputSerializer out = new DataOutputSerializer(4096);
        TypeSerializerSnapshot.writeVersionedSnapshot(out, serializer.snapshotConfiguration());
        out.writeInt(ReferenceArticleFixture.STATEMENTS.size());
        for (Statement statement : ReferenceArticleFixture.STATEMENTS) {
            serializer.serialize(statement, out);
        }
        return out.getCopyOfBuffer();
    }

    @Test
    void statements_written_in_format_1_read_back_as_they_are() throws IOException {
        String regenerate = System.getProperty("demarche.flink.regenerate");
        if (regenerate != null) {
            Files.write(Path.of(regenerate, STATEMENTS), writeStatements());
        }
        byte[] golden = golden(STATEMENTS);
        DataInputDeserializer in = new DataInputDeserializer(golden);
        TypeSerializerSnapshot<Statement> snapshot = TypeSerializerSnapshot.readVersionedSnapshot(in, LOADER);
        assertThat(snapshot.getCurrentVersion()).isEqualTo(1);
        TypeSerializer<Statement> current = DemarcheTypeInfo.statements().createSerializer(null);
        TypeSerializerSchemaCompatibility<Statement> compatibility = current.snapshotConfiguration()
                .resolveSchemaCompatibility(snapshot);
        assertThat(compatibility.isCompatibleAsIs()).isTrue();
        TypeSerializer<Statement> restored = snapshot.restoreSerializer();
        int start = in.getPosition();
        List<Statement> read = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            read.add(restored.deserialize(in));
        }
        assertThat(in.available()).isZero();
        assertThat(read).isEqualTo(ReferenceArticleFixture.STATEMENTS);
        // compatible as is: the current serializer reads the same bytes
        DataInputDeserializer again = new DataInputDeserializer(golden, start, golden.length - start);
        List<Statement> readByCurrent = new ArrayList<>();
        for (int i = again.readInt(); i > 0; i--) {
            readByCurrent.add(current.deserialize(again));
        }
        assertThat(readByCurrent).isEqualTo(ReferenceArticleFixture.STATEMENTS);
        // and the serializer of format 1 still writes the same bytes
        assertThat(writeStatements()).isEqualTo(golden);
    }

    /**
     * The other records, by record type: the fixtures' events, casualty reports, documents and
     * dossiers, and the first rows of each sample with their events and casualty reports.
     */
    static Map<ModelKind, List<?>> records() {
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
        Map<ModelKind, List<?>> records = new LinkedHashMap<>();
        records.put(ModelKind.EVENT, events);
        records.put(ModelKind.CASUALTY_REPORT, reports);
        records.put(ModelKind.DOCUMENT, SecondFixture.DOCUMENTS);
        records.put(ModelKind.DOSSIER, List.of(ReferenceArticleFixture.dossier(), SecondFixture.dossier()));
        records.put(ModelKind.ROW_RECORDS, rows);
        return records;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static byte[] writeRecords(int format) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(1 << 16);
        for (Map.Entry<ModelKind, List<?>> entry : records().entrySet()) {
            TypeSerializer serializer = new DemarcheSerializer<>(entry.getKey(), format);
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
    void other_records_written_in_format_1_read_back_and_migrate() throws IOException {
        String regenerate = System.getProperty("demarche.flink.regenerate");
        if (regenerate != null) {
            Files.write(Path.of(regenerate, RECORDS), writeRecords(1));
        }
        DataInputDeserializer in = new DataInputDeserializer(golden(RECORDS));
        for (Map.Entry<ModelKind, List<?>> entry : records().entrySet()) {
            ModelKind kind = entry.getKey();
            TypeSerializerSnapshot snapshot = TypeSerializerSnapshot.readVersionedSnapshot(in, LOADER);
            assertThat(snapshot.getCurrentVersion()).isEqualTo(1);
            TypeSerializer current = new DemarcheSerializer<>(kind);
            TypeSerializerSchemaCompatibility compatibility = current.snapshotConfiguration()
                    .resolveSchemaCompatibility(snapshot);
            TypeSerializer restored = snapshot.restoreSerializer();
            // rows say which form they hold; the others were bare JSON
            boolean asIs = kind == ModelKind.ROW_RECORDS;
            assertThat(compatibility.isCompatibleAsIs()).as(kind.name()).isEqualTo(asIs);
            assertThat(compatibility.isCompatibleAfterMigration()).as(kind.name()).isEqualTo(!asIs);
            TypeSerializer reader = asIs ? current : restored;
            List<Object> read = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                read.add(reader.deserialize(in));
            }
            assertThat(read).as(kind.name()).isEqualTo(entry.getValue());
            // migration: what the restored serializer read, the current one writes and reads back
            DataOutputSerializer out = new DataOutputSerializer(4096);
            for (Object record : read) {
                current.serialize(record, out);
            }
            DataInputDeserializer migrated = new DataInputDeserializer(out.getCopyOfBuffer());
            for (Object record : read) {
                assertThat(current.deserialize(migrated)).as(kind.name()).isEqualTo(record);
            }
        }
        assertThat(in.available()).isZero();
    }
}
