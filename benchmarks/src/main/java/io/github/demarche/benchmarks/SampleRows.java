package io.github.demarche.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Large tables made of the real rows of demarche-formats' test samples (its test-jar), repeated
 * with fresh ids: GDELT 2.0 rows (the 129 rows of a 15-minute export) and ICEWS rows (303 rows and
 * their header). Row {@code i} is sample row {@code i % n} with its id column set to
 * {@code 900000000 + i}, so that every row is a real one and no two share an id.
 */
final class SampleRows {

    /** The GDELT 2.0 sample, in formats' test-jar. */
    static final String GDELT2 = "/samples/gdelt2-export-20191024143000.sample.tsv";
    /** The ICEWS sample, in formats' test-jar. */
    static final String ICEWS = "/samples/icews-events-2018-06.sample.tab";

    private static final long FIRST_ID = 900_000_000L;

    private final String header;
    private final List<String> tails = new ArrayList<>();

    /**
     * Reads a sample: its lines split at the first tab (the id column, then the rest).
     *
     * @param resource  {@link #GDELT2} or {@link #ICEWS}
     * @param hasHeader  whether the first line is a header, written once at the top
     */
    SampleRows(String resource, boolean hasHeader) {
        String text;
        try (InputStream in = SampleRows.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sample " + resource + " is missing from the class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n")));
        header = hasHeader ? lines.remove(0) + "\n" : "";
        for (String line : lines) {
            tails.add(line.substring(line.indexOf('\t')));
        }
    }

    /**
     * Writes a table of the given number of rows, with the header if the sample has one.
     *
     * @param rows  the number of rows
     * @param out  the output, not closed
     * @throws IOException if the output cannot be written
     */
    void write(long rows, OutputStream out) throws IOException {
        out.write(header.getBytes(StandardCharsets.UTF_8));
        for (long i = 0; i < rows; i++) {
            out.write((FIRST_ID + i + tails.get((int) (i % tails.size())) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Gets a table of the given number of rows as bytes.
     *
     * @param rows  the number of rows
     * @return the bytes, not null
     */
    byte[] bytes(int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(rows, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
