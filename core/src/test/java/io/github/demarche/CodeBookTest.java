package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeBookTest {

    @Test
    void reads_rows_after_comments_blank_lines_and_the_header() {
        assertThat(CodeBook.rows("code-book-test.tsv", "code\tname", 2))
                .containsExactly(new String[] {"01", "one"}, new String[] {"02", "two"});
    }

    @Test
    void refuses_a_missing_file_another_header_and_a_row_of_other_columns() {
        assertThatThrownBy(() -> CodeBook.rows("nowhere.tsv", null, 2)).isInstanceOf(IllegalStateException.class)
                .hasMessage("resource nowhere.tsv is missing from the class path");
        assertThatThrownBy(() -> CodeBook.rows("code-book-test.tsv", "digits\tname", 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("code-book-test.tsv must start with the header 'digits\tname', got 'code\tname'");
        assertThatThrownBy(() -> CodeBook.rows("code-book-test-broken.tsv", "code\tname", 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("code-book-test-broken.tsv must have 2 columns a line, got 3 in '01\tone\textra'");
    }

    @Test
    void freezes_a_look_up_table_as_an_unmodifiable_copy() {
        Map<String, Integer> entries = new HashMap<>(Map.of("MMR", 1, "CHN", 2));
        Map<String, Integer> lookup = CodeBook.lookup(entries);
        entries.put("RUS", 3);
        assertThat(lookup).containsOnly(Map.entry("MMR", 1), Map.entry("CHN", 2));
        assertThatThrownBy(() -> lookup.put("RUS", 3)).isInstanceOf(UnsupportedOperationException.class);
    }
}
