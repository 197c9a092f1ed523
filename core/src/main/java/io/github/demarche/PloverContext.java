package io.github.demarche;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A PLOVER context: the setting in which an event happened, such as {@code diplomatic},
 * {@code refugee} or {@code historical}.
 *
 * <p>PLOVER splits an event into "event–mode–context", that is "what–how–why"; an event may have
 * several contexts. Contexts are written in lower case; {@link #label()} gives the text as written,
 * {@link #parse(CharSequence)} reads one back and {@link #parseList(CharSequence)} reads a list as
 * the data write it ({@code "diplomatic, military"} in the 0.5b1 records, {@code "crime; corruption"}
 * in the crosswalk).
 *
 * <p>The list is the union, so that data keeps the context it was coded with, of
 * <ul>
 * <li>the general contexts of the PLOVER manual ({@code PLOVER_MANUAL.tex} of openeventdata/PLOVER,
 *     read at draft 0.7b1, including names it strikes out, such as {@code refugee}, and
 *     {@code negation}, which its text adds), and the protest contexts of its example of a
 *     protest-specific extension, adapted from SCAD;
 * <li>every context of the crosswalk {@code CAMEO2PLOVER-2021.txt} (draft 0.8);
 * <li>every context of the PLOVER 0.5b1 gold-standard records ({@code PLOVER_GSR_CAMEO.txt}).
 * </ul>
 * Each constant names its sources. All sources are CC BY-SA 4.0, see {@code NOTICE}.
 *
 * @since 0.2
 */
public enum PloverContext {
    /**
     * {@code assets}: Economic resources or assets.
     * Sources: manual (protest contexts); 0.5b1.
     */
    ASSETS("assets"),
    /**
     * {@code asylum}: Asylum.
     * Sources: crosswalk.
     */
    ASYLUM("asylum"),
    /**
     * {@code cbrn}: Chemical, biological, radiological and nuclear weapons or attacks.
     * Sources: manual (general contexts); crosswalk; 0.5b1.
     */
    CBRN("cbrn"),
    /**
     * {@code corruption}: Illegal use of public office for private gain.
     * Sources: manual (general contexts); crosswalk.
     */
    CORRUPTION("corruption"),
    /**
     * {@code crime}: Crime or criminals.
     * Sources: manual (general contexts); crosswalk.
     */
    CRIME("crime"),
    /**
     * {@code crime_drugs}: Illegal drugs.
     * Sources: manual (general contexts).
     */
    CRIME_DRUGS("crime_drugs"),
    /**
     * {@code crime_murder}: A death reported as murder.
     * Sources: manual (general contexts).
     */
    CRIME_MURDER("crime_murder"),
    /**
     * {@code crime_sexual}: Sexual assault or harassment.
     * Sources: manual (general contexts).
     */
    CRIME_SEXUAL("crime_sexual"),
    /**
     * {@code crime_theft}: Theft, burglary, larceny.
     * Sources: manual (general contexts).
     */
    CRIME_THEFT("crime_theft"),
    /**
     * {@code culture}: Cultural and educational exchange.
     * Sources: manual (general contexts).
     */
    CULTURE("culture"),
    /**
     * {@code cyber}: Cyber attacks and crime.
     * Sources: manual (general contexts); 0.5b1.
     */
    CYBER("cyber"),
    /**
     * {@code democracy}: Democracy and political freedoms.
     * Sources: crosswalk.
     */
    DEMOCRACY("democracy"),
    /**
     * {@code diplomatic}: Diplomacy.
     * Sources: manual (general contexts); crosswalk; 0.5b1.
     */
    DIPLOMATIC("diplomatic"),
    /**
     * {@code disaster}: Disasters (merged into enviro_disaster by later drafts).
     * Sources: manual (general contexts).
     */
    DISASTER("disaster"),
    /**
     * {@code discrimination}: Ethnic discrimination, ethnic issues.
     * Sources: manual (protest contexts); 0.5b1.
     */
    DISCRIMINATION("discrimination"),
    /**
     * {@code disease}: Disease outbreaks and epidemics.
     * Sources: manual (general contexts).
     */
    DISEASE("disease"),
    /**
     * {@code economic}: Trade, finance and economic development.
     * Sources: manual (general contexts); manual (protest contexts); crosswalk; 0.5b1.
     */
    ECONOMIC("economic"),
    /**
     * {@code education}: Education.
     * Sources: manual (protest contexts).
     */
    EDUCATION("education"),
    /**
     * {@code election}: Elections and campaigns.
     * Sources: manual (general contexts); manual (protest contexts); 0.5b1.
     */
    ELECTION("election"),
    /**
     * {@code env-disaster}: Environmental issues and disasters (protest contexts).
     * Sources: manual (protest contexts).
     */
    ENV_DISASTER("env-disaster"),
    /**
     * {@code enviro_disaster}: Environment, climate change and disasters.
     * Sources: manual (general contexts).
     */
    ENVIRO_DISASTER("enviro_disaster"),
    /**
     * {@code executive}: The executive: leadership and policy.
     * Sources: crosswalk.
     */
    EXECUTIVE("executive"),
    /**
     * {@code food}: Food, water, subsistence.
     * Sources: manual (protest contexts).
     */
    FOOD("food"),
    /**
     * {@code foreign}: Foreign affairs and relations.
     * Sources: manual (protest contexts).
     */
    FOREIGN("foreign"),
    /**
     * {@code future}: The event is projected for the future.
     * Sources: manual (general contexts).
     */
    FUTURE("future"),
    /**
     * {@code gender}: Gender, women's issues, gender equality.
     * Sources: manual (general contexts).
     */
    GENDER("gender"),
    /**
     * {@code government}: Governmental issues other than elections and legislation.
     * Sources: manual (general contexts); 0.5b1.
     */
    GOVERNMENT("government"),
    /**
     * {@code historical}: The event occurred in the past.
     * Sources: manual (general contexts); 0.5b1.
     */
    HISTORICAL("historical"),
    /**
     * {@code human_rights}: Explicit mentions of human rights.
     * Sources: manual (general contexts); crosswalk.
     */
    HUMAN_RIGHTS("human_rights"),
    /**
     * {@code human_security}: Access to water, food, housing, energy, land.
     * Sources: manual (general contexts); crosswalk.
     */
    HUMAN_SECURITY("human_security"),
    /**
     * {@code humanitarian}: Humanitarian assistance.
     * Sources: manual (general contexts); crosswalk.
     */
    HUMANITARIAN("humanitarian"),
    /**
     * {@code hypothetical}: The event is hypothetical.
     * Sources: manual (general contexts).
     */
    HYPOTHETICAL("hypothetical"),
    /**
     * {@code independence}: Independence or separatist movements.
     * Sources: manual (protest contexts).
     */
    INDEPENDENCE("independence"),
    /**
     * {@code intelligence}: Intelligence or information.
     * Sources: manual (general contexts); crosswalk.
     */
    INTELLIGENCE("intelligence"),
    /**
     * {@code legal}: National and international law, not human rights.
     * Sources: manual (general contexts); crosswalk; 0.5b1.
     */
    LEGAL("legal"),
    /**
     * {@code legislative}: Legislative debate, parliamentary coalitions.
     * Sources: manual (general contexts).
     */
    LEGISLATIVE("legislative"),
    /**
     * {@code lgbt}: LGBTQ.
     * Sources: manual (general contexts).
     */
    LGBT("lgbt"),
    /**
     * {@code migration}: Migration, refugees, displaced people.
     * Sources: manual (general contexts).
     */
    MIGRATION("migration"),
    /**
     * {@code military}: Military, including military assistance.
     * Sources: manual (general contexts); crosswalk; 0.5b1.
     */
    MILITARY("military"),
    /**
     * {@code negation}: The event is negated (it did not happen).
     * Sources: manual (general contexts).
     */
    NEGATION("negation"),
    /**
     * {@code other}: Other (protest contexts).
     * Sources: manual (protest contexts).
     */
    OTHER("other"),
    /**
     * {@code peacekeeping}: Peacekeeping, typically multilateral.
     * Sources: manual (general contexts); crosswalk.
     */
    PEACEKEEPING("peacekeeping"),
    /**
     * {@code political}: Political contexts not covered by a more specific one.
     * Sources: manual (general contexts); manual (protest contexts); 0.5b1.
     */
    POLITICAL("political"),
    /**
     * {@code political_institutions}: Norms, political institutions, democratic backsliding.
     * Sources: manual (general contexts); crosswalk.
     */
    POLITICAL_INSTITUTIONS("political_institutions"),
    /**
     * {@code pro-govt}: Pro-government (protest contexts).
     * Sources: manual (protest contexts).
     */
    PRO_GOVT("pro-govt"),
    /**
     * {@code pro_autocracy}: Autocratic repression.
     * Sources: crosswalk.
     */
    PRO_AUTOCRACY("pro_autocracy"),
    /**
     * {@code refugee}: Refugees (later drafts: migration).
     * Sources: manual (general contexts); 0.5b1.
     */
    REFUGEE("refugee"),
    /**
     * {@code refugees}: Refugees (0.5b1 spelling).
     * Sources: 0.5b1.
     */
    REFUGEES("refugees"),
    /**
     * {@code religion}: Religious discrimination or issues.
     * Sources: manual (protest contexts).
     */
    RELIGION("religion"),
    /**
     * {@code religion_ethnicity}: Specific religions or ethnic groups.
     * Sources: manual (general contexts); crosswalk.
     */
    RELIGION_ETHNICITY("religion_ethnicity"),
    /**
     * {@code resource}: Territory and natural resources.
     * Sources: manual (general contexts); 0.5b1.
     */
    RESOURCE("resource"),
    /**
     * {@code rights}: Human rights, democracy (protest contexts).
     * Sources: manual (protest contexts); 0.5b1.
     */
    RIGHTS("rights"),
    /**
     * {@code rights_freedoms}: Political rights and freedoms.
     * Sources: manual (general contexts); crosswalk.
     */
    RIGHTS_FREEDOMS("rights_freedoms"),
    /**
     * {@code terrorism}: Terrorism.
     * Sources: manual (general contexts); 0.5b1.
     */
    TERRORISM("terrorism"),
    /**
     * {@code unknown}: Unknown, not specified.
     * Sources: manual (protest contexts); 0.5b1.
     */
    UNKNOWN("unknown"),
    /**
     * {@code war}: Domestic war, violence, terrorism.
     * Sources: manual (protest contexts).
     */
    WAR("war");

    private static final Map<String, PloverContext> BY_LABEL = byLabel();

    /** The context as PLOVER writes it. */
    private final String label;

    PloverContext(String label) {
        this.label = label;
    }

    private static Map<String, PloverContext> byLabel() {
        Map<String, PloverContext> map = new HashMap<>();
        for (PloverContext context : values()) {
            map.put(context.label, context);
        }
        return CodeBook.lookup(map);
    }

    /**
     * Obtains a context from its text as PLOVER writes it, such as {@code "human_rights"}.
     *
     * @param label  the context as written, in lower case, not null
     * @return the context, not null
     * @throws ValidationException ({@code UNKNOWN_CODE}) if the text is not a known PLOVER context
     */
    public static PloverContext parse(CharSequence label) {
        Objects.requireNonNull(label, "label");
        PloverContext context = BY_LABEL.get(label.toString());
        if (context == null) {
            throw new ValidationException(check("label", label.toString()).list());
        }
        return context;
    }

    /**
     * Obtains the contexts of a list as PLOVER data write it: names separated by commas or
     * semicolons, each with optional spaces around it, such as {@code "diplomatic, military"}.
     *
     * @param labels  the list as written, not null; empty or blank for no context
     * @return the contexts in the order written, not null, unmodifiable
     * @throws ValidationException ({@code UNKNOWN_CODE}) naming every element, such as
     *     {@code labels[1]}, that is not a known PLOVER context
     */
    public static List<PloverContext> parseList(CharSequence labels) {
        Objects.requireNonNull(labels, "labels");
        String text = labels.toString();
        if (text.isBlank()) {
            return List.of();
        }
        String[] parts = text.split("[,;]", -1);
        List<PloverContext> contexts = new ArrayList<>(parts.length);
        Violations violations = Violations.of("PloverContext");
        for (int i = 0; i < parts.length; i++) {
            String label = parts[i].strip();
            PloverContext context = BY_LABEL.get(label);
            if (context == null) {
                violations.add(Violations.at("labels", i), ViolationCode.UNKNOWN_CODE, "be a PLOVER context", label);
            } else {
                contexts.add(context);
            }
        }
        violations.throwIfAny();
        return List.copyOf(contexts);
    }

    /**
     * Checks if a text is a known PLOVER context, without throwing.
     *
     * @param label  the candidate text, not null
     * @return the violations {@link #parse(CharSequence)} would throw, empty if the context is known
     */
    public static List<Violation> validate(CharSequence label) {
        Objects.requireNonNull(label, "label");
        return BY_LABEL.containsKey(label.toString()) ? List.of() : check("label", label.toString()).list();
    }

    private static Violations check(String path, String label) {
        return Violations.of("PloverContext").add(path, ViolationCode.UNKNOWN_CODE, "be a PLOVER context", label);
    }

    /**
     * Gets the context as PLOVER writes it.
     *
     * @return the text, such as {@code "human_rights"}, not null
     */
    public String label() {
        return label;
    }
}
