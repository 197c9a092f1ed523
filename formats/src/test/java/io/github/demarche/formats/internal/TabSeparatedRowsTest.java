package io.github.demarche.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written tab-separated reader ({@link TableRows#tsv}) reads every table as
 * jackson-dataformat-csv does ({@link TableRows#tsvByLibrary}): the same rows, fields and lines.
 */
class TabSeparatedRowsTest {

    /** Tabs, every line break, quotes, spaces, a byte order mark, letters of two and four UTF-8 bytes. */
    private static final String ALPHABET = "ab\t\t\n\r\r\n\" \uFEFF\u00e9\u4e2d\uD83D\uDE00";

    private static List<String> read(TableRows rows) throws IOException {
        List<String> read = new ArrayList<>();
        try (rows) {
            for (String[] row; (row = rows.next()) != null; ) {
                read.add(rows.line() + ":" + String.join("|", row) + "#" + row.length);
            }
        }
        return read;
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertReadAlike(String text, String as) throws IOException {
        assertThat(read(TableRows.tsv(bytes(text)))).as(as).isEqualTo(read(TableRows.tsvByLibrary(bytes(text))));
    }

    /** An input that gives at most a few bytes a read, so that lines, characters and line breaks are cut anywhere. */
    private static InputStream trickle(String text, Random random) {
        return new FilterInputStream(bytes(text)) {
            @Override
            public int read(byte[] into, int offset, int length) throws IOException {
                return super.read(into, offset, Math.min(length, 1 + random.nextInt(5)));
            }

            @Override
            public int available() {
                return 0;  // else the decoder reads on while bytes are there
            }
        };
    }

    @Test
    void seeded_random_tables_are_read_as_the_library_reads_them() throws IOException {
        long seed = Long.getLong("demarche.seed", new Random().nextLong());
        Random random = new Random(seed);
        for (int round = 0; round < 2_000; round++) {
            // most tables short; some long enough to cross the reads of the character decoder (8,192 bytes)
            int length = round % 50 == 0 ? 20_000 + random.nextInt(60_000) : random.nextInt(40);
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                int pick = random.nextInt(ALPHABET.length() + 3);
                if (pick >= ALPHABET.length()) {
                    text.append("cell");
                } else if (Character.isHighSurrogate(ALPHABET.charAt(pick))) {
                    text.append(ALPHABET, pick, pick + 2);
                } else if (!Character.isLowSurrogate(ALPHABET.charAt(pick))) {
                    text.append(ALPHABET.charAt(pick));
                }
            }
            String as = "round " + round + " (seed=" + seed + ")";
            assertReadAlike(text.toString(), as);
            if (length < 1_000) {
                assertThat(read(TableRows.tsv(trickle(text.toString(), random)))).as(as + ", trickled")
                        .isEqualTo(read(TableRows.tsvByLibrary(bytes(text.toString()))));
            }
        }
    }

    /** Seeded random bytes, UTF-8 or not: a byte order mark, parts of characters, bytes UTF-8 never has. */
    @Test
    void seeded_random_bytes_are_read_as_the_library_reads_them() throws IOException {
        long seed = Long.getLong("demarche.seed", new Random().nextLong());
        Random random = new Random(seed);
        int[] alphabet = {'a', ' ', '\t', '\n', '\r', '"', 0xC3, 0xA9, 0xE4, 0xB8, 0xAD, 0xF0, 0x9F, 0x98, 0x80, 0xFF,
            0xEF, 0xBB, 0xBF};
        for (int round = 0; round < 5_000; round++) {
            byte[] text = new byte[random.nextInt(30)];
            for (int i = 0; i < text.length; i++) {
                text[i] = (byte) alphabet[random.nextInt(alphabet.length)];
            }
            if (text.length >= 3 && random.nextBoolean()) {
                text[0] = (byte) 0xEF;
                text[1] = (byte) 0xBB;
                text[2] = (byte) 0xBF;
            }
            assertThat(read(TableRows.tsv(new ByteArrayInputStream(text))))
                    .as("round %d (seed=%d)", round, seed)
                    .isEqualTo(read(TableRows.tsvByLibrary(new ByteArrayInputStream(text))));
        }
    }

    @Test
    void a_line_break_split_across_two_reads_is_one_line_break() throws IOException {
        for (int before = 8_180; before < 8_200; before++) {
            String text = "x".repeat(before) + "\r\n" + "y\tz\r\r\n\n" + "last";
            assertReadAlike(text, before + " characters before the break");
            assertThat(read(TableRows.tsv(bytes(text)))).containsExactly("1:" + "x".repeat(before) + "#1", "2:y|z#2",
                    "5:last#1");
        }
    }

    @Test
    void a_row_longer_than_a_buffer_is_read_whole() throws IOException {
        String field = "f".repeat(200_000);
        assertThat(read(TableRows.tsv(bytes("a\t" + field + "\nb\n")))).containsExactly("1:a|" + field + "#2", "2:b#1");
    }

    @Test
    void a_row_too_long_to_hold_is_refused_by_its_line_and_reading_goes_on() throws IOException {
        String tooLong = "t".repeat(TableRows.TooLongRow.MAX_LENGTH + 10);
        try (TableRows rows = TableRows.tsv(bytes("first\n" + tooLong + "\r\nnext\tone\n"))) {
            assertThat(rows.next()).containsExactly("first");
            assertThatThrownBy(rows::next).isInstanceOf(TableRows.TooLongRow.class)
                    .hasMessage("line 2 is longer than 1048576 bytes")
                    .satisfies(e -> assertThat(((TableRows.TooLongRow) e).line()).isEqualTo(2));
            assertThat(rows.next()).containsExactly("next", "one");
            assertThat(rows.line()).isEqualTo(3);
            assertThat(rows.next()).isNull();
        }
    }

    @Test
    void a_row_of_the_longest_length_is_read() throws IOException {
        String longest = "l".repeat(TableRows.TooLongRow.MAX_LENGTH - 1);
        try (TableRows rows = TableRows.tsv(bytes(longest + "\nafter"))) {
            assertThat(rows.next()[0]).hasSize(TableRows.TooLongRow.MAX_LENGTH - 1);
            assertThat(rows.next()).containsExactly("after");
        }
    }

    @Test
    void the_reader_counts_the_characters_and_lines_it_has_read() throws IOException {
        try (TableRows rows = TableRows.tsv(bytes("\uFEFFab\tc\r\n\nd\n"))) {
            assertThat(rows.nextLine()).isEqualTo(1);
            rows.next();
            assertThat(rows.line()).isEqualTo(1);
            assertThat(rows.nextLine()).isEqualTo(2);
            assertThat(rows.charOffset()).isEqualTo(6);  // past "ab\tc\r\n", the byte order mark not counted
            assertThat(rows.next()).containsExactly("d");
            assertThat(rows.line()).isEqualTo(3);
            assertThat(rows.next()).isNull();
        }
    }
}
