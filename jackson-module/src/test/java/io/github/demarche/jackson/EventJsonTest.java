package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.json;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.demarche.ApproximateDate;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.ReferenceArticleFixture;
import org.junit.jupiter.api.Test;

class EventJsonTest {

    @Test
    void writes_blocked_only_when_true_and_the_cameo_root_code_always() {
        assertThat(write(ReferenceArticleFixture.BLOCKED_RESOLUTION))
                .contains("\"blocked\":true,\"cameoRootCode\":\"12\"}");
        assertThat(write(ReferenceArticleFixture.COUP)).doesNotContain("blocked").endsWith("\"cameoRootCode\":\"17\"}");
    }

    @Test
    void reads_absent_blocked_and_cameo_root_code_as_the_defaults() throws Exception {
        Event read = MAPPER.readValue(json("{'id':'coup','type':'coup','title':'Coup','date':'2021-02-01'}"),
                Event.class);

        assertThat(read.isBlocked()).isFalse();
        assertThat(read.cameoRootCode()).isEqualTo("17");
        assertThat(read).isEqualTo(Event.builder().id("coup").type(EventType.COUP).title("Coup")
                .date(ApproximateDate.parse("2021-02-01")).build());
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
