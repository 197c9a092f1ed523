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
 * The records that {@link DemarcheSerializer} serializes, each with its form. The constants' names
 * are written in serializer snapshots: never rename one.
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
    /** Events: in format 1 as their JSON, since format 2 in the binary form. */
    EVENT(Event.class, 2) {
        @Override
        void write(BinaryCodec codec, Object value, DataOutputView out) throws IOException {
            codec.writeEvent((Event) value, out);
        }

        @Override
        Object read(BinaryCodec codec, DataInputView in) throws IOException {
            return codec.readEvent(in, codec.format());
        }
    },
    /** Casualty reports: in format 1 as their JSON, since format 2 in the binary form. */
    CASUALTY_REPORT(CasualtyReport.class, 2) {
        @Override
        void write(BinaryCodec codec, Object value, DataOutputView out) throws IOException {
            codec.writeCasualtyReport((CasualtyReport) value, out);
        }

        @Override
        Object read(BinaryCodec codec, DataInputView in) throws IOException {
            return codec.readCasualtyReport(in, codec.format());
        }
    },
    /** Documents: in format 1 as their JSON, since format 2 in the binary form. */
    DOCUMENT(Document.class, 2) {
        @Override
        void write(BinaryCodec codec, Object value, DataOutputView out) throws IOException {
            codec.writeDocument((Document) value, out);
        }

        @Override
        Object read(BinaryCodec codec, DataInputView in) throws IOException {
            return codec.readDocument(in, codec.format());
        }
    },
    /** Dossiers: in format 1 as their JSON, since format 2 in the binary form. */
    DOSSIER(Dossier.class, 2) {
        @Override
        void write(BinaryCodec codec, Object value, DataOutputView out) throws IOException {
            codec.writeDossier((Dossier) value, out);
        }

        @Override
        Object read(BinaryCodec codec, DataInputView in) throws IOException {
            return codec.readDossier(in, codec.format());
        }
    },
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
    private final int firstFormatReadAsIs;

    ModelKind(Class<?> type) {
        this(type, 1);
    }

    ModelKind(Class<?> type, int firstFormatReadAsIs) {
        this.type = type;
        this.firstFormatReadAsIs = firstFormatReadAsIs;
    }

    /**
     * Gets the oldest format whose bytes of this record type the current codec reads as they are:
     * 1 where the bytes say which form they hold (a statement, an actor, a row), 2 for the records
     * that format 1 wrote as bare JSON. State of an older format needs migration.
     *
     * @return the format version
     */
    int firstFormatReadAsIs() {
        return firstFormatReadAsIs;
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
     * Writes a record in the codec's format.
     *
     * @param codec  the serializer's codec
     * @param value  the record, of {@link #type()}, not null
     * @param out  the output
     * @throws IOException if the output fails
     */
    abstract void write(BinaryCodec codec, Object value, DataOutputView out) throws IOException;

    /**
     * Reads a record written in the codec's format.
     *
     * @param codec  the serializer's codec
     * @param in  the input
     * @return the record, not null
     * @throws IOException if the input fails or does not hold a record
     */
    abstract Object read(BinaryCodec codec, DataInputView in) throws IOException;
}
