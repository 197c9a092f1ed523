package io.github.demarche.jackson;

import static io.github.demarche.jackson.JsonSupport.MAPPER;
import static io.github.demarche.jackson.JsonSupport.json;
import static io.github.demarche.jackson.JsonSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Document;
import io.github.demarche.DocumentFixture;
import io.github.demarche.Dossier;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.StanceTarget;
import io.github.demarche.Vote;
import io.github.demarche.VoteChoice;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Documents, their adoption, votes, passages and points, and the stance targets that name them. */
class DocumentJsonTest {

    private static final Document VOTE = DocumentFixture.voted(Vote.of(ReferenceArticleFixture.CHINA,
            VoteChoice.AGAINST), Vote.of(DocumentFixture.INDIA, VoteChoice.ABSTENTION));

    @Test
    void writes_a_vote_field_by_field() {
        assertThat(write(VOTE)).isEqualTo(json("{'id':'draft-resolution','kind':'draft_resolution',"
                + "'title':'Draft resolution on Myanmar','date':'2021-03-20','adoptedBy':" + write(
                        ReferenceArticleFixture.UN_SECURITY_COUNCIL).replace("\"", "'")
                + ",'adoption':{'method':'vote','adopted':false,'votes':[{'actor':" + write(ReferenceArticleFixture.CHINA)
                        .replace("\"", "'") + ",'choice':'against'},{'actor':{'id':'ind','name':'India','kind':'state'},"
                + "'choice':'abstention'}]},'sources':[" + write(ReferenceArticleFixture.SOURCE).replace("\"", "'")
                + "]}"));
    }

    @Test
    void documents_survive_write_then_read() throws Exception {
        for (Document document : List.of(VOTE, DocumentFixture.DRAFT, DocumentFixture.PRESS_STATEMENT,
                DocumentFixture.FIVE_POINTS)) {
            assertThat(MAPPER.readValue(write(document), Document.class)).isEqualTo(document);
        }
        for (StanceTarget target : List.of(StanceTarget.casualtyReport("aapp-toll"), StanceTarget.statement("s05"),
                StanceTarget.document("d"), StanceTarget.passage("d", "op4"))) {
            assertThat(MAPPER.readValue(write(target), StanceTarget.class)).isEqualTo(target);
        }
        assertThat(write(StanceTarget.passage("unsc-draft", "coup-wording")))
                .isEqualTo(json("{'kind':'document','documentId':'unsc-draft','passageId':'coup-wording'}"));
        assertThat(write(StanceTarget.casualtyReport("aapp-toll")))
                .isEqualTo(json("{'kind':'casualty_report','reportId':'aapp-toll'}"));
    }

    @Test
    void a_dossier_with_documents_survives_json_and_ndjson() throws Exception {
        Dossier dossier = Dossier.builder().from(ReferenceArticleFixture.dossier())
                .addActors(DocumentFixture.UK, DocumentFixture.INDIA, DocumentFixture.VIETNAM)
                .addDocuments(DocumentFixture.DRAFT, DocumentFixture.PRESS_STATEMENT, DocumentFixture.FIVE_POINTS)
                .build();
        assertThat(MAPPER.readValue(write(dossier), Dossier.class)).isEqualTo(dossier);
        StringWriter out = new StringWriter();
        try (NdjsonWriter<Object> writer = DemarcheNdjson.create().withHeader(false).writer(out, Object.class)) {
            writer.write(DocumentFixture.FIVE_POINTS);
        }
        assertThat(out.toString()).startsWith("{\"document\":{\"id\":\"asean-five-point-consensus\"");
        try (NdjsonReader<Object> reader = DemarcheNdjson.create().reader(new StringReader(out.toString()), Object.class)) {
            assertThat(reader.next()).isEqualTo(DocumentFixture.FIVE_POINTS);
        }
    }

    static Stream<Arguments> bad() {
        return Stream.of(
                Arguments.of(Document.class, "{'id':'d','kind':'resolution','title':'T','date':'2021-03',"
                        + "'sources':[{'publication':'P'}],'adoption':{'method':'consensus','count':"
                        + "{'inFavour':15,'against':0,'abstentions':0}}}", "/adoption/count",
                        "Adoption.count must be absent when method is CONSENSUS, got '15-0-0'"),
                Arguments.of(Document.class, "{'id':'d','kind':'resolution','title':'T','date':'2021-03',"
                        + "'sources':[{'publication':'P'}],'adoption':{'method':'vote','votes':[{'actor':"
                        + "{'id':'ind','name':'India','kind':'state'},'choice':'yes'}]}}", "/adoption/votes/0/choice",
                        "Vote.choice must be one of 'in_favour', 'against', 'abstention', 'not_voting', got 'yes'"),
                Arguments.of(Document.class, "{'id':'d','kind':'treaty','title':'T','date':'2021-03',"
                        + "'sources':[{'publication':'P'}],'adoption':{'method':'vote','count':"
                        + "{'inFavour':-1,'against':0,'abstentions':0}}}", "/adoption/count/inFavour",
                        "VoteCount.inFavour must not be negative, got -1"),
                Arguments.of(Document.class, "{'id':'d','kind':'agreement','title':'T','date':'2021-03',"
                        + "'sources':[{'publication':'P'}],'points':[{'number':0,'text':'x'}]}", "/points/0/number",
                        "AgreementPoint.number must be at least 1, got 0"),
                Arguments.of(Document.class, "{'id':'d','kind':'agreement','title':'T','date':'2021-03',"
                        + "'sources':[{'publication':'P'}],'passages':[{'id':'p1','status':'struck'}]}", "/passages/0/text",
                        "Passage.text must be given, or a label, got nothing"),
                Arguments.of(Document.class, "{'id':'d','kind':'treaty','title':'T','date':'2021-03',"
                        + "'sources':[{'publication':'P'}],'adoption':{'method':'vote','count':"
                        + "{'inFavour':2147483648,'against':0,'abstentions':0}}}", "/adoption/count/inFavour",
                        "VoteCount.inFavour must be at most 2147483647, got 2147483648"),
                Arguments.of(Document.class, "{'id':'d','kind':'agreement','date':'2021-03',"
                        + "'sources':[{'publication':'P'}]}", "/title", "Document.title must be set, got nothing"),
                Arguments.of(StanceTarget.class, "{'kind':'document','eventId':'e'}", "/eventId",
                        "2 violations: StanceTarget.eventId must be absent unless kind is 'event', got 'e';"
                                + " StanceTarget.documentId must be set when kind is 'document', got nothing"),
                Arguments.of(StanceTarget.class, "{'kind':'statement','statementId':'s','passageId':'p'}", "/passageId",
                        "StanceTarget.passageId must be absent unless kind is 'document', got 'p'"));
    }

    @ParameterizedTest
    @MethodSource("bad")
    void reports_bad_input_with_its_path_and_message(Class<?> type, String input, String pointer, String message) {
        JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
                () -> MAPPER.readValue(json(input), type));
        assertThat(e).as("no exception for %s", input).isNotNull();
        assertThat(DemarcheJson.jsonPointer(e)).isEqualTo(pointer);
        assertThat(e.getOriginalMessage()).isEqualTo(message);
    }
}
