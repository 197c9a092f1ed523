package io.github.demarche;

import static io.github.demarche.ReferenceArticleFixture.ASEAN;
import static io.github.demarche.ReferenceArticleFixture.CHINA;
import static io.github.demarche.ReferenceArticleFixture.MIN_AUNG_HLAING;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA;
import static io.github.demarche.ReferenceArticleFixture.SOURCE;
import static io.github.demarche.ReferenceArticleFixture.UN_SECURITY_COUNCIL;

import java.util.List;

/**
 * Documents for tests, after public events: the Security Council's press statement on Myanmar of
 * 10 March 2021 (drafts by the United Kingdom, the word "coup" dropped after objections by China,
 * Russia, India and Vietnam, as Reuters reported on 10 March 2021), a vote made up on it for the
 * tests of votes, and the "five-point consensus" that ASEAN leaders and Min Aung Hlaing agreed in
 * Jakarta on 24 April 2021 (Chairman's Statement of the ASEAN Leaders' Meeting). The fixtures cite
 * the reference article's source, published on 24 March 2021, so the five-point consensus is dated
 * 20 March here, not to be dated after it; points 3 to 5 are abridged.
 */
public final class DocumentFixture {

    /** The United Kingdom. */
    public static final Actor UK = Actor.builder().id("gbr").name("United Kingdom").kind(ActorKind.STATE).build();
    /** India. */
    public static final Actor INDIA = Actor.builder().id("ind").name("India").kind(ActorKind.STATE).build();
    /** Vietnam. */
    public static final Actor VIETNAM = Actor.builder().id("vnm").name("Vietnam").kind(ActorKind.STATE).build();

    /** The violence in Myanmar, a topic. */
    public static final StanceTarget VIOLENCE = StanceTarget.topic("violence in Myanmar", "myanmar-violence");

    /** The word "coup", struck from the draft. */
    public static final Passage COUP_WORDING = Passage.builder().id("coup-wording").label("the word 'coup'")
            .text("condemns the military coup").status(PassageStatus.STRUCK)
            .addObjectedBy(CHINA, RUSSIA, INDIA, VIETNAM).build();

    /** The British draft of the press statement. */
    public static final Document DRAFT = Document.builder().id("unsc-draft-2021-03").kind(DocumentKind.DRAFT_RESOLUTION)
            .title("Draft press statement on Myanmar").date(ApproximateDate.parse("2021-03"))
            .addParty(UK).draftOf("unsc-press-2021-03-10").addPassage(COUP_WORDING).addSource(SOURCE).build();

    /** The press statement as issued, by consensus. */
    public static final Document PRESS_STATEMENT = Document.builder().id("unsc-press-2021-03-10")
            .kind(DocumentKind.PRESS_STATEMENT).title("Security Council Press Statement on Myanmar")
            .date(ApproximateDate.parse("2021-03-10")).adoptedBy(UN_SECURITY_COUNCIL)
            .adoption(Adoption.builder().method(AdoptionMethod.CONSENSUS).build()).addSource(SOURCE).build();

    /** The five-point consensus. */
    public static final Document FIVE_POINTS = Document.builder().id("asean-five-point-consensus")
            .kind(DocumentKind.AGREEMENT).title("Five-Point Consensus").date(ApproximateDate.parse("2021-03-20"))
            .adoptedBy(ASEAN).addParties(ASEAN, MIN_AUNG_HLAING)
            .adoption(Adoption.builder().method(AdoptionMethod.CONSENSUS).build())
            .addPoint(AgreementPoint.of(1, "There shall be immediate cessation of violence in Myanmar and all parties"
                    + " shall exercise utmost restraint", List.of(Stance.builder().type(StanceType.APPEAL)
                            .statedPosition(Position.AGAINST).target(VIOLENCE).wording("immediate cessation of violence")
                            .build())))
            .addPoint(AgreementPoint.of(2, "Constructive dialogue among all parties concerned shall commence to seek"
                    + " a peaceful solution in the interests of the people", List.of(Stance.builder()
                            .type(StanceType.APPEAL).target(ReferenceArticleFixture.POLITICAL_SOLUTION).build())))
            .addPoint(AgreementPoint.of(3, "A special envoy of the ASEAN Chair shall facilitate mediation of the"
                    + " dialogue process", List.of()))
            .addPoint(AgreementPoint.of(4, "ASEAN shall provide humanitarian assistance through the AHA Centre",
                    List.of()))
            .addPoint(AgreementPoint.of(5, "The special envoy and delegation shall visit Myanmar to meet with all"
                    + " parties concerned", List.of()))
            .addSource(SOURCE).build();

    private DocumentFixture() {
    }

    /**
     * Gets a vote on a draft, made up for tests, with the given votes.
     *
     * @param votes  the votes
     * @return the document
     */
    public static Document voted(Vote... votes) {
        return Document.builder().id("draft-resolution").kind(DocumentKind.DRAFT_RESOLUTION)
                .title("Draft resolution on Myanmar").date(ApproximateDate.parse("2021-03-20"))
                .adoptedBy(UN_SECURITY_COUNCIL)
                .adoption(Adoption.builder().method(AdoptionMethod.VOTE).adopted(false).addVotes(votes).build())
                .addSource(SOURCE).build();
    }
}
