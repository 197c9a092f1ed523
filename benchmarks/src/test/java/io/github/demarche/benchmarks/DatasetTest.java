package io.github.demarche.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.CasualtyReport;
import io.github.demarche.analysis.CasualtyReconciliation;
import io.github.demarche.analysis.ReportStatus;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated data builds valid model values, the same for the same seed. */
class DatasetTest {

    @Test
    void same_seed_gives_the_same_statements_either_way() {
        assertThat(new Dataset(7).statements(300)).isEqualTo(collect(new Dataset(7), 300));
    }

    @Test
    void statements_build_as_model_values() {
        assertThat(new ModelMapping(false).statements(new Dataset(42).statements(2_000))).hasSize(2_000);
    }

    @Test
    void casualty_reports_mostly_agree_and_cover_every_scope() {
        ModelMapping mapping = new ModelMapping(true);
        List<CasualtyReport> reports = new Dataset(42).casualtyReports(20_000).stream().map(mapping::casualtyReport)
                .collect(Collectors.toList());
        List<CasualtyReconciliation> reconciliations = CasualtyReconciliation.byScope(reports);
        assertThat(reconciliations).hasSize(45);
        // where the latest figures conflict there is no current one: that is allowed, not usual
        assertThat(reconciliations.stream().filter(r -> r.current().isPresent()).count()).isGreaterThan(40);
        long conflicting = reconciliations.stream().mapToLong(r -> r.reports(ReportStatus.CONFLICTING).size()).sum();
        assertThat(conflicting).isPositive().isLessThan(reports.size() / 10);
        assertThat(reports).anyMatch(r -> !r.isCumulative()).anyMatch(r -> r.asOf().monthPart().isPresent());
    }

    private static List<PlainRecords.StatementRecord> collect(Dataset dataset, int count) {
        List<PlainRecords.StatementRecord> records = new java.util.ArrayList<>();
        dataset.statements(count, records::add);
        return records;
    }
}
