package io.github.demarche;

/**
 * How a body decided on a document.
 *
 * @since 0.2
 */
public enum AdoptionMethod {
    /** Without a vote, no member objecting: "adopted by consensus", "adopted without a vote". */
    CONSENSUS,
    /** By a vote in which every member voting was in favour: "unanimously adopted". */
    UNANIMOUS,
    /** By a vote with members against or abstaining: "adopted by a vote of 13 to none, with 2 abstentions". */
    VOTE
}
