package io.github.demarche;

/**
 * Where or through what a statement was made.
 *
 * @since 0.1
 */
public enum Channel {
    /** A meeting, such as Wang Yi's with Lavrov. */
    MEETING,
    /** A press conference, such as the junta spokesman's. */
    PRESS_CONFERENCE,
    /** An interview. */
    INTERVIEW,
    /** A communiqué, press release or official statement. */
    COMMUNIQUE,
    /** Social media. */
    SOCIAL_MEDIA,
    /** A speech. */
    SPEECH,
    /** Proceedings of the United Nations, such as a Security Council session. */
    UN_PROCEEDINGS,
    /**
     * Remarks to reporters: a doorstep, answers to journalists on the way into or out of a meeting.
     *
     * @since 0.2
     */
    REMARKS_TO_REPORTERS,
    /** A channel of none of the kinds above, or not stated. */
    OTHER
}
