package io.github.demarche;

/**
 * A dialect of the CAMEO event code book: the codes, names and Goldstein scores one family of
 * datasets uses.
 *
 * <p>CAMEO (Conflict and Mediation Event Observations, Schrodt, Gerner and Yilmaz) was never one
 * standard, and the code books of the datasets drifted apart. The two dialects agree on most codes
 * and differ on some names, scores and codes:
 * <ul>
 * <li>{@code 106} is "Demand withdrawal" in GDELT and "Demand meeting, negotiation" in ICEWS: GDELT's
 *     code book numbers the demands {@code 101}–{@code 108} differently from the CAMEO 1.1b3 manual,
 *     which ICEWS follows;
 * <li>{@code 016} "Deny responsibility" scores −2.0 in GDELT and −5 in ICEWS; {@code 022},
 *     {@code 164} and {@code 165} differ too;
 * <li>{@code 1213} "Reject judicial cooperation" exists only in ICEWS.
 * </ul>
 * A {@link CameoCode} therefore always names its dialect, and two codes of different dialects are
 * never equal, even when their digits are.
 *
 * @since 0.2
 */
public enum CameoDialect {
    /**
     * The dialect of GDELT 1.0 and 2.0 event data: the GDELT lookup files
     * {@code CAMEO.eventcodes.txt} and {@code CAMEO.goldsteinscale.txt} (The GDELT Project,
     * gdeltproject.org), 311 codes.
     */
    GDELT,
    /**
     * The dialect of ICEWS coded event data, which follows the CAMEO 1.1b3 manual: the code book of
     * the {@code icews} R package ({@code data-raw/cameo-codes.csv} of andybega/icews), 312 codes.
     */
    ICEWS
}
