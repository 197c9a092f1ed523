package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementJsonTest {

    /** The example of the module's README: Beijing's denial, statement 7 of the reference article. */
    static final String DENIAL = String.join("\n",
            "{",
            "  \"id\": \"s07-beijing-denial\",",
            "  \"speakers\": [",
            "    {",
            "      \"id\": \"chn-gov\",",
            "      \"name\": \"Government of China\",",
            "      \"kind\": \"government\",",
            "      \"country\": \"CHN\",",
            "      \"affiliation\": {",
            "        \"id\": \"chn\",",
            "        \"name\": \"China\",",
            "        \"kind\": \"state\",",
            "        \"country\": \"CHN\",",
            "        \"wikidataId\": \"Q148\",",
            "        \"cameoCode\": \"CHN\"",
            "      },",
            "      \"aliases\": [",
            "        \"Beijing\"",
            "      ],",
            "      \"cameoCode\": \"CHNGOV\"",
            "    }",
            "  ],",
            "  \"date\": \"2021-02-01/2021-03-24\",",
            "  \"mode\": \"reported\",",
            "  \"channel\": \"other\",",
            "  \"summary\": \"Beijing has denied the suggestion that it supports the military takeover\",",
            "  \"stances\": [",
            "    {",
            "      \"type\": \"deny\",",
            "      \"target\": {",
            "        \"kind\": \"statement\",",
            "        \"statementId\": \"s02-criticism\"",
            "      },",
            "      \"intensity\": \"normal\",",
            "      \"wording\": \"denied the suggestion that it supports the military takeover\"",
            "    }",
            "  ],",
            "  \"eventIds\": [",
            "    \"coup-2021-02-01\"",
            "  ],",
            "  \"sources\": [",
            "    {",
            "      \"publication\": \"The Irrawaddy\",",
            "      \"url\": \"urn:demarche:article:000_5b4d5c46eeeb27f0\",",
            "      \"publicationDate\": \"2021-03-24\",",
            "      \"language\": \"en\"",
            "    }",
            "  ]",
            "}");

    @Test
    void writes_the_readme_example() throws Exception {
        assertThat(MAPPER.writer(DemarcheJson.prettyPrinter()).writeValueAsString(ReferenceArticleFixture.DENIAL))
                .isEqualTo(DENIAL);
    }

    @Test
    void reads_the_readme_example() throws Exception {
        assertThat(MAPPER.readValue(DENIAL, Statement.class)).isEqualTo(ReferenceArticleFixture.DENIAL);
    }

    @Test
    void writes_the_quote_and_the_actor_spoken_for() throws Exception {
        String json = MAPPER.writeValueAsString(ReferenceArticleFixture.DEEP_CONCERN);

        assertThat(json).contains("\"mode\":\"direct_quote\",\"channel\":\"other\",\"quote\":\"deep concern\",");
        assertThat(MAPPER.writeValueAsString(ReferenceArticleFixture.RECONCILIATION_PLEDGE))
                .contains("\"onBehalfOf\":{\"id\":\"chn-gov\"");
    }

    @Test
    void a_repeated_list_is_an_error_in_any_mapper_rather_than_replacing_the_first() throws Exception {
        ObjectMapper plain = new ObjectMapper().registerModule(new DemarcheModule());
        String json = MAPPER.writeValueAsString(ReferenceArticleFixture.DENIAL)
                .replace("\"eventIds\":[", "\"eventIds\":[\"ignored\"],\"eventIds\":[");

        for (ObjectMapper mapper : List.of(plain, MAPPER)) {
            assertThatThrownBy(() -> mapper.readValue(json, Statement.class))
                    .isExactlyInstanceOf(JsonParseException.class)
                    .hasMessageStartingWith("Duplicate field 'eventIds'\n");
        }
    }
}
