package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.analysis.ActorDirectory;
import io.github.demarche.analysis.AlignmentVerdict;
import io.github.demarche.analysis.DocumentStatements;
import io.github.demarche.analysis.SpeakerResolver;
import io.github.demarche.analysis.StanceAlignment;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The teaching table of {@code core/README.md}, run: one test per row, each building the row's
 * example (its code spans appear in the test as written) and asserting what the row says. The
 * actors and sources are those of the {@link SecondFixture}, where every row's kind of claim is
 * modeled in its context.
 */
class TeachingTableTest {

    private final Actor asean = SecondFixture.ASEAN;
    private final Actor securityCouncil = SecondFixture.SECURITY_COUNCIL;
    private final Actor aseanLeaders = SecondFixture.ASEAN_LEADERS;
    private final Actor minAungHlaing = SecondFixture.MIN_AUNG_HLAING;
    private final Actor china = SecondFixture.CHINA;
    private final Actor russia = SecondFixture.RUSSIA;
    private final Actor india = SecondFixture.INDIA;
    private final Actor vietnam = SecondFixture.VIETNAM;
    private final Actor belarus = SecondFixture.BELARUS;
    private final Actor aapp = SecondFixture.AAPP;
    private final SourceAttribution source = SecondFixture.UN_PRST;

    // --- the table and the tests cannot drift apart

    @Test
    void every_row_names_a_test_of_this_class_that_contains_its_example() {
        List<TeachingTable.Row> rows = TeachingTable.rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(30);
        assertThat(rows).extracting(TeachingTable.Row::test).doesNotHaveDuplicates();
        for (TeachingTable.Row row : rows) {
            String body = TeachingTable.testBody(row.test());
            assertThat(body).as("the test %s of row '%s'", row.test(), row.claim()).isNotNull();
            assertThat(row.example()).as("the example of row '%s'", row.claim()).isNotEmpty();
            for (String code : row.example()) {
                assertThat(TeachingTable.squeeze(body)).as("the test %s", row.test())
                        .contains(TeachingTable.squeeze(code));
            }
        }
    }

    @Test
    void every_test_of_this_class_is_a_row_of_the_table() throws NoSuchMethodException {
        List<String> rows = TeachingTable.rows().stream().map(TeachingTable.Row::test).toList();
        for (java.lang.reflect.Method method : TeachingTableTest.class.getDeclaredMethods()) {
            if (method.isAnnotationPresent(Test.class) && !method.getName().startsWith("every_")) {
                assertThat(rows).as("rows of the table").contains(method.getName());
            }
        }
    }

    // --- stances

    @Test
    void stance_on_an_actor() {
        Stance praise = Stance.builder().type(StanceType.PRAISE).target(StanceTarget.actor(asean))
                .wording("commends ASEAN's continued efforts").build();

        assertThat(praise.target().kind()).isEqualTo(StanceTarget.Kind.ACTOR);
        assertThat(praise.target().actor()).contains(asean);
        assertThat(praise.position()).isEqualTo(Position.FOR);
    }

    @Test
    void stance_on_a_topic() {
        StanceTarget transition = StanceTarget.topic("the democratic transition in Myanmar", "myanmar-democratic-transition");
        Stance support = Stance.builder().type(StanceType.SUPPORT).target(transition)
                .wording("continued support for the democratic transition").build();

        assertThat(support.position()).isEqualTo(Position.FOR);
        // the key, not the label, says which question it is
        assertThat(transition.refersToSameAs(StanceTarget.topic("democratic transition", "myanmar-democratic-transition")))
                .isTrue();
    }

    @Test
    void stance_on_an_event() {
        Stance concern = Stance.builder().type(StanceType.CONCERN).target(StanceTarget.event("coup-2021-02-01"))
                .wording("deep concern at developments following the declaration of the state of emergency").build();

        assertThat(concern.target().eventId()).contains("coup-2021-02-01");
        assertThat(concern.position()).isEqualTo(Position.AGAINST);
    }

