/**
 * The Demarche model: immutable, validated, comparable values for who said what, about whom,
 * when and with which stance, and for what happened.
 *
 * <p>The main types are {@link io.github.demarche.Actor}, {@link io.github.demarche.Statement},
 * {@link io.github.demarche.Stance}, {@link io.github.demarche.CasualtyReport} and
 * {@link io.github.demarche.Event}, gathered with their source in a {@link io.github.demarche.Dossier}.
 * The small values they need are {@link io.github.demarche.ApproximateDate} (partial news dates in
 * an EDTF-based text form), {@link io.github.demarche.QualifiedCount} ("over 270"),
 * {@link io.github.demarche.CountryCode}, {@link io.github.demarche.Location} (with
 * {@link io.github.demarche.Coordinates} and {@link io.github.demarche.LocationPrecision}) and
 * {@link io.github.demarche.SourceAttribution}.
 *
 * <p>What real event data carries has typed homes too: a stance or an event keeps the exact code it
 * was coded with as a {@link io.github.demarche.Coding} ({@link io.github.demarche.CameoCode} in
 * its {@link io.github.demarche.CameoDialect}, {@link io.github.demarche.PloverEventType},
 * {@link io.github.demarche.PloverMode}, {@link io.github.demarche.PloverContext}); an actor its
 * {@link io.github.demarche.CameoActorCode} as written; every record its sources, the
 * {@link io.github.demarche.ExternalId}s datasets give it and typed extension attributes
 * ({@link io.github.demarche.AttributeValue}) for what the model does not name. The code books are
 * data files in the jar, proven against the original files in the tests. A stance's
 * {@link io.github.demarche.Position}, what its holder is for or against, is apart from its code
 * and its Goldstein score.
 *
 * <p>Every value is immutable, rejects nulls (a {@link java.lang.NullPointerException} whose message
 * is the parameter name), is {@link java.io.Serializable} and has value equality. Values with many
 * attributes are built with {@code builder()}; every builder also offers {@code validate()}, which
 * returns the violations {@code build()} would throw.
 *
 * <p>Every broken rule is reported as a
 * {@link io.github.demarche.Violation}, thrown together in one
 * {@link io.github.demarche.ValidationException}.
 *
 * @since 0.1
 */
@DemarcheStyle
package io.github.demarche;
