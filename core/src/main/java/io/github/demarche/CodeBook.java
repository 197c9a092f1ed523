package io.github.demarche;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the code books the model ships, tab-separated UTF-8 files of this package such as
 * {@code cameo-event-codes.tsv}: {@code #} comment lines (origin and licence) and blank lines are
 * skipped, the first other line must be the expected header, and every row must have the expected
 * number of columns. A broken table is a broken jar, reported as an {@link IllegalStateException}
 * when the class that loads it is initialized.
 */
final class CodeBook {

    private CodeBook() {
    }

    /**
     * Freezes a table of look-ups, such as codes to their values, into an unmodifiable map.
     *
     * <p>A {@link HashMap} behind an unmodifiable view, not {@link Map#copyOf}: the latter probes an
     * open-addressed table from a hash salted afresh in every JVM, and for keys as alike as
     * three-letter codes some salts make long runs of probes. Building statements spent 12% of
     * its time in {@code CountryCode.of} in such a JVM (benchmarks/README.md, "Look-ups").
     *
     * @param entries  the entries, not null
     * @return an unmodifiable copy, not null
     */
    static <K, V> Map<K, V> lookup(Map<K, V> entries) {
        return Collections.unmodifiableMap(new HashMap<>(entries));
    }

    /**
     * Reads the rows of a code book.
     *
     * @param resource  the file's name in this package
     * @param header  the header line the file must have first, or null for a file without one
     * @param columns  the number of columns of every row
     * @return the rows, each its columns, in the file's order
     */
    static List<String[]> rows(String resource, String header, int columns) {
        try (InputStream in = CodeBook.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            boolean expectHeader = header != null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                if (expectHeader) {
                    if (!line.equals(header)) {
                        throw new IllegalStateException(resource + " must start with the header '" + header
                                + "', got '" + line + "'");
                    }
                    expectHeader = false;
                    continue;
                }
                String[] row = line.split("\t", -1);
                if (row.length != columns) {
                    throw new IllegalStateException(resource + " must have " + columns + " columns a line, got "
                            + row.length + " in '" + line + "'");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
