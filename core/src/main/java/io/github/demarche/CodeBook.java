package io.github.demarche;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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