    @Test
    void condemnation_and_call_for_an_end_take_the_same_position() {
        StanceTarget violence = StanceTarget.topic("violence in Myanmar", "myanmar-violence");
        Stance condemns = Stance.builder().type(StanceType.CRITICIZE).target(violence)
                .wording("strongly condemns the violence").build();
        Stance callsForAnEnd = Stance.builder().type(StanceType.APPEAL).statedPosition(Position.AGAINST).target(violence)
                .wording("immediate cessation of violence").build();

        assertThat(condemns.cooperationScore()).isNegative();
        assertThat(callsForAnEnd.cooperationScore()).isPositive();
        assertThat(condemns.position()).isEqualTo(callsForAnEnd.position()).isEqualTo(Position.AGAINST);
        assertThat(condemns.agreesWith(callsForAnEnd)).isTrue();
        List<Statement> statements = List.of(statement("council", securityCouncil, condemns),
                statement("bloc", aseanLeaders, callsForAnEnd));
        // counted as named: by the standard resolver, the Council counts for the UN it is affiliated with
        assertThat(StanceAlignment.of(statements, violence, SpeakerResolver.asNamed()).verdict(securityCouncil, aseanLeaders))
                .isEqualTo(AlignmentVerdict.ALIGNED);
    }

    @Test
    void conditional_or_mixed_stance() {
        StanceTarget consensus = StanceTarget.document("asean-five-point-consensus");
        Stance conditional = Stance.builder().type(StanceType.INTEND_TO_COOPERATE).statedPosition(Position.CONDITIONAL)
                .target(consensus).wording("when the situation returns to stability in the country").build();
        Stance mixed = Stance.builder().type(StanceType.SUPPORT).statedPosition(Position.MIXED).target(consensus)
                .wording("welcomed the text but objected to parts of it").build();
        Stance support = Stance.builder().type(StanceType.SUPPORT).target(consensus).build();

        assertThat(conditional.position()).isEqualTo(Position.CONDITIONAL);
        assertThat(mixed.position()).isEqualTo(Position.MIXED);
        // neither takes a side: they neither agree with support nor oppose it
        assertThat(conditional.agreesWith(support) || conditional.opposes(support)).isFalse();
        assertThat(mixed.agreesWith(support) || mixed.opposes(support)).isFalse();
    }

    // --- who speaks

    @Test
    void joint_statement() {
        Statement consensus = Statement.builder().id("s06-jakarta-consensus")
                .addSpeakers(aseanLeaders, minAungHlaing).mode(StatementMode.JOINT)
                .date(ApproximateDate.parse("2021-04-24")).channel(Channel.MEETING)
                .addStance(Stance.builder().type(StanceType.SUPPORT)
                        .target(StanceTarget.document("asean-five-point-consensus")).build())
                .addSource(source).build();

        assertThat(consensus.speakers()).containsExactly(aseanLeaders, minAungHlaing);
        // Min Aung Hlaing counts for the junta he speaks for; the leaders, without affiliation, for themselves
        assertThat(SpeakerResolver.standard().actorsFor(consensus)).containsExactly(aseanLeaders, SecondFixture.JUNTA);
    }

    @Test
    void speaking_on_behalf_of() {
        Statement presidential = Statement.builder().id("s01-presidential-statement")
                .addSpeaker(SecondFixture.THOMAS_GREENFIELD).onBehalfOf(securityCouncil)
                .date(ApproximateDate.parse("2021-03-10")).mode(StatementMode.PARAPHRASE)
                .channel(Channel.UN_PROCEEDINGS).addSource(source).build();

        assertThat(SpeakerResolver.standard().actorsFor(presidential)).containsExactly(securityCouncil);
        assertThat(SpeakerResolver.asNamed().actorsFor(presidential)).containsExactly(securityCouncil);
    }

    @Test
    void unnamed_source() {
        Actor diplomats = Actor.builder().id("unnamed-council-diplomats").description("council diplomats")
                .kind(ActorKind.PERSON).collective(true).build();

        assertThat(diplomats.name()).isEmpty();
        assertThat(diplomats.label()).isEqualTo("council diplomats");
        // another report's "diplomats" are other diplomats: unnamed actors are the same only by id
        assertThat(Actor.builder().from(diplomats).id("unnamed-council-diplomats-2").build()).isNotEqualTo(diplomats);
    }

