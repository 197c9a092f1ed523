package io.github.demarche;

import java.util.List;

/**
 * The four primary classes of CAMEO events: cooperation or conflict, by word or by deed.
 *
 * <p>Numbers and names are GDELT's {@code QuadClass} column (GDELT 2.0 event codebook:
 * "1=Verbal Cooperation, 2=Material Cooperation, 3=Verbal Conflict, 4=Material Conflict"). A
 * {@link CameoCode} takes its class from its root as GDELT data assigns it: roots 01–05 verbal
 * cooperation, 06–09 material cooperation, 10–14 verbal conflict, 15–20 material conflict. Note
 * that GDELT puts 09 (investigate) among material cooperation and 14 (protest) among verbal
 * conflict, as its published event rows show; other quad schemes draw these lines elsewhere.
 *
 * @since 0.2
 */
public enum QuadClass {
    /** Verbal cooperation (1): roots 01–05, from statements and appeals to diplomatic cooperation. */
    VERBAL_COOPERATION(1),
    /** Material cooperation (2): roots 06–09, material cooperation, aid, yielding, investigating. */
    MATERIAL_COOPERATION(2),
    /** Verbal conflict (3): roots 10–14, demands, disapproval, rejection, threats and protest. */
    VERBAL_CONFLICT(3),
    /** Material conflict (4): roots 15–20, force posture, reduced relations, coercion and violence. */
    MATERIAL_CONFLICT(4);

    private static final List<QuadClass> BY_NUMBER = List.of(values());

    private final int number;

    QuadClass(int number) {
        this.number = number;
    }

    /**
     * Obtains the class that GDELT writes as a number.
     *
     * @param number  the number, 1 to 4
     * @return the class, not null
     * @throws ValidationException ({@code OUT_OF_RANGE}) if the number is not 1 to 4
     */
    public static QuadClass of(int number) {
        if (number < 1 || number > BY_NUMBER.size()) {
            Violations.of("QuadClass").add("number", ViolationCode.OUT_OF_RANGE, "be 1 to 4", number).throwIfAny();
        }
        return BY_NUMBER.get(number - 1);
    }

    /**
     * Gets the number GDELT writes for the class.
     *
     * @return the number, 1 to 4
     */
    public int number() {
        return number;
    }

    /**
     * Checks if the class is one of cooperation.
     *
     * @return true for verbal and material cooperation
     */
    public boolean isCooperation() {
        return number <= 2;
    }

    /**
     * Checks if the class is one of deeds rather than words.
     *
     * @return true for material cooperation and material conflict
     */
    public boolean isMaterial() {
        return number % 2 == 0;
    }

    /** Gets the class of a CAMEO root, 1 to 20. */
    static QuadClass ofRoot(int root) {
        return root <= 5 ? VERBAL_COOPERATION : root <= 9 ? MATERIAL_COOPERATION : root <= 14 ? VERBAL_CONFLICT : MATERIAL_CONFLICT;
    }
}
