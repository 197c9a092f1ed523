package io.github.demarche;

import java.util.Objects;
import java.util.Optional;

/**
 * The curated typology of stances an actor takes in a statement: the friendly layer over CAMEO.
 * Each type has a default CAMEO event code (GDELT dialect), from which its name, Goldstein score
 * and PLOVER type and mode come, and the CAMEO families it covers: a stance coded with an exact
 * code (see {@link Coding}) must have a type that {@link #admits(CameoCode) admits} the code.
 *
 * <p>Every verbal family of CAMEO (roots 01 to 05 and 09 to 13) and the material cooperation
 * families 06 to 08 have a type; a few codes that readers keep apart have types of their own
 * within their family (concern and denial within 01, mediation within 03, praise within 05,
 * accusation within 11, veto within 12, sanctions within 13). A code is admitted by every type
 * whose family it lies in, so {@code 112} ("Accuse") fits {@link #ACCUSE} and, more coarsely,
 * {@link #CRITICIZE}.
 *
 * <p><b>Dialect.</b> Names and scores are those of the GDELT dialect ({@link CameoDialect#GDELT});
 * a stance coded in the ICEWS dialect scores by its own code (see {@link Stance#cooperationScore()}).
 * PLOVER types and modes come from the PLOVER 0.8 crosswalk, which drops CAMEO roots 01 and 02, so
 * {@link #NEUTRAL}, {@link #CONCERN}, {@link #DENY} and {@link #APPEAL} have no PLOVER type. Origins and licences are in {@code NOTICE}.
 *
 * <table class="striped">
 * <caption>Stance types, their codes and families</caption>
 * <thead><tr><th>type</th><th>default code</th><th>families</th><th>in the reference article</th></tr></thead>
 * <tbody>
 * <tr><td>NEUTRAL</td><td>010 Make statement</td><td>01</td><td>–</td></tr>
 * <tr><td>CONCERN</td><td>012 Make pessimistic comment</td><td>012</td><td>"deep concern" about Myanmar</td></tr>
 * <tr><td>DENY</td><td>016 Deny responsibility</td><td>016</td><td>Beijing denies supporting the takeover</td></tr>
 * <tr><td>APPEAL</td><td>020 Appeal</td><td>02</td><td>call on the UN to take serious action</td></tr>
 * <tr><td>INTEND_TO_COOPERATE</td><td>030 Express intent to cooperate</td><td>03</td><td>the junta cooperates with its neighbours</td></tr>
 * <tr><td>INTEND_TO_MEDIATE</td><td>039 Express intent to mediate</td><td>039</td><td>Beijing will try to bring about reconciliation</td></tr>
 * <tr><td>CONSULT</td><td>040 Consult</td><td>04</td><td>–</td></tr>
 * <tr><td>SUPPORT</td><td>051 Praise or endorse</td><td>05</td><td>support for a political solution</td></tr>
 * <tr><td>PRAISE</td><td>051 Praise or endorse</td><td>051</td><td>China is "a friendly neighbour"</td></tr>
 * <tr><td>COOPERATE</td><td>060 Engage in material cooperation</td><td>06</td><td>–</td></tr>
 * <tr><td>AID</td><td>070 Provide aid</td><td>07</td><td>–</td></tr>
 * <tr><td>YIELD</td><td>080 Yield</td><td>08</td><td>–</td></tr>
 * <tr><td>INVESTIGATE</td><td>090 Investigate</td><td>09</td><td>–</td></tr>
 * <tr><td>DEMAND</td><td>100 Demand</td><td>10</td><td>demand that Beijing and Moscow stand with the people</td></tr>
 * <tr><td>CRITICIZE</td><td>111 Criticize or denounce</td><td>11</td><td>severe criticism of China and Russia</td></tr>
 * <tr><td>ACCUSE</td><td>112 Accuse</td><td>112</td><td>accusing the embassies of supporting the junta</td></tr>
 * <tr><td>REJECT</td><td>120 Reject</td><td>12</td><td>–</td></tr>
 * <tr><td>VETO</td><td>129 Veto</td><td>129</td><td>blocking a UN Security Council resolution</td></tr>
 * <tr><td>THREATEN</td><td>130 Threaten</td><td>13</td><td>–</td></tr>
 * <tr><td>THREATEN_SANCTIONS</td><td>1312 Threaten to boycott, embargo, or sanction</td><td>131</td><td>weighing suspending military cooperation</td></tr>
 * </tbody>
 * </table>
 *
 * <p>CAMEO codes praise and endorsement alike ({@code 051}); Demarche keeps {@link #SUPPORT} and
 * {@link #PRAISE} apart because readers do.
 *
 * @since 0.1
 */
