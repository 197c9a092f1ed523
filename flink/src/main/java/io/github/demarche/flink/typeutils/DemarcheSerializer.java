package io.github.demarche.flink.typeutils;

import java.io.IOException;
import java.util.Objects;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The Flink serializer of a Demarche record type, in Demarche's binary format
 * {@value DemarcheSerializerSnapshot#FORMAT_VERSION}: every record field by field (see
 * {@link DemarcheTypeInfo} for the types). A serializer that Flink restores from the snapshot of
 * older state reads and writes that state's format (format 1 held events, casualty reports,
 * documents and dossiers as their Demarche JSON). Reading builds each value through the model's
 * public builders, so a value read from state or from the network has passed the model's
 * validation; a record that no longer passes it fails with an {@link IOException} that carries the
 * model's message.
 *
 * <p>Its {@linkplain #snapshotConfiguration() snapshot} names the record type and the format
 * version, so that a later Demarche reads the state this one wrote.
 *
 * <p>Records are immutable, so copies are the records themselves. An instance keeps caches of the
 * actors, sources and dates it met (equal bytes give one shared, equal value) and is not
 * thread-safe; {@link #duplicate()} gives a fresh one, as Flink requires.
 *
 * @param <T>  the record type
 * @since 0.2
 */
public final class DemarcheSerializer<T> extends TypeSerializer<T> {

    private static final long serialVersionUID = 2L;

    /** The record type. */
    private final ModelKind kind;
    /** The binary format written. */
    private final int formatVersion;
    private transient BinaryCodec codec;

    DemarcheSerializer(ModelKind kind) {
        this(kind, DemarcheSerializerSnapshot.FORMAT_VERSION);
    }

    DemarcheSerializer(ModelKind kind, int formatVersion) {
        this.kind = kind;
        this.formatVersion = formatVersion;
    }

    private BinaryCodec codec() {
        if (codec == null) {
            codec = new BinaryCodec(formatVersion);
        }
        return codec;
    }

    /**
     * Checks if the type is immutable: Demarche records are.
     *
     * @return true
     */
    @Override
    public boolean isImmutableType() {
        return true;
    }

    /**
     * Obtains a serializer of the same type with caches of its own.
     *
     * @return a new serializer, not null
     */
    @Override
    public DemarcheSerializer<T> duplicate() {
        return new DemarcheSerializer<>(kind, formatVersion);
    }

    /**
     * Creates an instance: a Demarche record has no empty value, so there is none.
     *
     * @return null
     */
    @Override
    public T createInstance() {
        return null;
    }

    /**
     * Copies a record: the record itself, being immutable.
     *
     * @param from  the record
     * @return the same record
     */
    @Override
    public T copy(T from) {
        return from;
    }

    /**
     * Copies a record: the record itself, being immutable.
     *
     * @param from  the record
     * @param reuse  ignored
     * @return the same record
     */
    @Override
    public T copy(T from, T reuse) {
        return from;
    }

    /**
     * Gets the length of a record: variable.
     *
     * @return -1
     */
    @Override
    public int getLength() {
        return -1;
    }

    /**
     * Writes a record.
     *
     * @param record  the record, not null
     * @param target  the output, not null
     * @throws IOException if the output fails
     * @throws NullPointerException if the record is null (message {@code record})
     */
    @Override
    public void serialize(T record, DataOutputView target) throws IOException {
        Objects.requireNonNull(record, "record");
        kind.write(codec(), record, target);
    }

    /**
     * Reads a record.
     *
     * @param source  the input, not null
     * @return the record, validated, not null
     * @throws IOException if the input fails, or holds no record of this type, or one that the
     *     model's rules refuse
     */
    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(DataInputView source) throws IOException {
        try {
            return (T) kind.read(codec(), source);
        } catch (IllegalArgumentException e) {
            throw new IOException("Demarche binary format " + formatVersion + ": a "
                    + kind.type().getSimpleName() + " read is refused: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a record; records are immutable, so none is reused.
     *
     * @param reuse  ignored
     * @param source  the input, not null
     * @return the record, not null
     * @throws IOException as {@link #deserialize(DataInputView)}
     */
    @Override
    public T deserialize(T reuse, DataInputView source) throws IOException {
        return deserialize(source);
    }

    /**
     * Copies one record's bytes from an input to an output.
     *
     * @param source  the input, not null
     * @param target  the output, not null
     * @throws IOException as {@link #deserialize(DataInputView)}, or if the output fails
     */
    @Override
    public void copy(DataInputView source, DataOutputView target) throws IOException {
        serialize(deserialize(source), target);
    }

    /**
     * Checks if another serializer is of the same record type and format.
     *
     * @param obj  the object, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof DemarcheSerializer<?> other && kind == other.kind
                && formatVersion == other.formatVersion;
    }

    /**
     * Gets a hash code.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + formatVersion;
    }

    /**
     * Gets the snapshot of this serializer: its record type and format version.
     *
     * @return the snapshot, not null
     */
    @Override
    public TypeSerializerSnapshot<T> snapshotConfiguration() {
        return new DemarcheSerializerSnapshot<>(kind, formatVersion);
    }

    /**
     * Gets a short description, such as {@code DemarcheSerializer<Statement>}, or
     * {@code DemarcheSerializer<Event>[format 1]} for one that reads an older format.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "DemarcheSerializer<" + kind.type().getSimpleName() + ">"
                + (formatVersion == DemarcheSerializerSnapshot.FORMAT_VERSION ? "" : "[format " + formatVersion + "]");
    }
}
