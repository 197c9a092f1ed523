package io.github.demarche.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.Statement;
import io.github.demarche.flink.typeutils.DemarcheTypeInfo;
import io.github.demarche.formats.DataFormat;
import io.github.demarche.formats.RowRecords;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DemarcheFlinkTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    @Test
    void the_configuration_line_registers_every_type() {
        assertThat(DemarcheFlink.configurationLine()).isEqualTo("pipeline.serialization-config: ["
                + "io.github.demarche.Statement: {type: typeinfo, class: io.github.demarche.flink.typeutils.StatementTypeInfoFactory}, "
                + "io.github.demarche.Event: {type: typeinfo, class: io.github.demarche.flink.typeutils.EventTypeInfoFactory}, "
                + "io.github.demarche.CasualtyReport: {type: typeinfo, class: io.github.demarche.flink.typeutils.CasualtyReportTypeInfoFactory}, "
                + "io.github.demarche.Actor: {type: typeinfo, class: io.github.demarche.flink.typeutils.ActorTypeInfoFactory}, "
                + "io.github.demarche.Document: {type: typeinfo, class: io.github.demarche.flink.typeutils.DocumentTypeInfoFactory}, "
                + "io.github.demarche.Dossier: {type: typeinfo, class: io.github.demarche.flink.typeutils.DossierTypeInfoFactory}, "
                + "io.github.demarche.formats.RowRecords: {type: typeinfo, class: io.github.demarche.flink.typeutils.RowRecordsTypeInfoFactory}, "
                + "io.github.demarche.formats.RowProblem: {type: typeinfo, class: io.github.demarche.flink.typeutils.RowProblemTypeInfoFactory}]");
    }

    @Test
    void register_keeps_the_entries_a_configuration_has_and_adds_each_once() {
        Configuration configuration = new Configuration();
        configuration.set(PipelineOptions.SERIALIZATION_CONFIG,
                List.of("org.example.Thing: {type: typeinfo, class: org.example.ThingTypeInfoFactory}"));
        DemarcheFlink.register(DemarcheFlink.register(configuration));
        List<String> entries = configuration.get(PipelineOptions.SERIALIZATION_CONFIG);
        assertThat(entries).hasSize(1 + DemarcheFlink.TYPE_INFO_FACTORIES.size());
        assertThat(entries.get(0)).startsWith("org.example.Thing");
        assertThat(entries.subList(1, entries.size())).isEqualTo(DemarcheFlink.SERIALIZATION_CONFIG);
    }

    @Test
    void refuses_null() {
        assertThatThrownBy(() -> DemarcheFlink.register((Configuration) null))
                .isInstanceOf(NullPointerException.class).hasMessage("configuration");
        assertThatThrownBy(() -> DemarcheFlink.register((StreamExecutionEnvironment) null))
                .isInstanceOf(NullPointerException.class).hasMessage("env");
    }

    @Test
    void a_job_runs_with_generic_types_disabled() throws Exception {
        Configuration configuration = new Configuration();
        configuration.set(PipelineOptions.GENERIC_TYPES, false);
        configuration.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration);
        DemarcheFlink.register(env);
        env.setParallelism(2);
        // registering keeps the option: a type that only Kryo could serialize is refused
        assertThat(env.getConfig().getSerializerConfig().hasGenericTypesDisabled()).isTrue();
        assertThatThrownBy(() -> env.fromData(new StringBuilder("kryo")).getType()
                .createSerializer(env.getConfig().getSerializerConfig()))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("Generic types have been disabled");
        List<RowRecords> rows = TestRecords.rows(DataFormat.ICEWS);
        List<Statement> statements = new ArrayList<>();
        rows.forEach(row -> row.statement().ifPresent(statements::add));
        assertThat(statements).isNotEmpty();

        DataStream<RowRecords> source = env.fromData(rows);
        DataStream<Statement> fromRows = source.rebalance()
                .flatMap((RowRecords row, org.apache.flink.util.Collector<Statement> out) ->
                        row.statement().ifPresent(out::collect), DemarcheTypeInfo.statements())
                .rebalance();
        // extracted, not given: the registered factory is found from the runtime class's superclass
        DataStream<Statement> extracted = env.fromData(statements).rebalance();
        assertThat(source.getType()).isEqualTo(DemarcheTypeInfo.rowRecords());
        assertThat(extracted.getType()).isEqualTo(DemarcheTypeInfo.statements());

        List<Statement> read = new ArrayList<>();
        CloseableIterator<Statement> results = fromRows.union(extracted).executeAndCollect();
        try {
            results.forEachRemaining(read::add);
        } finally {
            results.close();
        }
        List<Statement> expected = new ArrayList<>(statements);
        expected.addAll(statements);
        assertThat(read).containsExactlyInAnyOrderElementsOf(expected);
    }
}
