package io.github.demarche;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The second fixture: diplomacy on Myanmar in 2021, and one refugee projection of 2022, composed
 * from public reports so that every kind of claim in the teaching table ({@code core/README.md})
 * is modeled at least once. Figures and wordings are as the sources gave them.
 *
 * <p>The facts relied on, with their sources:
 * <ul>
 *   <li><b>The Security Council's presidential statement of 10 March 2021</b> (S/PRST/2021/5), read
 *       by the Council's President for March, United States Ambassador Linda Thomas-Greenfield:
 *       "The Security Council strongly condemns the violence against peaceful protestors, including
 *       against women, youth and children"; it "reiterates its deep concern at developments in
 *       Myanmar following the declaration of the state of emergency imposed by the military on
 *       1 February", "expresses its continued support for the democratic transition in Myanmar"
 *       and "commends ASEAN's continued efforts to engage with all relevant parties in Myanmar"
 *       (UN in Myanmar, "Statement by the President of the UN Security Council on Myanmar",
 *       10 March 2021; ANI and bmglobalnews, 11 March 2021, for the President). Adopted by all 15
 *       members (AP, 10 March 2021).</li>
 *   <li><b>Its British draft</b>, under discussion since Friday 5 March, used the word "coup" and
 *       mentioned possible further measures; the statement issued does neither (AFP, 10 March
 *       2021; AP, 10 March 2021). China, Russia, India and Vietnam objected to the word "coup",
 *       diplomats said (Reuters, 10 March 2021, as {@link DocumentFixture} already has it);
 *       diplomats said the main source of difficulty was China (AFP, 10 March 2021).</li>
 *   <li><b>The Council's press statement of 1 April 2021</b>, condemning the deaths of "hundreds of
 *       civilians, including women and children" (AFP, 2 April 2021).</li>
 *   <li><b>The air strikes in Karen State</b> of 27–28 March 2021: "more than 3,000 crossed to
 *       Thailand to take refuge", said the Karen Women's Organization (Reuters, in The Financial
 *       Express, 28 March 2021); "Thousands flee into Thailand as Myanmar launches airstrikes on
 *       Karen villages", to shelters in Mae Hong Son (The Nation Thailand, 29 March 2021).</li>
 *   <li><b>The casualty figures and their dispute</b>: the junta said, citing its police records,
 *       that "only 258 people were killed between Feb. 1 and April 15", while the Assistance
 *       Association for Political Prisoners (AAPP) "has confirmed a total of 726 deaths in the same
 *       period"; the junta said AAPP's lists were "inflated over the actual death toll" (The
 *       Irrawaddy, April 2021, "Myanmar regime threatens severe action against AAPP"). AAPP replied
 *       on Wednesday 21 April that "AAPP's 20 April fatality figure of 738 is not inflated"; the
 *       junta's announcement was "earlier this week" (Myanmar Now, April 2021). "As of 18 August,
 *       1,006 people are now confirmed killed by this junta coup", AAPP said, "adding that the
 *       actual number of fatalities is likely much higher" (Anadolu Agency, August 2021).</li>
 *   <li><b>The ASEAN Leaders' Meeting</b> in Jakarta on 24 April 2021, attended by Senior General
 *       Min Aung Hlaing, and its five points of consensus, as the Chairman's Statement words them
 *       (reproduced by Fresh News, 24 April 2021). On Monday 26 April the State Administration
 *       Council said "it will give careful consideration to constructive suggestions made by ASEAN
 *       leaders when the situation returns to stability in the country", "its first official
 *       comment on the meeting" (The Straits Times, 28 April 2021; The Irrawaddy, 27 April
 *       2021).</li>
 *   <li><b>General Assembly resolution 75/287</b> of 18 June 2021 (A/RES/75/287; UN press release
 *       GA/12339): 119 in favour, 1 against (Belarus), 36 abstentions, China, Russia and India
 *       among them; Belarus called for the vote; of ASEAN's members Indonesia and Vietnam voted in
 *       favour and Thailand abstained (The Laotian Times, 21 June 2021).</li>
 *   <li><b>A projection</b>: "According to our estimates, up to 4 million people may flee Ukraine to
 *       other countries if the situation escalates further", UNHCR spokesperson Shabia Mantoo,
 *       25 February 2022 (ANI, in Lokmat Times, 25 February 2022); at the same briefing, "a
 *       scenario of 1 to 5 million including all surrounding countries" (Reuters, relayed by
 *       tatsatchronicle.com and americaage.com).</li>
 * </ul>
 *
 * <p>Assumptions and simplifications:
 * <ul>
 *   <li>One dossier holds reports of many publications: its own source is the compilation (no
 *       publication date), and every record cites the reports it comes from, so that the rule
 *       "nothing dated after publication" is checked against each record's own sources.</li>
 *   <li>The violence the Council condemns ("against peaceful protestors") and the violence whose
 *       cessation ASEAN calls for ("in Myanmar") are one topic, {@code myanmar-violence}.</li>
 *   <li>The junta is the State Administration Council, without affiliation (who represents
 *       Myanmar was itself contested: its UN ambassador voted for resolution 75/287); Min Aung
 *       Hlaing speaks for it. The votes listed are those the sources name, not all 156.</li>
 *   <li>The victims of the AAPP and junta figures are people of unstated status
 *       ({@link VictimGroup#UNKNOWN}): the sources say "people" and "deaths".</li>
 *   <li>Dates the sources give by context get the widest honest interval: the objections to the
 *       draft {@code 2021-03-05/2021-03-10}, the junta's announcement
 *       {@code 2021-04-19/2021-04-21}.</li>
 * </ul>
 */
public final class SecondFixture {

    /** The compilation: the dossier's own source. */
    public static final SourceAttribution COMPILATION = SourceAttribution.builder()
            .url(URI.create("urn:demarche:fixture:myanmar-2021"))
            .citation("Composed for Demarche's tests from public reports of 2021 and 2022; every record cites its own")
            .language("en").build();

    /** The presidential statement as the UN in Myanmar published it. */
    public static final SourceAttribution UN_PRST = source("United Nations in Myanmar",
            "https://myanmar.un.org/en/115791-statement-president-un-security-council-myanmar",
            "Statement by the President of the UN Security Council on Myanmar", LocalDate.of(2021, 3, 10));
    /** AFP on the presidential statement and its drafts. */
    public static final SourceAttribution AFP_PRST = source("AFP",
            "https://www.spacewar.com/afp/210310180701.b13hb8pu.html",
            "UN Security Council 'strongly condemns' Myanmar military's violence", LocalDate.of(2021, 3, 10));
    /** Reuters on the objections to the word "coup". */
    public static final SourceAttribution REUTERS_DRAFT = SourceAttribution.builder().publication("Reuters")
            .publicationDate(LocalDate.of(2021, 3, 10)).language("en").build();
    /** AFP on the press statement of 1 April 2021. */
    public static final SourceAttribution AFP_APRIL = source("AFP",
            "https://pledgetimes.com/the-security-council-strongly-condemns-the-killing-of-civilians-in-myanmar/",
            "The Security Council strongly condemns the killing of civilians in Myanmar", LocalDate.of(2021, 4, 2));
    /** Reuters, in The Financial Express, on the flight to Thailand. */
    public static final SourceAttribution REUTERS_KAREN = source("The Financial Express",
            "https://www.financialexpress.com/world-news/about-3000-people-flee-to-thailand-after-myanmar-armys-air-strikes-on-villages/2222285/",
            "About 3,000 people flee to Thailand after Myanmar army's air strikes on villages", LocalDate.of(2021, 3, 28));
    /** The Nation Thailand on the flight to Thailand. */
    public static final SourceAttribution NATION_KAREN = source("The Nation Thailand",
            "https://www.nationthailand.com/news/30404255",
            "Thousands flee into Thailand as Myanmar launches airstrikes on Karen villages", LocalDate.of(2021, 3, 29));
    /** The Irrawaddy on the junta's dispute of AAPP's figures (date not known here). */
    public static final SourceAttribution IRRAWADDY_AAPP = source("The Irrawaddy",
            "https://www.irrawaddy.com/news/burma/myanmar-regime-threatens-severe-action-aapp.html",
            "Myanmar regime threatens severe action against AAPP", null);
    /** Myanmar Now on AAPP's reply (date not known here). */
    public static final SourceAttribution MYANMAR_NOW = source("Myanmar Now",
            "https://myanmar-now.org/en/news/monitoring-group-hits-back-at-junta-claim-that-post-coup-death-toll-is-bloated/",
            "Monitoring group hits back at junta claim that post-coup death toll is 'bloated'", null);
    /** Anadolu Agency on AAPP's toll of 18 August 2021 (date not known here). */
    public static final SourceAttribution ANADOLU = source("Anadolu Agency",
            "https://theasiatoday.org/news/southeast-asia/myanmar-military-crackdown-death-toll-tops-1000-watchdog/",
            "Myanmar military crackdown death toll tops 1,000: Watchdog", null);
    /** The Chairman's Statement of the ASEAN Leaders' Meeting, as Fresh News reproduced it. */
    public static final SourceAttribution CHAIRMANS_STATEMENT = source("Fresh News",
            "http://m.en.freshnewsasia.com/index.php/en/localnews/22311-2021-04-24-15-30-08.html",
            "Chairman's Statement on the ASEAN Leaders' Meeting", LocalDate.of(2021, 4, 24));
    /** The Straits Times on the junta's answer to the consensus. */
    public static final SourceAttribution STRAITS_TIMES = source("The Straits Times",
            "https://www.straitstimes.com/asia/se-asia/myanmar-junta-to-mull-over-aseans-proposals-to-end-violence",
            "Myanmar junta to mull over Asean's proposals to end violence", LocalDate.of(2021, 4, 28));
    /** The UN's press release on resolution 75/287. */
    public static final SourceAttribution UN_GA_PRESS = source("United Nations",
            "https://press.un.org/en/2021/ga12339.doc.htm",
            "General Assembly Reappoints Secretary-General to Second Five-Year Term, Adopting Resolution Condemning"
                    + " Lethal Violence by Myanmar's Armed Forces", LocalDate.of(2021, 6, 18));
    /** The Laotian Times on the vote. */
    public static final SourceAttribution LAOTIAN_TIMES = source("The Laotian Times",
            "https://laotiantimes.com/2021/06/21/un-votes-to-condemn-myanmar-military-coup",
            "UN votes to condemn Myanmar military coup", LocalDate.of(2021, 6, 21));
    /** ANI, in Lokmat Times, on UNHCR's projection. */
    public static final SourceAttribution ANI_UNHCR = source("Lokmat Times",
            "https://www.lokmattimes.com/international/ukraine-russia-conflict-4-million-people-could-flee-ukraine-to-other-countries-says-united-nations/",
            "4 million people could flee Ukraine to other countries, says United Nations", LocalDate.of(2022, 2, 25));
    /** UNHCR's scenarios, relayed from Reuters (date not known here). */
    public static final SourceAttribution UNHCR_SCENARIO = source("The Tatsat Chronicle",
            "https://tatsatchronicle.com/war-in-ukraine-5-million-people-to-flee-beyond-the-ukrainian-borders/",
            "War in Ukraine: 5 million people to flee beyond the Ukrainian borders", null);

    /** The United Nations. */
    public static final Actor UN = Actor.builder().id("un").name("United Nations")
            .kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).addAlias("UN").wikidataId("Q1065").build();
    /** The Security Council. */
    public static final Actor SECURITY_COUNCIL = Actor.builder().id("unsc").name("UN Security Council")
            .kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).affiliation(UN).addAlias("Security Council")
            .addCommonDescription("the council").wikidataId("Q37470").build();
    /** The General Assembly. */
    public static final Actor GENERAL_ASSEMBLY = Actor.builder().id("unga").name("UN General Assembly")
            .kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).affiliation(UN).addAlias("General Assembly").build();
    /** The UN refugee agency. */
    public static final Actor UNHCR = Actor.builder().id("unhcr").name("UN High Commissioner for Refugees")
            .kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).affiliation(UN).addAlias("UNHCR")
            .addCommonDescription("the UN refugee agency").build();
    /** ASEAN. */
    public static final Actor ASEAN = Actor.builder().id("asean").name("Association of Southeast Asian Nations")
            .kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).addAlias("ASEAN").addCommonDescription("the bloc")
            .wikidataId("Q7768").build();

    /** The United States. */
    public static final Actor UNITED_STATES = state("usa", "United States", "USA");
    /** The United Kingdom, which drafted the presidential statement. */
    public static final Actor UNITED_KINGDOM = state("gbr", "United Kingdom", "GBR");
    /** China, a permanent member of the Council. */
    public static final Actor CHINA = member(state("chn", "China", "CHN"), SECURITY_COUNCIL, "permanent member", null);
    /** Russia, a permanent member of the Council. */
    public static final Actor RUSSIA = member(state("rus", "Russia", "RUS"), SECURITY_COUNCIL, "permanent member", null);
    /** India, an elected member of the Council in 2021. */
    public static final Actor INDIA = member(state("ind", "India", "IND"), SECURITY_COUNCIL, "elected member", "2021");
    /** Vietnam, an elected member of the Council in 2021 and a member of ASEAN. */
    public static final Actor VIETNAM = Actor.builder().from(
            member(state("vnm", "Vietnam", "VNM"), SECURITY_COUNCIL, "elected member", "2021"))
            .addMembership(Membership.of(ASEAN)).build();
    /** Indonesia, a member of ASEAN. */
    public static final Actor INDONESIA = Actor.builder().from(state("idn", "Indonesia", "IDN"))
            .addMembership(Membership.of(ASEAN)).build();
    /** Thailand, a member of ASEAN. */
    public static final Actor THAILAND = Actor.builder().from(state("tha", "Thailand", "THA"))
            .addMembership(Membership.of(ASEAN)).build();
    /** Belarus, the one vote against resolution 75/287. */
    public static final Actor BELARUS = state("blr", "Belarus", "BLR");

    /** The Council's President for March 2021, who read the presidential statement. */
    public static final Actor THOMAS_GREENFIELD = Actor.builder().id("linda-thomas-greenfield")
            .name("Linda Thomas-Greenfield").kind(ActorKind.PERSON).country(CountryCode.of("USA"))
            .title("Ambassador").surname("Thomas-Greenfield").affiliation(UNITED_STATES)
            .addMembership(Membership.builder().organization(SECURITY_COUNCIL).role("President")
                    .since(ApproximateDate.parse("2021-03-01")).until(ApproximateDate.parse("2021-03-31")).build())
            .build();
    /** "Council diplomats", unnamed. */
    public static final Actor COUNCIL_DIPLOMATS = Actor.builder().id("unnamed-council-diplomats")
            .description("council diplomats").kind(ActorKind.PERSON).collective(true)
            .addMembership(Membership.of(SECURITY_COUNCIL)).build();
    /** "ASEAN leaders", the bloc's heads of state and government, unnamed. */
    public static final Actor ASEAN_LEADERS = Actor.builder().id("unnamed-asean-leaders")
            .description("leaders of the bloc").kind(ActorKind.PERSON).collective(true)
            .addMembership(Membership.of(ASEAN, "leader")).build();

    /** Myanmar's military, the Tatmadaw. */
    public static final Actor MILITARY = Actor.builder().id("mmr-military").name("Myanmar military")
            .kind(ActorKind.ARMED_FORCES).country(CountryCode.of("MMR")).addAlias("Tatmadaw")
            .addCommonDescription("the military").build();
    /** The junta: the State Administration Council. */
    public static final Actor JUNTA = Actor.builder().id("mmr-sac").name("State Administration Council")
            .kind(ActorKind.GOVERNMENT).country(CountryCode.of("MMR")).addAlias("SAC")
            .addCommonDescriptions("the junta", "the military regime").build();
    /** The junta's leader, who speaks for it. */
    public static final Actor MIN_AUNG_HLAING = Actor.builder().id("min-aung-hlaing").name("Min Aung Hlaing")
            .kind(ActorKind.PERSON).country(CountryCode.of("MMR")).title("Senior General").affiliation(JUNTA)
            .addMembership(Membership.of(JUNTA, "chairman"))
            .addMembership(Membership.of(MILITARY, "commander-in-chief"))
            .addCommonDescription("the junta leader").build();
    /** The Assistance Association for Political Prisoners, a monitoring group. */
    public static final Actor AAPP = Actor.builder().id("aapp").name("Assistance Association for Political Prisoners")
            .kind(ActorKind.CIVIL_SOCIETY).country(CountryCode.of("MMR")).addAlias("AAPP")
            .addCommonDescription("the monitoring group").build();
    /** The Karen Women's Organization. */
    public static final Actor KAREN_WOMENS_ORGANIZATION = Actor.builder().id("kwo").name("Karen Women's Organization")
            .kind(ActorKind.CIVIL_SOCIETY).country(CountryCode.of("MMR")).addAlias("KWO").build();

    /** Topic: the violence in Myanmar. */
    public static final StanceTarget VIOLENCE = StanceTarget.topic("violence in Myanmar", "myanmar-violence");
    /** Topic: the democratic transition. */
    public static final StanceTarget DEMOCRATIC_TRANSITION = StanceTarget.topic("the democratic transition in Myanmar",
            "myanmar-democratic-transition");
    /** Topic: dialogue among all parties. */
    public static final StanceTarget DIALOGUE = StanceTarget.topic(
            "constructive dialogue among all parties concerned in Myanmar", "myanmar-dialogue");
    /** Topic: mediation by the ASEAN Chair's special envoy. */
    public static final StanceTarget ENVOY_MEDIATION = StanceTarget.topic(
            "mediation of the dialogue process by a special envoy of the ASEAN Chair", "asean-envoy-mediation");
    /** Topic: humanitarian assistance through the AHA Centre. */
    public static final StanceTarget HUMANITARIAN_ASSISTANCE = StanceTarget.topic(
            "humanitarian assistance through the AHA Centre", "asean-humanitarian-assistance");
    /** Topic: the envoy's visit to Myanmar. */
    public static final StanceTarget ENVOY_VISIT = StanceTarget.topic(
            "a visit to Myanmar by the special envoy and delegation", "asean-envoy-visit");

    /** The declaration of the state of emergency by the military, 1 February 2021. */
    public static final Event COUP = Event.builder().id("coup-2021-02-01").type(EventType.COUP)
            .title("Declaration of a state of emergency by the military").date(ApproximateDate.parse("2021-02-01"))
            .location(Location.of(CountryCode.of("MMR")))
            .addParticipant(Participant.of(MILITARY, ParticipantRole.INITIATOR)).addSource(UN_PRST).build();

    /** The presidential statement's British draft, with the word "coup" struck. */
    public static final Document DRAFT = Document.builder().id("unsc-prst-2021-5-draft")
            .kind(DocumentKind.DRAFT_RESOLUTION).title("British draft of the presidential statement on Myanmar")
            .date(ApproximateDate.parse("2021-03-early")).addParty(UNITED_KINGDOM).draftOf("s-prst-2021-5")
            .addPassage(Passage.builder().id("coup").label("the word 'coup'").status(PassageStatus.STRUCK)
                    .addProposedBy(UNITED_KINGDOM).addObjectedBy(CHINA, RUSSIA, INDIA, VIETNAM).build())
            .addPassage(Passage.builder().id("further-measures").label("possible further measures")
                    .status(PassageStatus.STRUCK).addProposedBy(UNITED_KINGDOM).build())
            .addSources(AFP_PRST, REUTERS_DRAFT).build();
    /** The presidential statement as adopted, by consensus. */
    public static final Document PRESIDENTIAL_STATEMENT = Document.builder().id("s-prst-2021-5")
            .kind(DocumentKind.PRESIDENTIAL_STATEMENT).title("S/PRST/2021/5, Statement by the President of the"
                    + " Security Council on Myanmar")
            .date(ApproximateDate.parse("2021-03-10")).adoptedBy(SECURITY_COUNCIL)
            .adoption(Adoption.builder().method(AdoptionMethod.CONSENSUS).build())
            .addExternalId(ExternalId.of("un-symbol", "S/PRST/2021/5")).addSource(UN_PRST).build();
    /** The five points of consensus of the ASEAN Leaders' Meeting. */
    public static final Document FIVE_POINTS = Document.builder().id("asean-five-point-consensus")
            .kind(DocumentKind.AGREEMENT).title("Five-Point Consensus of the ASEAN Leaders' Meeting")
            .date(ApproximateDate.parse("2021-04-24")).adoptedBy(ASEAN).addParties(ASEAN_LEADERS, MIN_AUNG_HLAING)
            .adoption(Adoption.builder().method(AdoptionMethod.CONSENSUS).build())
            .addPoint(AgreementPoint.of(1, "There shall be immediate cessation of violence in Myanmar and all parties"
                    + " shall exercise utmost restraint", List.of(Stance.builder().type(StanceType.APPEAL)
                            .statedPosition(Position.AGAINST).target(VIOLENCE)
                            .wording("immediate cessation of violence").build())))
            .addPoint(AgreementPoint.of(2, "Constructive dialogue among all parties concerned shall commence to seek a"
                    + " peaceful solution in the interests of the people", List.of(Stance.builder()
                            .type(StanceType.APPEAL).target(DIALOGUE).wording("constructive dialogue").build())))
            .addPoint(AgreementPoint.of(3, "A special envoy of the ASEAN Chair shall facilitate mediation of the"
                    + " dialogue process, with the assistance of the Secretary-General of ASEAN", List.of(
                            Stance.builder().type(StanceType.SUPPORT).target(ENVOY_MEDIATION).build())))
            .addPoint(AgreementPoint.of(4, "ASEAN shall provide humanitarian assistance through the AHA Centre",
                    List.of(Stance.builder().type(StanceType.AID).target(HUMANITARIAN_ASSISTANCE).build())))
            .addPoint(AgreementPoint.of(5, "The special envoy and delegation shall visit Myanmar to meet with all"
                    + " parties concerned", List.of(Stance.builder().type(StanceType.SUPPORT).target(ENVOY_VISIT)
                            .build())))
            .addSource(CHAIRMANS_STATEMENT).build();
    /** General Assembly resolution 75/287, adopted by a recorded vote. */
    public static final Document RESOLUTION_75_287 = Document.builder().id("a-res-75-287")
            .kind(DocumentKind.RESOLUTION).title("Resolution 75/287, The situation in Myanmar")
            .date(ApproximateDate.parse("2021-06-18")).adoptedBy(GENERAL_ASSEMBLY)
            .adoption(Adoption.builder().method(AdoptionMethod.VOTE).count(VoteCount.of(119, 1, 36))
                    .addVotes(Vote.of(BELARUS, VoteChoice.AGAINST), Vote.of(CHINA, VoteChoice.ABSTENTION),
                            Vote.of(RUSSIA, VoteChoice.ABSTENTION), Vote.of(INDIA, VoteChoice.ABSTENTION),
                            Vote.of(THAILAND, VoteChoice.ABSTENTION), Vote.of(INDONESIA, VoteChoice.IN_FAVOUR),
                            Vote.of(VIETNAM, VoteChoice.IN_FAVOUR))
                    .addObjector(BELARUS).build())
            .addExternalId(ExternalId.of("un-symbol", "A/RES/75/287")).addSources(UN_GA_PRESS, LAOTIAN_TIMES).build();

    /** Killed, as AAPP confirmed, 1 February to 15 April 2021. */
    public static final CasualtyReport AAPP_APRIL_15 = killed("aapp-killed-2021-04-15",
            QualifiedCount.exactly(726).withWording("a total of 726 deaths"), "2021-04-15", AAPP,
            FigureCertainty.VERIFIED, IRRAWADDY_AAPP).build();
    /** Killed, as the junta counted, 1 February to 15 April 2021. */
    public static final CasualtyReport JUNTA_APRIL_15 = killed("junta-killed-2021-04-15",
            QualifiedCount.exactly(258).withWording("only 258 people"), "2021-04-15", JUNTA,
            FigureCertainty.CLAIMED, IRRAWADDY_AAPP).build();
    /** Killed, as AAPP confirmed by 20 April 2021. */
    public static final CasualtyReport AAPP_APRIL_20 = killed("aapp-killed-2021-04-20",
            QualifiedCount.exactly(738).withWording("738"), "2021-04-20", AAPP, FigureCertainty.VERIFIED,
            MYANMAR_NOW).build();
    /** Killed, as AAPP confirmed by 18 August 2021, "likely much higher". */
    public static final CasualtyReport AAPP_AUGUST_18 = killed("aapp-killed-2021-08-18",
            QualifiedCount.exactly(1006).withWording("1,006 people"), "2021-08-18", AAPP, FigureCertainty.VERIFIED,
            ANADOLU)
            .addHedge(FigureHedge.of(FigureHedge.Kind.LIKELY_HIGHER, "the actual number of fatalities is likely much higher"))
            .build();
    /** "Hundreds of civilians, including women and children", in the Council's press statement of 1 April 2021. */
    public static final CasualtyReport HUNDREDS_KILLED = CasualtyReport.builder().id("unsc-killed-2021-04-01")
            .type(CasualtyType.KILLED).count(QualifiedCount.vague(CountQualifier.HUNDREDS).withWording("hundreds"))
            .victims(Victims.of(VictimGroup.CIVILIANS).including(VictimGroup.WOMEN, VictimGroup.CHILDREN))
            .location(Location.of(CountryCode.of("MMR"))).originator(SECURITY_COUNCIL)
            .asOf(ApproximateDate.parse("2021-04-01")).periodStart(ApproximateDate.parse("2021-02-01"))
            .addSource(AFP_APRIL).build();
    /** "More than 3,000 crossed to Thailand", said the Karen Women's Organization. */
    public static final CasualtyReport FLED_TO_THAILAND = fled("kwo-fled-thailand-2021-03-28",
            QualifiedCount.moreThan(3000).withWording("more than 3,000"), Location.of(CountryCode.of("THA")),
            REUTERS_KAREN)
            .originator(KAREN_WOMENS_ORGANIZATION).build();
    /** "Thousands flee into Thailand", to shelters in Mae Hong Son. */
    public static final CasualtyReport THOUSANDS_FLED = fled("thousands-fled-thailand-2021-03-28",
            QualifiedCount.vague(CountQualifier.THOUSANDS).withWording("thousands"),
            Location.of(CountryCode.of("THA"), "Mae Hong Son"), NATION_KAREN).build();
    /** "Up to 4 million people may flee Ukraine", UNHCR's projection. */
    public static final CasualtyReport UP_TO_FOUR_MILLION = projection("unhcr-projection-2022-02-25",
            QualifiedCount.upTo(4_000_000).withWording("up to 4 million people"), ANI_UNHCR).build();
    /** "A scenario of 1 to 5 million", UNHCR's range. */
    public static final CasualtyReport ONE_TO_FIVE_MILLION = projection("unhcr-scenario-2022-02-25",
            QualifiedCount.between(1_000_000, 5_000_000).withWording("1 to 5 million"), UNHCR_SCENARIO).build();

    /** The air strikes in Karen State. */
    public static final Event AIR_STRIKES = Event.builder().id("karen-air-strikes-2021-03").type(EventType.ATTACK)
            .title("Air strikes on Mutraw district, Karen State").date(ApproximateDate.parse("2021-03-27/2021-03-28"))
            .location(Location.of(CountryCode.of("MMR"), "Mutraw district, Karen State"))
            .addParticipant(Participant.of(MILITARY, ParticipantRole.INITIATOR))
            .addCasualtyReportIds(FLED_TO_THAILAND.id(), THOUSANDS_FLED.id()).addSources(REUTERS_KAREN, NATION_KAREN)
            .build();
    /** The ASEAN Leaders' Meeting in Jakarta. */
    public static final Event JAKARTA_MEETING = Event.builder().id("asean-leaders-meeting-2021-04-24")
            .type(EventType.MEETING).title("ASEAN Leaders' Meeting").date(ApproximateDate.parse("2021-04-24"))
            .location(Location.of(CountryCode.of("IDN"), "Jakarta"))
            .addParticipant(Participant.of(ASEAN_LEADERS, ParticipantRole.PARTICIPANT))
            .addParticipant(Participant.of(MIN_AUNG_HLAING, ParticipantRole.PARTICIPANT))
            .addSource(CHAIRMANS_STATEMENT).build();

    /** The presidential statement, read by the Council's President on its behalf. */
    public static final Statement PRESIDENTIAL = Statement.builder().id("s01-presidential-statement")
            .addSpeaker(THOMAS_GREENFIELD).onBehalfOf(SECURITY_COUNCIL).date(ApproximateDate.parse("2021-03-10"))
            .mode(StatementMode.DIRECT_QUOTE).channel(Channel.UN_PROCEEDINGS)
            .quote("The Security Council strongly condemns the violence against peaceful protestors, including"
                    + " against women, youth and children.")
            .summary("The Council condemns the violence, is concerned at developments since the state of emergency,"
                    + " supports the democratic transition and commends ASEAN's efforts")
            .addStance(Stance.builder().type(StanceType.CRITICIZE).target(VIOLENCE).intensity(Intensity.HIGH)
                    .wording("strongly condemns the violence against peaceful protestors").build())
            .addStance(Stance.builder().type(StanceType.CONCERN).target(StanceTarget.event(COUP.id()))
                    .wording("deep concern at developments in Myanmar following the declaration of the state of"
                            + " emergency").build())
            .addStance(Stance.builder().type(StanceType.SUPPORT).target(DEMOCRATIC_TRANSITION)
                    .wording("continued support for the democratic transition in Myanmar").build())
            .addStance(Stance.builder().type(StanceType.PRAISE).target(StanceTarget.actor(ASEAN))
                    .wording("commends ASEAN's continued efforts to engage with all relevant parties").build())
            .addEventId(COUP.id()).addSource(UN_PRST).build();
    /** Diplomats, unnamed: the main difficulty was China. */
    public static final Statement DIPLOMATS_ON_CHINA = Statement.builder().id("s02-diplomats-on-china")
            .addSpeaker(COUNCIL_DIPLOMATS).date(ApproximateDate.parse("2021-03-10"))
            .mode(StatementMode.REPORTED).channel(Channel.OTHER)
            .summary("Diplomats said the main source of difficulty in the negotiations was China")
            .addStance(Stance.builder().type(StanceType.CRITICIZE).target(StanceTarget.actor(CHINA))
                    .wording("the main source of difficulty was China").build())
            .addSource(AFP_PRST).build();
    /** China, Russia, India and Vietnam objected to the word "coup", as diplomats relayed it. */
    public static final Statement OBJECTIONS = Statement.builder().id("s03-objections-to-coup")
            .addSpeakers(CHINA, RUSSIA, INDIA, VIETNAM).reportedBy(COUNCIL_DIPLOMATS)
            .date(ApproximateDate.parse("2021-03-05/2021-03-10")).mode(StatementMode.REPORTED)
            .channel(Channel.UN_PROCEEDINGS)
            .summary("China, Russia, India and Vietnam objected to the word 'coup' in the British draft")
            .addStance(Stance.builder().type(StanceType.REJECT).target(StanceTarget.passage(DRAFT.id(), "coup"))
                    .wording("objected to the word 'coup'").build())
            .addSource(REUTERS_DRAFT).build();
    /** The junta disputes AAPP's figures and gives its own. */
    public static final Statement JUNTA_DISPUTES = Statement.builder().id("s04-junta-disputes-toll")
            .addSpeaker(JUNTA).date(ApproximateDate.parse("2021-04-19/2021-04-21"))
            .mode(StatementMode.PARAPHRASE).channel(Channel.OTHER)
            .summary("Citing its police records, the junta said only 258 people were killed between Feb. 1 and"
                    + " April 15, and that the fatality lists of AAPP are inflated")
            .addStance(Stance.builder().type(StanceType.REJECT)
                    .target(StanceTarget.casualtyReport(AAPP_APRIL_15.id()))
                    .wording("inflated over the actual death toll").build())
            .addSources(IRRAWADDY_AAPP, MYANMAR_NOW).build();
    /** AAPP denies the junta's claim. */
    public static final Statement AAPP_DENIES = Statement.builder().id("s05-aapp-denies")
            .addSpeaker(AAPP).date(ApproximateDate.parse("2021-04-21"))
            .mode(StatementMode.DIRECT_QUOTE).channel(Channel.OTHER)
            .quote("AAPP's 20 April fatality figure of 738 is not inflated")
            .addStance(Stance.builder().type(StanceType.DENY).target(StanceTarget.statement(JUNTA_DISPUTES.id()))
                    .wording("is not inflated").build())
            .addSource(MYANMAR_NOW).build();
    /** The bloc's leaders and Min Aung Hlaing reach consensus. */
    public static final Statement CONSENSUS = Statement.builder().id("s06-jakarta-consensus")
            .addSpeakers(ASEAN_LEADERS, MIN_AUNG_HLAING).date(ApproximateDate.parse("2021-04-24"))
            .mode(StatementMode.JOINT).channel(Channel.MEETING)
            .summary("The leaders reached five points of consensus on the situation in Myanmar")
            .addStance(Stance.builder().type(StanceType.SUPPORT).target(StanceTarget.document(FIVE_POINTS.id()))
                    .wording("reached five points of consensus").build())
            .addEventId(JAKARTA_MEETING.id()).addSource(CHAIRMANS_STATEMENT).build();
    /** The junta makes the consensus conditional. */
    public static final Statement JUNTA_CONDITIONS = Statement.builder().id("s07-junta-conditions")
            .addSpeaker(JUNTA).date(ApproximateDate.parse("2021-04-26"))
            .relativeDate(RelativeDate.after(RelativeDate.Anchor.event(JAKARTA_MEETING.id()))
                    .withWording("its first official comment on the meeting"))
            .mode(StatementMode.DIRECT_QUOTE).channel(Channel.COMMUNIQUE)
            .quote("it will give careful consideration to constructive suggestions made by ASEAN leaders when the"
                    + " situation returns to stability in the country")
            .addStance(Stance.builder().type(StanceType.INTEND_TO_COOPERATE).statedPosition(Position.CONDITIONAL)
                    .target(StanceTarget.document(FIVE_POINTS.id()))
                    .wording("when the situation returns to stability in the country").build())
            .addSource(STRAITS_TIMES).build();
    /** AAPP reports its toll: a figure, no stance. */
    public static final Statement AAPP_REPORTS = Statement.builder().id("s08-aapp-reports-toll")
            .addSpeaker(AAPP).date(ApproximateDate.parse("2021-08-18"))
            .mode(StatementMode.DIRECT_QUOTE).channel(Channel.OTHER)
            .quote("As of 18 August, 1,006 people are now confirmed killed by this junta coup")
            .addSource(ANADOLU).build();

    /** All actors. */
    public static final List<Actor> ACTORS = List.of(UN, SECURITY_COUNCIL, GENERAL_ASSEMBLY, UNHCR, ASEAN,
            UNITED_STATES, UNITED_KINGDOM, CHINA, RUSSIA, INDIA, VIETNAM, INDONESIA, THAILAND, BELARUS,
            THOMAS_GREENFIELD, COUNCIL_DIPLOMATS, ASEAN_LEADERS, MILITARY, JUNTA, MIN_AUNG_HLAING, AAPP,
            KAREN_WOMENS_ORGANIZATION);
    /** All events. */
    public static final List<Event> EVENTS = List.of(COUP, AIR_STRIKES, JAKARTA_MEETING);
    /** All statements. */
    public static final List<Statement> STATEMENTS = List.of(PRESIDENTIAL, DIPLOMATS_ON_CHINA, OBJECTIONS,
            JUNTA_DISPUTES, AAPP_DENIES, CONSENSUS, JUNTA_CONDITIONS, AAPP_REPORTS);
    /** All casualty reports. */
    public static final List<CasualtyReport> CASUALTY_REPORTS = List.of(AAPP_APRIL_15, JUNTA_APRIL_15, AAPP_APRIL_20,
            AAPP_AUGUST_18, HUNDREDS_KILLED, FLED_TO_THAILAND, THOUSANDS_FLED, UP_TO_FOUR_MILLION, ONE_TO_FIVE_MILLION);
    /** All documents. */
    public static final List<Document> DOCUMENTS = List.of(DRAFT, PRESIDENTIAL_STATEMENT, FIVE_POINTS,
            RESOLUTION_75_287);

    private SecondFixture() {
    }

    /**
     * Gets the whole fixture as one dossier.
     *
     * @return the dossier, valid
     */
    public static Dossier dossier() {
        return Dossier.builder().source(COMPILATION).addAllActors(ACTORS).addAllEvents(EVENTS)
                .addAllStatements(STATEMENTS).addAllCasualtyReports(CASUALTY_REPORTS).addAllDocuments(DOCUMENTS)
                .build();
    }

    private static SourceAttribution source(String publication, String url, String headline, LocalDate date) {
        SourceAttribution.Builder builder = SourceAttribution.builder().publication(publication).url(URI.create(url))
                .headline(headline).language("en");
        if (date != null) {
            builder.publicationDate(date);
        }
        return builder.build();
    }

    private static Actor state(String id, String name, String country) {
        return Actor.builder().id(id).name(name).kind(ActorKind.STATE).country(CountryCode.of(country))
                .cameoCode(country).build();
    }

    private static Actor member(Actor state, Actor organization, String role, String year) {
        Membership.Builder membership = Membership.builder().organization(organization).role(role);
        if (year != null) {
            membership.since(ApproximateDate.parse(year + "-01-01")).until(ApproximateDate.parse(year + "-12-31"));
        }
        return Actor.builder().from(state).addMembership(membership.build()).build();
    }

    private static CasualtyReport.Builder killed(String id, QualifiedCount count, String asOf, Actor originator,
            FigureCertainty certainty, SourceAttribution source) {
        CasualtyReport.Builder builder = CasualtyReport.builder();
        builder.id(id).type(CasualtyType.KILLED).count(count)
                .victims(Victims.of(VictimGroup.UNKNOWN)).location(Location.of(CountryCode.of("MMR")))
                .originator(originator).certainty(certainty).asOf(ApproximateDate.parse(asOf))
                .periodStart(ApproximateDate.parse("2021-02-01")).addSource(source);
        return builder;
    }

    private static CasualtyReport.Builder fled(String id, QualifiedCount count, Location destination,
            SourceAttribution source) {
        CasualtyReport.Builder builder = CasualtyReport.builder();
        builder.id(id).type(CasualtyType.FLED_ABROAD).count(count).victims(Victims.of(VictimGroup.CIVILIANS))
                .origin(Location.of(CountryCode.of("MMR"), "Mutraw district, Karen State")).destination(destination)
                .asOf(ApproximateDate.parse("2021-03-28")).addSource(source);
        return builder;
    }

    private static CasualtyReport.Builder projection(String id, QualifiedCount count, SourceAttribution source) {
        CasualtyReport.Builder builder = CasualtyReport.builder();
        builder.id(id).type(CasualtyType.FLED_ABROAD).count(count)
                .victims(Victims.of(VictimGroup.CIVILIANS)).figureKind(FigureKind.PROJECTION)
                .origin(Location.of(CountryCode.of("UKR"))).originator(UNHCR).certainty(FigureCertainty.ESTIMATED)
                .asOf(ApproximateDate.parse("2022-02-25")).addSource(source);
        return builder;
    }
}
