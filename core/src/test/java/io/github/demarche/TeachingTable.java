package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The teaching table of {@code core/README.md}, read as data: one {@link Row} per kind of claim,
 * with the code spans of its example and the name of the test of {@link TeachingTableTest} that
 * runs it.
 */
final class TeachingTable {

    /** The README, from the module's directory (where Maven runs the tests). */
    static final Path README = Path.of("README.md");
    /** The source of the tests the rows name. */
    static final Path TEST_SOURCE = Path.of("src/test/java/io/github/demarche/TeachingTableTest.java");

    private static final String HEADER = "| claim | as reports say it | the model's way | example | test |";
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** One row: the claim, the code spans of its "model" and "example" cells, and its test. */
    record Row(String claim, List<String> model, List<String> example, String test) {
    }

    private TeachingTable() {
    }

    /** Reads the rows of the table, in order. */
    static List<Row> rows() {
        List<String> lines = read(README);
        int header = lines.indexOf(HEADER);
        assertThat(header).as("the teaching table's header in %s", README.toAbsolutePath()).isNotNegative();
        List<Row> rows = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|", -1);
            assertThat(cells).as("cells of row %s", lines.get(i)).hasSize(7);
            List<String> tests = spans(cells[5]);
            assertThat(tests).as("the test of row %s", lines.get(i)).hasSize(1);
            rows.add(new Row(cells[1].strip(), spans(cells[3]), spans(cells[4]), tests.get(0)));
        }
        return rows;
    }

    /** Gets the body of a test method of {@link TeachingTableTest}, from its name to the next test. */
    static String testBody(String name) {
        String source = String.join("\n", read(TEST_SOURCE));
        int start = source.indexOf("void " + name + "()");
        if (start < 0) {
            return null;
        }
        int end = source.indexOf("@Test", start);
        return source.substring(start, end < 0 ? source.length() : end);
    }

    /** Collapses runs of white space, so that code matches across line breaks. */
    static String squeeze(String text) {
        return text.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").replace(" .", ".");
    }

    private static List<String> spans(String cell) {
        List<String> spans = new ArrayList<>();
        Matcher matcher = CODE.matcher(cell);
        while (matcher.find()) {
            spans.add(matcher.group(1));
        }
        return spans;
    }

    private static List<String> read(Path path) {
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
