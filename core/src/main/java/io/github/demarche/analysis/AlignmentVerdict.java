package io.github.demarche.analysis;

/**
 * How two actors' stances on one target compare.
 *
 * <p>For actors {@code A} and {@code B} and a target, every pair of a stance of {@code A} and a
 * stance of {@code B} on the target is compared by {@linkplain io.github.demarche.Stance#position()
 * position}, what each is for or against, not by score: the pair <em>agrees</em> if
 * {@link io.github.demarche.Stance#agreesWith(io.github.demarche.Stance) agreesWith} holds (both
 * for, or both against), <em>opposes</em> if
 * {@link io.github.demarche.Stance#opposes(io.github.demarche.Stance) opposes} holds (one for, the
 * other against), and otherwise (a neutral, mixed or conditional position) says nothing. A council that condemned the violence and a bloc that called for an end to it (a stance
 * against the violence) are aligned, although the one scores −2.0 and the other +3.0. The verdict is:
 * <ul>
 *   <li>{@link #ALIGNED}: some pair agrees and none opposes;</li>
 *   <li>{@link #DIVERGENT}: some pair opposes and none agrees;</li>
 *   <li>{@link #MIXED}: some pair agrees and some pair opposes;</li>
 *   <li>{@link #NO_COMMON_DATA}: no pair agrees or opposes, because one of the actors took no
 *       stance on the target, or one took only neutral stances and the other no neutral one.</li>
 * </ul>
 * Votes on a document are positions on it ({@link io.github.demarche.Position#ABSTENTION}): two
 * members that voted alike are {@code ALIGNED}; one that abstained and one that voted against, or
 * in favour, are {@code DIVERGENT}, not {@code NO_COMMON_DATA}, since both took part in the vote
 * and chose differently; a member absent or not voting took no stance.
 * The verdict is symmetric: {@code A} and {@code B} get the same verdict as {@code B} and
 * {@code A}. Time plays no part: to compare stances of one period, filter the statements first
 * ({@link Groupings#statementsInPeriod}).
 *
 * <p>From the reference article: China and Russia are {@code ALIGNED} on the situation in Myanmar
 * (both "deep concern"); the pro-democracy movement and China are {@code DIVERGENT} on UN action
 * (an appeal to the UN against a veto).
 *
 * @since 0.1
 */
public enum AlignmentVerdict {
    /** Some stances agree and none oppose: China and Russia on the situation in Myanmar. */
    ALIGNED,
    /** Some stances oppose and none agree: the protesters' appeal to the UN against China's veto. */
    DIVERGENT,
    /** Some stances agree and some oppose, as when an actor first supports, then criticizes. */
    MIXED,
    /** No stances agree or oppose: one actor took no stance, or their positions say nothing of each other. */
    NO_COMMON_DATA
}
