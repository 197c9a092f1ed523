package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.json;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.ApproximateDate;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.AttributeValue;
import io.github.demarche.Coding;
import io.github.demarche.Coordinates;
import io.github.demarche.DatePrecision;
import io.github.demarche.Location;
import io.github.demarche.SourceAttribution;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void writes_blocked_only_when_true_and_a_coding_only_when_coded() {
        assertThat(write(ReferenceArticleFixture.BLOCKED_RESOLUTION))
                .contains("\"blocked\":true,\"coding\":{\"cameoCode\":\"12\",\"cameoDialect\":\"gdelt\"},");
        assertThat(write(ReferenceArticleFixture.COUP)).doesNotContain("blocked").doesNotContain("coding")
                .doesNotContain("cameoRootCode");
    }

    @Test
    void reads_absent_blocked_and_coding_as_the_defaults() throws Exception {
        Event read = MAPPER.readValue(json("{'id':'coup','type':'coup','date':'2021-02-01','sources':[{'coder':'X'}]}"),
                Event.class);

        assertThat(read.isBlocked()).isFalse();
        assertThat(read.coding()).isEmpty();
        assertThat(read.title()).isEmpty();
        assertThat(read.cameoRootCode()).isEqualTo("17");
        assertThat(read).isEqualTo(Event.builder().id("coup").type(EventType.COUP)
                .date(ApproximateDate.parse("2021-02-01")).addSource(SourceAttribution.builder().coder("X").build())
                .build());
    }

    @Test
    void reads_and_writes_what_a_dataset_row_gives() throws Exception {
        String json = json("{'id':'gdelt-881990880','type':'other','date':'2019-10-17','datePrecision':'exact_day',"
                + "'location':{'country':'CHN','place':'China','adminCodes':['CH'],"
                + "'coordinates':{'latitude':35,'longitude':105},'featureId':'CH',"
                + "'precision':{'scale':'gdelt_geo_type','code':1}},"
                + "'participants':[{'actor':{'id':'a1','name':'MONTANA','kind':'other','cameoCode':'USA'},"
                + "'role':'initiator','location':{'country':'CHN','coordinates':{'latitude':35.0,'longitude':105}}}],"
                + "'deaths':{'qualifier':'exactly','figure':3,'bounds':{'low':1,'best':3,'high':9}},"
                + "'coding':{'cameoCode':'012','cameoDialect':'gdelt','reportedScore':-0.4,'ploverType':'accuse',"
                + "'ploverMode':'disapprove','ploverContexts':['diplomatic','economic']},"
                + "'sources':[{'url':'https://www.bworldonline.com/x/','coder':'GDELT','codedAt':'2019-10-24T14:30:00Z'},"
                + "{'publication':'Indo-Asian News Service','documentId':'47400363','sentenceNumber':1}],"
                + "'externalIds':[{'scheme':'gdelt','value':'881990880'}],"
                + "'attributes':{'gdelt.AvgTone':-2.54350736278448,'gdelt.IsRootEvent':true,'gdelt.NumMentions':5,"
                + "'gdelt.Round':5E0,'gdelt.Text':'x'}}");

        Event read = MAPPER.readValue(json, Event.class);

        assertThat(read.location().flatMap(Location::coordinates).map(Coordinates::toString)).contains("35,105");
        assertThat(read.participants().get(0).location().flatMap(Location::coordinates).map(Coordinates::toString))
                .contains("35.0,105");
        assertThat(read.coding().flatMap(Coding::reportedScore)).contains(new BigDecimal("-0.4"));
        assertThat(read.attributes().get("gdelt.Round")).isEqualTo(AttributeValue.of(new BigDecimal("5")));
        assertThat(read.attributes().get("gdelt.NumMentions")).isEqualTo(AttributeValue.of(5));
        assertThat(read.attributes().get("gdelt.AvgTone"))
                .isEqualTo(AttributeValue.of(new BigDecimal("-2.54350736278448")));
        assertThat(read.sources().get(0).codedAt()).contains(Instant.parse("2019-10-24T14:30:00Z"));
        assertThat(read.datePrecision()).contains(DatePrecision.EXACT_DAY);
        assertThat(write(read)).isEqualTo(json);
        SchemaSupport.assertValid(json, "Event");
    }

    @Test
    void writes_participants_with_their_actors_and_roles() {
        assertThat(write(ReferenceArticleFixture.COUP.participants().get(0))).isEqualTo(json("{'actor':{"
                + "'id':'mmr-military','name':'Myanmar military','kind':'armed_forces','country':'MMR',"
                + "'affiliation':{'id':'mmr','name':'Myanmar','kind':'state','country':'MMR','wikidataId':'Q836',"
                + "'cameoCode':'MMR'},'aliases':['Tatmadaw'],'cameoCode':'MMRMIL'},'role':'initiator'}"));
    }

    @Test
    void writes_casualty_report_ids_and_a_location() {
        assertThat(write(ReferenceArticleFixture.CRACKDOWN)).contains("\"location\":{\"country\":\"MMR\"}")
                .contains("\"casualtyReportIds\":[\"killed-2021-03-23\"]");
        assertThat(write(ReferenceArticleFixture.EMBASSY_PROTESTS))
                .contains("\"location\":{\"country\":\"MMR\",\"place\":\"Yangon\"}");
    }
}
