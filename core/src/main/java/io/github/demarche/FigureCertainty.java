package io.github.demarche;

/**
 * How sure a casualty figure is, as the source presents it: "the UN has verified at least 1,000
 * civilian deaths", "figures that could not be independently verified", "the government disputes
 * the toll".
 *
 * <p>A {@link CasualtyReport} without a {@linkplain CasualtyReport#certainty() certainty} is one
 * whose source says nothing about it: absent means not stated, and no certainty is to be
 * inferred. The certainty is the source's word on the figure itself; its own qualifications ("the
 * real toll is likely considerably higher") are {@linkplain CasualtyReport#hedges() hedges}, and
 * who the figure comes from is its {@linkplain CasualtyReport#originator() originator}.
 *
 * <p>The constants are in order of decreasing assurance, but the order is not a measure: an
 * estimate is not "less true" than a verified minimum, it answers another question.
 *
 * @since 0.2
 */
public enum FigureCertainty {
    /**
     * The figure was verified or documented case by case by whoever gives it: "the UN human rights
     * office has verified at least 1,000 civilian deaths", "the AAPP has documented 2,940 killings",
     * "confirmed deaths". Such a figure is usually a minimum: the real number may be higher.
     */
    VERIFIED,
    /**
     * The figure is an estimate or the result of a model, not a count of cases: "an estimated
     * 1.2 million people have fled", "the UN estimates that…", "according to projections based on…".
     */
    ESTIMATED,
    /**
     * The source says the figure is not verified: "unverified reports", "figures that could not be
     * independently verified", "Reuters could not independently confirm the toll".
     */
    UNVERIFIED,
    /**
     * The figure is a party's own claim, often about its own success or its enemy's losses: "the
     * military claimed that 300 fighters were killed", "the rebels say they have captured 200
     * soldiers".
     */
    CLAIMED,
    /**
     * The source presents the figure as contested: "a toll the government disputes", "disputed
     * figures", "the junta rejected the figure as exaggerated". Who disputes it, where the source
     * says so, is a stance on the report, which this does not replace.
     */
    DISPUTED
}
