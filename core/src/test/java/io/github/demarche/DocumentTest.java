package io.github.demarche;

import static io.github.demarche.DocumentFixture.DRAFT;
import static io.github.demarche.DocumentFixture.FIVE_POINTS;
import static io.github.demarche.DocumentFixture.UK;
import static io.github.demarche.ReferenceArticleFixture.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentTest {

    private static Document.Builder valid() {
        return Document.builder().id("doc").kind(DocumentKind.RESOLUTION).title("Resolution 2719 (2023)")
                .date(ApproximateDate.parse("2023-12-22")).addSource(SOURCE);
    }

    @Test
    void holds_a_draft_with_its_passages_and_an_agreement_with_its_points() {
        assertThat(DRAFT.draftOf()).contains("unsc-press-2021-03-10");
        assertThat(DRAFT.passage("coup-wording")).contains(DocumentFixture.COUP_WORDING);
        assertThat(DRAFT.passage("op4")).isEmpty();
        assertThat(FIVE_POINTS.points()).extracting(AgreementPoint::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(FIVE_POINTS).hasToString(
                "Document[asean-five-point-consensus AGREEMENT 2021-03-20 'Five-Point Consensus']");
        assertThat(SerializationSupport.roundTrip(FIVE_POINTS)).isEqualTo(FIVE_POINTS);
        assertThat(Document.builder().from(FIVE_POINTS).build()).isEqualTo(FIVE_POINTS);
    }

    @Test
    void requires_its_attributes() {
        assertThat(Document.builder().validate()).extracting(Violation::message).containsExactly(
                "Document.id must be set, got nothing", "Document.kind must be set, got nothing",
                "Document.title must be set, got nothing", "Document.date must be set, got nothing");
    }

    @Test
    void rejects_each_broken_rule_with_its_path() {
        Passage passage = Passage.builder().id("op1").label("paragraph 1").status(PassageStatus.ADOPTED).build();
        assertThat(valid().id("Doc").title(" ").addParties(UK, UK).draftOf("Draft").addPassages(passage, passage)
                .addPoints(AgreementPoint.of(1, "a", List.of()), AgreementPoint.of(1, "b", List.of()))
                .sources(List.of()).validate()).containsExactly(
                        Violation.of("id", ViolationCode.MALFORMED, "Document.id must be lower-case letters and digits"
                                + " separated by single '-', '.' or '_', got 'Doc'"),
                        Violation.of("title", ViolationCode.BLANK, "Document.title must not be blank, got ' '"),
                        Violation.of("parties[1]", ViolationCode.DUPLICATE,
                                "Document.parties[1] must name each party once, got 'gbr'"),
                        Violation.of("draftOf", ViolationCode.MALFORMED, "Document.draftOf must be lower-case letters"
                                + " and digits separated by single '-', '.' or '_', got 'Draft'"),
                        Violation.of("passages[1]", ViolationCode.DUPLICATE,
                                "Document.passages[1] must name each passage once, got 'op1'"),
                        Violation.of("points[1]", ViolationCode.DUPLICATE,
                                "Document.points[1] must number each point once, got 1"),
                        Violation.of("sources", ViolationCode.EMPTY, "Document.sources must hold at least one element, got []"));
    }

    @Test
    void a_draft_is_of_another_document() {
        assertThat(valid().draftOf("other").validate()).isEmpty();
        assertThat(valid().draftOf("doc").validate()).containsExactly(Violation.of("draftOf",
                ViolationCode.INCONSISTENT, "Document.draftOf must name another document than id, got 'doc'"));
    }

    @Test
    void the_stances_of_points_have_holders() {
        AgreementPoint point = FIVE_POINTS.points().get(0);
        assertThat(valid().addPoint(point).addParty(UK).validate()).isEmpty();
        assertThat(valid().addPoint(point).adoptedBy(UK).validate()).isEmpty();
        assertThat(valid().addPoint(AgreementPoint.of(1, "a", List.of())).validate()).isEmpty();
        assertThat(valid().addPoint(point).validate()).containsExactly(Violation.of("points[0].stances",
                ViolationCode.INCONSISTENT,
                "Document.points[0].stances must be held by parties or an adopting body, got no parties and no adoptedBy"));
    }
}
