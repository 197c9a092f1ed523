package io.github.demarche.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the event-data samples of {@code /samples/} (and any other test resource) into rows of
 * fields, exactly as written: no trimming, no unquoting beyond the format's own rules.
 *
 * <p>Two formats: tab-separated, one row a line, where a field never holds a tab or a line break
 * (GDELT, ICEWS); and CSV of RFC 4180 (UCDP GED), where a field in double quotes may hold commas,
 * line breaks and doubled quotes.
 */
public final class SampleFiles {

    private SampleFiles() {
    }

    /**
     * Reads a tab-separated resource: one row a line, fields split at every tab (empty fields kept).
     *
     * @param resource  the resource path, such as {@code /samples/icews-events-2018-06.sample.tab}
     * @return the rows, each a list of its fields
     */
    public static List<List<String>> readTsv(String resource) {
        String text = read(resource);
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty()) {
                rows.add(List.of(line.split("\t", -1)));
            }
        }
        return rows;
    }

    /**
     * Reads a CSV resource of RFC 4180: fields in double quotes may hold commas, line breaks and
     * doubled quotes; a carriage return outside quotes is dropped. Every row must have as many
     * fields as the first.
     *
     * @param resource  the resource path, such as {@code /samples/ucdp-ged-BGD.hdx.csv}
     * @return the rows, each a list of its fields
     * @throws IllegalStateException if a row has another number of fields than the first
     */
    public static List<List<String>> readCsv(String resource) {
        String text = read(resource);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != rows.get(0).size()) {
                throw new IllegalStateException(resource + " row " + (i + 1) + " has " + rows.get(i).size()
                        + " fields, not " + rows.get(0).size() + ": " + Arrays.toString(rows.get(i).toArray()));
            }
        }
        return rows;
    }

    private static String read(String resource) {
        try (InputStream in = SampleFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
