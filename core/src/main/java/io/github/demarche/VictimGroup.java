package io.github.demarche;

/**
 * The group of people a casualty figure counts, when they are not a named actor; also the groups
 * a figure says it includes ({@link Victims#including(VictimGroup...)}), as in "killed 38 people,
 * including women and children".
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
    UNKNOWN,
    /**
     * Children, minors: "including 44 children", "at least 43 children have been killed".
     *
     * @since 0.2
     */
    CHILDREN,
    /**
     * Women: "killed 38 people, including women and children".
     *
     * @since 0.2
     */
    WOMEN,
    /**
     * Journalists and media workers: "several journalists were among those detained".
     *
     * @since 0.2
     */
    JOURNALISTS,
    /**
     * Doctors, nurses, paramedics and other health workers: "medics were among the dead", "attacks
     * on health workers".
     *
     * @since 0.2
     */
    MEDICAL_WORKERS,
    /**
     * Humanitarian and aid workers, UN staff among them: "the deadliest year for aid workers".
     *
     * @since 0.2
     */
    AID_WORKERS,
    /**
     * People held in detention, political prisoners among them: "detainees died in custody".
     *
     * @since 0.2
     */
    DETAINEES
}
