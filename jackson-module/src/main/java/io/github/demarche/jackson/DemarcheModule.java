package io.github.demarche.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import io.github.demarche.jackson.deser.DemarcheDeserializers;
import io.github.demarche.jackson.ser.DemarcheSerializers;

/**
 * The Jackson 2 module that reads and writes every Demarche value as JSON: {@code Dossier},
 * {@code Statement}, {@code Stance}, {@code StanceTarget}, {@code Actor}, {@code Event},
 * {@code Participant}, {@code CasualtyReport}, {@code QualifiedCount}, {@code Victims}, {@code IncludedGroup},
 * {@code Location}, {@code SourceAttribution}, {@code ApproximateDate}, {@code CountryCode}, and
 * the model's enums.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new DemarcheModule());
 * String json = mapper.writeValueAsString(statement);
 * Statement read = mapper.readValue(json, Statement.class);   // equal to statement
 * }</pre>
 * {@code ObjectMapper.findAndRegisterModules()} finds the module too, through
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module}. The module needs nothing else:
 * dates are written as text by its own serializers, without {@code jackson-datatype-jsr310}.
 * {@link DemarcheJson#newObjectMapper()} returns a mapper with the module and the recommended
 * settings (trailing tokens and unknown properties rejected, limits for untrusted input);
 * {@link DemarcheNdjson} reads and writes NDJSON files of statements, events and casualty
 * reports, one a line, in constant memory.
 *
 * <p><b>The format.</b> Field names are camelCase and follow the model's accessors; dates are the
 * core's text forms ({@code "2021-03-early"}, {@code "2021-02-01/.."}, {@code "2021-03-24"});
 * enums are lower_snake_case names ({@code "threaten_sanctions"}); a stance target and victims
 * name their kind in a {@code "kind"} field; empty optionals and empty lists are left out; actors
 * are embedded by value wherever the model holds one, so the JSON of any value is complete in
 * itself; a dossier carries the format version, {@code "demarcheFormat": 2}. The module's README
 * describes every field, and the JSON Schema at {@link DemarcheJson#SCHEMA_RESOURCE} describes
 * them for other languages.
 *
 * <p><b>Reading validates.</b> Values are built through the model's builders and factories, so
 * nothing invalid can be read. Bad input raises a {@code JsonMappingException} whose path points
 * at the offending field: {@link InvalidValueException} when a rule of the model is broken,
 * Jackson's own {@code MismatchedInputException} family when the JSON has the wrong shape.
 * {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} is honoured. A key that comes twice
 * in one object is a {@code JsonParseException} ({@code Duplicate field 'mode'}) on any mapper,
 * so that no value is silently overwritten.
 *
 * <p><b>Jackson versions.</b> The module runs on Jackson 2.15 and every later 2.x; registering it
 * with an older Jackson fails at once with an {@code IllegalStateException} that names the minimum.
 * Some limits of {@link DemarcheJson#newObjectMapper()} need a later version (see
 * {@link DemarcheJson}).
 *
 * <p>Registering the module gives the mapper its own serializers and deserializers. The
 * deserializers keep small bounded caches so that identical actors, sources, dates and country
 * codes read again and again share one instance; a cached instance is only returned for input
 * that builds an equal value. The module is immutable and thread-safe, and so are the mappers it
 * configures.
 *
 * @since 0.1
 */
public final class DemarcheModule extends Module {

    /** Creates the module; {@link java.util.ServiceLoader} uses this constructor too. */
    public DemarcheModule() {
    }

    /**
     * Gets the name of the module.
     *
     * @return {@code "DemarcheModule"}
     */
    @Override
    public String getModuleName() {
        return "DemarcheModule";
    }

    /**
     * Gets the version of the module, the version of the demarche-jackson artifact.
     *
     * @return {@link PackageVersion#VERSION}, not null
     */
    @Override
    public Version version() {
        return PackageVersion.VERSION;
    }

    /**
     * Registers the serializers and deserializers of the model with a mapper, including those of
     * enums used as map keys.
     *
     * @param context  the mapper's setup context, not null
     * @throws IllegalStateException if jackson-core or jackson-databind is older than 2.15, the
     *     oldest version the module runs on
     */
    @Override
    public void setupModule(SetupContext context) {
        JacksonRange.requireSupported();
        context.addSerializers(DemarcheSerializers.valueSerializers());
        context.addKeySerializers(DemarcheSerializers.keySerializers());
        context.addDeserializers(DemarcheDeserializers.valueDeserializers());
        context.addKeyDeserializers(DemarcheDeserializers.keyDeserializers());
    }
}
