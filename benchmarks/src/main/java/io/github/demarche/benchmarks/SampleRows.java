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
 *
 * <p>Each repetition of the sample is another batch of news: the column that names the article (GDELT's
 * {@code SOURCEURL}, ICEWS's {@code Story ID}) is fresh in each, so that the rows of a repetition share
 * articles as the sample's rows do and no row shares one with another repetition. A reader that shares
 * the source of an article among its rows then shares as much as it would in the real file, not more.
 */
final class SampleRows {

    /** The GDELT 2.0 sample, in formats' test-jar. */
    static final String GDELT2 = "/samples/gdelt2-export-20191024143000.sample.tsv";
    /** The column of GDELT 2.0's {@code SOURCEURL}, from 0. */
    static final int GDELT2_ARTICLE = 60;
    /** The ICEWS sample, in formats' test-jar. */
    static final String ICEWS = "/samples/icews-events-2018-06.sample.tab";
    /** The column of ICEWS's {@code Story ID}, from 0. */
    static final int ICEWS_ARTICLE = 11;

    private static final long FIRST_ID = 900_000_000L;

    private final String header;
    private final List<String[]> samples = new ArrayList<>();
    private final int article;

    /**
     * Reads a sample: its lines split into cells.
     *
     * @param resource  {@link #GDELT2} or {@link #ICEWS}
     * @param hasHeader  whether the first line is a header, written once at the top
     * @param article  the column that names the article, made fresh in each repetition
     */
    SampleRows(String resource, boolean hasHeader, int article) {
        this.article = article;
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
            samples.add(line.split("\t", -1));
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
            String[] cells = samples.get((int) (i % samples.size())).clone();
            cells[0] = Long.toString(FIRST_ID + i);
            long repetition = i / samples.size();
            if (repetition > 0) {
                cells[article] = fresh(cells[article], repetition);
            }
            out.write((String.join("\t", cells) + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * Makes the name of an article fresh for a repetition: a number (a story id) moved past every
     * id of the sample, a URL given a fragment (or a longer one) that names the repetition.
     */
    static String fresh(String article, long repetition) {
        if (!article.isEmpty() && article.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Long.toString(Long.parseLong(article) + repetition * 1_000_000_000L);
        }
        return article + (article.indexOf('#') < 0 ? "#repetition-" : "-repetition-") + repetition;
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
