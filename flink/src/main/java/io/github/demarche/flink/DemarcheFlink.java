package io.github.demarche.flink;

import io.github.demarche.Actor;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Document;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.Statement;
import io.github.demarche.flink.typeutils.ActorTypeInfoFactory;
import io.github.demarche.flink.typeutils.CasualtyReportTypeInfoFactory;
import io.github.demarche.flink.typeutils.DocumentTypeInfoFactory;
import io.github.demarche.flink.typeutils.DossierTypeInfoFactory;
import io.github.demarche.flink.typeutils.EventTypeInfoFactory;
import io.github.demarche.flink.typeutils.RowProblemTypeInfoFactory;
import io.github.demarche.flink.typeutils.RowRecordsTypeInfoFactory;
import io.github.demarche.flink.typeutils.StatementTypeInfoFactory;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.java.typeutils.TypeExtractor;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Registers Demarche's type information with Flink, so that statements, events, casualty
 * reports, actors, dossiers and rows of datasets are serialized by
 * {@link io.github.demarche.flink.typeutils.DemarcheSerializer} and never by the generic Kryo
 * fallback: a job runs with {@code pipeline.generic-types: false}.
 *
 * <p>Without code, in the Flink configuration ({@code config.yaml}, or {@code -D} on
 * {@code flink run}), the option {@value #OPTION} with the value {@link #SERIALIZATION_CONFIG}:
 * <pre>
 * pipeline.serialization-config:
 *   - io.github.demarche.Statement: {type: typeinfo, class: io.github.demarche.flink.typeutils.StatementTypeInfoFactory}
 *   - io.github.demarche.Event: {type: typeinfo, class: io.github.demarche.flink.typeutils.EventTypeInfoFactory}
 *   ... (one entry for each type of {@link #TYPE_INFO_FACTORIES})
 * </pre>
 * With one call, before the job's graph is built:
 * <pre>{@code
 * StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
 * DemarcheFlink.register(env);
 * }</pre>
 *
 * @since 0.2
 */
public final class DemarcheFlink {

    /** The Flink option that registers type information factories. */
    public static final String OPTION = "pipeline.serialization-config";

    /** Each registered Demarche type with the factory of its type information, in registration order. */
    public static final Map<Class<?>, Class<?>> TYPE_INFO_FACTORIES = typeInfoFactories();

    /**
     * The entries of {@value #OPTION} that register every Demarche type, one string per type, as
     * Flink's {@link PipelineOptions#SERIALIZATION_CONFIG} takes them:
     * {@code io.github.demarche.Statement: {type: typeinfo, class: io.github.demarche.flink.typeutils.StatementTypeInfoFactory}}.
     */
    public static final List<String> SERIALIZATION_CONFIG = serializationConfig();

    private DemarcheFlink() {
    }

    private static Map<Class<?>, Class<?>> typeInfoFactories() {
        Map<Class<?>, Class<?>> factories = new LinkedHashMap<>();
        factories.put(Statement.class, StatementTypeInfoFactory.class);
        factories.put(Event.class, EventTypeInfoFactory.class);
        factories.put(CasualtyReport.class, CasualtyReportTypeInfoFactory.class);
        factories.put(Actor.class, ActorTypeInfoFactory.class);
        factories.put(Document.class, DocumentTypeInfoFactory.class);
        factories.put(Dossier.class, DossierTypeInfoFactory.class);
        factories.put(RowRecords.class, RowRecordsTypeInfoFactory.class);
        factories.put(RowProblem.class, RowProblemTypeInfoFactory.class);
        return Collections.unmodifiableMap(factories);
    }

    private static List<String> serializationConfig() {
        List<String> entries = new ArrayList<>();
        TYPE_INFO_FACTORIES.forEach((type, factory) -> entries.add(entry(type, factory)));
        return List.copyOf(entries);
    }

    /**
     * Gets the whole option as one line of a Flink configuration file or a {@code -D} argument:
     * {@code pipeline.serialization-config: [io.github.demarche.Statement: {type: typeinfo, class: ...}, ...]}.
     *
     * @return the line, not null
     */
    public static String configurationLine() {
        return OPTION + ": [" + String.join(", ", SERIALIZATION_CONFIG) + "]";
    }

    /**
     * Adds Demarche's types to a configuration's {@value #OPTION}, keeping the entries it has. Flink
     * registers them, once per JVM, when an environment is created from the configuration (a second
     * registration in one JVM fails in Flink; {@link #register(StreamExecutionEnvironment)} avoids it).
     *
     * @param configuration  the configuration, not null
     * @return the same configuration, for chaining
     * @throws NullPointerException if the configuration is null (message {@code configuration})
     */
    public static Configuration register(Configuration configuration) {
        Objects.requireNonNull(configuration, "configuration");
        List<String> entries = new ArrayList<>(
                configuration.getOptional(PipelineOptions.SERIALIZATION_CONFIG).orElse(List.of()));
        for (String entry : SERIALIZATION_CONFIG) {
            if (!entries.contains(entry)) {
                entries.add(entry);
            }
        }
        configuration.set(PipelineOptions.SERIALIZATION_CONFIG, entries);
        return configuration;
    }

    /**
     * Registers Demarche's types with an environment; call it before building the job's graph.
     * Flink keeps type information factories in one registry per JVM and refuses to register a
     * type twice, so this registers only the types that are not registered yet: it may be called
     * for every environment a JVM creates, and after the option {@value #OPTION} has registered
     * them.
     *
     * @param env  the environment, not null
     * @return the same environment, for chaining
     * @throws NullPointerException if the environment is null (message {@code env})
     * @throws IllegalStateException if Flink has another factory for a Demarche type (message
     *     {@code DemarcheFlink cannot register io.github.demarche.Statement: Flink has another type
     *     information factory for it, org.example.OtherFactory})
     */
    public static StreamExecutionEnvironment register(StreamExecutionEnvironment env) {
        Objects.requireNonNull(env, "env");
        List<String> entries = new ArrayList<>();
        synchronized (DemarcheFlink.class) {
            TYPE_INFO_FACTORIES.forEach((type, factory) -> {
                TypeInfoFactory<?> registered = TypeExtractor.getTypeInfoFactory(type);
                if (registered == null) {
                    entries.add(entry(type, factory));
                } else if (registered.getClass() != factory) {
                    throw new IllegalStateException("DemarcheFlink cannot register " + type.getName()
                            + ": Flink has another type information factory for it, "
                            + registered.getClass().getName());
                }
            });
            if (!entries.isEmpty()) {
                Configuration configuration = new Configuration();
                configuration.set(PipelineOptions.SERIALIZATION_CONFIG, entries);
                env.configure(configuration, Thread.currentThread().getContextClassLoader());
            }
        }
        return env;
    }

    private static String entry(Class<?> type, Class<?> factory) {
        return type.getName() + ": {type: typeinfo, class: " + factory.getName() + "}";
    }
}
