package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.Channel;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.ValidationException;
import java.io.IOException;

/** Reads a statement, with its speakers, stances and source by value, through {@code Statement.builder()}. */
final class StatementDeserializer extends ModelDeserializer<Statement> {

    private static final long serialVersionUID = 1L;

    private static final EnumDeserializer<StatementMode> MODES = new EnumDeserializer<>(StatementMode.class);
    private static final EnumDeserializer<Channel> CHANNELS = new EnumDeserializer<>(Channel.class);

    private final ActorDeserializer actors;
    private final ApproximateDateDeserializer dates;
    private final StanceDeserializer stances;
    private final SourceAttributionDeserializer sources;
    /** The ids of events, read again and again. */
    private final Texts eventIds = new Texts(512);

    StatementDeserializer(ActorDeserializer actors, ApproximateDateDeserializer dates, StanceDeserializer stances,
            SourceAttributionDeserializer sources) {
        super(Statement.class, "id", "speakers", "onBehalfOf", "date", "mode", "channel", "quote", "summary", "stances",
                "eventIds", "source");
        this.actors = actors;
        this.dates = dates;
        this.stances = stances;
        this.sources = sources;
    }

    @Override
    Statement read(JsonParser p, DeserializationContext ctxt) throws IOException {
        Statement.Builder builder = Statement.builder();
        int present = 0;
        for (String field = Tokens.firstField(p, Statement.class); field != null; field = p.nextFieldName()) {
            present = once(p, present, field);
            p.nextToken();
            switch (field) {
                case "id":
                    builder.id(Tokens.string(p, Statement.class, field));
                    break;
                case "speakers":
                    Tokens.startArray(p, Statement.class, field);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        builder.addSpeaker(actors.read(p, ctxt));
                    }
                    break;
                case "onBehalfOf":
                    builder.onBehalfOf(actors.read(p, ctxt));
                    break;
                case "date":
                    builder.date(dates.read(p, ctxt, Statement.class, field));
                    break;
                case "mode":
                    builder.mode(MODES.read(p, Statement.class, field));
                    break;
                case "channel":
                    builder.channel(CHANNELS.read(p, Statement.class, field));
                    break;
                case "quote":
                    builder.quote(Tokens.string(p, Statement.class, field));
                    break;
                case "summary":
                    builder.summary(Tokens.string(p, Statement.class, field));
                    break;
                case "stances":
                    Tokens.startArray(p, Statement.class, field);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        builder.addStance(stances.read(p, ctxt));
                    }
                    break;
                case "eventIds":
                    builder.eventIds(Tokens.strings(p, Statement.class, field, eventIds));
                    break;
                case "source":
                    builder.source(sources.read(p, ctxt));
                    break;
                default:
                    Tokens.unknown(p, ctxt, this, Statement.class, field);
                    break;
            }
        }
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Statement.class, e, null);
        }
    }
}
