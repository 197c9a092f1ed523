package io.github.demarche;

import java.util.Optional;

/**
 * The closed typology of stances an actor takes in a statement, each mapped to a CAMEO event
 * code with its Goldstein score and, where PLOVER has one, to a PLOVER event type and mode.
 *
 * <p><b>Dialect.</b> Codes, names and Goldstein scores follow the GDELT dialect of CAMEO (the GDELT
 * lookup files {@code CAMEO.eventcodes.txt} and {@code CAMEO.goldsteinscale.txt}). ICEWS differs on
 * a few codes; of those used here only {@link #DENY} ({@code 016}, "Deny responsibility") differs:
 * −2.0 in GDELT, −5 in ICEWS. PLOVER types come from the PLOVER draft 0.8 crosswalk; PLOVER drops
 * CAMEO roots 01 (make public statement) and 02 (appeal), so {@link #NEUTRAL}, {@link #CONCERN},
 * {@link #DENY} and {@link #APPEAL} have no PLOVER type. Origins and licences are in
 * {@code NOTICE}.
 *
 * <table class="striped">
 * <caption>Stance types, their codes and scores</caption>
 * <thead><tr><th>type</th><th>CAMEO</th><th>Goldstein</th><th>PLOVER</th><th>in the reference article</th></tr></thead>
 * <tbody>
 * <tr><td>NEUTRAL</td><td>010 Make statement</td><td>0.0</td><td>–</td><td>–</td></tr>
 * <tr><td>CONCERN</td><td>012 Make pessimistic comment</td><td>−0.4</td><td>–</td><td>"deep concern" about Myanmar</td></tr>
 * <tr><td>DENY</td><td>016 Deny responsibility</td><td>−2.0</td><td>–</td><td>Beijing denies supporting the takeover</td></tr>
 * <tr><td>APPEAL</td><td>020 Appeal</td><td>3.0</td><td>–</td><td>call on the UN to take serious action</td></tr>
 * <tr><td>INTEND_TO_COOPERATE</td><td>030 Express intent to cooperate</td><td>4.0</td><td>AGREE</td><td>the junta cooperates with its neighbours</td></tr>
 * <tr><td>INTEND_TO_MEDIATE</td><td>039 Express intent to mediate</td><td>5.0</td><td>AGREE</td><td>Beijing will try to bring about reconciliation</td></tr>
 * <tr><td>SUPPORT</td><td>051 Praise or endorse</td><td>3.4</td><td>SUPPORT</td><td>support for a political solution</td></tr>
 * <tr><td>PRAISE</td><td>051 Praise or endorse</td><td>3.4</td><td>SUPPORT</td><td>China is "a friendly neighbour"</td></tr>
 * <tr><td>DEMAND</td><td>100 Demand</td><td>−5.0</td><td>REQUEST</td><td>demand that Beijing and Moscow stand with the people</td></tr>
 * <tr><td>CRITICIZE</td><td>111 Criticize or denounce</td><td>−2.0</td><td>ACCUSE, mode disapprove</td><td>severe criticism of China and Russia</td></tr>
 * <tr><td>ACCUSE</td><td>112 Accuse</td><td>−2.0</td><td>ACCUSE, mode disapprove</td><td>accusing the embassies of supporting the junta</td></tr>
 * <tr><td>REJECT</td><td>120 Reject</td><td>−4.0</td><td>REJECT</td><td>–</td></tr>
 * <tr><td>VETO</td><td>129 Veto</td><td>−5.0</td><td>REJECT, mode yield</td><td>blocking a UN Security Council resolution</td></tr>
 * <tr><td>THREATEN_SANCTIONS</td><td>1312 Threaten to boycott, embargo, or sanction</td><td>−5.8</td><td>THREATEN, mode restrict</td><td>weighing suspending military cooperation</td></tr>
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
    NEUTRAL("010", "Make statement", 0.0, null, null),
    /** Concern or pessimism, such as "deep concern" about the situation in Myanmar. */
    CONCERN("012", "Make pessimistic comment", -0.4, null, null),
    /** Denial, such as Beijing denying that it supports the military takeover. */
    DENY("016", "Deny responsibility", -2.0, null, null),
    /** An appeal or call for action, such as calling on the UN to act. */
    APPEAL("020", "Appeal", 3.0, null, null),
    /** Intent to cooperate, such as the junta cooperating with the five neighbouring countries. */
    INTEND_TO_COOPERATE("030", "Express intent to cooperate", 4.0, PloverEventType.AGREE, null),
    /** Intent to mediate, such as Beijing trying to bring about reconciliation. */
    INTEND_TO_MEDIATE("039", "Express intent to mediate", 5.0, PloverEventType.AGREE, null),
    /** Support or endorsement, such as support for a political solution within the constitution. */
    SUPPORT("051", "Praise or endorse", 3.4, PloverEventType.SUPPORT, null),
    /** Praise, such as calling China a friendly neighbour. */
    PRAISE("051", "Praise or endorse", 3.4, PloverEventType.SUPPORT, null),
    /** A demand, such as demanding that Beijing and Moscow stand with the people of Myanmar. */
    DEMAND("100", "Demand", -5.0, PloverEventType.REQUEST, null),
    /** Criticism or condemnation. */
    CRITICIZE("111", "Criticize or denounce", -2.0, PloverEventType.ACCUSE, "disapprove"),
    /** An accusation, such as accusing China and Russia of supporting the junta. */
    ACCUSE("112", "Accuse", -2.0, PloverEventType.ACCUSE, "disapprove"),
    /** A rejection. */
    REJECT("120", "Reject", -4.0, PloverEventType.REJECT, null),
    /** A veto or block, such as blocking a UN Security Council resolution. */
    VETO("129", "Veto", -5.0, PloverEventType.REJECT, "yield"),
    /** A threat of sanctions or of reduced cooperation, such as suspending military cooperation. */
    THREATEN_SANCTIONS("1312", "Threaten to boycott, embargo, or sanction", -5.8, PloverEventType.THREATEN, "restrict");

    private final String cameoCode;
    private final String cameoName;
    private final double goldsteinScore;
    private final PloverEventType ploverEventType;
    private final String ploverMode;

    StanceType(String cameoCode, String cameoName, double goldsteinScore, PloverEventType ploverEventType,
            String ploverMode) {
        this.cameoCode = cameoCode;
        this.cameoName = cameoName;
        this.goldsteinScore = goldsteinScore;
        this.ploverEventType = ploverEventType;
        this.ploverMode = ploverMode;
    }

    /**
     * Gets the CAMEO event code, GDELT dialect.
     *
     * @return the code, such as {@code "012"}, not null
     */
    public String cameoCode() {
        return cameoCode;
    }

    /**
     * Gets the CAMEO name of the code.
     *
     * @return the name, such as {@code "Make pessimistic comment"}, not null
     */
    public String cameoName() {
        return cameoName;
    }

    /**
     * Gets the Goldstein score of the CAMEO code, from −10 (most conflictual) to +10 (most
     * cooperative), GDELT dialect.
     *
     * @return the score
     */
    public double goldsteinScore() {
        return goldsteinScore;
    }

    /**
     * Gets the PLOVER event type.
     *
     * @return the type, empty for the CAMEO roots 01 and 02 that PLOVER drops
     */
    public Optional<PloverEventType> ploverEventType() {
        return Optional.ofNullable(ploverEventType);
    }

    /**
     * Gets the PLOVER mode, where the crosswalk gives one.
     *
     * @return the mode, such as {@code "disapprove"}, or empty
     */
    public Optional<String> ploverMode() {
        return Optional.ofNullable(ploverMode);
    }
}
