/**
 * The Demarche model: immutable, validated, comparable values for who said what, about whom,
 * when and with which stance, and for what happened.
 *
 * <p>The main types are {@link io.github.demarche.Actor}, {@code Statement}, {@code Stance},
 * {@code CasualtyReport} and {@code Event}, gathered with their source in a {@code Dossier}.
 * Every broken rule is reported as a
 * {@link io.github.demarche.Violation}, thrown together in one
 * {@link io.github.demarche.ValidationException}.
 *
 * @since 0.1
 */
@DemarcheStyle
package io.github.demarche;
