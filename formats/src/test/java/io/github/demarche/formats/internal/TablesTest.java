package io.github.demarche.formats.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TablesTest {

    private static List<String> read(TableRows rows) throws IOException {
        List<String> read = new ArrayList<>();
        for (String[] row; (row = rows.next()) != null; ) {
            read.add(rows.line() + ":" + String.join("|", row));
        }
        rows.close();
        return read;
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tsv_rows_keep_every_field_as_written_with_the_line_where_each_begins() throws IOException {
        String text = "\uFEFFa\t\"b\t\n\nc\t\t\"\n";
        assertThat(read(TableRows.tsv(bytes(text)))).containsExactly("1:a|\"b|", "3:c||\"");
    }

    @Test
    void spaces_are_kept_where_they_stand_and_a_line_of_spaces_is_a_row() throws IOException {
        assertThat(read(TableRows.tsv(bytes("  x\t y \n   \n\t a\n")))).containsExactly("1:  x| y ", "2:   ", "3:| a");
        assertThat(read(TableRows.csv(bytes(" a, b\n \n")))).containsExactly("1: a| b", "2: ");
    }

    @Test
    void csv_rows_may_hold_quoted_line_breaks_and_lines_count_them() throws IOException {
        String text = "h1,h2\r\n\"x\ny\",\"say \"\"no\"\"\"\n\nlast,\n";
        assertThat(read(TableRows.csv(bytes(text)))).containsExactly("1:h1|h2", "2:x\ny|say \"no\"", "5:last|");
    }

    @Test
    void a_tsv_writer_refuses_a_field_it_cannot_hold_and_a_csv_writer_quotes_it() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableWriter tsv = TableWriter.tsv(out);
        assertThat(tsv.unwritableField(List.of("a", "b\tc"))).isEqualTo(1);
        assertThatThrownBy(() -> tsv.write(List.of("a", "b\nc"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("field 2 holds a tab or a line break, which a tab-separated table with no quoting cannot hold");
        tsv.write(List.of("a", "\"b\"", ""));
        tsv.close();
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a\t\"b\"\t\n");
    }

    /** Seeded random tables: whatever the fields, CSV written and read back gives them again. */
    @Test
    void random_csv_tables_survive_a_round_trip() throws IOException {
        Random random = new Random(20261203L);
        String alphabet = "ab ,\"\n\r\t;é";
        for (int round = 0; round < 200; round++) {
            List<List<String>> table = new ArrayList<>();
            int columns = 1 + random.nextInt(5);
            for (int r = 1 + random.nextInt(5); r > 0; r--) {
                List<String> row = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    StringBuilder field = new StringBuilder("f");  // not empty: an all-empty row is an empty line
                    for (int n = random.nextInt(6); n > 0; n--) {
                        field.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    row.add(field.toString());
                }
                table.add(row);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (TableWriter writer = TableWriter.csv(out)) {
                for (List<String> row : table) {
                    writer.write(row);
                }
            }
            List<List<String>> read = new ArrayList<>();
            try (TableRows rows = TableRows.csv(new ByteArrayInputStream(out.toByteArray()))) {
                for (String[] row; (row = rows.next()) != null; ) {
                    read.add(List.of(row));
                }
            }
            assertThat(read).as("round %d: %s", round, out.toString(StandardCharsets.UTF_8)).isEqualTo(table);
        }
    }
}