    @Test
    void collective_actor() {
        Actor leaders = Actor.builder().id("unnamed-asean-leaders").description("leaders of the bloc")
                .kind(ActorKind.PERSON).collective(true).addMembership(Membership.of(asean, "leader")).build();

        assertThat(leaders.isCollective()).isTrue();
        assertThat(leaders.isMemberOf(asean)).isTrue();
        // a membership is not an affiliation: the leaders do not speak for the bloc
        assertThat(leaders.affiliation()).isEmpty();
        assertThat(leaders.isAffiliatedWith(asean)).isFalse();
    }

    @Test
    void membership_and_roles() {
        Membership presidency = Membership.builder().organization(securityCouncil).role("President")
                .since(ApproximateDate.parse("2021-03-01")).until(ApproximateDate.parse("2021-03-31")).build();
        Actor ambassador = Actor.builder().id("linda-thomas-greenfield").name("Linda Thomas-Greenfield")
                .kind(ActorKind.PERSON).title("Ambassador").affiliation(SecondFixture.UNITED_STATES)
                .addMembership(presidency).build();

        assertThat(ambassador.isMemberOf(securityCouncil)).isTrue();
        assertThat(ambassador.memberships().get(0).role()).contains("President");
        assertThat(ambassador.affiliationChain()).containsExactly(ambassador, SecondFixture.UNITED_STATES);
        assertThat(minAungHlaing.memberships()).extracting(m -> m.role().orElseThrow())
                .containsExactly("chairman", "commander-in-chief");
    }

    @Test
    void relayed_statement() {
        Actor diplomats = SecondFixture.COUNCIL_DIPLOMATS;
        Statement objections = Statement.builder().id("s03-objections-to-coup")
                .addSpeakers(china, russia, india, vietnam).reportedBy(diplomats)
                .date(ApproximateDate.parse("2021-03-05/2021-03-10")).mode(StatementMode.REPORTED)
                .channel(Channel.UN_PROCEEDINGS).addSource(source).build();

        assertThat(objections.reportedBy()).contains(diplomats);
        // a statement counts for its speakers, never for who relayed it
        assertThat(SpeakerResolver.standard().actorsFor(objections)).containsExactly(china, russia, india, vietnam);
    }

    // --- figures

    @Test
    void figure_with_originator_certainty_and_hedges() {
        CasualtyReport toll = CasualtyReport.builder().id("aapp-killed-2021-08-18").type(CasualtyType.KILLED)
                .count(QualifiedCount.exactly(1006).withWording("1,006 people"))
                .victims(Victims.of(VictimGroup.UNKNOWN)).asOf(ApproximateDate.parse("2021-08-18"))
                .originator(aapp).certainty(FigureCertainty.VERIFIED)
                .addHedge(FigureHedge.of(FigureHedge.Kind.LIKELY_HIGHER, "the actual number of fatalities is likely much higher"))
                .addSource(SecondFixture.ANADOLU).build();

        assertThat(toll.originator()).contains(aapp);
        assertThat(toll.certainty()).contains(FigureCertainty.VERIFIED);
        assertThat(toll.hedges()).extracting(FigureHedge::kind).containsExactly(FigureHedge.Kind.LIKELY_HIGHER);
        // a hedge does not move the bounds the source gave
        assertThat(toll.count().low()).isEqualTo(1006);
        assertThat(toll.count().high()).hasValue(1006);
    }

    @Test
    void vague_figure() {
        QualifiedCount thousands = QualifiedCount.vague(CountQualifier.THOUSANDS).withWording("thousands");

        assertThat(thousands.isVague()).isTrue();
        assertThat(thousands.figure()).isEmpty();
        assertThat(thousands.best()).isEmpty();
        assertThat(thousands.low()).isEqualTo(2_000);
        assertThat(thousands.high()).hasValue(9_999);
    }

