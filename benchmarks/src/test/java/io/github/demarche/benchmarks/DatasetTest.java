package io.github.demarche.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.analysis.CasualtyReconciliation;
import io.github.demarche.analysis.ReportStatus;
import io.github.demarche.jackson.DemarcheJson;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
    void events_build_as_model_values_and_are_the_events_statements_refer_to() {
        ModelMapping mapping = new ModelMapping(true);
        List<Event> events = new Dataset(42).events(Dataset.EVENTS_REFERRED_TO).stream().map(mapping::event)
                .collect(Collectors.toList());
        Set<String> ids = events.stream().map(Event::id).collect(Collectors.toSet());
        Set<String> referredTo = new HashSet<>();
        for (PlainRecords.StatementRecord statement : new Dataset(42).statements(2_000)) {
            referredTo.addAll(statement.eventIds());
            statement.stances().stream().map(stance -> stance.target().eventId()).filter(Objects::nonNull)
                    .forEach(referredTo::add);
        }

        assertThat(ids).hasSize(Dataset.EVENTS_REFERRED_TO).containsAll(referredTo);
        assertThat(events).anyMatch(Event::isBlocked).anyMatch(e -> e.location().isEmpty())
                .anyMatch(e -> e.participants().size() > 1).anyMatch(e -> !e.casualtyReportIds().isEmpty())
                .anyMatch(e -> !e.cameoRootCode().equals(e.type().defaultCameoRootCode()))
                .allMatch(e -> e.coding().isPresent() == !e.cameoRootCode().equals(e.type().defaultCameoRootCode()))
                .allMatch(e -> e.sources().size() == 1);
        assertThat(EnumSet.copyOf(events.stream().map(Event::type).collect(Collectors.toList())))
                .isEqualTo(EnumSet.allOf(EventType.class));
        assertThat(new Dataset(42).events(300)).isEqualTo(new Dataset(42).events(300))
                .isNotEqualTo(new Dataset(43).events(300));
    }

    @Test
    void databind_writes_the_modules_bytes_for_the_event_records() throws Exception {
        List<PlainRecords.EventRecord> records = new Dataset(42).events(1_000);
        ModelMapping mapping = new ModelMapping(false);
        JsonMapper module = DemarcheJson.newObjectMapper();
        JsonMapper databind = new JsonMapper();
        for (PlainRecords.EventRecord record : records) {
            assertThat(databind.writeValueAsString(record)).isEqualTo(module.writeValueAsString(mapping.event(record)));
        }
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
