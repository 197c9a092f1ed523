package io.github.demarche;

import static io.github.demarche.ReferenceArticleFixture.CHINA;
import static io.github.demarche.ReferenceArticleFixture.DEEP_CONCERN;
import static io.github.demarche.ReferenceArticleFixture.KILLED;
import static io.github.demarche.ReferenceArticleFixture.MEETING;
import static io.github.demarche.ReferenceArticleFixture.SOURCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The provenance every record shares: sources, external ids, extension attributes, locations. */
class ProvenanceTest {

    private static final SourceAttribution ICEWS = SourceAttribution.builder().publication("Indo-Asian News Service")
            .documentId("47400363").sentenceNumber(1).build();

    @Test
    void every_record_needs_a_source() {
        assertThat(Statement.builder().from(DEEP_CONCERN).sources(List.of()).validate())
                .containsExactly(Violation.of("sources", ViolationCode.EMPTY,
                        "Statement.sources must hold at least one element, got []"));
        assertThat(Event.builder().from(MEETING).sources(List.of()).validate())
                .containsExactly(Violation.of("sources", ViolationCode.EMPTY,
                        "Event.sources must hold at least one element, got []"));
        assertThat(CasualtyReport.builder().from(KILLED).sources(List.of()).validate())
                .containsExactly(Violation.of("sources", ViolationCode.EMPTY,
                        "CasualtyReport.sources must hold at least one element, got []"));
    }

    @Test
    void a_record_may_cite_several_sources() {
        Statement cited = Statement.builder().from(DEEP_CONCERN).addSource(ICEWS).build();
        assertThat(cited.sources()).containsExactly(SOURCE, ICEWS);
        assertThat(cited).isNotEqualTo(DEEP_CONCERN);
    }

    @Test
    void keeps_external_ids_and_refuses_one_twice() {
        ExternalId gdelt = ExternalId.of("gdelt", "881990842");
        Statement coded = Statement.builder().from(DEEP_CONCERN).addExternalId(gdelt).build();
        assertThat(coded.externalIds()).containsExactly(gdelt);
        assertThat(Event.builder().from(MEETING).addExternalIds(gdelt, gdelt).validate())
                .containsExactly(Violation.of("externalIds[1]", ViolationCode.DUPLICATE,
                        "Event.externalIds[1] must name each external id once, got gdelt:881990842"));
        assertThat(Actor.builder().from(CHINA).addExternalIds(gdelt, ExternalId.of("icews", "881990842")).validate())
                .isEmpty();
        assertThat(Actor.builder().from(CHINA).addExternalIds(gdelt, gdelt).validate())
                .extracting(Violation::path).containsExactly("externalIds[1]");
    }

    @Test
    void keeps_typed_extension_attributes_and_checks_their_keys() {
        CasualtyReport report = CasualtyReport.builder().from(KILLED)
                .putAttribute("gdelt.NumMentions", AttributeValue.of(5))
                .putAttribute("gdelt.AvgTone", AttributeValue.of(new BigDecimal("-2.54350736278448")))
                .putAttribute("ucdp:event_clarity", AttributeValue.of(1))
                .build();
        assertThat(report.attributes()).containsEntry("gdelt.NumMentions", AttributeValue.of(5)).hasSize(3);
        assertThat(Statement.builder().from(DEEP_CONCERN).putAttribute("1st", AttributeValue.of(true)).validate())
                .containsExactly(Violation.of("attributes", ViolationCode.MALFORMED,
                        "Statement.attributes must have keys that are a letter followed by letters, digits, '.', '_',"
                                + " '-' or ':', got '1st'"));
        assertThat(Actor.builder().from(CHINA).putAttribute("k".repeat(64), AttributeValue.of(true)).validate()).isEmpty();
        assertThat(Actor.builder().from(CHINA).putAttribute("k".repeat(65), AttributeValue.of(true)).validate())
                .containsExactly(Violation.of("attributes." + "k".repeat(65), ViolationCode.TOO_LONG,
                        "Actor.attributes." + "k".repeat(65) + " must have keys of at most 64 characters,"
                                + " got 65 characters"));
        assertThat(Event.builder().from(MEETING).putAttribute("has space", AttributeValue.of(1)).validate())
                .extracting(Violation::code).containsExactly(ViolationCode.MALFORMED);
    }

    @Test
    void a_statement_and_a_participant_may_have_a_place_and_a_report_need_not() {
        Location moscow = Location.builder().country(CountryCode.of("RUS")).place("Moscow").build();
        assertThat(Statement.builder().from(DEEP_CONCERN).location(moscow).build().location()).contains(moscow);
        assertThat(DEEP_CONCERN.location()).isEmpty();
        Participant located = Participant.of(CHINA, ParticipantRole.TARGET, moscow);
        assertThat(located.location()).contains(moscow);
        assertThat(located).hasToString("chn (TARGET) at Moscow, RUS").isNotEqualTo(Participant.of(CHINA,
                ParticipantRole.TARGET));
        assertThat(located.hasSameActorAndRoleAs(Participant.of(CHINA, ParticipantRole.TARGET))).isTrue();
        assertThat(Event.builder().from(MEETING).participants(List.of(located, Participant.of(CHINA,
                ParticipantRole.TARGET))).validate()).extracting(Violation::code).containsExactly(ViolationCode.DUPLICATE);
        assertThat(CasualtyReport.builder().from(KILLED).location(java.util.Optional.empty()).build().location()).isEmpty();
    }

    @Test
    void an_event_carries_its_own_estimate_of_the_dead() {
        QualifiedCount estimate = QualifiedCount.about(6).withBounds(5, 6, java.util.OptionalLong.of(9));
        assertThat(Event.builder().from(MEETING).deaths(estimate).build().deaths()).contains(estimate);
        assertThat(MEETING.deaths()).isEmpty();
    }

    @Test
    void an_actor_keeps_its_sectors_as_written() {
        Actor trump = Actor.builder().id("donald-trump").name("Donald Trump").kind(ActorKind.PERSON)
                .addSectors("Government", "Executive Office", "Executive").build();
        assertThat(trump.sectors()).containsExactly("Government", "Executive Office", "Executive");
        assertThat(Actor.builder().from(trump).addSector(" ").validate()).containsExactly(Violation.of("sectors[3]",
                ViolationCode.BLANK, "Actor.sectors[3] must not be blank, got ' '"));
    }

    @Test
    void a_dossier_dates_records_against_the_earliest_publication_of_their_sources() {
        SourceAttribution earlier = SourceAttribution.builder().publication("Earlier")
                .publicationDate(LocalDate.of(2021, 2, 28)).build();
        Statement late = Statement.builder().from(DEEP_CONCERN).addSource(earlier).build();
        Dossier.Builder dossier = Dossier.builder().from(ReferenceArticleFixture.dossier()).statements(List.of(late));
        assertThat(dossier.validate()).containsExactly(Violation.of("statements[0].date",
                ViolationCode.DATED_AFTER_PUBLICATION,
                "Dossier.statements[0].date must not be after the source's publication date 2021-02-28, got '2021-03'"));
    }
}
