package io.github.demarche.flink.typeutils;

import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Document;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.Statement;
import io.github.demarche.flink.source.SourceRow;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * The type information of a Demarche record type for Flink: it gives Flink a
 * {@link DemarcheSerializer}, compact and versioned, instead of the generic Kryo fallback.
 * <pre>{@code
 * DataStream<Statement> statements = rows.flatMap(..., DemarcheTypeInfo.statements());
 * }</pre>
 * Flink finds these by itself once {@link io.github.demarche.flink.DemarcheFlink#register} (or the
 * {@code pipeline.serialization-config} option it sets) has run; pass one explicitly where a
 * function's result type cannot be extracted, such as a lambda's.
 *
 * <p>Demarche records are immutable: the serializer copies by reference. They are neither keys nor
 * sortable for Flink: key a stream by a field ({@code Statement::id}, a target's identity key).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T>  the record type
 * @since 0.2
 */
public final class DemarcheTypeInfo<T> extends TypeInformation<T> {

    private static final long serialVersionUID = 1L;

    /** The record type. */
    private final ModelKind kind;

    private DemarcheTypeInfo(ModelKind kind) {
        this.kind = kind;
    }

    static <T> DemarcheTypeInfo<T> of(ModelKind kind) {
        return new DemarcheTypeInfo<>(kind);
    }

    /**
     * Obtains the type information of statements.
     *
     * @return the type information, not null
     */
    public static DemarcheTypeInfo<Statement> statements() {
        return of(ModelKind.STATEMENT);
    }

    /**
     * Obtains the type information of actors.
     *
     * @return the type information, not null
     */
    public static DemarcheTypeInfo<Actor> actors() {
        return of(ModelKind.ACTOR);
    }

    /**
     * Obtains the type information of events.
     *
     * @return the type information, not null
     */
    public static DemarcheTypeInfo<Event> events() {
        return of(ModelKind.EVENT);
    }

    /**
     * Obtains the type information of casualty reports.
     *
     * @return the type information, not null
     */
    public static DemarcheTypeInfo<CasualtyReport> casualtyReports() {
        return of(ModelKind.CASUALTY_REPORT);
    }

    /**
     * Obtains the type information of documents.
     *
     * @return the type information, not null
     */
    public static DemarcheTypeInfo<Document> documents() {
        return of(ModelKind.DOCUMENT);
    }

    /**
     * Obtains the type information of dossiers.
     *
     * @return the type information, not null
     */
    public static DemarcheTypeInfo<Dossier> dossiers() {
        return of(ModelKind.DOSSIER);
    }

    /**
     * Obtains the type information of the records of one row of a dataset.
     *
     * @return the type information, not null
     */
    public static DemarcheTypeInfo<RowRecords> rowRecords() {
        return of(ModelKind.ROW_RECORDS);
    }

    /**
     * Obtains the type information of refused rows' problems.
     *
     * @return the type information, not null
     */
    public static DemarcheTypeInfo<RowProblem> rowProblems() {
        return of(ModelKind.ROW_PROBLEM);
    }

    /**
     * Obtains the type information of what a Demarche file source reads.
     *
     * @return the type information, not null
     */
    public static DemarcheTypeInfo<SourceRow> sourceRows() {
        return of(ModelKind.SOURCE_ROW);
    }

    /**
     * Checks if this is a basic type: it is not.
     *
     * @return false
     */
    @Override
    public boolean isBasicType() {
        return false;
    }

    /**
     * Checks if this is a tuple type: it is not.
     *
     * @return false
     */
    @Override
    public boolean isTupleType() {
        return false;
    }

    /**
     * Gets the arity: a record is one field for Flink.
     *
     * @return 1
     */
    @Override
    public int getArity() {
        return 1;
    }

    /**
     * Gets the number of fields: a record is one field for Flink.
     *
     * @return 1
     */
    @Override
    public int getTotalFields() {
        return 1;
    }

    /**
     * Gets the record class.
     *
     * @return the class, not null
     */
    @Override
    @SuppressWarnings("unchecked")
    public Class<T> getTypeClass() {
        return (Class<T>) kind.type();
    }

    /**
     * Checks if records can be keys: they cannot; key by a field.
     *
     * @return false
     */
    @Override
    public boolean isKeyType() {
        return false;
    }

    /**
     * Creates the serializer.
     *
     * @param config  the serializer configuration, not used
     * @return a new serializer, not null
     */
    @Override
    public TypeSerializer<T> createSerializer(SerializerConfig config) {
        return new DemarcheSerializer<>(kind);
    }

    /**
     * Gets a short description, such as {@code DemarcheTypeInfo<Statement>}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "DemarcheTypeInfo<" + kind.type().getSimpleName() + ">";
    }

    /**
     * Checks if this is the type information of the same record type.
     *
     * @param obj  the object to compare to, null returns false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof DemarcheTypeInfo<?> other && other.canEqual(this) && kind == other.kind;
    }

    /**
     * Gets a hash code.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return kind.hashCode();
    }

    /**
     * Checks if an object may equal this one.
     *
     * @param obj  the object, null returns false
     * @return true if it is a {@code DemarcheTypeInfo}
     */
    @Override
    public boolean canEqual(Object obj) {
        return obj instanceof DemarcheTypeInfo;
    }
}
