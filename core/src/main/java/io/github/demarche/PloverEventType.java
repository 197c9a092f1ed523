package io.github.demarche;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The event types of PLOVER (Political Language Ontology for Verifiable Event Records), the
 * successor of CAMEO's twenty root codes: the sixteen types of draft 0.8 and the older names that
 * data coded in earlier drafts, such as the 0.5b1 gold-standard records, carry.
 *
 * <p>Data keeps the type it was coded with: {@code PloverEventType.parse("DISAPPROVE")} is
 * {@link #DISAPPROVE}, whose {@link #successor()} is {@link #ACCUSE}. Names are upper case, as
 * PLOVER writes them.
 *
 * <p>Sources: the CAMEO to PLOVER crosswalk {@code CAMEO2PLOVER-2021.txt} (draft 0.8) and the
 * PLOVER manual's "CAMEO to PLOVER translation" table; for the older types, the 0.5b1 gold-standard
 * records ({@code PLOVER_GSR_CAMEO.txt}) and the list of nineteen event types in the README of the
 * same repository; all of openeventdata/PLOVER (CC BY-SA 4.0), see {@code NOTICE}.
 *
 * @since 0.1
 */
public enum PloverEventType {
    /** Agree to, or express intent to, cooperate. PLOVER 0.5b1 and 0.8; CAMEO 03. */
    AGREE(null),
    /** Consult, meet, visit. PLOVER 0.5b1 and 0.8; CAMEO 04. */
    CONSULT(null),
    /** Support, praise or endorse, defend verbally. PLOVER 0.5b1 and 0.8; CAMEO 05. */
    SUPPORT(null),
    /** Concede, yield verbally. PLOVER 0.5b1 and 0.8; CAMEO 080–083. */
    CONCEDE(null),
    /** Cooperate materially or diplomatically. PLOVER 0.5b1 and 0.8; CAMEO 06. */
    COOPERATE(null),
    /** Give aid. PLOVER 0.5b1 and 0.8; CAMEO 07. */
    AID(null),
    /** Retreat, withdraw, release, yield materially. PLOVER 0.5b1 and 0.8; CAMEO 084–087. */
    RETREAT(null),
    /** Request or demand. PLOVER 0.8, where it took the place of {@link #DEMAND}; CAMEO 10. */
    REQUEST(null),
    /**
     * Accuse, criticize, disapprove, investigate. PLOVER 0.8, where it merged {@link #DISAPPROVE} and
     * {@link #INVESTIGATE}; CAMEO 09 and 11.
     */
    ACCUSE(null),
    /** Reject, including veto. PLOVER 0.5b1 and 0.8; CAMEO 12. */
    REJECT(null),
    /** Threaten. PLOVER 0.5b1 and 0.8; CAMEO 13. */
    THREATEN(null),
    /** Protest, demonstrate, strike. PLOVER 0.5b1 and 0.8; CAMEO 14. */
    PROTEST(null),
    /** Reduce relations, sanction. PLOVER 0.5b1 and 0.8; CAMEO 16. */
    SANCTION(null),
    /** Mobilize forces. PLOVER 0.5b1 and 0.8; CAMEO 15. */
    MOBILIZE(null),
    /** Coerce: arrest, restrict, repress without armed combat. PLOVER 0.5b1 and 0.8; CAMEO 17. */
    COERCE(null),
    /**
     * Assault, fight, use force. PLOVER 0.5b1 and 0.8; in 0.8 it also took the place of
     * {@link #FIGHT}; CAMEO 18–20.
     */
    ASSAULT(null),
    /**
     * Demand. PLOVER 0.5b1 (gold-standard records); became {@link #REQUEST} in draft 0.8.
     *
     * @since 0.2
     */
    DEMAND(REQUEST),
    /**
     * Disapprove, criticize, complain. PLOVER 0.5b1 (gold-standard records); merged into
     * {@link #ACCUSE} in draft 0.8.
     *
     * @since 0.2
     */
    DISAPPROVE(ACCUSE),
    /**
     * Investigate. PLOVER 0.5b1 (gold-standard records); merged into {@link #ACCUSE} (mode
     * {@code investigate}) in draft 0.8.
     *
     * @since 0.2
     */
    INVESTIGATE(ACCUSE),
    /**
     * Fight with military force. PLOVER 0.5b1 (gold-standard records); folded into
     * {@link #ASSAULT} in draft 0.8, whose crosswalk maps CAMEO 19 and 20 to {@code ASSAULT}.
     *
     * @since 0.2
     */
    FIGHT(ASSAULT),
    /**
     * Criminal behaviour. Listed among the nineteen event types of the early drafts (the README of
     * openeventdata/PLOVER, beside {@code FIGHT} and {@code INVESTIGATE}); dropped by draft 0.7,
     * which codes crime as contexts ({@link PloverContext#CRIME} and the like), so it has no
     * successor type.
     *
     * @since 0.2
     */
    CRIME(null);

    private static final Map<String, PloverEventType> BY_NAME = byName();

    /** The draft 0.8 type that took this type's place, or null. */
    private final PloverEventType successor;

    PloverEventType(PloverEventType successor) {
        this.successor = successor;
    }

    private static Map<String, PloverEventType> byName() {
        Map<String, PloverEventType> map = new HashMap<>();
        for (PloverEventType type : values()) {
            map.put(type.name(), type);
        }
        return CodeBook.lookup(map);
    }

    /**
     * Obtains an event type from its name as PLOVER writes it, such as {@code "AGREE"} or the
     * 0.5b1 {@code "DISAPPROVE"}.
     *
     * @param name  the upper-case name, not null
     * @return the event type, not null
     * @throws ValidationException ({@code UNKNOWN_CODE}) if the name is not a PLOVER event type
     * @since 0.2
     */
    public static PloverEventType parse(CharSequence name) {
        Objects.requireNonNull(name, "name");
        PloverEventType type = BY_NAME.get(name.toString());
        if (type == null) {
            throw new ValidationException(check(name.toString()));
        }
        return type;
    }

    /**
     * Checks if a text is the name of a PLOVER event type, without throwing.
     *
     * @param name  the candidate name, not null
     * @return the violations {@link #parse(CharSequence)} would throw, empty if the name is known
     * @since 0.2
     */
    public static List<Violation> validate(CharSequence name) {
        Objects.requireNonNull(name, "name");
        return BY_NAME.containsKey(name.toString()) ? List.of() : check(name.toString());
    }

    private static List<Violation> check(String name) {
        return Violations.of("PloverEventType")
                .add("name", ViolationCode.UNKNOWN_CODE, "be a PLOVER event type", name)
                .list();
    }

    /**
     * Checks if this type is one of the sixteen types of PLOVER draft 0.8.
     *
     * @return true for the draft 0.8 types, false for the older names
     * @since 0.2
     */
    public boolean isCurrent() {
        return ordinal() <= ASSAULT.ordinal();
    }

    /**
     * Gets the draft 0.8 type that took the place of this older type.
     *
     * @return the successor, such as {@link #ACCUSE} for {@link #DISAPPROVE}; empty for a draft 0.8
     *     type and for {@link #CRIME}, which no type replaced
     * @since 0.2
     */
    public Optional<PloverEventType> successor() {
        return Optional.ofNullable(successor);
    }
}