    @Test
    void range() {
        QualifiedCount scenario = QualifiedCount.between(1_000_000, 5_000_000).withWording("1 to 5 million");

        assertThat(scenario.qualifier()).isEqualTo(CountQualifier.BETWEEN);
        assertThat(scenario.low()).isEqualTo(1_000_000);
        assertThat(scenario.high()).hasValue(5_000_000);
        assertThat(scenario.contains(4_000_000)).isTrue();
    }

    @Test
    void victims_including_groups() {
        Victims victims = Victims.of(VictimGroup.CIVILIANS).including(VictimGroup.WOMEN, VictimGroup.CHILDREN);

        assertThat(victims.group()).contains(VictimGroup.CIVILIANS);
        assertThat(victims.included()).extracting(IncludedGroup::group)
                .containsExactly(VictimGroup.WOMEN, VictimGroup.CHILDREN);
        assertThat(victims.included()).allSatisfy(group -> assertThat(group.count()).isEmpty());
    }

    @Test
    void projection() {
        CasualtyReport projection = CasualtyReport.builder().id("unhcr-projection-2022-02-25")
                .type(CasualtyType.FLED_ABROAD).count(QualifiedCount.upTo(4_000_000).withWording("up to 4 million people"))
                .victims(Victims.of(VictimGroup.CIVILIANS)).origin(Location.of(CountryCode.of("UKR")))
                .figureKind(FigureKind.PROJECTION)
                .originator(SecondFixture.UNHCR).asOf(ApproximateDate.parse("2022-02-25"))
                .addSource(SecondFixture.ANI_UNHCR).build();

        assertThat(projection.isProjection()).isTrue();
        assertThat(projection.horizon()).isEmpty();
        // a projection answers another question than a count of what happened
        CasualtyReport reported = CasualtyReport.builder().from(projection).id("unhcr-fled-2022-02-25")
                .figureKind(FigureKind.REPORTED).build();
        assertThat(projection.hasSameScopeAs(reported)).isFalse();
    }

    @Test
    void displacement_with_origin_and_destination() {
        CasualtyReport fled = CasualtyReport.builder().id("kwo-fled-thailand-2021-03-28").type(CasualtyType.FLED_ABROAD)
                .count(QualifiedCount.moreThan(3000).withWording("more than 3,000"))
                .victims(Victims.of(VictimGroup.CIVILIANS))
                .origin(Location.of(CountryCode.of("MMR"), "Mutraw district, Karen State"))
                .destination(Location.of(CountryCode.of("THA")))
                .originator(SecondFixture.KAREN_WOMENS_ORGANIZATION).asOf(ApproximateDate.parse("2021-03-28"))
                .addSource(SecondFixture.REUTERS_KAREN).build();

        assertThat(fled.type().isDisplacement()).isTrue();
        assertThat(fled.destination().orElseThrow().country()).contains(CountryCode.of("THA"));
        // fleeing to India would be another figure
        assertThat(fled.hasSameScopeAs(CasualtyReport.builder().from(fled).id("fled-india")
                .destination(Location.of(CountryCode.of("IND"))).build())).isFalse();
    }

    @Test
    void figure_disputed_by_an_actor() {
        Stance disputes = Stance.builder().type(StanceType.REJECT)
                .target(StanceTarget.casualtyReport("aapp-killed-2021-04-15"))
                .wording("inflated over the actual death toll").build();

        assertThat(disputes.target().casualtyReportId()).contains(SecondFixture.AAPP_APRIL_15.id());
        assertThat(disputes.position()).isEqualTo(Position.AGAINST);
        assertThat(SecondFixture.dossier().statements()).anySatisfy(s -> assertThat(s.stances()).contains(disputes));
    }

    @Test
    void denial_of_a_statement() {
        Stance denies = Stance.builder().type(StanceType.DENY)
                .target(StanceTarget.statement("s04-junta-disputes-toll")).wording("is not inflated").build();

        assertThat(denies.target().statementId()).contains(SecondFixture.JUNTA_DISPUTES.id());
        assertThat(denies.position()).isEqualTo(Position.AGAINST);
    }

    // --- documents

