package io.github.demarche.formats.internal;

import io.github.demarche.CameoCode;
import io.github.demarche.EventType;

/**
 * The {@link EventType} an event of a CAMEO code gets when a dataset row is mapped: the kind the
 * code names, by the digits it begins with, most specific first; {@link EventType#OTHER} for codes
 * of no listed kind. The type is derived, not read: the row's exact code is kept in the event's
 * coding, so nothing is lost by the coarser type.
 *
 * <table class="striped">
 * <caption>Event types of CAMEO codes</caption>
 * <tr><th>code begins with</th><th>type</th></tr>
 * <tr><td>04 (consult)</td><td>MEETING</td></tr>
 * <tr><td>143 (strike or boycott)</td><td>STRIKE</td></tr>
 * <tr><td>14 (protest)</td><td>PROTEST</td></tr>
 * <tr><td>16 (reduce relations)</td><td>SANCTION</td></tr>
 * <tr><td>173 (arrest, detain)</td><td>ARREST_OR_DETENTION</td></tr>
 * <tr><td>175 (violent repression)</td><td>CRACKDOWN</td></tr>
 * <tr><td>191 (impose blockade)</td><td>BLOCKADE</td></tr>
 * <tr><td>18 (assault), 19 (fight), 20 (mass violence)</td><td>ATTACK</td></tr>
 * </table>
 */
public final class EventTypes {

    private EventTypes() {
    }

    public static EventType of(CameoCode code) {
        String digits = code.code();
        if (digits.startsWith("04")) {
            return EventType.MEETING;
        }
        if (digits.startsWith("143")) {
            return EventType.STRIKE;
        }
        if (digits.startsWith("14")) {
            return EventType.PROTEST;
        }
        if (digits.startsWith("16")) {
            return EventType.SANCTION;
        }
        if (digits.startsWith("173")) {
            return EventType.ARREST_OR_DETENTION;
        }
        if (digits.startsWith("175")) {
            return EventType.CRACKDOWN;
        }
        if (digits.startsWith("191")) {
            return EventType.BLOCKADE;
        }
        if (digits.startsWith("18") || digits.startsWith("19") || digits.startsWith("20")) {
            return EventType.ATTACK;
        }
        return EventType.OTHER;
    }
}
