/**
 * Comparisons across many values of the model: who a name designates, whether actors' stances on
 * a target align, how one actor's stance on a target moved, which casualty figure is current and
 * which figures contradict each other, and the groupings a data pipeline needs.
 *
 * <p>From the reference article (China and Russia on Myanmar, March 2021), given its statements
 * and its actors {@code china}, {@code russia} and {@code protesters}:
 * <pre>{@code
 * ActorDirectory directory = ActorDirectory.of(dossier);
 * directory.resolve("Beijing").found();            // Optional[Actor[chn-gov: Government of China, GOVERNMENT]]
 * StanceAlignment situation = StanceAlignment.of(dossier.statements(),
 *         StanceTarget.topic("the situation in Myanmar", "myanmar-situation"));
 * situation.verdict(china, russia);                 // ALIGNED: both are deeply concerned
 * StanceAlignment.of(dossier.statements(), unAction).verdict(protesters, china);  // DIVERGENT: appeal vs veto
 * CasualtyReconciliation.byScope(dossier.casualtyReports()).get(0).current();
 *                                                   // Optional[CasualtyReport[killed >270 civilians as of 2021-03-23]]
 * }</pre>
 *
 * <p><b>Who speaks.</b> A statement counts for the actors a {@link
 * io.github.demarche.analysis.SpeakerResolver SpeakerResolver} names: by default the actor spoken
 * for, else the top of each speaker's chain of affiliations (Wang Yi counts for China).
 *
 * <p><b>Identity.</b> Actors are compared by {@link io.github.demarche.Actor#id() id} and targets by
 * {@link io.github.demarche.StanceTarget#identityKey() identity key}, so that equal ids from
 * differently detailed copies of an actor meet.
 *
 * <p><b>Scale.</b> Every operation makes one pass or one sort over its input: linear or
 * {@code n log n} time in the number of statements or reports, and memory proportional to the
 * distinct actors and targets besides the result itself. Only the alignment compares pairs, and
 * those are pairs of actors on one target, never pairs of statements. Each method documents its
 * cost.
 *
 * <p>Every result is immutable and thread-safe, and rejects null arguments with a
 * {@link java.lang.NullPointerException} whose message is the parameter's name.
 *
 * @since 0.1
 */
package io.github.demarche.analysis;
