package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.ValidationException;
import java.io.IOException;

/**
 * Reads an event through {@code Event.builder()}; an absent {@code "blocked"} is {@code false},
 * an absent {@code "cameoRootCode"} the type's default.
 */
final class EventDeserializer extends ModelDeserializer<Event> {

    private static final long serialVersionUID = 1L;

    private static final EnumDeserializer<EventType> TYPES = new EnumDeserializer<>(EventType.class);

    private final ApproximateDateDeserializer dates;
    private final LocationDeserializer locations;
    private final ParticipantDeserializer participants;

    EventDeserializer(ApproximateDateDeserializer dates, LocationDeserializer locations,
            ParticipantDeserializer participants) {
        super(Event.class, "id", "type", "title", "date", "location", "participants", "casualtyReportIds", "blocked",
                "cameoRootCode");
        this.dates = dates;
        this.locations = locations;
        this.participants = participants;
    }

    @Override
    Event read(JsonParser p, DeserializationContext ctxt) throws IOException {
        Event.Builder builder = Event.builder();
        int present = 0;
        for (String field = Tokens.firstField(p, Event.class); field != null; field = p.nextFieldName()) {
            present = once(p, present, field);
            p.nextToken();
            switch (field) {
                case "id":
                    builder.id(Tokens.string(p, Event.class, field));
                    break;
                case "type":
                    builder.type(TYPES.read(p, Event.class, field));
                    break;
                case "title":
                    builder.title(Tokens.string(p, Event.class, field));
                    break;
                case "date":
                    builder.date(dates.read(p, ctxt, Event.class, field));
                    break;
                case "location":
                    builder.location(locations.read(p, ctxt));
                    break;
                case "participants":
                    Tokens.startArray(p, Event.class, field);
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        builder.addParticipant(participants.read(p, ctxt));
                    }
                    break;
                case "casualtyReportIds":
                    builder.casualtyReportIds(Tokens.strings(p, Event.class, field));
                    break;
                case "blocked":
                    builder.blocked(Tokens.bool(p, Event.class, field));
                    break;
                case "cameoRootCode":
                    builder.cameoRootCode(Tokens.string(p, Event.class, field));
                    break;
                default:
                    Tokens.unknown(p, ctxt, this, Event.class, field);
                    break;
            }
        }
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Event.class, e, null);
        }
    }
}
