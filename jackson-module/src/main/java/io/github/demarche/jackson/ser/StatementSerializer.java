package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.demarche.Actor;
import io.github.demarche.Channel;
import io.github.demarche.Stance;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes a statement with its speakers, stances and source in full:
 * {@code {"id":"s03-joint-statement","speakers":[...],"date":"2021-03-23","mode":"joint","channel":"meeting",
 * "summary":"...","stances":[...],"eventIds":["wang-lavrov-2021-03-23"],"source":{...}}}.
 */
final class StatementSerializer extends ModelSerializer<Statement> {

    private static final long serialVersionUID = 1L;

    static final StatementSerializer INSTANCE = new StatementSerializer();

    private static final EnumSerializer<StatementMode> MODES = new EnumSerializer<>(StatementMode.class);
    private static final EnumSerializer<Channel> CHANNELS = new EnumSerializer<>(Channel.class);

    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString SPEAKERS = new SerializedString("speakers");
    private static final SerializedString ON_BEHALF_OF = new SerializedString("onBehalfOf");
    private static final SerializedString DATE = new SerializedString("date");
    private static final SerializedString MODE = new SerializedString("mode");
    private static final SerializedString CHANNEL = new SerializedString("channel");
    private static final SerializedString QUOTE = new SerializedString("quote");
    private static final SerializedString SUMMARY = new SerializedString("summary");
    private static final SerializedString STANCES = new SerializedString("stances");
    private static final SerializedString EVENT_IDS = new SerializedString("eventIds");
    private static final SerializedString SOURCE = new SerializedString("source");

    private StatementSerializer() {
        super(Statement.class);
    }

    @Override
    void write(Statement statement, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(ID);
        gen.writeString(statement.id());
        List<Actor> speakers = statement.speakers();
        if (!speakers.isEmpty()) {
            gen.writeFieldName(SPEAKERS);
            gen.writeStartArray();
            for (int i = 0; i < speakers.size(); i++) {
                ActorSerializer.INSTANCE.write(speakers.get(i), gen);
            }
            gen.writeEndArray();
        }
        Optional<Actor> onBehalfOf = statement.onBehalfOf();
        if (onBehalfOf.isPresent()) {
            gen.writeFieldName(ON_BEHALF_OF);
            ActorSerializer.INSTANCE.write(onBehalfOf.get(), gen);
        }
        gen.writeFieldName(DATE);
        gen.writeString(statement.date().toString());
        gen.writeFieldName(MODE);
        MODES.write(statement.mode(), gen);
        gen.writeFieldName(CHANNEL);
        CHANNELS.write(statement.channel(), gen);
        Strings.writeIfPresent(gen, QUOTE, statement.quote());
        gen.writeFieldName(SUMMARY);
        gen.writeString(statement.summary());
        List<Stance> stances = statement.stances();
        if (!stances.isEmpty()) {
            gen.writeFieldName(STANCES);
            gen.writeStartArray();
            for (int i = 0; i < stances.size(); i++) {
                StanceSerializer.INSTANCE.write(stances.get(i), gen);
            }
            gen.writeEndArray();
        }
        List<String> eventIds = statement.eventIds();
        if (!eventIds.isEmpty()) {
            gen.writeFieldName(EVENT_IDS);
            Strings.writeArray(gen, eventIds);
        }
        gen.writeFieldName(SOURCE);
        SourceAttributionSerializer.INSTANCE.write(statement.source(), gen);
        gen.writeEndObject();
    }
}
