package io.github.demarche.analysis;

import static io.github.demarche.DocumentFixture.FIVE_POINTS;
import static io.github.demarche.DocumentFixture.INDIA;
import static io.github.demarche.DocumentFixture.UK;
import static io.github.demarche.DocumentFixture.VIETNAM;
import static io.github.demarche.DocumentFixture.VIOLENCE;
import static io.github.demarche.DocumentFixture.voted;
import static io.github.demarche.ReferenceArticleFixture.ASEAN;
import static io.github.demarche.ReferenceArticleFixture.CHINA;
import static io.github.demarche.ReferenceArticleFixture.MIN_AUNG_HLAING;
import static io.github.demarche.ReferenceArticleFixture.RUSSIA;
import static io.github.demarche.ReferenceArticleFixture.SOURCE;
import static io.github.demarche.ReferenceArticleFixture.UN_SECURITY_COUNCIL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.ApproximateDate;
import io.github.demarche.Channel;
import io.github.demarche.Document;
import io.github.demarche.Dossier;
import io.github.demarche.Position;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.Vote;
import io.github.demarche.VoteChoice;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Votes and agreement points as positions that alignment compares. */
class DocumentStatementsTest {

    private static final StanceTarget DRAFT = StanceTarget.document("draft-resolution");

    private static final Document VOTE = voted(Vote.of(CHINA, VoteChoice.AGAINST), Vote.of(RUSSIA, VoteChoice.AGAINST),
            Vote.of(INDIA, VoteChoice.ABSTENTION), Vote.of(VIETNAM, VoteChoice.ABSTENTION),
            Vote.of(UK, VoteChoice.IN_FAVOUR), Vote.of(ASEAN, VoteChoice.NOT_VOTING));

    @Test
    void each_vote_but_an_absence_is_a_reported_statement_of_the_member_on_the_document() {
        List<Statement> statements = DocumentStatements.of(VOTE);
        assertThat(statements).hasSize(5);
        Statement abstained = statements.get(2);
        assertThat(abstained.id()).isEqualTo("draft-resolution");
        assertThat(abstained.speakers()).containsExactly(INDIA);
        assertThat(abstained.mode()).isEqualTo(StatementMode.REPORTED);
        assertThat(abstained.channel()).isEqualTo(Channel.MEETING);
        assertThat(abstained.summary()).contains("ind abstained on Draft resolution on Myanmar");
        assertThat(abstained.stances()).singleElement().satisfies(stance -> {
            assertThat(stance.target()).isEqualTo(DRAFT);
            assertThat(stance.position()).isEqualTo(Position.ABSTENTION);
        });
        assertThat(statements.get(0).stances().get(0).position()).isEqualTo(Position.AGAINST);
        assertThat(statements.get(4).stances().get(0).position()).isEqualTo(Position.FOR);
    }

    @Test
    void members_that_voted_alike_are_aligned_and_differently_divergent() {
        StanceAlignment alignment = StanceAlignment.of(DocumentStatements.of(VOTE), DRAFT);
        assertThat(alignment.verdict(CHINA, RUSSIA)).isEqualTo(AlignmentVerdict.ALIGNED);   // against and against
        assertThat(alignment.verdict(INDIA, VIETNAM)).isEqualTo(AlignmentVerdict.ALIGNED);  // abstained both
        assertThat(alignment.verdict(INDIA, CHINA)).isEqualTo(AlignmentVerdict.DIVERGENT);  // abstained, against
        assertThat(alignment.verdict(CHINA, INDIA)).isEqualTo(AlignmentVerdict.DIVERGENT);
        assertThat(alignment.verdict(INDIA, UK)).isEqualTo(AlignmentVerdict.DIVERGENT);     // abstained, in favour
        assertThat(alignment.verdict(UK, RUSSIA)).isEqualTo(AlignmentVerdict.DIVERGENT);    // in favour, against
        assertThat(alignment.verdict(ASEAN, UK)).isEqualTo(AlignmentVerdict.NO_COMMON_DATA); // not voting
        assertThat(alignment.actors()).doesNotContain(ASEAN);
    }

