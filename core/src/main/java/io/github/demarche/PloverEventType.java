package io.github.demarche;

/**
 * The event types of PLOVER (Political Language Ontology for Verifiable Event Records), draft 0.8,
 * the successor of CAMEO's twenty root codes.
 *
 * <p>Source: the CAMEO to PLOVER crosswalk {@code CAMEO2PLOVER-2021.txt} of openeventdata/PLOVER
 * (CC BY-SA 4.0), see {@code NOTICE}.
 *
 * @since 0.1
 */
public enum PloverEventType {
    /** Agree to, or express intent to, cooperate. */
    AGREE,
    /** Consult, meet, visit. */
    CONSULT,
    /** Support, praise or endorse, defend verbally. */
    SUPPORT,
    /** Concede, yield. */
    CONCEDE,
    /** Cooperate materially or diplomatically. */
    COOPERATE,
    /** Give aid. */
    AID,
    /** Retreat, withdraw. */
    RETREAT,
    /** Request or demand. */
    REQUEST,
    /** Accuse, criticize, disapprove. */
    ACCUSE,
    /** Reject, including veto. */
    REJECT,
    /** Threaten. */
    THREATEN,
    /** Protest, demonstrate, strike. */
    PROTEST,
    /** Reduce relations, sanction. */
    SANCTION,
    /** Mobilize forces. */
    MOBILIZE,
    /** Coerce: arrest, restrict, repress without armed combat. */
    COERCE,
    /** Assault, fight, use force. */
    ASSAULT
}
