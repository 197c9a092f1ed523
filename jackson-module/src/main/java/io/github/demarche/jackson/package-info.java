/**
 * The JSON form of the Demarche model as a Jackson 2 module: register
 * {@link io.github.demarche.jackson.DemarcheModule} with an {@code ObjectMapper}, or obtain a
 * configured mapper from {@link io.github.demarche.jackson.DemarcheJson#newObjectMapper()}.
 *
 * <p>Reading validates through the model's builders; bad input is reported as
 * {@link io.github.demarche.jackson.InvalidValueException} (a rule of the model is broken) or as one
 * of Jackson's {@code MismatchedInputException}s (the JSON has the wrong shape), with the JSON path
 * of the offending field. The serializers and deserializers live in the {@code ser} and
 * {@code deser} sub-packages.
 *
 * @since 0.1
 */
package io.github.demarche.jackson;
