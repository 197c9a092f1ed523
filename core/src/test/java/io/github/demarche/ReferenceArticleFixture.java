package io.github.demarche;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The reference article, modeled in full: "China and Russia on Myanmar", March 2021
 * ({@code shared/articles/000_5b4d5c46eeeb27f0.txt}).
 *
 * <p>Assumptions, where the article is silent:
 * <ul>
 *   <li>Publication 2021-03-24, so "Tuesday" is 2021-03-23. The publication is taken to be The
 *       Irrawaddy (its "You may also like these stories" footer lists Irrawaddy headlines); its web
 *       address is unknown, so the source's URI is a URN.</li>
 *   <li>Statements the article dates only by context get the widest honest date: "have expressed
 *       deep concern" and the Russian spokesperson's remarks are March 2021 ({@code 2021-03}); the
 *       blocked resolution, the embassy protests and Beijing's denial happened between the coup and
 *       publication ({@code 2021-02-01/2021-03-24}).</li>
 *   <li>"China and Russia" are the states; "Beijing" and "Moscow" are aliases of their governments;
 *       "the junta", "the military regime" and "the regime" are common descriptions of one actor,
 *       Myanmar's military regime, affiliated with the military, which the directory resolves;
 *       "pro-democracy supporters" and "anti-coup protesters" are one movement.</li>
 *   <li>The critics of China and Russia ("have faced severe criticism") are not named: they are
 *       one unnamed, collective actor. Beijing's denial "of the suggestion that it supports the
 *       military takeover" is a stance on their statement, which it answers ("Stung by the
 *       criticism"), not on the coup.</li>
 *   <li>The embassies the protesters targeted are actors of their own, each speaking for its
 *       state's government.</li>
 *   <li>The blocked resolution and the protesters' call on the UN concern one topic, UN action on
 *       Myanmar ({@code un-action-on-myanmar}): that is where the protesters and China and Russia
 *       take opposite stances.</li>
 *   <li>Left out: the related-stories footer; and what no one claims ("the general did not reveal
 *       if Myanmar's other neighbors are cooperating").</li>
 * </ul>
 */
public final class ReferenceArticleFixture {

    /** The article's publication date (assumed). */
    public static final LocalDate PUBLISHED = LocalDate.of(2021, 3, 24);

    /** The source: the article. */
    public static final SourceAttribution SOURCE = SourceAttribution.builder()
            .publication("The Irrawaddy")
            .url(URI.create("urn:demarche:article:000_5b4d5c46eeeb27f0"))
            .publicationDate(PUBLISHED)
            .language("en")
            .build();

    /** China, the state. */
    public static final Actor CHINA = state("chn", "China", "CHN", "Q148");
    /** China's government, "Beijing". */
    public static final Actor CHINA_GOV = Actor.builder().id("chn-gov").name("Government of China")
            .kind(ActorKind.GOVERNMENT).country(CountryCode.of("CHN")).affiliation(CHINA)
            .addAlias("Beijing").cameoCode("CHNGOV").build();
    /** China's foreign minister. */
    public static final Actor WANG_YI = Actor.builder().from(person("wang-yi", "Wang Yi", "CHN", "Foreign Minister",
            CHINA_GOV)).surname("Wang").build();
    /** Russia, the state. */
    public static final Actor RUSSIA = state("rus", "Russia", "RUS", "Q159");
    /** Russia's government, "Moscow", "the Russian authorities". */
    public static final Actor RUSSIA_GOV = Actor.builder().id("rus-gov").name("Government of Russia")
            .kind(ActorKind.GOVERNMENT).country(CountryCode.of("RUS")).affiliation(RUSSIA)
            .addAliases("Moscow", "Russian authorities").cameoCode("RUSGOV").build();
    /** Russia's foreign minister. */
    public static final Actor LAVROV = person("sergei-lavrov", "Sergei Lavrov", "RUS", "Foreign Minister", RUSSIA_GOV);
    /** "A spokesperson for Russia", unnamed. */
    public static final Actor RUSSIAN_SPOKESPERSON = person("rus-spokesperson", "Spokesperson for Russia", "RUS",
            "Spokesperson", RUSSIA_GOV);
    /** Myanmar, the state. */
    public static final Actor MYANMAR = state("mmr", "Myanmar", "MMR", "Q836");
    /** Myanmar's military. */
    public static final Actor MILITARY = Actor.builder().id("mmr-military").name("Myanmar military")
            .kind(ActorKind.ARMED_FORCES).country(CountryCode.of("MMR")).affiliation(MYANMAR)
            .addAlias("Tatmadaw").cameoCode("MMRMIL").build();
    /** The junta, "the military regime". */
    public static final Actor JUNTA = Actor.builder().id("mmr-junta").name("Myanmar military regime")
            .kind(ActorKind.GOVERNMENT).country(CountryCode.of("MMR")).affiliation(MILITARY)
            .addCommonDescriptions("the junta", "the military regime", "the regime").cameoCode("MMRGOV").build();
    /** The security forces that carried out the crackdowns. */
    public static final Actor SECURITY_FORCES = Actor.builder().id("mmr-security-forces")
            .name("Myanmar security forces").kind(ActorKind.ARMED_FORCES).country(CountryCode.of("MMR"))
            .affiliation(JUNTA).build();
    /** The junta's spokesman. */
    public static final Actor ZAW_MIN_TUN = Actor.builder().from(person("zaw-min-tun", "Zaw Min Tun", "MMR",
            "Brigadier General", JUNTA)).addMembership(Membership.of(JUNTA, "spokesman")).build();
    /** The junta's leader: "junta leader Senior General Min Aung Hlaing". */
    public static final Actor MIN_AUNG_HLAING = Actor.builder().from(person("min-aung-hlaing", "Min Aung Hlaing",
            "MMR", "Senior General", JUNTA)).addMembership(Membership.of(JUNTA, "leader")).build();
    /** The pro-democracy, anti-coup movement. */
    public static final Actor PROTESTERS = Actor.builder().id("mmr-protesters")
            .name("Myanmar pro-democracy movement").kind(ActorKind.CIVIL_SOCIETY).country(CountryCode.of("MMR"))
            .addAliases("pro-democracy supporters", "anti-coup protesters", "pro-democracy demonstrators")
            .build();
    /** The United Nations. */
    public static final Actor UN = Actor.builder().id("un").name("United Nations")
            .kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).addAliases("UN", "U.N").wikidataId("Q1065")
            .cameoCode("IGOUNO").build();
    /** The UN Security Council. */
    public static final Actor UN_SECURITY_COUNCIL = Actor.builder().id("unsc").name("UN Security Council")
            .kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).affiliation(UN).addAlias("U.N Security Council")
            .wikidataId("Q37470").build();
    /** ASEAN. */
    public static final Actor ASEAN = Actor.builder().id("asean").name("Association of Southeast Asian Nations")
            .kind(ActorKind.INTERGOVERNMENTAL_ORGANIZATION).addAlias("ASEAN").wikidataId("Q7768").build();
    /** The critics of China and Russia, unnamed: "China and Russia have faced severe criticism". */
    public static final Actor CRITICS = Actor.builder().id("unnamed-critics").description("critics of China and Russia")
            .kind(ActorKind.OTHER).collective(true).build();
    /** China's embassy in Yangon. */
    public static final Actor CHINESE_EMBASSY = Actor.builder().id("chn-embassy-yangon").name("Chinese embassy in Yangon")
            .kind(ActorKind.GOVERNMENT).country(CountryCode.of("CHN")).affiliation(CHINA_GOV).build();
    /** Russia's embassy in Yangon. */
    public static final Actor RUSSIAN_EMBASSY = Actor.builder().id("rus-embassy-yangon").name("Russian embassy in Yangon")
            .kind(ActorKind.GOVERNMENT).country(CountryCode.of("RUS")).affiliation(RUSSIA_GOV).build();

    /** Topic: the situation in Myanmar. */
    public static final StanceTarget SITUATION = StanceTarget.topic("the situation in Myanmar", "myanmar-situation");
    /** Topic: a political solution within the constitution and legal framework. */
    public static final StanceTarget POLITICAL_SOLUTION = StanceTarget.topic(
            "a political solution to the crisis within the constitution and legal framework",
            "myanmar-political-solution");
    /** Topic: further conflict and bloodshed avoided. */
    public static final StanceTarget NO_BLOODSHED = StanceTarget.topic("avoiding further conflict and bloodshed",
            "myanmar-no-bloodshed");
    /** Topic: the democratic transition. */
    public static final StanceTarget DEMOCRATIC_TRANSITION = StanceTarget.topic(
            "parties who seek political dialogue and advance the democratic transition",
            "myanmar-democratic-transition");
    /** Topic: action by the United Nations on Myanmar. */
    public static final StanceTarget UN_ACTION = StanceTarget.topic("United Nations action against the military regime",
            "un-action-on-myanmar");
    /** Topic: reconciliation among the parties. */
    public static final StanceTarget RECONCILIATION = StanceTarget.topic(
            "reconciliation by engaging with all relevant parties", "myanmar-reconciliation");
    /** Topic: civilian casualties. */
    public static final StanceTarget CIVILIAN_CASUALTIES = StanceTarget.topic("rising casualties among civilians",
            "myanmar-civilian-casualties");
    /** Topic: external forces taking advantage of the crisis. */
    public static final StanceTarget EXTERNAL_FORCES = StanceTarget.topic(
            "external forces taking advantage of the crisis for their own gain", "myanmar-external-forces");
    /** Topic: cooperation with Myanmar's five neighbours. */
    public static final StanceTarget NEIGHBOURS = StanceTarget.topic(
            "cooperation with the five countries that neighbor Myanmar", "myanmar-neighbours");

    /** The coup of Feb. 1, 2021. */
    public static final Event COUP = Event.builder().addSource(SOURCE).id("coup-2021-02-01")
            .type(EventType.COUP)
            .title("Military takeover in Myanmar").date(ApproximateDate.parse("2021-02-01"))
            .location(Location.of(CountryCode.of("MMR")))
            .addParticipant(Participant.of(MILITARY, ParticipantRole.INITIATOR)).build();
    /** The casualty figure: over 270 civilians killed as of Tuesday, since the coup. */
    public static final CasualtyReport KILLED = CasualtyReport.builder().id("killed-2021-03-23")
            .type(CasualtyType.KILLED).count(QualifiedCount.moreThan(270).withWording("over 270"))
            .victims(Victims.of(VictimGroup.CIVILIANS)).perpetrator(SECURITY_FORCES)
            .location(Location.of(CountryCode.of("MMR"))).asOf(ApproximateDate.parse("2021-03-23"))
            .periodStart(ApproximateDate.parse("2021-02-01")).addSource(SOURCE).build();
    /** The crackdowns on pro-democracy demonstrators since the coup. */
    public static final Event CRACKDOWN = Event.builder().addSource(SOURCE).id("crackdown-2021")
            .type(EventType.CRACKDOWN)
            .title("Crackdowns on pro-democracy demonstrators across the country")
            .date(ApproximateDate.parse("2021-02-01/..")).location(Location.of(CountryCode.of("MMR")))
            .addParticipant(Participant.of(SECURITY_FORCES, ParticipantRole.INITIATOR))
            .addParticipant(Participant.of(PROTESTERS, ParticipantRole.TARGET))
            .addCasualtyReportId(KILLED.id()).build();
    /** The Wang Yi – Lavrov meeting on Tuesday. */
    public static final Event MEETING = Event.builder().addSource(SOURCE).id("wang-lavrov-2021-03-23")
            .type(EventType.MEETING)
            .title("Meeting of Foreign Ministers Wang Yi and Sergei Lavrov")
            .date(ApproximateDate.parse("2021-03-23"))
            .addParticipant(Participant.of(WANG_YI, ParticipantRole.PARTICIPANT))
            .addParticipant(Participant.of(LAVROV, ParticipantRole.PARTICIPANT)).build();
    /** The UN Security Council resolution condemning the coup, blocked by China and Russia. */
    public static final Event BLOCKED_RESOLUTION = Event.builder().addSource(SOURCE).id("unsc-resolution-coup")
            .type(EventType.VOTE_OR_RESOLUTION).blocked(true).coding(Coding.of(CameoCode.gdelt("12")))
            .title("UN Security Council resolution condemning the Feb. 1 coup")
            .date(ApproximateDate.parse("2021-02-01/2021-03-24"))
            .addParticipant(Participant.of(UN_SECURITY_COUNCIL, ParticipantRole.PARTICIPANT))
            .addParticipant(Participant.of(CHINA, ParticipantRole.INITIATOR))
            .addParticipant(Participant.of(RUSSIA, ParticipantRole.INITIATOR)).build();
    /** The protests at the Chinese and Russian embassies in Yangon. */
    public static final Event EMBASSY_PROTESTS = Event.builder().addSource(SOURCE).id("embassy-protests-yangon")
            .type(EventType.PROTEST).title("Anti-coup protests at the Chinese and Russian embassies in Yangon")
            .date(ApproximateDate.parse("2021-02-01/2021-03-24"))
            .location(Location.of(CountryCode.of("MMR"), "Yangon"))
            .addParticipant(Participant.of(PROTESTERS, ParticipantRole.INITIATOR))
            .addParticipant(Participant.of(CHINESE_EMBASSY, ParticipantRole.TARGET))
            .addParticipant(Participant.of(RUSSIAN_EMBASSY, ParticipantRole.TARGET)).build();
    /** The junta's press conference on Tuesday. */
    public static final Event PRESS_CONFERENCE = Event.builder().addSource(SOURCE).id("junta-press-2021-03-23")
            .type(EventType.PRESS_CONFERENCE).title("Military regime press conference")
            .date(ApproximateDate.parse("2021-03-23"))
            .addParticipant(Participant.of(ZAW_MIN_TUN, ParticipantRole.INITIATOR)).build();

    /** 1. China and Russia express "deep concern" about the situation in Myanmar. */
    public static final Statement DEEP_CONCERN = Statement.builder().id("s01-deep-concern")
            .addSpeakers(CHINA, RUSSIA).date(ApproximateDate.parse("2021-03"))
            .mode(StatementMode.DIRECT_QUOTE).channel(Channel.OTHER).quote("deep concern")
            .summary("China and Russia have both expressed deep concern about the situation in Myanmar")
            .addStance(Stance.builder().type(StanceType.CONCERN).target(SITUATION).intensity(Intensity.HIGH)
                    .wording("deep concern").build())
            .addSource(SOURCE).build();
    /** 2. Unnamed critics: China and Russia fail to condemn the takeover and block a resolution. */
    public static final Statement CRITICISM = Statement.builder().id("s02-criticism")
            .addSpeaker(CRITICS).date(ApproximateDate.parse("2021-02-01/2021-03-24"))
            .mode(StatementMode.REPORTED).channel(Channel.OTHER)
            .summary("China and Russia have faced severe criticism for failing to condemn the military's takeover"
                    + " and for blocking a UN Security Council resolution condemning the coup")
            .addStance(criticize(CHINA)).addStance(criticize(RUSSIA))
            .addEventIds(COUP.id(), BLOCKED_RESOLUTION.id()).addSource(SOURCE).build();
    /** 3. The joint statement of Wang Yi and Lavrov at their meeting on Tuesday. */
    public static final Statement JOINT_STATEMENT = Statement.builder().id("s03-joint-statement")
            .addSpeakers(WANG_YI, LAVROV).date(ApproximateDate.parse("2021-03-23"))
            .mode(StatementMode.JOINT).channel(Channel.MEETING)
            .summary("Both ministers support all parties in Myanmar seeking a political solution within the"
                    + " constitution and legal framework, avoiding further conflict and bloodshed, and"
                    + " advancing the democratic transition")
            .addStance(Stance.builder().type(StanceType.SUPPORT).target(POLITICAL_SOLUTION)
                    .wording("voiced support for all parties in Myanmar to seek a political solution").build())
            .addStance(Stance.builder().type(StanceType.APPEAL).target(NO_BLOODSHED)
                    .wording("to avoid further conflict and bloodshed").build())
            .addStance(Stance.builder().type(StanceType.SUPPORT).target(DEMOCRATIC_TRANSITION)
                    .wording("support all parties in Myanmar who seek political dialogue").build())
            .addStance(Stance.builder().type(StanceType.REJECT).target(EXTERNAL_FORCES)
                    .wording("to prevent external forces from taking advantage of the crisis for their own gain").build())
            .addEventId(MEETING.id()).addSource(SOURCE).build();
    /** 4. Pro-democracy supporters call on the UN to take serious action against the military regime. */
    public static final Statement CALL_ON_UN = Statement.builder().id("s04-call-on-un")
            .addSpeaker(PROTESTERS).date(ApproximateDate.parse("2021-03"))
            .mode(StatementMode.REPORTED).channel(Channel.OTHER)
            .summary("Pro-democracy supporters call on the United Nations to take serious action against the"
                    + " military regime")
            .addStance(Stance.builder().type(StanceType.APPEAL).target(UN_ACTION)
                    .wording("called on the United Nations (UN) to take serious action").build())
            .addSource(SOURCE).build();
    /** 5. China and Russia block a UN Security Council resolution condemning the coup. */
    public static final Statement VETO = Statement.builder().id("s05-blocked-resolution")
            .addSpeakers(CHINA, RUSSIA).date(ApproximateDate.parse("2021-02-01/2021-03-24"))
            .mode(StatementMode.REPORTED).channel(Channel.UN_PROCEEDINGS)
            .summary("China and Russia blocked a UN Security Council resolution condemning the Feb. 1 coup")
            .addStance(Stance.builder().type(StanceType.VETO).target(UN_ACTION)
                    .wording("blocking a U.N Security Council resolution condemning the Feb.1 coup").build())
            .addEventIds(BLOCKED_RESOLUTION.id(), COUP.id()).addSource(SOURCE).build();
    /** 6. Anti-coup protesters accuse China and Russia of supporting the junta. */
    public static final Statement EMBASSY_PROTEST = Statement.builder().id("s06-embassy-protests")
            .addSpeaker(PROTESTERS).date(ApproximateDate.parse("2021-02-01/2021-03-24"))
            .mode(StatementMode.REPORTED).channel(Channel.OTHER)
            .summary("Anti-coup protesters at the Chinese and Russian embassies in Yangon accuse them of supporting"
                    + " the junta and demand that Beijing and Moscow stand with the people of Myanmar")
            .addStances(accuse(CHINA), accuse(RUSSIA), demand(CHINA_GOV), demand(RUSSIA_GOV))
            .addStance(Stance.builder().type(StanceType.CRITICIZE).target(StanceTarget.actor(JUNTA))
                    .wording("protests against the regime").build())
            .addEventId(EMBASSY_PROTESTS.id()).addSource(SOURCE).build();
    /** 7. Beijing, stung by the criticism, denies supporting the military takeover. */
    public static final Statement DENIAL = Statement.builder().id("s07-beijing-denial")
            .addSpeaker(CHINA_GOV).date(ApproximateDate.parse("2021-02-01/2021-03-24"))
            .mode(StatementMode.REPORTED).channel(Channel.OTHER)
            .summary("Beijing has denied the suggestion that it supports the military takeover")
            .addStance(Stance.builder().type(StanceType.DENY).target(StanceTarget.statement(CRITICISM.id()))
                    .wording("denied the suggestion that it supports the military takeover").build())
            .addEventId(COUP.id()).addSource(SOURCE).build();
    /** 8. In early March, Wang Yi says Beijing will try to bring about reconciliation. */
    public static final Statement RECONCILIATION_PLEDGE = Statement.builder().id("s08-reconciliation")
            .addSpeaker(WANG_YI).onBehalfOf(CHINA_GOV).date(ApproximateDate.parse("2021-03-early"))
            .mode(StatementMode.PARAPHRASE).channel(Channel.OTHER)
            .summary("Beijing will try to bring about reconciliation by engaging with all relevant parties")
            .addStance(Stance.builder().type(StanceType.INTEND_TO_MEDIATE).target(RECONCILIATION)
                    .wording("try to bring about reconciliation").build())
            .addSource(SOURCE).build();
    /** 9. A Russian spokesperson: rising civilian casualties alarming; suspension of military cooperation weighed. */
    public static final Statement RUSSIA_ALARMED = Statement.builder().id("s09-russia-alarmed")
            .addSpeaker(RUSSIAN_SPOKESPERSON).onBehalfOf(RUSSIA_GOV).date(ApproximateDate.parse("2021-03"))
            .mode(StatementMode.PARAPHRASE).channel(Channel.OTHER)
            .summary("Reports of rising casualties among civilians are alarming; the Russian authorities are"
                    + " weighing the possibility of suspending military cooperation with Myanmar")
            .addStance(Stance.builder().type(StanceType.CONCERN).target(CIVILIAN_CASUALTIES)
                    .intensity(Intensity.HIGH).wording("alarming").build())
            .addStance(Stance.builder().type(StanceType.THREATEN_SANCTIONS).target(StanceTarget.actor(MYANMAR))
                    .contemplated(true)
                    .wording("weighing the possibility of suspending military cooperation with Myanmar").build())
            .addSource(SOURCE).build();
    /** 10. The junta's spokesman at Tuesday's press conference. */
    public static final Statement JUNTA_PRESS = Statement.builder().id("s10-junta-press-conference")
            .addSpeaker(ZAW_MIN_TUN).onBehalfOf(JUNTA).date(ApproximateDate.parse("2021-03-23"))
            .mode(StatementMode.PARAPHRASE).channel(Channel.PRESS_CONFERENCE)
            .summary("The junta is cooperating with the five countries that neighbor Myanmar; China is a friendly"
                    + " neighbour with strategic relations; Senior General Min Aung Hlaing and the cabinet value and"
                    + " respect the words of neighboring countries and ASEAN")
            .addStance(Stance.builder().type(StanceType.INTEND_TO_COOPERATE).target(NEIGHBOURS)
                    .wording("the junta is cooperating with the five countries that neighbor Myanmar").build())
            .addStance(Stance.builder().type(StanceType.PRAISE).target(StanceTarget.actor(CHINA))
                    .wording("China was a friendly neighbour and had strategic relations").build())
            .addStance(Stance.builder().type(StanceType.PRAISE).target(StanceTarget.actor(ASEAN))
                    .wording("value and respect the words of neighboring countries, ASEAN").build())
            .addEventId(PRESS_CONFERENCE.id()).addSource(SOURCE).build();

    /** All actors of the article. */
    public static final List<Actor> ACTORS = List.of(CHINA, CHINA_GOV, WANG_YI, RUSSIA, RUSSIA_GOV, LAVROV,
            RUSSIAN_SPOKESPERSON, MYANMAR, MILITARY, JUNTA, SECURITY_FORCES, ZAW_MIN_TUN, MIN_AUNG_HLAING, PROTESTERS,
            UN, UN_SECURITY_COUNCIL, ASEAN, CRITICS, CHINESE_EMBASSY, RUSSIAN_EMBASSY);
    /** All events of the article. */
    public static final List<Event> EVENTS = List.of(COUP, CRACKDOWN, MEETING, BLOCKED_RESOLUTION, EMBASSY_PROTESTS,
            PRESS_CONFERENCE);
    /**
     * All statements of the article, in the order of its paragraphs, except the critics' (2), added
     * last when the model could first say it, so that the others keep their places.
     */
    public static final List<Statement> STATEMENTS = List.of(DEEP_CONCERN, JOINT_STATEMENT, CALL_ON_UN, VETO,
            EMBASSY_PROTEST, DENIAL, RECONCILIATION_PLEDGE, RUSSIA_ALARMED, JUNTA_PRESS, CRITICISM);

    private ReferenceArticleFixture() {
    }

    /**
     * Gets the whole article as one dossier.
     *
     * @return the dossier, valid
     */
    public static Dossier dossier() {
        return Dossier.builder().source(SOURCE).addAllActors(ACTORS).addAllEvents(EVENTS)
                .addAllStatements(STATEMENTS).addCasualtyReport(KILLED).build();
    }

    private static Actor state(String id, String name, String country, String wikidata) {
        return Actor.builder().id(id).name(name).kind(ActorKind.STATE).country(CountryCode.of(country))
                .wikidataId(wikidata).cameoCode(country).build();
    }

    private static Actor person(String id, String name, String country, String title, Actor affiliation) {
        return Actor.builder().id(id).name(name).kind(ActorKind.PERSON).country(CountryCode.of(country))
                .title(title).affiliation(affiliation).build();
    }

    private static Stance criticize(Actor target) {
        return Stance.builder().type(StanceType.CRITICIZE).target(StanceTarget.actor(target)).intensity(Intensity.HIGH)
                .wording("severe criticism for failing to condemn the military's takeover").build();
    }

    private static Stance accuse(Actor target) {
        return Stance.builder().type(StanceType.ACCUSE).target(StanceTarget.actor(target))
                .wording("accusing them of supporting the junta").build();
    }

    private static Stance demand(Actor target) {
        return Stance.builder().type(StanceType.DEMAND).target(StanceTarget.actor(target))
                .wording("demanding that Beijing and Moscow stand with the people of Myanmar").build();
    }
}
