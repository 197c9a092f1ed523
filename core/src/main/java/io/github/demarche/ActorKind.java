package io.github.demarche;

/**
 * What kind of actor an {@link Actor} is.
 *
 * @since 0.1
 */
public enum ActorKind {
    /** A sovereign state, such as China or Myanmar. */
    STATE,
    /** A government, ministry or ruling authority, such as China's government or Myanmar's junta. */
    GOVERNMENT,
    /** A natural person, such as Wang Yi. */
    PERSON,
    /** An intergovernmental organization, such as the United Nations or ASEAN. */
    INTERGOVERNMENTAL_ORGANIZATION,
    /** State armed or security forces, such as Myanmar's military and police. */
    ARMED_FORCES,
    /** An armed group that is not a state's, such as an ethnic armed organization. */
    NON_STATE_ARMED_GROUP,
    /** Civil society or a protest movement, such as Myanmar's pro-democracy protesters. */
    CIVIL_SOCIETY,
    /** A news organization or outlet. */
    MEDIA,
    /** An actor of none of the kinds above. */
    OTHER,
    /**
     * The source does not say what kind of actor it is: event data rows name actors by a code and a
     * name, not by kind, and a kind guessed from a code (is {@code CHN} the state or its
     * government?) would be invented.
     *
     * @since 0.2
     */
    UNSPECIFIED
}
