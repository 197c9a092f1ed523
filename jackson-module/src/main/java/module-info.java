/**
 * The JSON form of the Demarche model as a Jackson 2 module: {@code DemarcheModule}, the
 * recommended mapper of {@code DemarcheJson}, and the NDJSON reader and writer of
 * {@code DemarcheNdjson}, all in {@code io.github.demarche.jackson}. The serializers and
 * deserializers ({@code io.github.demarche.jackson.ser}, {@code io.github.demarche.jackson.deser})
 * are registered by the module and are not part of the API.
 *
 * <p>The module reads Jackson 2.15 and later 2.x versions; some limits of the recommended mapper
 * need a later version (see {@code DemarcheJson}). {@code ObjectMapper.findAndRegisterModules()}
 * finds {@code DemarcheModule} through the {@code provides} clause below on the module path, and
 * through {@code META-INF/services} on the class path.
 *
 * @provides com.fasterxml.jackson.databind.Module the {@code DemarcheModule}
 * @since 0.2
 */
module io.github.demarche.jackson {
    // the API takes and returns the model's values and Jackson's mappers, parsers and exceptions
    requires transitive io.github.demarche.core;
    requires transitive com.fasterxml.jackson.core;
    requires transitive com.fasterxml.jackson.databind;

    exports io.github.demarche.jackson;

    provides com.fasterxml.jackson.databind.Module with io.github.demarche.jackson.DemarcheModule;
}
