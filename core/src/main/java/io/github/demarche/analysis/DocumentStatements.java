package io.github.demarche.analysis;

import io.github.demarche.Actor;
import io.github.demarche.AgreementPoint;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The positions a document records, as the statements they amount to, so that alignment,
 * timelines and shifts compare them with what actors said.
 *
 * <p>Two parts of a {@link Document} are positions of actors:
 * <ul>
 *   <li>each member's vote: "Russia voted against" is a stance {@link Position#AGAINST} the
 *       document ({@link StanceType#REJECT}), "voted in favour" one {@link Position#FOR} it
 *       ({@link StanceType#SUPPORT}), "abstained" one of position {@link Position#ABSTENTION}
 *       ({@link StanceType#NEUTRAL} with that stated position); a member absent or not voting
 *       takes none. Each vote is one statement: the member as speaker,
 *       {@link StatementMode#REPORTED}, {@link Channel#MEETING};</li>
 *   <li>each agreement point with stances: one statement of the parties (or, without parties, of
 *       the adopting body) that takes the point's stances, {@link StatementMode#JOINT} when two or
 *       more hold them, else {@link StatementMode#WRITTEN}, {@link Channel#COMMUNIQUE}, its summary
 *       the point's text.</li>
 * </ul>
 * Each such statement has the document's id, date and sources. The vote of the "five-point
 * consensus" has no tally, but each of its points is a stance of every party:
 * <pre>{@code
 * StanceAlignment.of(DocumentStatements.allOf(dossier), violence).verdict(asean, unsc);  // ALIGNED
 * StanceAlignment.inDossier(dossier, violence);                                          // the same
 * }</pre>
 *
 * <p>This class is a set of static functions.
 *
 * @since 0.2
 */
public final class DocumentStatements {

    private DocumentStatements() {
    }

    /**
     * Obtains the statements a document's votes and agreement points amount to.
     *
     * @param document  the document, not null
     * @return the statements, votes first in the order listed, then points in order; unmodifiable
     */
    public static List<Statement> of(Document document) {
        Objects.requireNonNull(document, "document");
        List<Statement> statements = new ArrayList<>();
        if (document.adoption().isPresent()) {
            for (Vote vote : document.adoption().get().votes()) {
                if (vote.choice() != VoteChoice.NOT_VOTING) {
                    statements.add(vote(document, vote));
                }
            }
        }
        List<Actor> holders = document.parties().isEmpty()
                ? document.adoptedBy().map(List::of).orElse(List.of()) : document.parties();
        for (AgreementPoint point : document.points()) {
            if (!point.stances().isEmpty() && !holders.isEmpty()) {
                statements.add(Statement.builder().id(document.id()).addAllSpeakers(holders).date(document.date())
                        .mode(holders.size() > 1 ? StatementMode.JOINT : StatementMode.WRITTEN)
                        .channel(Channel.COMMUNIQUE).summary(point.text()).addAllStances(point.stances())
                        .addAllSources(document.sources()).build());
            }
        }
        return List.copyOf(statements);
    }

    /**
     * Obtains a dossier's statements followed by those its documents amount to ({@link #of(Document)}).
     *
     * @param dossier  the dossier, not null
     * @return the statements, unmodifiable
     */
    public static List<Statement> allOf(Dossier dossier) {
        Objects.requireNonNull(dossier, "dossier");
        List<Statement> statements = new ArrayList<>(dossier.statements());
        for (Document document : dossier.documents()) {
            statements.addAll(of(document));
        }
        return List.copyOf(statements);
    }

    private static Statement vote(Document document, Vote vote) {
        Stance.Builder stance = Stance.builder().target(StanceTarget.document(document.id()));
        String wording;
        switch (vote.choice()) {
            case IN_FAVOUR:
                stance.type(StanceType.SUPPORT);
                wording = "voted in favour";
                break;
            case AGAINST:
                stance.type(StanceType.REJECT);
                wording = "voted against";
                break;
            default:
                stance.type(StanceType.NEUTRAL).statedPosition(Position.ABSTENTION);
                wording = "abstained";
                break;
        }
        return Statement.builder().id(document.id()).addSpeaker(vote.actor()).date(document.date())
                .mode(StatementMode.REPORTED).channel(Channel.MEETING)
                .summary(vote.actor().id() + " " + wording + " on " + document.title())
                .addStance(stance.wording(wording).build()).addAllSources(document.sources()).build();
    }
}
