package io.github.demarche;

import static io.github.demarche.DocumentFixture.COUP_WORDING;
import static io.github.demarche.DocumentFixture.INDIA;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassageTest {

    @Test
    void holds_a_wording_struck_and_who_objected() {
        assertThat(COUP_WORDING.label()).contains("the word 'coup'");
        assertThat(COUP_WORDING.status()).isEqualTo(PassageStatus.STRUCK);
        assertThat(COUP_WORDING.objectedBy()).extracting(Actor::id).containsExactly("chn", "rus", "ind", "vnm");
        assertThat(COUP_WORDING).hasToString("Passage[coup-wording STRUCK 'the word 'coup'']");
        assertThat(Passage.builder().id("op4").text("Calls for the release of all those detained")
                .status(PassageStatus.ADOPTED).build())
                .hasToString("Passage[op4 ADOPTED 'Calls for the release of all those detained']");
        assertThat(SerializationSupport.roundTrip(COUP_WORDING)).isEqualTo(COUP_WORDING);
    }

    @Test
    void needs_a_label_or_a_text() {
        assertThat(Passage.builder().id("op4").label("paragraph 4").status(PassageStatus.PROPOSED).validate()).isEmpty();
        assertThat(Passage.builder().id("op4").status(PassageStatus.PROPOSED).validate()).containsExactly(
                Violation.of("text", ViolationCode.MISSING_ATTRIBUTE, "Passage.text must be given, or a label, got nothing"));
    }

    @Test
    void rejects_a_bad_id_and_texts_and_an_actor_named_twice() {
        assertThat(Passage.builder().id("OP 4").label(" ").text("a".repeat(5001)).status(PassageStatus.PROPOSED)
                .addProposedBy(INDIA, INDIA).addObjectedBy(INDIA, INDIA).validate()).containsExactly(
                        Violation.of("id", ViolationCode.MALFORMED, "Passage.id must be lower-case letters and digits"
                                + " separated by single '-', '.' or '_', got 'OP 4'"),
                        Violation.of("label", ViolationCode.BLANK, "Passage.label must not be blank, got ' '"),
                        Violation.of("text", ViolationCode.TOO_LONG,
                                "Passage.text must be at most 5000 characters long, got 5001 characters"),
                        Violation.of("proposedBy[1]", ViolationCode.DUPLICATE,
                                "Passage.proposedBy[1] must name each actor once, got 'ind'"),
                        Violation.of("objectedBy[1]", ViolationCode.DUPLICATE,
                                "Passage.objectedBy[1] must name each actor once, got 'ind'"));
    }
}
