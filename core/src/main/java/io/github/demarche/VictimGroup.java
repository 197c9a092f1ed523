package io.github.demarche;

/**
 * The group of people a casualty figure counts, when they are not a named actor.
 *
 * @since 0.1
 */
public enum VictimGroup {
    /** Civilians, such as the "over 270 civilians" killed in the reference article. */
    CIVILIANS,
    /** Protesters or demonstrators. */
    PROTESTERS,
    /** Members of state security forces: military, police. */
    SECURITY_FORCES,
    /** Combatants of armed groups. */
    COMBATANTS,
    /** People of unknown or unstated status. */
    UNKNOWN
}
