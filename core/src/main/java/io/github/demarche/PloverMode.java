package io.github.demarche;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A PLOVER mode: how an event was done, such as {@code visit} for a consultation or
 * {@code heavy-weapons} for an assault.
 *
 * <p>PLOVER splits an event into "event–mode–context", that is "what–how–why". Modes are written in
 * lower case, some with hyphens; {@link #label()} gives the text as written and
 * {@link #parse(CharSequence)} reads it back, refusing a text that is no known mode.
 *
 * <p>The list is the union, so that data keeps the mode it was coded with, of
 * <ul>
 * <li>the mode tables of the PLOVER manual ({@code PLOVER_MANUAL.tex} of openeventdata/PLOVER, read
 *     at draft 0.7b1; modes the draft proposes for a type are included);
 * <li>every mode of the crosswalk {@code CAMEO2PLOVER-2021.txt} (draft 0.8), as written, including
 *     {@link #EASE}, which the crosswalk notes is no longer a mode, and {@link #PRO_AUTOCRACY}, which
 *     it writes in the mode column of CAMEO 175;
 * <li>every mode of the PLOVER 0.5b1 gold-standard records ({@code PLOVER_GSR_CAMEO.txt}).
 * </ul>
 * Each constant names its sources, with the event types that use it there. All sources are
 * CC BY-SA 4.0, see {@code NOTICE}.
 *
 * @since 0.2
 */
public enum PloverMode {
    /**
     * {@code abduct}: Abduct, kidnap, hijack.
     * Sources: manual (ASSAULT); crosswalk (ASSAULT).
     */
    ABDUCT("abduct"),
    /**
     * {@code access}: Allow a third party (observers, peacekeepers, humanitarian workers) access.
     * Sources: manual (RETREAT); crosswalk (RETREAT).
     */
    ACCESS("access"),
    /**
     * {@code allege}: Allege, charge, accuse.
     * Sources: crosswalk (ACCUSE).
     */
    ALLEGE("allege"),
    /**
     * {@code arrest}: Arrest, detain, imprison, or charge with legal action.
     * Sources: manual (THREATEN, COERCE); crosswalk (COERCE); 0.5b1 (COERCE).
     */
    ARREST("arrest"),
    /**
     * {@code assassinate}: Targeted assassination with any weapon.
     * Sources: manual (ASSAULT); crosswalk (ASSAULT); 0.5b1 (ASSAULT, FIGHT).
     */
    ASSASSINATE("assassinate"),
    /**
     * {@code assist}: Any form of exchange, relations or assistance.
     * Sources: manual (REQUEST, REJECT); crosswalk (REJECT, REQUEST).
     */
    ASSIST("assist"),
    /**
     * {@code asylum}: Grant asylum.
     * Sources: manual (AID).
     */
    ASYLUM("asylum"),
    /**
     * {@code ban}: Ban political activities of parties or individuals.
     * Sources: manual (THREATEN, COERCE); crosswalk (COERCE, THREATEN).
     */
    BAN("ban"),
    /**
     * {@code beat}: Physically assault.
     * Sources: manual (ASSAULT); crosswalk (ASSAULT); 0.5b1 (ASSAULT).
     */
    BEAT("beat"),
    /**
     * {@code boycott}: Boycott (CAMEO 143x).
     * Sources: manual (PROTEST); crosswalk (PROTEST).
     */
    BOYCOTT("boycott"),
    /**
     * {@code cancel}: Cancel meetings, summits, dialogues.
     * Sources: manual (SANCTION).
     */
    CANCEL("cancel"),
    /**
     * {@code ceasefire}: Implement a ceasefire.
     * Sources: manual (RETREAT); crosswalk (RETREAT).
     */
    CEASEFIRE("ceasefire"),
    /**
     * {@code censor}: Censor, ban or restrict access to publications.
     * Sources: manual (COERCE); 0.5b1 (COERCE).
     */
    CENSOR("censor"),
    /**
     * {@code change}: Changes in policy, government or institutions that are not concessions.
     * Sources: manual (REQUEST, REJECT); crosswalk (REJECT, REQUEST).
     */
    CHANGE("change"),
    /**
     * {@code cleansing}: Mass expulsion, ethnic cleansing.
     * Sources: crosswalk (ASSAULT).
     */
    CLEANSING("cleansing"),
    /**
     * {@code confiscate}: Confiscate property.
     * Sources: manual (COERCE); 0.5b1 (COERCE).
     */
    CONFISCATE("confiscate"),
    /**
     * {@code convict}: Find guilty or liable in a court of law.
     * Sources: manual (SANCTION).
     */
    CONVICT("convict"),
    /**
     * {@code curfew}: Impose a curfew.
     * Sources: manual (COERCE); crosswalk (COERCE); 0.5b1 (COERCE, THREATEN).
     */
    CURFEW("curfew"),
    /**
     * {@code demo}: Organized demonstration.
     * Sources: manual (PROTEST); crosswalk (PROTEST).
     */
    DEMO("demo"),
    /**
     * {@code demo-org}: Organized demonstration (0.5b1 spelling).
     * Sources: 0.5b1 (PROTEST).
     */
    DEMO_ORG("demo-org"),
    /**
     * {@code demo-spon}: Spontaneous demonstration (0.5b1).
     * Sources: 0.5b1 (PROTEST).
     */
    DEMO_SPON("demo-spon"),
    /**
     * {@code deport}: Expel or deport individuals.
     * Sources: manual (COERCE); crosswalk (COERCE); 0.5b1 (FIGHT).
     */
    DEPORT("deport"),
    /**
     * {@code destroy}: Destroy property.
     * Sources: manual (COERCE, ASSAULT); 0.5b1 (COERCE).
     */
    DESTROY("destroy"),
    /**
     * {@code detain}: Detain (0.5b1).
     * Sources: 0.5b1 (COERCE).
     */
    DETAIN("detain"),
    /**
     * {@code disapprove}: Disapprove, criticize, denounce.
     * Sources: crosswalk (ACCUSE).
     */
    DISAPPROVE("disapprove"),
    /**
     * {@code disarm}: Disarm militarily or give up weapons.
     * Sources: manual (RETREAT); crosswalk (RETREAT).
     */
    DISARM("disarm"),
    /**
     * {@code discontinue}: Reduce or stop aid or assistance.
     * Sources: crosswalk (SANCTION).
     */
    DISCONTINUE("discontinue"),
    /**
     * {@code ease}: Ease sanctions or restrictions (the crosswalk notes that it is no longer a mode).
     * Sources: crosswalk (RETREAT).
     */
    EASE("ease"),
    /**
     * {@code economic}: Economic aid, such as loans and grants.
     * Sources: manual (AID).
     */
    ECONOMIC("economic"),
    /**
     * {@code execute}: Judicially sanctioned execution.
     * Sources: manual (ASSAULT).
     */
    EXECUTE("execute"),
    /**
     * {@code expel}: Expel diplomats, peacekeepers, NGOs.
     * Sources: manual (THREATEN, SANCTION); crosswalk (SANCTION, THREATEN).
     */
    EXPEL("expel"),
    /**
     * {@code explosives}: Explosives not part of a heavy weapon: mines, IEDs, car bombs.
     * Sources: manual (ASSAULT); crosswalk (ASSAULT); 0.5b1 (ASSAULT, FIGHT).
     */
    EXPLOSIVES("explosives"),
    /**
     * {@code firearms}: Rifles, pistols, light machine guns.
     * Sources: manual (ASSAULT); crosswalk (ASSAULT); 0.5b1 (FIGHT).
     */
    FIREARMS("firearms"),
    /**
     * {@code heavy-weapons}: Crew-served weapons.
     * Sources: manual (ASSAULT); crosswalk (ASSAULT); 0.5b1 (FIGHT).
     */
    HEAVY_WEAPONS("heavy-weapons"),
    /**
     * {@code host}: Host a visit (0.5b1).
     * Sources: 0.5b1 (CONSULT).
     */
    HOST("host"),
    /**
     * {@code humanitarian}: Humanitarian aid.
     * Sources: manual (AID).
     */
    HUMANITARIAN("humanitarian"),
    /**
     * {@code hunger}: Hunger strike (the crosswalk's name; the manual writes strike-hun).
     * Sources: crosswalk (PROTEST).
     */
    HUNGER("hunger"),
    /**
     * {@code investigate}: Investigate.
     * Sources: crosswalk (ACCUSE).
     */
    INVESTIGATE("investigate"),
    /**
     * {@code martial-law}: Impose a state of emergency or martial law.
     * Sources: manual (COERCE); crosswalk (COERCE).
     */
    MARTIAL_LAW("martial-law"),
    /**
     * {@code massacre}: Mass killing.
     * Sources: crosswalk (ASSAULT).
     */
    MASSACRE("massacre"),
    /**
     * {@code meet}: Meetings and negotiations.
     * Sources: manual (REQUEST, REJECT); crosswalk (REJECT, REQUEST).
     */
    MEET("meet"),
    /**
     * {@code military}: Military aid.
     * Sources: manual (AID).
     */
    MILITARY("military"),
    /**
     * {@code multilateral}: Meeting in a multilateral setting, typically an alliance or IGO.
     * Sources: manual (CONSULT).
     */
    MULTILATERAL("multilateral"),
    /**
     * {@code obstruct}: Obstruct passage (CAMEO 144x).
     * Sources: manual (PROTEST); crosswalk (PROTEST); 0.5b1 (PROTEST).
     */
    OBSTRUCT("obstruct"),
    /**
     * {@code phone}: Consultation by phone or another remote medium.
     * Sources: manual (CONSULT); crosswalk (CONSULT).
     */
    PHONE("phone"),
    /**
     * {@code police}: Mobilize or alert police or security units.
     * Sources: manual (MOBILIZE); crosswalk (MOBILIZE); 0.5b1 (MOBILIZE).
     */
    POLICE("police"),
    /**
     * {@code political}: Restrict political freedoms (the crosswalk, for CAMEO 1321).
     * Sources: crosswalk (THREATEN).
     */
    POLITICAL("political"),
    /**
     * {@code primitive}: Primitive weapons: fire, edged weapons, rocks, farm implements.
     * Sources: manual (ASSAULT); 0.5b1 (ASSAULT).
     */
    PRIMITIVE("primitive"),
    /**
     * {@code pro_autocracy}: Violent repression (written in the mode column for CAMEO 175; elsewhere a context).
     * Sources: crosswalk (ASSAULT).
     */
    PRO_AUTOCRACY("pro_autocracy"),
    /**
     * {@code relations}: Suspend relations or talks.
     * Sources: manual (THREATEN); crosswalk (THREATEN); 0.5b1 (THREATEN).
     */
    RELATIONS("relations"),
    /**
     * {@code release}: Release captives.
     * Sources: manual (RETREAT); crosswalk (RETREAT).
     */
    RELEASE("release"),
    /**
     * {@code resign}: Official resignation.
     * Sources: manual (RETREAT).
     */
    RESIGN("resign"),
    /**
     * {@code restrict}: Restrict movement of people or goods, or political freedoms.
     * Sources: manual (THREATEN, COERCE); crosswalk (COERCE, THREATEN); 0.5b1 (THREATEN).
     */
    RESTRICT("restrict"),
    /**
     * {@code return}: Return property.
     * Sources: manual (RETREAT); crosswalk (RETREAT).
     */
    RETURN("return"),
    /**
     * {@code riot}: Violent riot.
     * Sources: manual (PROTEST); crosswalk (PROTEST).
     */
    RIOT("riot"),
    /**
     * {@code riot-spon}: Spontaneous riot (0.5b1).
     * Sources: 0.5b1 (PROTEST).
     */
    RIOT_SPON("riot-spon"),
    /**
     * {@code seize}: Seize, occupy or destroy property or territory.
     * Sources: crosswalk (ASSAULT, COERCE).
     */
    SEIZE("seize"),
    /**
     * {@code sever}: Curtail or break diplomatic, commercial or material exchange.
     * Sources: manual (SANCTION).
     */
    SEVER("sever"),
    /**
     * {@code sexual}: Sexual violence.
     * Sources: manual (ASSAULT); crosswalk (ASSAULT).
     */
    SEXUAL("sexual"),
    /**
     * {@code strike-gen}: General strike.
     * Sources: manual (PROTEST); 0.5b1 (PROTEST).
     */
    STRIKE_GEN("strike-gen"),
    /**
     * {@code strike-hun}: Hunger strike (CAMEO 142x).
     * Sources: manual (PROTEST); 0.5b1 (PROTEST).
     */
    STRIKE_HUN("strike-hun"),
    /**
     * {@code strike-lim}: Limited strike.
     * Sources: manual (PROTEST).
     */
    STRIKE_LIM("strike-lim"),
    /**
     * {@code suicide-attack}: Individual or vehicular suicide attack.
     * Sources: manual (ASSAULT); crosswalk (ASSAULT); 0.5b1 (ASSAULT).
     */
    SUICIDE_ATTACK("suicide-attack"),
    /**
     * {@code territory}: Occupy or seize territory.
     * Sources: manual (THREATEN); crosswalk (THREATEN).
     */
    TERRITORY("territory"),
    /**
     * {@code third-party}: Meeting hosted by a third party.
     * Sources: manual (CONSULT); crosswalk (CONSULT); 0.5b1 (CONSULT).
     */
    THIRD_PARTY("third-party"),
    /**
     * {@code torture}: Torture.
     * Sources: manual (ASSAULT); crosswalk (ASSAULT); 0.5b1 (ASSAULT).
     */
    TORTURE("torture"),
    /**
     * {@code troops}: Mobilize armed personnel or units.
     * Sources: manual (MOBILIZE); crosswalk (MOBILIZE); 0.5b1 (MOBILIZE).
     */
    TROOPS("troops"),
    /**
     * {@code unconventional}: Weapons of mass destruction.
     * Sources: crosswalk (ASSAULT).
     */
    UNCONVENTIONAL("unconventional"),
    /**
     * {@code violence}: Violence.
     * Sources: manual (THREATEN); crosswalk (THREATEN); 0.5b1 (THREATEN).
     */
    VIOLENCE("violence"),
    /**
     * {@code visit}: The source visits, the recipient hosts.
     * Sources: manual (CONSULT); crosswalk (CONSULT); 0.5b1 (CONSULT).
     */
    VISIT("visit"),
    /**
     * {@code weapons}: Increase readiness of weapons systems.
     * Sources: manual (MOBILIZE); 0.5b1 (MOBILIZE).
     */
    WEAPONS("weapons"),
    /**
     * {@code withdraw}: Withdraw forces, or one's resources, from an area, group or activity.
     * Sources: manual (RETREAT, SANCTION); crosswalk (RETREAT, SANCTION).
     */
    WITHDRAW("withdraw"),
    /**
     * {@code withhold}: Withhold public goods or services.
     * Sources: manual (COERCE).
     */
    WITHHOLD("withhold"),
    /**
     * {@code yield}: Release prisoners, end sanctions, ease curfews, cease fire.
     * Sources: manual (REQUEST, REJECT); crosswalk (REJECT, REQUEST).
     */
    YIELD("yield");

    private static final Map<String, PloverMode> BY_LABEL = byLabel();

    /** The mode as PLOVER writes it. */
    private final String label;

    PloverMode(String label) {
        this.label = label;
    }

    private static Map<String, PloverMode> byLabel() {
        Map<String, PloverMode> map = new HashMap<>();
        for (PloverMode mode : values()) {
            map.put(mode.label, mode);
        }
        return CodeBook.lookup(map);
    }

    /**
     * Obtains a mode from its text as PLOVER writes it, such as {@code "third-party"}.
     *
     * @param label  the mode as written, in lower case, not null
     * @return the mode, not null
     * @throws ValidationException ({@code UNKNOWN_CODE}) if the text is not a known PLOVER mode
     */
    public static PloverMode parse(CharSequence label) {
        Objects.requireNonNull(label, "label");
        PloverMode mode = BY_LABEL.get(label.toString());
        if (mode == null) {
            throw new ValidationException(check(label.toString()));
        }
        return mode;
    }

    /**
     * Checks if a text is a known PLOVER mode, without throwing.
     *
     * @param label  the candidate text, not null
     * @return the violations {@link #parse(CharSequence)} would throw, empty if the mode is known
     */
    public static List<Violation> validate(CharSequence label) {
        Objects.requireNonNull(label, "label");
        return BY_LABEL.containsKey(label.toString()) ? List.of() : check(label.toString());
    }

    private static List<Violation> check(String label) {
        return Violations.of("PloverMode").add("label", ViolationCode.UNKNOWN_CODE, "be a PLOVER mode", label).list();
    }

    /**
     * Gets the mode as PLOVER writes it.
     *
     * @return the text, such as {@code "third-party"}, not null
     */
    public String label() {
        return label;
    }
}
