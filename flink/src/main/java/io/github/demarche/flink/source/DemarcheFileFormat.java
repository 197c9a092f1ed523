package io.github.demarche.flink.source;

import io.github.demarche.flink.typeutils.DemarcheTypeInfo;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.ErrorMode;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.Formats;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowException;
import io.github.demarche.formats.RowRecords;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.IteratorResultIterator;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

/**
 * Reads files of one dataset format (GDELT 1.0 or 2.0, ICEWS, UCDP GED, PLOVER, or Demarche's
 * NDJSON) with the importers of {@code demarche-formats}, for Flink's
 * {@link org.apache.flink.connector.file.src.FileSource}: each row becomes a {@link SourceRow} of its
 * records, or of its problem when the row is refused (named by the file's path and the row's line,
 * as the {@code demarche} command names it). Usually obtained through {@link DemarcheFileSource}.
 *
 * <p>A file is read whole by one reader, in constant memory: no format is split, because a row's
 * line number needs the lines before it, a UCDP GED file's columns are named by its header, and a
 * PLOVER file may be one JSON array. The files are the unit of parallelism (GDELT publishes one
 * every 15 minutes). A name ending in {@code .gz} is read through gzip, and one ending in
 * {@code .zip} (as GDELT distributes its exports) as the first entry of the archive.
 *
 * <p>On restore from a checkpoint, a reader opens its file again and skips the rows it had
 * emitted. An input that cannot be read at all (a broken archive, an NDJSON header of an unknown
 * format) fails the job with the importer's {@link IOException}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.2
 */
public final class DemarcheFileFormat implements BulkFormat<SourceRow, FileSourceSplit> {

    private static final long serialVersionUID = 1L;

    /** How many rows a batch holds at most. */
    private static final int BATCH_SIZE = 512;

    /** The dataset format of the files. */
    private final DataFormat format;

    private DemarcheFileFormat(DataFormat format) {
        this.format = format;
    }

    /**
     * Obtains the format of files of a dataset.
     *
     * @param format  the dataset format, not null
     * @return the file format, not null
     * @throws NullPointerException if the format is null (message {@code format})
     */
    public static DemarcheFileFormat of(DataFormat format) {
        return new DemarcheFileFormat(Objects.requireNonNull(format, "format"));
    }

    /**
     * Gets the dataset format.
     *
     * @return the format, not null
     */
    public DataFormat format() {
        return format;
    }

    /**
     * Opens a reader at the start of a file.
     *
     * @param config  the configuration, not used
     * @param split  the file, not null
     * @return the reader, not null
     * @throws IOException if the file cannot be opened
     */
    @Override
    public Reader<SourceRow> createReader(Configuration config, FileSourceSplit split) throws IOException {
        return new RowReader(format, split.path(), 0);
    }

    /**
     * Opens a reader where a checkpoint left the file: the rows emitted before are skipped.
     *
     * @param config  the configuration, not used
     * @param split  the file, with its position, not null
     * @return the reader, not null
     * @throws IOException if the file cannot be opened or read up to the position
     */
    @Override
    public Reader<SourceRow> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
        long skip = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
        return new RowReader(format, split.path(), skip);
    }

    /**
     * Checks if a file may be split: no format may.
     *
     * @return false
     */
    @Override
    public boolean isSplittable() {
        return false;
    }

    /**
     * Gets the type of what is read.
     *
     * @return {@link DemarcheTypeInfo#sourceRows()}
     */
    @Override
    public TypeInformation<SourceRow> getProducedType() {
        return DemarcheTypeInfo.sourceRows();
    }

    @Override
    public String toString() {
        return "DemarcheFileFormat[" + format.cliName() + "]";
    }

    /** Opens a file's bytes, through gzip or a zip archive's first entry where its name says so. */
    static InputStream open(Path path) throws IOException {
        FileSystem fs = path.getFileSystem();
        InputStream in = fs.open(path);
        String name = path.getName().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".gz")) {
                return new GZIPInputStream(in, 1 << 16);
            }
            if (name.endsWith(".zip")) {
                ZipInputStream zip = new ZipInputStream(in);
                if (zip.getNextEntry() == null) {
                    throw new IOException(path + ": the zip archive has no entry");
                }
                return zip;
            }
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
        return in;
    }

    /** Reads one file, in batches; not thread-safe. */
    private static final class RowReader implements Reader<SourceRow> {

        private final FormatReader reader;
        /** How many rows have been emitted, those skipped on restore included. */
        private long emitted;
        private boolean ended;

        RowReader(DataFormat format, Path path, long skip) throws IOException {
            InputStream in = open(path);
            try {
                this.reader = Formats.reader(format, in,
                        ReadOptions.defaults().withInput(path.toString()).withErrorMode(ErrorMode.FAIL_FAST));
                for (long i = 0; i < skip; i++) {
                    if (next() == null) {
                        throw new IOException(path + ": the checkpoint is at row " + skip + ", the file has " + i);
                    }
                }
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
            this.emitted = skip;
        }

        /** The next row, accepted or refused, or null at the end. */
        private SourceRow next() throws IOException {
            try {
                RowRecords row = reader.read();
                return row == null ? null : SourceRow.of(row);
            } catch (RowException e) {
                return SourceRow.of(e.problem());
            }
        }

        @Override
        public RecordIterator<SourceRow> readBatch() throws IOException {
            if (ended) {
                return null;
            }
            List<SourceRow> batch = new ArrayList<>(BATCH_SIZE);
            while (batch.size() < BATCH_SIZE) {
                SourceRow row = next();
                if (row == null) {
                    ended = true;
                    break;
                }
                batch.add(row);
            }
            if (batch.isEmpty()) {
                return null;
            }
            IteratorResultIterator<SourceRow> records = new IteratorResultIterator<>(batch.iterator(),
                    CheckpointedPosition.NO_OFFSET, emitted);
            emitted += batch.size();
            return records;
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
