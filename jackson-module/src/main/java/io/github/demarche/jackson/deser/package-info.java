/**
 * The deserializers of the Demarche model, registered by
 * {@link io.github.demarche.jackson.DemarcheModule} through
 * {@link io.github.demarche.jackson.deser.DemarcheDeserializers}. They stream tokens, build
 * through the model's builders and factories, and report bad input with the JSON path of the
 * offending field.
 *
 * @since 0.1
 */
package io.github.demarche.jackson.deser;