    @Test
    void document_adopted_by_consensus() {
        Document presidential = Document.builder().id("s-prst-2021-5").kind(DocumentKind.PRESIDENTIAL_STATEMENT)
                .title("S/PRST/2021/5, Statement by the President of the Security Council on Myanmar")
                .date(ApproximateDate.parse("2021-03-10")).adoptedBy(securityCouncil)
                .adoption(Adoption.builder().method(AdoptionMethod.CONSENSUS).build())
                .addSource(source).build();

        assertThat(presidential.adoption().orElseThrow().isAdopted()).isTrue();
        assertThat(presidential.adoption().orElseThrow().count()).isEmpty();
    }

    @Test
    void document_adopted_by_a_vote() {
        Adoption adoption = Adoption.builder().method(AdoptionMethod.VOTE).count(VoteCount.of(119, 1, 36)).build();

        assertThat(adoption.isAdopted()).isTrue();
        assertThat(adoption.count().orElseThrow().inFavour()).isEqualTo(119);
        assertThat(adoption.count().orElseThrow().abstentions()).isEqualTo(36);
    }

    @Test
    void document_with_named_objectors() {
        Adoption adoption = Adoption.builder().method(AdoptionMethod.VOTE).count(VoteCount.of(119, 1, 36))
                .addVote(Vote.of(belarus, VoteChoice.AGAINST)).addObjector(belarus).build();

        assertThat(adoption.objectors()).containsExactly(belarus);
    }

    @Test
    void draft_with_a_struck_passage() {
        Passage coup = Passage.builder().id("coup").label("the word 'coup'").status(PassageStatus.STRUCK)
                .addObjectedBy(china, russia, india, vietnam).build();
        Document draft = Document.builder().id("unsc-prst-2021-5-draft").kind(DocumentKind.DRAFT_RESOLUTION)
                .title("British draft of the presidential statement on Myanmar")
                .date(ApproximateDate.parse("2021-03-early")).draftOf("s-prst-2021-5").addPassage(coup)
                .addSource(source).build();
        Stance objection = Stance.builder().type(StanceType.REJECT)
                .target(StanceTarget.passage("unsc-prst-2021-5-draft", "coup")).build();

        assertThat(draft.passage("coup")).contains(coup);
        assertThat(draft.draftOf()).contains("s-prst-2021-5");
        assertThat(objection.target().passageId()).contains("coup");
        assertThat(objection.position()).isEqualTo(Position.AGAINST);
    }

    @Test
    void agreement_with_numbered_points() {
        StanceTarget violence = StanceTarget.topic("violence in Myanmar", "myanmar-violence");
        Document consensus = Document.builder().id("asean-five-point-consensus").kind(DocumentKind.AGREEMENT)
                .title("Five-Point Consensus").date(ApproximateDate.parse("2021-04-24")).adoptedBy(asean)
                .addParties(aseanLeaders, minAungHlaing)
                .addPoint(AgreementPoint.of(1, "There shall be immediate cessation of violence in Myanmar", List.of(Stance.builder().type(StanceType.APPEAL).statedPosition(Position.AGAINST).target(violence).build())))
                .addSource(SecondFixture.CHAIRMANS_STATEMENT).build();

        // each point with stances is a joint statement of the parties
        List<Statement> points = DocumentStatements.of(consensus);
        assertThat(points).singleElement().satisfies(point -> {
            assertThat(point.speakers()).containsExactly(aseanLeaders, minAungHlaing);
            assertThat(point.mode()).isEqualTo(StatementMode.JOINT);
            assertThat(point.stances().get(0).position()).isEqualTo(Position.AGAINST);
        });
    }

    @Test
    void each_members_vote() {
        Document resolution = Document.builder().id("a-res-75-287").kind(DocumentKind.RESOLUTION)
                .title("Resolution 75/287, The situation in Myanmar").date(ApproximateDate.parse("2021-06-18"))
                .adoptedBy(SecondFixture.GENERAL_ASSEMBLY)
                .adoption(Adoption.builder().method(AdoptionMethod.VOTE).count(VoteCount.of(119, 1, 36))
                        .addVotes(Vote.of(china, VoteChoice.ABSTENTION), Vote.of(belarus, VoteChoice.AGAINST),
                                Vote.of(russia, VoteChoice.ABSTENTION))
                        .build())
                .addSource(SecondFixture.UN_GA_PRESS).build();

        StanceAlignment onResolution = StanceAlignment.of(DocumentStatements.of(resolution),
                StanceTarget.document("a-res-75-287"));
        assertThat(onResolution.verdict(china, belarus)).isEqualTo(AlignmentVerdict.DIVERGENT);
        assertThat(onResolution.verdict(china, russia)).isEqualTo(AlignmentVerdict.ALIGNED);
        assertThat(Vote.of(china, VoteChoice.ABSTENTION).position()).contains(Position.ABSTENTION);
    }