    @Test
    void a_vote_in_favour_agrees_with_a_statement_welcoming_the_document() {
        Document adopted = voted(Vote.of(UK, VoteChoice.IN_FAVOUR), Vote.of(INDIA, VoteChoice.IN_FAVOUR));
        Statement welcome = Statement.builder().id("s-welcome").addSpeaker(ASEAN)
                .date(ApproximateDate.parse("2021-03-21")).mode(StatementMode.PARAPHRASE).channel(Channel.COMMUNIQUE)
                .addStance(Stance.builder().type(StanceType.PRAISE).target(DRAFT).build()).addSource(SOURCE).build();
        Dossier dossier = Dossier.builder().source(SOURCE).addActors(UK, INDIA, ASEAN, io.github.demarche.ReferenceArticleFixture.UN, UN_SECURITY_COUNCIL)
                .addStatement(welcome).addDocument(adopted).build();
        StanceAlignment alignment = StanceAlignment.inDossier(dossier, DRAFT);
        assertThat(alignment.verdict(UK, INDIA)).isEqualTo(AlignmentVerdict.ALIGNED);
        assertThat(alignment.verdict(ASEAN, UK)).isEqualTo(AlignmentVerdict.ALIGNED);
        assertThat(StanceAlignment.byTargetInDossier(dossier)).containsOnlyKeys("document:draft-resolution");
    }

    @Test
    void the_five_point_consensus_is_a_stance_of_its_parties_against_the_violence() {
        // a council that "strongly condemned the violence": a condemnation, against it, as the bloc's appeal
        Statement council = Statement.builder().id("s-council").addSpeaker(UN_SECURITY_COUNCIL)
                .date(ApproximateDate.parse("2021-03-10")).mode(StatementMode.PARAPHRASE)
                .channel(Channel.UN_PROCEEDINGS)
                .addStance(Stance.builder().type(StanceType.CRITICIZE).target(VIOLENCE).build()).addSource(SOURCE)
                .build();
        List<Statement> points = DocumentStatements.of(FIVE_POINTS);
        assertThat(points).hasSize(2);
        assertThat(points.get(0).speakers()).containsExactly(ASEAN, MIN_AUNG_HLAING);
        assertThat(points.get(0).mode()).isEqualTo(StatementMode.JOINT);
        assertThat(points.get(0).summary()).hasValueSatisfying(text -> assertThat(text).startsWith("There shall be"));
        StanceAlignment alignment = StanceAlignment.of(
                List.of(council, points.get(0), points.get(1)), VIOLENCE, SpeakerResolver.asNamed());
        assertThat(alignment.verdict(ASEAN, UN_SECURITY_COUNCIL)).isEqualTo(AlignmentVerdict.ALIGNED);
        assertThat(alignment.verdict(MIN_AUNG_HLAING, UN_SECURITY_COUNCIL)).isEqualTo(AlignmentVerdict.ALIGNED);
    }

    @Test
    void a_statement_that_only_reports_a_figure_takes_part_in_no_alignment() {
        Statement figure = Statement.builder().id("s-figure").addSpeaker(INDIA)
                .date(ApproximateDate.parse("2021-03-21")).mode(StatementMode.PARAPHRASE).channel(Channel.COMMUNIQUE)
                .summary("At least 149 people have been killed").addSource(SOURCE).build();
        List<Statement> statements = new java.util.ArrayList<>(DocumentStatements.of(VOTE));
        statements.add(figure);
        assertThat(StanceAlignment.byTarget(List.of(figure))).isEmpty();
        assertThat(StanceAlignment.of(statements, DRAFT).verdict(INDIA, CHINA)).isEqualTo(AlignmentVerdict.DIVERGENT);
    }
}
