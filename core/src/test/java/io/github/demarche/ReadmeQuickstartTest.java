package io.github.demarche;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's quickstart, as code: if the API changes under it, this fails and the README gets fixed. */
class ReadmeQuickstartTest {

    @Test
    void the_quickstart_works_as_written() {
        Actor china = Actor.builder().id("chn").name("China").kind(ActorKind.STATE)
                .country(CountryCode.of("CHN")).build();
        Actor chinaGov = Actor.builder().id("chn-gov").name("Government of China").kind(ActorKind.GOVERNMENT)
                .country(CountryCode.of("CHN")).affiliation(china).addAlias("Beijing").build();
        Actor wangYi = Actor.builder().id("wang-yi").name("Wang Yi").kind(ActorKind.PERSON)
                .country(CountryCode.of("CHN")).title("Foreign Minister").affiliation(chinaGov).build();
        Actor lavrov = ReferenceArticleFixture.LAVROV;

        SourceAttribution source = SourceAttribution.builder().publication("The Irrawaddy")
                .url("urn:demarche:article:000_5b4d5c46eeeb27f0")
                .publicationDate(LocalDate.of(2021, 3, 24)).language("en").build();

        Statement joint = Statement.builder().id("s03-joint-statement")
                .addSpeakers(wangYi, lavrov)
                .date(ApproximateDate.parse("2021-03-23"))
                .mode(StatementMode.JOINT).channel(Channel.MEETING)
                .summary("Both support all parties in Myanmar seeking a political solution")
                .addStance(Stance.builder().type(StanceType.SUPPORT)
                        .target(StanceTarget.topic("a political solution", "myanmar-political-solution"))
                        .wording("voiced support for all parties in Myanmar to seek a political solution")
                        .build())
                .addSource(source)
                .build();

        assertThat(joint.stances().get(0).cooperationScore()).isEqualTo(3.4);
        assertThat(ApproximateDate.parse("2021-03-early").isBefore(joint.date())).isTrue();
        assertThat(ApproximateDate.parse("2021-03").isBefore(joint.date())).isFalse();
        assertThat(wangYi.isAffiliatedWith(china)).isTrue();
        assertThat(QualifiedCount.moreThan(270).withWording("over 270").low()).isEqualTo(271);
        assertThat(QualifiedCount.moreThan(270).isUnbounded()).isTrue();
    }

    @Test
    void the_quickstarts_bad_input_reports_both_violations() {
        assertThatThrownBy(() -> Actor.builder().id("Wang Yi").name(" ").kind(ActorKind.PERSON).build())
                .isInstanceOf(ValidationException.class)
                .hasMessage("2 violations: Actor.id must be lower-case letters and digits separated by single '-', '.'"
                        + " or '_', got 'Wang Yi'; Actor.name must not be blank, got ' '");
    }

    @Test
    void the_event_data_example_works_as_written() {
        Event row = Event.builder().id("gdelt-881990880").type(EventType.OTHER)
                .date(ApproximateDate.parse("20191017"))
                .coding(Coding.builder().cameoCode(CameoCode.gdelt("012"))
                        .reportedScore(new BigDecimal("-0.4")).build())
                .location(Location.builder().country(CountryCode.ofFips("CH")).place("China")
                        .coordinates(Coordinates.parse("35", "105"))
                        .precision(LocationPrecision.of(LocationPrecision.Scale.GDELT_GEO_TYPE, 1)).build())
                .addSource(SourceAttribution.builder().coder("GDELT")
                        .url("https://www.bworldonline.com/from-wyoming-to-australia-coals-heartlands-are-retreating/")
                        .codedAt(CompactDates.parseTimestamp("20191024143000")).build())
                .addExternalId(ExternalId.of("gdelt", "881990880"))
                .putAttribute("gdelt.NumMentions", AttributeValue.of(5))
                .putAttribute("gdelt.AvgTone", AttributeValue.of(new BigDecimal("-2.54350736278448")))
                .build();

        assertThat(row.cameoRootCode()).isEqualTo("01");
        assertThat(row.coding().orElseThrow().cameoCode().orElseThrow().name()).isEqualTo("Make pessimistic comment");
        assertThat(row.date()).isEqualTo(ApproximateDate.parse("2019-10-17"));
        assertThat(row.location().orElseThrow().country()).contains(CountryCode.of("CHN"));
        assertThat(CountryCode.ofName("Russian Federation")).isEqualTo(CountryCode.of("RUS"));
        assertThat(CameoActorCode.parse("SRBCVLalb").country()).contains(CountryCode.of("SRB"));
    }
}