    @Test
    void statement_that_only_reports_a_figure() {
        Statement toll = Statement.builder().id("s08-aapp-reports-toll").addSpeaker(aapp)
                .date(ApproximateDate.parse("2021-08-18")).mode(StatementMode.DIRECT_QUOTE).channel(Channel.OTHER)
                .quote("As of 18 August, 1,006 people are now confirmed killed by this junta coup")
                .addSource(SecondFixture.ANADOLU).build();

        assertThat(toll.stances()).isEmpty();
        // no invented stance: the statement takes part in no alignment
        assertThat(StanceAlignment.byTarget(List.of(toll))).isEmpty();
    }

    // --- dates and names

    @Test
    void approximate_date() {
        ApproximateDate earlyMarch = ApproximateDate.parse("2021-03-early");
        ApproximateDate earlierThisWeek = ApproximateDate.parse("2021-04-19/2021-04-21");

        assertThat(earlyMarch.isBefore(ApproximateDate.parse("2021-03-10"))).isFalse();
        assertThat(earlyMarch.isBefore(ApproximateDate.parse("2021-03-23"))).isTrue();
        assertThat(earlierThisWeek.earliest()).isEqualTo(LocalDate.of(2021, 4, 19));
        assertThat(earlierThisWeek.latest()).isEqualTo(LocalDate.of(2021, 4, 21));
    }

    @Test
    void relative_date() {
        Statement answer = Statement.builder().id("s07-junta-conditions").addSpeaker(SecondFixture.JUNTA)
                .date(ApproximateDate.parse("2021-04-26"))
                .relativeDate(RelativeDate.after(RelativeDate.Anchor.event("asean-leaders-meeting-2021-04-24"))
                        .withWording("its first official comment on the meeting"))
                .mode(StatementMode.PARAPHRASE).channel(Channel.COMMUNIQUE).addSource(SecondFixture.STRAITS_TIMES)
                .build();

        RelativeDate relative = answer.relativeDate().orElseThrow();
        assertThat(relative.relation()).isEqualTo(RelativeDate.Relation.AFTER);
        // kept as said, beside the date as best known, and checked against the anchor's date
        assertThat(relative.isConsistentWith(answer.date(), ApproximateDate.parse("2021-04-24"))).isTrue();
        assertThat(relative.isConsistentWith(answer.date(), ApproximateDate.parse("2021-04-27"))).isFalse();
    }

    @Test
    void body_named_by_a_description() {
        Actor junta = Actor.builder().id("mmr-sac").name("State Administration Council").kind(ActorKind.GOVERNMENT)
                .addCommonDescriptions("the junta", "the military regime").build();

        ActorDirectory directory = ActorDirectory.of(List.of(junta));
        assertThat(directory.resolve("the junta").found()).contains(junta);
        assertThat(directory.resolve("military regime").found()).contains(junta);
    }

    @Test
    void person_named_by_surname() {
        Actor ambassador = Actor.builder().id("linda-thomas-greenfield").name("Linda Thomas-Greenfield")
                .kind(ActorKind.PERSON).surname("Thomas-Greenfield").build();

        assertThat(ActorDirectory.of(List.of(ambassador)).resolve("Thomas-Greenfield").found()).contains(ambassador);
    }

    private Statement statement(String id, Actor speaker, Stance stance) {
        return Statement.builder().id(id).addSpeaker(speaker).date(ApproximateDate.parse("2021-04"))
                .mode(StatementMode.REPORTED).channel(Channel.OTHER).addStance(stance).addSource(source).build();
    }
}
