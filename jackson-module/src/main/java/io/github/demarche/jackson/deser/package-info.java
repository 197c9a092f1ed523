/**
 * The deserializers of the Demarche model, registered by
 * {@link io.github.demarche.jackson.DemarcheModule} through
 * {@link io.github.demarche.jackson.deser.DemarcheDeserializers}, and the serializers of its object
 * types ({@link io.github.demarche.jackson.deser.ObjectSerializers}), which write from the same
 * lists of fields: each object type declares its fields once, in an enum whose constants carry
 * the field's JSON name and how it is read and written. They stream tokens, build through the
 * model's builders and factories, and report bad input with the JSON path of the offending field,
 * through the {@code DeserializationContext} so that a mapper's problem handlers run.
 *
 * @since 0.1
 */
package io.github.demarche.jackson.deser;
