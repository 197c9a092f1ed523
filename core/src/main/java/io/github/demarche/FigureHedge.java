package io.github.demarche;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A qualification that a source gives its own casualty figure, kept as data: "the real toll is
 * likely considerably higher", "the figure is expected to rise", "preliminary figures", "a
 * conservative estimate".
 *
 * <p>A hedge is its {@linkplain #kind() kind}, what the qualification says about the figure, and
 * optionally the source's {@linkplain #wording() wording}. From a report of the Assistance
 * Association for Political Prisoners, relayed by news agencies in March 2021, "the real toll is
 * likely considerably higher":
 * <pre>{@code
 * FigureHedge higher = FigureHedge.of(FigureHedge.Kind.LIKELY_HIGHER,
 *         "the real toll is likely considerably higher");
 * higher.toString();   // likely_higher 'the real toll is likely considerably higher'
 * FigureHedge.of(FigureHedge.Kind.EXPECTED_TO_RISE).toString();   // expected_to_rise
 * }</pre>
 *
 * <p>A hedge qualifies a figure without changing its bounds: "at least 270" is a
 * {@link CountQualifier#AT_LEAST count qualifier}, while "a conservative estimate" of 270 is a
 * {@link Kind#MINIMUM} hedge beside the count that the source states. The certainty of a figure
 * ("unverified", "verified") is {@link FigureCertainty}, not a hedge.
 *
 * <p>Rules: the wording is not blank, at most 200 characters, on one line. Two hedges are equal
 * when their kinds and wordings are equal. This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
public final class FigureHedge implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String TYPE = "FigureHedge";
    private static final int MAX_WORDING = 200;

    /**
     * What a hedge says about the figure it qualifies: whether the true number is likely above or
     * below it, or whether the figure is still to change.
     *
     * @since 0.2
     */
    public enum Kind {
        /**
         * The true number is likely higher than the figure: "the real toll is likely considerably
         * higher", "the actual number is believed to be far higher", "an undercount".
         */
        LIKELY_HIGHER,
        /**
         * The true number is likely lower than the figure: "the figure is likely exaggerated", "the
         * numbers may be inflated".
         */
        LIKELY_LOWER,
        /**
         * The figure is a floor by the way it was counted: "a conservative estimate", "a minimum",
         * "only deaths that could be verified are counted".
         */
        MINIMUM,
        /**
         * The count leaves out places or people it could not reach: "the figure does not include
         * areas cut off by the fighting", "a communications blackout has prevented a full count".
         */
        INCOMPLETE,
        /**
         * The figure is a first one, still to be confirmed: "preliminary figures", "an initial toll",
         * "early reports".
         */
        PRELIMINARY,
        /**
         * The figure is expected to grow: "the toll is expected to rise", "the number is likely to
         * climb as rescuers reach the area". Said of a reported figure; a figure of what may happen
         * later is a {@link FigureKind#PROJECTION}.
         */
        EXPECTED_TO_RISE
    }

    /** What the hedge says. */
    private final Kind kind;
    /** The source's words, or null when not recorded. */
    private final String wording;

    private FigureHedge(Kind kind, String wording) {
        this.kind = kind;
        this.wording = wording;
    }

    /**
     * Obtains a hedge without its wording.
     *
     * @param kind  what the hedge says, not null
     * @return the hedge, not null
     */
    public static FigureHedge of(Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return new FigureHedge(kind, null);
    }

    /**
     * Obtains a hedge with the source's wording.
     *
     * @param kind  what the hedge says, not null
     * @param wording  the source's words, such as {@code "the real toll is likely considerably higher"}, not null
     * @return the hedge, not null
     * @throws ValidationException if the wording is blank, longer than 200 characters or not on one line
     */
    public static FigureHedge of(Kind kind, String wording) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(wording, "wording");
        Violations violations = wordingViolations(wording);
        violations.throwIfAny();
        return new FigureHedge(kind, wording);
    }

    /**
     * Checks the wording of a hedge without throwing.
     *
     * @param wording  the source's words, not null
     * @return the violations {@link #of(Kind, String)} would throw, empty if the wording is valid
     */
    public static List<Violation> validateWording(String wording) {
        Objects.requireNonNull(wording, "wording");
        return wordingViolations(wording).list();
    }

    private static Violations wordingViolations(String wording) {
        return Violations.of(TYPE).text("wording", wording, MAX_WORDING);
    }

    /**
     * Gets what the hedge says about the figure.
     *
     * @return the kind, not null
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Gets the source's words, where recorded.
     *
     * @return the wording, or empty
     */
    public Optional<String> wording() {
        return Optional.ofNullable(wording);
    }

    @Override
    public boolean equals(Object obj) {
        if (this == obj) {
            return true;
        }
        if (!(obj instanceof FigureHedge)) {
            return false;
        }
        FigureHedge other = (FigureHedge) obj;
        return kind == other.kind && Objects.equals(wording, other.wording);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + Objects.hashCode(wording);
    }

    /**
     * Gets the hedge as text: its kind in lower case, then its wording in quotes, if recorded.
     *
     * @return text such as {@code likely_higher 'the real toll is likely considerably higher'}
     */
    @Override
    public String toString() {
        String name = kind.name().toLowerCase(Locale.ROOT);
        return wording == null ? name : name + " " + Violations.show(wording);
    }
}
