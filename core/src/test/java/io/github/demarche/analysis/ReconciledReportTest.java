package io.github.demarche.analysis;

import static io.github.demarche.ReferenceArticleFixture.KILLED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.SerializationSupport;
import org.junit.jupiter.api.Test;

class ReconciledReportTest {

    @Test
    void holds_a_report_and_its_status() {
        ReconciledReport reconciled = ReconciledReport.of(KILLED, ReportStatus.CURRENT);
        assertThat(reconciled.report()).isEqualTo(KILLED);
        assertThat(reconciled.status()).isEqualTo(ReportStatus.CURRENT);
        assertThat(reconciled).hasToString("ReconciledReport[killed-2021-03-23: CURRENT]");
        assertThat(reconciled).isEqualTo(ReconciledReport.of(KILLED, ReportStatus.CURRENT))
                .hasSameHashCodeAs(ReconciledReport.of(KILLED, ReportStatus.CURRENT))
                .isNotEqualTo(ReconciledReport.of(KILLED, ReportStatus.STANDING));
        assertThat(SerializationSupport.roundTrip(reconciled)).isEqualTo(reconciled);
    }

    @Test
    void rejects_null_arguments_naming_them() {
        assertThatThrownBy(() -> ReconciledReport.of(null, ReportStatus.CURRENT))
                .isInstanceOf(NullPointerException.class).hasMessage("report");
        assertThatThrownBy(() -> ReconciledReport.of(KILLED, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("status");
    }
}
