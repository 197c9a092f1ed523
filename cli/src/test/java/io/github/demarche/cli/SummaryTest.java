package io.github.demarche.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.formats.ErrorMode;
import io.github.demarche.formats.FormatReader;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.ReadOptions;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTest {

    /** Four rows: line 2 refused as not a date, lines 1, 3 and 4 a statement each. */
    private static final class FourRows extends FormatReader {

        private final List<RowRecords> rows;
        private int next;

        FourRows(List<RowRecords> rows) {
            super(ReadOptions.defaults().withInput("export.tsv").withErrorMode(ErrorMode.COLLECT));
            this.rows = rows;
        }

        @Override
        protected RowRecords readRow() throws IOException {
            next++;
            if (next == 2) {
                throw refuse(2, "SQLDATE", "2019x", ProblemCode.NOT_A_DATE,
                        "GDELT.SQLDATE must be a date yyyyMMdd, got '2019x'");
            }
            return next > 4 ? null : rows.get(next == 1 ? 0 : next - 2).withLine(next);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void rows_the_writer_refuses_are_refused_rows_of_the_input() throws IOException {
        RowRecords statement = RowRecords.of(Cli.referenceArticle().statements().get(0));
        FormatReader reader = new FourRows(List.of(statement, statement, statement));
        Summary summary = new Summary("export.tsv", 1000);
        while (reader.read() != null) {
            // all read
        }
        summary.read(reader);
        summary.writerRefused(RowProblem.of("-", 1, ProblemCode.NOT_WRITABLE,
                "GDELT has no column for a statement"));
        summary.written("events.tsv", 2, 2);
        StringWriter text = new StringWriter();
        summary.print(new PrintWriter(text));
        assertThat(text.toString().lines()).containsExactly(
                "export.tsv: 4 rows read: 2 written (2 records) to events.tsv, 2 refused",
                "refused: NOT_A_DATE 1, NOT_WRITABLE 1",
                "export.tsv:1: NOT_WRITABLE: GDELT has no column for a statement",
                "export.tsv:2: column SQLDATE = \"2019x\": NOT_A_DATE: GDELT.SQLDATE must be a date yyyyMMdd, "
                        + "got '2019x'");
        assertThat(summary.exitCode()).isEqualTo(Demarche.ROWS_REFUSED);
    }

    @Test
    void a_clean_read_exits_0() {
        Summary summary = new Summary("-", 10);
        summary.written("-", 0, 0);
        StringWriter text = new StringWriter();
        summary.print(new PrintWriter(text));
        assertThat(text.toString().lines())
                .containsExactly("standard input: 0 rows read: 0 written (0 records) to standard output, 0 refused");
        assertThat(summary.exitCode()).isZero();
    }
}
