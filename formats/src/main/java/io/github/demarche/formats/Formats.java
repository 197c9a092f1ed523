package io.github.demarche.formats;

import io.github.demarche.formats.icews.IcewsReader;
import io.github.demarche.formats.icews.IcewsWriter;
import io.github.demarche.formats.ndjson.NdjsonRowReader;
import io.github.demarche.formats.ndjson.NdjsonRowWriter;
import io.github.demarche.formats.plover.PloverReader;
import io.github.demarche.formats.plover.PloverWriter;
import io.github.demarche.formats.gdelt.GdeltReader;
import io.github.demarche.formats.gdelt.GdeltWriter;
import io.github.demarche.formats.ucdp.UcdpGedReader;
import io.github.demarche.formats.ucdp.UcdpGedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Readers and writers of every {@link DataFormat}: the one entry point of the importers.
 * <pre>{@code
 * try (FormatReader reader = Formats.reader(DataFormat.ICEWS, in, ReadOptions.defaults().withInput("events.tab"));
 *         FormatWriter writer = Formats.writer(DataFormat.NDJSON, out)) {
 *     RowRecords row;
 *     while ((row = reader.read()) != null) {
 *         writer.write(row);
 *     }
 * }
 * }</pre>
 *
 * @since 0.2
 */
public final class Formats {

    private Formats() {
    }

    /**
     * Opens a reader of a format on a stream of bytes (UTF-8; a byte order mark is skipped).
     *
     * @param format  the format, not null
     * @param in  the input, closed when the reader is, not null
     * @param options  the options, not null
     * @return the reader, not null
     * @throws IOException if the input cannot be read (a header that is not the format's is a
     *     {@link RowException} of line 1)
     */
    public static FormatReader reader(DataFormat format, InputStream in, ReadOptions options) throws IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(options, "options");
        switch (Objects.requireNonNull(format, "format")) {
            case GDELT1:
                return GdeltReader.gdelt1(in, options);
            case GDELT2:
                return GdeltReader.gdelt2(in, options);
            case ICEWS:
                return IcewsReader.open(in, options);
            case UCDP_GED:
                return new UcdpGedReader(in, options);
            case PLOVER:
                return new PloverReader(in, options);
            case NDJSON:
                return new NdjsonRowReader(in, options);
            default:
                throw new AssertionError(format);
        }
    }

    /**
     * Opens a writer of a format on a stream of bytes (UTF-8).
     *
     * @param format  the format, not null
     * @param out  the output, closed when the writer is, not null
     * @return the writer, not null
     * @throws IOException if the output cannot be written
     */
    public static FormatWriter writer(DataFormat format, OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        switch (Objects.requireNonNull(format, "format")) {
            case GDELT1:
                return GdeltWriter.gdelt1(out);
            case GDELT2:
                return GdeltWriter.gdelt2(out);
            case ICEWS:
                return IcewsWriter.open(out);
            case UCDP_GED:
                return new UcdpGedWriter(out);
            case PLOVER:
                return new PloverWriter(out);
            case NDJSON:
                return new NdjsonRowWriter(out);
            default:
                throw new AssertionError(format);
        }
    }
}
