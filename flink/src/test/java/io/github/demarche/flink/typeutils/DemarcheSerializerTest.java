package io.github.demarche.flink.typeutils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.demarche.ActorKind;
import io.github.demarche.AdoptionMethod;
import io.github.demarche.CasualtyType;
import io.github.demarche.CountQualifier;
import io.github.demarche.DatePrecision;
import io.github.demarche.DocumentKind;
import io.github.demarche.EventType;
import io.github.demarche.FigureCertainty;
import io.github.demarche.FigureHedge;
import io.github.demarche.FigureKind;
import io.github.demarche.ParticipantRole;
import io.github.demarche.PassageStatus;
import io.github.demarche.RelativeDate;
import io.github.demarche.VictimGroup;
import io.github.demarche.VoteChoice;
import io.github.demarche.AttributeValue;
import io.github.demarche.CameoDialect;
import io.github.demarche.Channel;
import io.github.demarche.Intensity;
import io.github.demarche.LocationPrecision;
import io.github.demarche.PloverContext;
import io.github.demarche.PloverEventType;
import io.github.demarche.PloverMode;
import io.github.demarche.Position;
import io.github.demarche.ReferenceArticleFixture;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.flink.TestRecords;
import io.github.demarche.formats.ProblemCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DemarcheSerializerTest {

    private static byte[] bytes(TypeSerializer<Statement> serializer, Statement statement) throws IOException {
        DataOutputSerializer out = new DataOutputSerializer(256);
        serializer.serialize(statement, out);
        return out.getCopyOfBuffer();
    }

    @Test
    void refuses_null() {
        assertThatThrownBy(() -> DemarcheTypeInfo.statements().createSerializer(null)
                .serialize(null, new DataOutputSerializer(8)))
                .isInstanceOf(NullPointerException.class).hasMessage("record");
    }

    @Test
    void a_statement_the_model_refuses_is_an_io_exception_with_the_models_message() throws IOException {
        Statement joint = ReferenceArticleFixture.JOINT_STATEMENT;
        assertThat(joint.id()).isEqualTo("s03-joint-statement");
        byte[] bytes = bytes(DemarcheTypeInfo.statements().createSerializer(null), joint);
        int at = indexOf(bytes, "joint".getBytes(StandardCharsets.US_ASCII));
        bytes[at] = 'J';   // s03-Joint-statement: an id must be lower-case
        String modelMessage;
        try {
            Statement.builder().from(joint).id("s03-Joint-statement").build();
            throw new AssertionError("the model accepts an upper-case id");
        } catch (IllegalArgumentException e) {
            modelMessage = e.getMessage();
        }
        byte[] broken = bytes;
        assertThatThrownBy(() -> DemarcheTypeInfo.statements().createSerializer(null)
                .deserialize(new DataInputDeserializer(broken)))
                .isInstanceOf(IOException.class)
                .hasMessage("Demarche binary format 2: a Statement read is refused: " + modelMessage);
    }

    @Test
    void an_unknown_constant_is_an_io_exception() throws IOException {
        Statement joint = ReferenceArticleFixture.JOINT_STATEMENT;
        byte[] bytes = bytes(DemarcheTypeInfo.statements().createSerializer(null), joint);
        // the mode follows the date, which the statement's text gives
        int at = indexOf(bytes, joint.date().toString().getBytes(StandardCharsets.US_ASCII))
                + joint.date().toString().length();
        assertThat(bytes[at]).isEqualTo((byte) joint.mode().ordinal());
        bytes[at] = (byte) 200;
        assertThatThrownBy(() -> DemarcheTypeInfo.statements().createSerializer(null)
                .deserialize(new DataInputDeserializer(bytes)))
                .isInstanceOf(IOException.class)
                .hasMessage("Demarche binary format 2: no constant 200 in StatementMode (" + StatementMode.values().length
                        + " constants)");
    }

    @Test
    void equal_actors_read_are_one_instance() throws IOException {
        TypeSerializer<Statement> serializer = DemarcheTypeInfo.statements().createSerializer(null);
        DataOutputSerializer out = new DataOutputSerializer(1024);
        List<Statement> statements = ReferenceArticleFixture.STATEMENTS;
        for (Statement statement : statements) {
            serializer.serialize(statement, out);
        }
        TypeSerializer<Statement> reader = serializer.duplicate();
        DataInputDeserializer in = new DataInputDeserializer(out.getCopyOfBuffer());
        List<io.github.demarche.Actor> speakers = new java.util.ArrayList<>();
        for (Statement statement : statements) {
            Statement read = reader.deserialize(in);
            assertThat(read).isEqualTo(statement);
            speakers.addAll(read.speakers());
        }
        int shared = 0;
        for (int i = 0; i < speakers.size(); i++) {
            for (int j = i + 1; j < speakers.size(); j++) {
                if (speakers.get(i).equals(speakers.get(j))) {
                    assertThat(speakers.get(i)).isSameAs(speakers.get(j));
                    shared++;
                }
            }
        }
        assertThat(shared).isPositive();
    }

    @Test
    void every_sample_statement_is_smaller_than_its_json() throws IOException {
        TypeSerializer<Statement> serializer = DemarcheTypeInfo.statements().createSerializer(null);
        com.fasterxml.jackson.databind.ObjectWriter json = io.github.demarche.jackson.DemarcheJson.newObjectMapper()
                .writerFor(Statement.class);
        for (Statement statement : TestRecords.statements()) {
            assertThat(bytes(serializer, statement).length).as(statement.id())
                    .isLessThan(json.writeValueAsBytes(statement).length);
        }
    }

    static Stream<Arguments> otherRecords() {
        return Stream.of(Arguments.of(DemarcheTypeInfo.events(), TestRecords.events()),
                Arguments.of(DemarcheTypeInfo.casualtyReports(), TestRecords.casualtyReports()),
                Arguments.of(DemarcheTypeInfo.documents(), TestRecords.documents()),
                Arguments.of(DemarcheTypeInfo.dossiers(), List.of(ReferenceArticleFixture.dossier())));
    }

    @ParameterizedTest
    @MethodSource("otherRecords")
    @SuppressWarnings({"unchecked", "rawtypes"})
    void every_other_record_is_smaller_than_its_json(DemarcheTypeInfo<?> type, List<?> records) throws IOException {
        TypeSerializer serializer = type.createSerializer(null);
        com.fasterxml.jackson.databind.ObjectWriter json = io.github.demarche.jackson.DemarcheJson.newObjectMapper()
                .writerFor(type.getTypeClass());
        DataOutputSerializer out = new DataOutputSerializer(256);
        for (Object record : records) {
            out.clear();
            serializer.serialize(record, out);
            assertThat(out.length()).as(record.toString()).isLessThan(json.writeValueAsBytes(record).length);
        }
    }

    static Stream<Arguments> enumOrders() {
        return Stream.of(
                Arguments.of(StatementMode.values(),
                        "[DIRECT_QUOTE, PARAPHRASE, REPORTED, WRITTEN, JOINT]"),
                Arguments.of(Channel.values(),
                        "[MEETING, PRESS_CONFERENCE, INTERVIEW, COMMUNIQUE, SOCIAL_MEDIA, SPEECH,"
                        + " UN_PROCEEDINGS, REMARKS_TO_REPORTERS, OTHER]"),
                Arguments.of(StanceType.values(),
                        "[NEUTRAL, CONCERN, DENY, APPEAL, INTEND_TO_COOPERATE, INTEND_TO_MEDIATE, CONSULT,"
                        + " SUPPORT, PRAISE, COOPERATE, AID, YIELD, INVESTIGATE, DEMAND, CRITICIZE, ACCUSE,"
                        + " REJECT, VETO, THREATEN, THREATEN_SANCTIONS]"),
                Arguments.of(Intensity.values(),
                        "[LOW, NORMAL, HIGH]"),
                Arguments.of(Position.values(),
                        "[FOR, AGAINST, NEUTRAL, MIXED, CONDITIONAL, ABSTENTION]"),
                Arguments.of(ActorKind.values(),
                        "[STATE, GOVERNMENT, PERSON, INTERGOVERNMENTAL_ORGANIZATION, ARMED_FORCES,"
                        + " NON_STATE_ARMED_GROUP, CIVIL_SOCIETY, MEDIA, OTHER, UNSPECIFIED]"),
                Arguments.of(StanceTarget.Kind.values(),
                        "[ACTOR, TOPIC, EVENT, CASUALTY_REPORT, STATEMENT, DOCUMENT]"),
                Arguments.of(AttributeValue.Kind.values(),
                        "[TEXT, INTEGER, DECIMAL, BOOLEAN]"),
                Arguments.of(CameoDialect.values(),
                        "[GDELT, ICEWS]"),
                Arguments.of(PloverEventType.values(),
                        "[AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT,"
                        + " THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT, DEMAND, DISAPPROVE,"
                        + " INVESTIGATE, FIGHT, CRIME]"),
                Arguments.of(PloverMode.values(),
                        "[ABDUCT, ACCESS, ALLEGE, ARREST, ASSASSINATE, ASSIST, ASYLUM, BAN, BEAT, BOYCOTT,"
                        + " CANCEL, CEASEFIRE, CENSOR, CHANGE, CLEANSING, CONFISCATE, CONVICT, CURFEW, DEMO,"
                        + " DEMO_ORG, DEMO_SPON, DEPORT, DESTROY, DETAIN, DISAPPROVE, DISARM, DISCONTINUE, EASE,"
                        + " ECONOMIC, EXECUTE, EXPEL, EXPLOSIVES, FIREARMS, HEAVY_WEAPONS, HOST, HUMANITARIAN,"
                        + " HUNGER, INVESTIGATE, MARTIAL_LAW, MASSACRE, MEET, MILITARY, MULTILATERAL, OBSTRUCT,"
                        + " PHONE, POLICE, POLITICAL, PRIMITIVE, PRO_AUTOCRACY, RELATIONS, RELEASE, RESIGN,"
                        + " RESTRICT, RETURN, RIOT, RIOT_SPON, SEIZE, SEVER, SEXUAL, STRIKE_GEN, STRIKE_HUN,"
                        + " STRIKE_LIM, SUICIDE_ATTACK, TERRITORY, THIRD_PARTY, TORTURE, TROOPS, UNCONVENTIONAL,"
                        + " VIOLENCE, VISIT, WEAPONS, WITHDRAW, WITHHOLD, YIELD]"),
                Arguments.of(PloverContext.values(),
                        "[ASSETS, ASYLUM, CBRN, CORRUPTION, CRIME, CRIME_DRUGS, CRIME_MURDER, CRIME_SEXUAL,"
                        + " CRIME_THEFT, CULTURE, CYBER, DEMOCRACY, DIPLOMATIC, DISASTER, DISCRIMINATION,"
                        + " DISEASE, ECONOMIC, EDUCATION, ELECTION, ENV_DISASTER, ENVIRO_DISASTER, EXECUTIVE,"
                        + " FOOD, FOREIGN, FUTURE, GENDER, GOVERNMENT, HISTORICAL, HUMAN_RIGHTS, HUMAN_SECURITY,"
                        + " HUMANITARIAN, HYPOTHETICAL, INDEPENDENCE, INTELLIGENCE, LEGAL, LEGISLATIVE, LGBT,"
                        + " MIGRATION, MILITARY, NEGATION, OTHER, PEACEKEEPING, POLITICAL,"
                        + " POLITICAL_INSTITUTIONS, PRO_GOVT, PRO_AUTOCRACY, REFUGEE, REFUGEES, RELIGION,"
                        + " RELIGION_ETHNICITY, RESOURCE, RIGHTS, RIGHTS_FREEDOMS, TERRORISM, UNKNOWN, WAR]"),
                Arguments.of(LocationPrecision.Scale.values(),
                        "[GDELT_GEO_TYPE, UCDP_WHERE_PREC]"),
                Arguments.of(ProblemCode.values(),
                        "[FIELD_COUNT, NOT_A_DATE, NOT_A_NUMBER, UNKNOWN_CODE, MODEL_RULE, MALFORMED,"
                        + " NOT_WRITABLE]"),
                Arguments.of(EventType.values(),
                        "[COUP, PROTEST, CRACKDOWN, MEETING, PRESS_CONFERENCE, VOTE_OR_RESOLUTION, STRIKE,"
                        + " BLOCKADE, ARREST_OR_DETENTION, SANCTION, ATTACK, OTHER]"),
                Arguments.of(DatePrecision.values(),
                        "[EXACT_DAY, FEW_DAYS, WEEK, UP_TO_A_MONTH, UP_TO_A_YEAR]"),
                Arguments.of(ParticipantRole.values(),
                        "[INITIATOR, TARGET, PARTICIPANT, MEDIATOR]"),
                Arguments.of(CasualtyType.values(),
                        "[KILLED, INJURED, DETAINED, MISSING, DISPLACED, INTERNALLY_DISPLACED, FLED_ABROAD]"),
                Arguments.of(FigureCertainty.values(),
                        "[VERIFIED, ESTIMATED, UNVERIFIED, CLAIMED, DISPUTED]"),
                Arguments.of(FigureHedge.Kind.values(),
                        "[LIKELY_HIGHER, LIKELY_LOWER, MINIMUM, INCOMPLETE, PRELIMINARY, EXPECTED_TO_RISE]"),
                Arguments.of(FigureKind.values(),
                        "[REPORTED, PROJECTION]"),
                Arguments.of(VictimGroup.values(),
                        "[CIVILIANS, PROTESTERS, SECURITY_FORCES, COMBATANTS, UNKNOWN, CHILDREN, WOMEN,"
                        + " JOURNALISTS, MEDICAL_WORKERS, AID_WORKERS, DETAINEES]"),
                Arguments.of(CountQualifier.values(),
                        "[EXACTLY, MORE_THAN, AT_LEAST, ABOUT, UP_TO, FEWER_THAN, BETWEEN, SEVERAL, DOZENS,"
                        + " SCORES, HUNDREDS, THOUSANDS, TENS_OF_THOUSANDS, HUNDREDS_OF_THOUSANDS, MILLIONS]"),
                Arguments.of(DocumentKind.values(),
                        "[RESOLUTION, DRAFT_RESOLUTION, PRESIDENTIAL_STATEMENT, PRESS_STATEMENT, JOINT_STATEMENT,"
                        + " COMMUNIQUE, DECLARATION, AGREEMENT, TREATY, LETTER, REPORT]"),
                Arguments.of(AdoptionMethod.values(),
                        "[CONSENSUS, UNANIMOUS, VOTE]"),
                Arguments.of(PassageStatus.values(),
                        "[PROPOSED, STRUCK, REJECTED, ADOPTED]"),
                Arguments.of(VoteChoice.values(),
                        "[IN_FAVOUR, AGAINST, ABSTENTION, NOT_VOTING]"),
                Arguments.of(RelativeDate.Relation.values(),
                        "[BEFORE, AFTER, ON, DURING]"),
                Arguments.of(RelativeDate.Unit.values(),
                        "[DAYS, WEEKS, MONTHS, YEARS]"),
                Arguments.of(RelativeDate.Anchor.Kind.values(),
                        "[EVENT, STATEMENT]"));
    }

    @ParameterizedTest
    @MethodSource("enumOrders")
    void binary_format_pins_the_order_of_the_enums_it_writes_by_position(Enum<?>[] values, String pinned) {
        // a change here changes the meaning of written state: bump DemarcheSerializerSnapshot.FORMAT_VERSION
        assertThat(Arrays.toString(values)).isEqualTo(pinned);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
