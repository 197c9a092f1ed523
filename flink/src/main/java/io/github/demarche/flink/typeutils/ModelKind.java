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
import java.io.IOException;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The records that {@link DemarcheSerializer} serializes, each with its form in format 1. The
 * constants' names are written in serializer snapshots: never rename one.
 */
enum ModelKind {

    /** Statements, in the binary form. */
    STATEMENT(Statement.class) {
        @Override
        void write(BinaryCodec codec, Object value, DataOutputView out) throws IOException {
            codec.writeStatement((Statement) value, out);
        }

        @Override
        Object read(BinaryCodec codec, DataInputView in) throws IOException {
            return codec.readStatement(in);
        }
    },
    /** Actors, in the binary form. */
    ACTOR(Actor.class) {
        @Override
        void write(BinaryCodec codec, Object value, DataOutputView out) throws IOException {
            codec.writeActor((Actor) value, out);
        }

        @Override
        Object read(BinaryCodec codec, DataInputView in) throws IOException {
            return codec.readActor(in);
        }
    },
    /** Events, as their JSON. */
    EVENT(Event.class),
    /** Casualty reports, as their JSON. */
    CASUALTY_REPORT(CasualtyReport.class),
    /** Documents, as their JSON. */
    DOCUMENT(Document.class),
    /** Dossiers, as their JSON. */
    DOSSIER(Dossier.class),
    /** The records of one row of a dataset, with its line. */
    ROW_RECORDS(RowRecords.class) {
        @Override
        void write(BinaryCodec codec, Object value, DataOutputView out) throws IOException {
            codec.writeRow((RowRecords) value, out);
        }

        @Override
        Object read(BinaryCodec codec, DataInputView in) throws IOException {
            return codec.readRow(in);
        }
    },
    /** A refused row's problem. */
    ROW_PROBLEM(RowProblem.class) {
        @Override
        void write(BinaryCodec codec, Object value, DataOutputView out) throws IOException {
            BinaryCodec.writeProblem((RowProblem) value, out);
        }

        @Override
        Object read(BinaryCodec codec, DataInputView in) throws IOException {
            return BinaryCodec.readProblem(in);
        }
    },
    /** What a file source read: a row's records or a refused row's problem. */
    SOURCE_ROW(SourceRow.class) {
        @Override
        void write(BinaryCodec codec, Object value, DataOutputView out) throws IOException {
            SourceRow row = (SourceRow) value;
            if (row.records().isPresent()) {
                out.writeBoolean(true);
                codec.writeRow(row.records().get(), out);
            } else {
                out.writeBoolean(false);
                BinaryCodec.writeProblem(row.problem().orElseThrow(), out);
            }
        }

        @Override
        Object read(BinaryCodec codec, DataInputView in) throws IOException {
            return in.readBoolean() ? SourceRow.of(codec.readRow(in)) : SourceRow.of(BinaryCodec.readProblem(in));
        }
    };

    private final Class<?> type;

    ModelKind(Class<?> type) {
        this.type = type;
    }

    /**
     * Gets the class of the records.
     *
     * @return the class, not null
     */
    Class<?> type() {
        return type;
    }

    /**
     * Writes a record; the records that have no binary form here are written as their JSON.
     *
     * @param codec  the serializer's codec
     * @param value  the record, of {@link #type()}, not null
     * @param out  the output
     * @throws IOException if the output fails
     */
    void write(BinaryCodec codec, Object value, DataOutputView out) throws IOException {
        codec.writeJson(type, value, out);
    }

    /**
     * Reads a record.
     *
     * @param codec  the serializer's codec
     * @param in  the input
     * @return the record, not null
     * @throws IOException if the input fails or does not hold a record
     */
    Object read(BinaryCodec codec, DataInputView in) throws IOException {
        return codec.readJson(in, type);
    }
}
