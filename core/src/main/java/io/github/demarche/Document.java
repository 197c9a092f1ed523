package io.github.demarche;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A text that diplomacy produces and news reports speak of: a resolution and its drafts, a
 * presidential or press statement, a communiqué, an agreement, a treaty, a letter, a report.
 *
 * <p>A document may be adopted by a body ({@link #adoptedBy()}), by consensus, unanimously or by a
 * vote ({@link #adoption()}); each member's vote is a position on the document that alignment
 * compares with the stances taken on it. A draft names the document it is a draft of
 * ({@link #draftOf()}); its {@linkplain #passages() passages} say what was proposed, struck or kept,
 * and who objected. An agreement names its {@linkplain #parties() parties} and numbered
 * {@linkplain #points() points}, each carrying the stances the parties take by agreeing to it.
 *
 * <p>The regional bloc's "five-point consensus" on Myanmar (Jakarta, 24 April 2021):
 * <pre>{@code
 * Document consensus = Document.builder().id("asean-five-point-consensus")
 *         .kind(DocumentKind.AGREEMENT).title("Five-Point Consensus")
 *         .date(ApproximateDate.parse("2021-04-24"))
 *         .adoptedBy(asean).addParties(aseanLeaders, minAungHlaing)
 *         .adoption(Adoption.builder().method(AdoptionMethod.CONSENSUS).build())
 *         .addPoints(AgreementPoint.of(1, "There shall be immediate cessation of violence in Myanmar",
 *                 List.of(againstTheViolence)))
 *         .addSource(chairmansStatement)
 *         .build();
 * }</pre>
 *
 * <p>Rules: the id has the form of every identifier (see {@link Actor#id()}); the title is not blank
 * and at most 500 characters on one line; no party twice (by id); a draft is not a draft of itself;
 * no passage id twice; no point number twice; points that carry stances have someone to hold them,
 * parties or the adopting body; at least one source; no external id twice; attribute keys are well
 * formed. Rules that need the whole dossier (actors and the document drafted known, not dated after
 * publication) are checked by {@link Dossier}.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
@Value.Immutable
@SuppressWarnings("serial")  // for the generated class: see DemarcheStyle.passAnnotations
public abstract class Document implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MAX_TITLE = 500;

    Document() {
    }

    /**
     * Obtains a builder of documents.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the identifier of the document within its dossier.
     *
     * @return the id, not null
     */
    public abstract String id();

    /**
     * Gets what kind of text the document is.
     *
     * @return the kind, not null
     */
    public abstract DocumentKind kind();

    /**
     * Gets the title, or the symbol and name by which the source refers to the document, such as
     * "Resolution 2719 (2023)".
     *
     * @return the title, not null
     */
    public abstract String title();

    /**
     * Gets when the document was adopted, issued or signed, or, for a draft, circulated.
     *
     * @return the date, not null
     */
    public abstract ApproximateDate date();

    /**
     * Gets the body that adopted or issued the document, such as the Security Council.
     *
     * @return the body, or empty
     */
    public abstract Optional<Actor> adoptedBy();

    /**
     * Gets the parties: the signatories of an agreement, the authors of a joint statement, the
     * sponsors of a draft.
     *
     * @return the parties, unmodifiable, possibly empty
     */
    public abstract List<Actor> parties();

    /**
     * Gets how the body decided on the document.
     *
     * @return the adoption, or empty if the source does not say or there was no decision
     */
    public abstract Optional<Adoption> adoption();

    /**
     * Gets the id of the document this one is a draft of.
     *
     * @return the id, or empty if this is not a draft of a document in the dossier
     */
    public abstract Optional<String> draftOf();

    /**
     * Gets the passages the source speaks of: paragraphs, wordings, amendments.
     *
     * @return the passages, unmodifiable, possibly empty
     */
    public abstract List<Passage> passages();

    /**
     * Gets the numbered points of an agreement.
     *
     * @return the points, in the document's order, unmodifiable, possibly empty
     */
    public abstract List<AgreementPoint> points();

    /**
     * Gets where the document comes from: the reports and dataset rows it was taken from, at least one.
     *
     * @return the sources, unmodifiable, not empty
     */
    public abstract List<SourceAttribution> sources();

    /**
     * Gets the ids that datasets or archives give this document, such as the UN symbol
     * {@code undocs:S/RES/2719(2023)}.
     *
     * @return the external ids, unmodifiable, possibly empty
     */
    public abstract List<ExternalId> externalIds();

    /**
     * Gets the extension attributes: what a dataset carries about the document and the model does
     * not name, by key, with its type.
     *
     * @return the attributes, unmodifiable, possibly empty
     */
    public abstract Map<String, AttributeValue> attributes();

    /**
     * Gets a passage by id.
     *
     * @param passageId  the passage's id, not null
     * @return the passage, or empty if the document has none with this id
     */
    public Optional<Passage> passage(String passageId) {
        java.util.Objects.requireNonNull(passageId, "passageId");
        for (Passage passage : passages()) {
            if (passage.id().equals(passageId)) {
                return Optional.of(passage);
            }
        }
        return Optional.empty();
    }

    @Value.Check
    final void check() {
        Violations violations = Violations.of("Document");
        violations.id("id", id());
        violations.text("title", title(), MAX_TITLE);
        violations.unique("parties", parties(), Actor::id, "name each party once");
        Optional<String> draftOf = draftOf();
        if (draftOf.isPresent()) {
            violations.id("draftOf", draftOf.get());
            if (draftOf.get().equals(id())) {
                violations.add("draftOf", ViolationCode.INCONSISTENT, "name another document than id", draftOf.get());
            }
        }
        violations.unique("passages", passages(), Passage::id, "name each passage once");
        violations.unique("points", points(), AgreementPoint::number, "number each point once");
        if (parties().isEmpty() && adoptedBy().isEmpty()) {
            for (int i = 0; i < points().size(); i++) {
                if (!points().get(i).stances().isEmpty()) {
                    violations.addRaw(Violations.at("points", i) + ".stances", ViolationCode.INCONSISTENT,
                            "be held by parties or an adopting body", "no parties and no adoptedBy");
                }
            }
        }
        violations.provenance(sources(), externalIds()).attributeKeys("attributes", attributes());
        violations.throwIfAny();
    }

    /**
     * Gets a short description: id, kind, date and title.
     *
     * @return text such as {@code Document[asean-five-point-consensus AGREEMENT 2021-04-24 'Five-Point Consensus']}
     */
    @Override
    public String toString() {
        return "Document[" + id() + " " + kind() + " " + date() + " '" + Violations.abbreviate(title()) + "']";
    }

    /**
     * Builds documents. Obtain one from {@link Document#builder()}; it is not thread-safe.
     *
     * @since 0.2
     */
    public static final class Builder extends ImmutableDocument.Builder {

        /** Creates a builder; prefer {@link Document#builder()}. */
        public Builder() {
        }

        /**
         * Checks the document this builder would build, without throwing.
         *
         * @return the violations {@code build()} would throw, empty if it would succeed
         */
        public List<Violation> validate() {
            return Violations.collect(this::build);
        }

        /**
         * Builds a document from the attributes set on this builder.
         *
         * <p>The required attributes are {@code id}, {@code kind}, {@code title} and {@code date}.
         * When any of them is not set, the exception carries one
         * {@link ViolationCode#MISSING_ATTRIBUTE} violation per missing attribute, such as
         * {@code Document.title must be set, got nothing}. When all are set, it carries every rule
         * of {@link Document} that the attributes break.
         *
         * @return the document, not null
         * @throws ValidationException if a required attribute is not set or a rule is broken
         */
        @Override
        public Document build() {
            return super.build();
        }
    }
}
