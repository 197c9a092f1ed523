package io.github.demarche.flink.typeutils;

import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The snapshot of a {@link DemarcheSerializer} that Flink keeps with a savepoint or checkpoint: the
 * record type's name and, as the snapshot's version, the version of Demarche's binary format the
 * state was written in.
 *
 * <p>Compatibility, as the new serializer's snapshot resolves it against the old one: the same
 * record type in the same format is compatible as it is. In format 1 (Demarche 0.1), statements,
 * actors, rows and problems are compatible as they are, since the current serializer reads their
 * bytes of format 1; events, casualty reports, documents and dossiers, which format 1 wrote as their
 * JSON, are compatible after migration: Flink reads the state with the serializer
 * {@link #restoreSerializer()} gives, which reads format 1, and writes it again in the current one.
 * (Flink cannot migrate the key of keyed state: state keyed by one of those four records in format
 * 1 does not restore.) Another record type, or a format newer than this Demarche knows, is
 * incompatible; a snapshot of a newer format is refused when read, with a message that names its
 * version.
 *
 * <p>Flink creates instances by reflection and fills them by {@link #readSnapshot}; an instance is
 * not thread-safe.
 *
 * @param <T>  the record type
 * @since 0.2
 */
public final class DemarcheSerializerSnapshot<T> implements TypeSerializerSnapshot<T> {

    /**
     * The version of Demarche's binary format that this version writes: 2 (1 was the first
     * release's, with events, casualty reports, documents and dossiers as their JSON).
     */
    public static final int FORMAT_VERSION = 2;

    private ModelKind kind;
    private int formatVersion;

    /**
     * Creates an empty snapshot, for Flink to fill by {@link #readSnapshot}.
     */
    public DemarcheSerializerSnapshot() {
        this.formatVersion = FORMAT_VERSION;
    }

    DemarcheSerializerSnapshot(ModelKind kind) {
        this(kind, FORMAT_VERSION);
    }

    DemarcheSerializerSnapshot(ModelKind kind, int formatVersion) {
        this.kind = kind;
        this.formatVersion = formatVersion;
    }

    /**
     * Gets the version of the snapshot, which is the version of the binary format its serializer
     * writes: {@value #FORMAT_VERSION}, or an older one for a serializer restored from older state.
     *
     * @return the format version
     */
    @Override
    public int getCurrentVersion() {
        return formatVersion;
    }

    /**
     * Writes the record type's name.
     *
     * @param out  the output, not null
     * @throws IOException if the output fails
     */
    @Override
    public void writeSnapshot(DataOutputView out) throws IOException {
        out.writeUTF(kind.name());
    }

    /**
     * Reads a snapshot written by {@link #writeSnapshot} of some Demarche version.
     *
     * @param readVersion  the snapshot's version, the format version the state is in
     * @param in  the input, not null
     * @param userCodeClassLoader  not used
     * @throws IOException if the input fails, or the format version or record type is unknown to
     *     this Demarche (message {@code Demarche binary format 3 is newer than this Demarche reads (2)},
     *     {@code Demarche serializer snapshot of an unknown record type 'X'})
     */
    @Override
    public void readSnapshot(int readVersion, DataInputView in, ClassLoader userCodeClassLoader) throws IOException {
        if (readVersion < 1 || readVersion > FORMAT_VERSION) {
            throw new IOException("Demarche binary format " + readVersion + " is "
                    + (readVersion < 1 ? "unknown" : "newer than this Demarche reads") + " (" + FORMAT_VERSION + ")");
        }
        String name = in.readUTF();
        try {
            kind = ModelKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IOException("Demarche serializer snapshot of an unknown record type '" + name + "'", e);
        }
        formatVersion = readVersion;
    }

    /**
     * Obtains a serializer that reads (and writes) state in this snapshot's format.
     *
     * @return the serializer, not null
     */
    @Override
    public TypeSerializer<T> restoreSerializer() {
        return new DemarcheSerializer<>(kind, formatVersion);
    }

    /**
     * Resolves the compatibility of the old snapshot's state with this snapshot's serializer.
     *
     * @param oldSerializerSnapshot  the snapshot the state was written with, not null
     * @return compatible as is, compatible after migration, or incompatible, as the class comment says
     */
    @Override
    public TypeSerializerSchemaCompatibility<T> resolveSchemaCompatibility(
            TypeSerializerSnapshot<T> oldSerializerSnapshot) {
        if (!(oldSerializerSnapshot instanceof DemarcheSerializerSnapshot<T> old) || old.kind != kind) {
            return TypeSerializerSchemaCompatibility.incompatible();
        }
        if (old.formatVersion > formatVersion) {
            return TypeSerializerSchemaCompatibility.incompatible();
        }
        if (old.formatVersion == formatVersion || old.formatVersion >= kind.firstFormatReadAsIs()) {
            return TypeSerializerSchemaCompatibility.compatibleAsIs();
        }
        return TypeSerializerSchemaCompatibility.compatibleAfterMigration();
    }

    /**
     * Gets a short description, such as {@code DemarcheSerializerSnapshot[STATEMENT, format 2]}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "DemarcheSerializerSnapshot[" + kind + ", format " + formatVersion + "]";
    }
}
