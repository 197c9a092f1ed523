package io.github.demarche;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A passage of a document or of its draft: a paragraph, a sentence, a word, or an amendment, with
 * what became of it and who proposed it or objected to it.
 *
 * <p>News reports of a blocked Security Council statement on Myanmar (March 2021) said that China,
 * Russia, India and Vietnam objected to the word "coup", and that it was struck before the
 * statement was agreed:
 * <pre>{@code
 * Passage coup = Passage.builder().id("coup-wording").label("the word 'coup'")
 *         .text("condemns the military coup").status(PassageStatus.STRUCK)
 *         .addObjectedBy(china, russia, india, vietnam)
 *         .build();
 * }</pre>
 * A stance on it is {@code StanceTarget.passage(documentId, "coup-wording")}.
 *
 * <p>Rules: the id has the form of every identifier (see {@link Actor#id()}); a label or a text is
 * given; the label is at most 200 characters on one line and the text at most 5000, neither blank;
 * no actor proposes or objects twice.
 *
 * <p>This class is immutable, thread-safe and value-based.
 *
 * @since 0.2
 */
@Value.Immutable
@SuppressWarnings("serial")  // for the generated class: see DemarcheStyle.passAnnotations
public abstract class Passage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int MAX_LABEL = 200;
    private static final int MAX_TEXT = 5000;

    Passage() {
    }

    /**
     * Obtains a builder of passages.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Gets the identifier of the passage within its document, such as {@code op4} or {@code coup-wording}.
     *
     * @return the id, not null
     */
    public abstract String id();

    /**
     * Gets how the source refers to the passage: "operative paragraph 4", "the word 'coup'".
     *
     * @return the label, or empty
     */
    public abstract Optional<String> label();

    /**
     * Gets the wording of the passage, as the source quotes it.
     *
     * @return the text, or empty if the source does not quote it
     */
    public abstract Optional<String> text();

    /**
     * Gets what became of the passage.
     *
     * @return the status, not null
     */
    public abstract PassageStatus status();

    /**
     * Gets the actors that proposed the passage, such as the sponsors of an amendment.
     *
     * @return the actors, unmodifiable, possibly empty
     */
    public abstract List<Actor> proposedBy();

    /**
     * Gets the actors that objected to the passage.
     *
     * @return the actors, unmodifiable, possibly empty
     */
    public abstract List<Actor> objectedBy();

    @Value.Check
    final void check() {
        Violations violations = Violations.of("Passage");
        violations.id("id", id());
        if (label().isPresent()) {
            violations.text("label", label().get(), MAX_LABEL);
        }
        if (text().isPresent()) {
            violations.text("text", text().get(), MAX_TEXT, Violations.TextForm.LINES);
        }
        if (label().isEmpty() && text().isEmpty()) {
            violations.addRaw("text", ViolationCode.MISSING_ATTRIBUTE, "be given, or a label", "nothing");
        }
        violations.unique("proposedBy", proposedBy(), Actor::id, "name each actor once");
        violations.unique("objectedBy", objectedBy(), Actor::id, "name each actor once");
        violations.throwIfAny();
    }

    /**
     * Gets a short description: id, status and label or text.
     *
     * @return text such as {@code Passage[coup-wording STRUCK 'the word 'coup'']}
     */
    @Override
    public String toString() {
        return "Passage[" + id() + " " + status() + " '" + Violations.abbreviate(label().orElseGet(() -> text().get()))
                + "']";
    }

    /**
     * Builds passages. Obtain one from {@link Passage#builder()}; it is not thread-safe.
     *
     * @since 0.2
     */
    public static final class Builder extends ImmutablePassage.Builder {

        /** Creates a builder; prefer {@link Passage#builder()}. */
        public Builder() {
        }

        /**
         * Checks the passage this builder would build, without throwing.
         *
         * @return the violations {@code build()} would throw, empty if it would succeed
         */
        public List<Violation> validate() {
            return Violations.collect(this::build);
        }

        /**
         * Builds a passage from the attributes set on this builder.
         *
         * <p>The required attributes are {@code id} and {@code status}. When any of them is not
         * set, the exception carries one {@link ViolationCode#MISSING_ATTRIBUTE} violation per
         * missing attribute, such as {@code Passage.status must be set, got nothing}. When all are
         * set, it carries every rule of {@link Passage} that the attributes break.
         *
         * @return the passage, not null
         * @throws ValidationException if a required attribute is not set or a rule is broken
         */
        @Override
        public Passage build() {
            return super.build();
        }
    }
}