public enum StanceType {
    /** A statement with no stance beyond saying something. */
    NEUTRAL("010", "01", Position.NEUTRAL),
    /** Concern or pessimism, such as "deep concern" about the situation in Myanmar. */
    CONCERN("012", "012", Position.AGAINST),
    /** Denial, such as Beijing denying that it supports the military takeover. */
    DENY("016", "016", Position.AGAINST),
    /** An appeal or call for action, such as calling on the UN to act. */
    APPEAL("020", "02", Position.FOR),
    /** Intent to cooperate, such as the junta cooperating with the five neighbouring countries. */
    INTEND_TO_COOPERATE("030", "03", Position.FOR),
    /** Intent to mediate, such as Beijing trying to bring about reconciliation. */
    INTEND_TO_MEDIATE("039", "039", Position.FOR),
    /**
     * Consultation: a visit, a meeting, talks, a telephone call.
     *
     * @since 0.2
     */
    CONSULT("040", "04", Position.NEUTRAL),
    /** Support or endorsement, such as support for a political solution within the constitution. */
    SUPPORT("051", "05", Position.FOR),
    /** Praise, such as calling China a friendly neighbour. */
    PRAISE("051", "051", Position.FOR),
    /**
     * Material cooperation: economic, military, judicial or intelligence cooperation.
     *
     * @since 0.2
     */
    COOPERATE("060", "06", Position.FOR),
    /**
     * Aid: economic, military or humanitarian aid, protection or peacekeeping, asylum.
     *
     * @since 0.2
     */
    AID("070", "07", Position.FOR),
    /**
     * Yielding: easing restrictions or sanctions, releasing persons, allowing access, retreating.
     *
     * @since 0.2
     */
    YIELD("080", "08", Position.FOR),
    /**
     * Investigation: of crime, corruption, human rights abuses, military action or war crimes.
     *
     * @since 0.2
     */
    INVESTIGATE("090", "09", Position.AGAINST),
    /** A demand, such as demanding that Beijing and Moscow stand with the people of Myanmar. */
    DEMAND("100", "10", Position.FOR),
    /** Criticism or condemnation. */
    CRITICIZE("111", "11", Position.AGAINST),
    /** An accusation, such as accusing China and Russia of supporting the junta. */
    ACCUSE("112", "112", Position.AGAINST),
    /** A rejection. */
    REJECT("120", "12", Position.AGAINST),
    /** A veto or block, such as blocking a UN Security Council resolution. */
    VETO("129", "129", Position.AGAINST),
    /**
     * A threat, of force or otherwise.
     *
     * @since 0.2
     */
    THREATEN("130", "13", Position.AGAINST),
    /** A threat of sanctions or of reduced cooperation, such as suspending military cooperation. */
    THREATEN_SANCTIONS("1312", "131", Position.AGAINST);

    private final CameoCode cameoCode;
    private final String family;
    private final Position position;

    StanceType(String cameoCode, String family, Position position) {
        this.cameoCode = CameoCode.gdelt(cameoCode);
        this.family = family;
        this.position = position;
    }

    /**
     * Gets the position a stance of this type takes on a target of the given kind, unless the
     * stance states its own (see {@link Stance#position()}): what the holder is for or against.
     *
     * <p>Support, praise, appeals, intentions to cooperate or mediate, aid and yielding are
     * {@link Position#FOR} their target; concern, denial, investigation, criticism, accusation,
     * rejection, veto and threats are {@link Position#AGAINST} it; a plain statement and a
     * consultation are {@link Position#NEUTRAL}. A demand is for what it demands (a topic or an
     * event: "demand a ceasefire") and against the actor it is made of ("demands on Beijing"). A
     * stance whose words turn this around, such as an appeal for an end to the violence taken as a
     * stance on the violence, states {@link Position#AGAINST} itself.
     *
     * @param targetKind  the kind of the stance's target, not null
     * @return the default position, not null
     * @since 0.2
     */
    public Position defaultPosition(StanceTarget.Kind targetKind) {
        Objects.requireNonNull(targetKind, "targetKind");
        return this == DEMAND && targetKind == StanceTarget.Kind.ACTOR ? Position.AGAINST : position;
    }

    /**
     * Gets the default CAMEO event code of the type, GDELT dialect: the code a stance of this type
     * has when it was not coded with one of its own.
     *
     * @return the code, such as {@code 012}, not null
     */
    public CameoCode cameoCode() {
        return cameoCode;
    }

    /**
     * Gets the CAMEO family the type covers, GDELT dialect: every code that begins with its digits.
     *
     * @return the family, such as {@code 05} for {@link #SUPPORT}, not null
     * @since 0.2
     */
    public CameoCode family() {
        return CameoCode.gdelt(family);
    }

    /**
     * Checks if a CAMEO code, of either dialect, lies within the type's family: {@code 057} ("Sign
     * formal agreement") is admitted by {@link #SUPPORT}, not by {@link #PRAISE}.
     *
     * @param code  the code, not null
     * @return true if the code's digits begin with the family's
     * @since 0.2
     */
    public boolean admits(CameoCode code) {
        Objects.requireNonNull(code, "code");
        return code.code().startsWith(family);
    }

    /**
     * Gets the name of the default code, GDELT dialect.
     *
     * @return the name, such as {@code "Make pessimistic comment"}, not null
     */
    public String cameoName() {
        return cameoCode.name();
    }

    /**
     * Gets the Goldstein score of the default code, from −10 (most conflictual) to +10 (most
     * cooperative), GDELT dialect.
     *
     * @return the score
     */
    public double goldsteinScore() {
        return cameoCode.goldsteinScore();
    }

    /**
     * Gets the PLOVER event type of the default code, from the PLOVER 0.8 crosswalk.
     *
     * @return the type, empty for the CAMEO roots 01 and 02 that PLOVER drops
     */
    public Optional<PloverEventType> ploverEventType() {
        return cameoCode.ploverType();
    }

    /**
     * Gets the PLOVER mode of the default code, where the crosswalk gives one.
     *
     * @return the mode, such as {@link PloverMode#DISAPPROVE}, or empty
     */
    public Optional<PloverMode> ploverMode() {
        return cameoCode.ploverMode();
    }
}
