/**
 * The serializers of the Demarche model, registered by
 * {@link io.github.demarche.jackson.DemarcheModule} through {@link io.github.demarche.jackson.ser.DemarcheSerializers}.
 *
 * @since 0.1
 */
package io.github.demarche.jackson.ser;
