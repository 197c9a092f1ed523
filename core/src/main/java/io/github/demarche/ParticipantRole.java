package io.github.demarche;

/**
 * The part an actor plays in an {@link Event}.
 *
 * @since 0.1
 */
public enum ParticipantRole {
    /** The actor who carries the event out, such as the military in a coup. */
    INITIATOR,
    /** The actor the event is directed at, such as the ousted government. */
    TARGET,
    /** An actor who takes part on an equal footing, such as each minister in a meeting. */
    PARTICIPANT,
    /** An actor who mediates between others. */
    MEDIATOR
}
