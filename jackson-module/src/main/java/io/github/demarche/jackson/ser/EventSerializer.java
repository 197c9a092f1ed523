package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Writes an event:
 * {@code {"id":"coup-2021-02-01","type":"coup","title":"...","date":"2021-02-01","location":{...},
 * "participants":[...],"cameoRootCode":"17"}}; {@code "blocked": true} only for a blocked event,
 * the CAMEO root code always.
 */
final class EventSerializer extends ModelSerializer<Event> {

    private static final long serialVersionUID = 1L;

    static final EventSerializer INSTANCE = new EventSerializer();

    private static final EnumSerializer<EventType> TYPES = new EnumSerializer<>(EventType.class);

    private static final SerializedString ID = new SerializedString("id");
    private static final SerializedString TYPE = new SerializedString("type");
    private static final SerializedString TITLE = new SerializedString("title");
    private static final SerializedString DATE = new SerializedString("date");
    private static final SerializedString LOCATION = new SerializedString("location");
    private static final SerializedString PARTICIPANTS = new SerializedString("participants");
    private static final SerializedString CASUALTY_REPORT_IDS = new SerializedString("casualtyReportIds");
    private static final SerializedString BLOCKED = new SerializedString("blocked");
    private static final SerializedString CAMEO_ROOT_CODE = new SerializedString("cameoRootCode");

    private EventSerializer() {
        super(Event.class);
    }

    @Override
    void write(Event event, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName(ID);
        gen.writeString(event.id());
        gen.writeFieldName(TYPE);
        TYPES.write(event.type(), gen);
        gen.writeFieldName(TITLE);
        gen.writeString(event.title());
        gen.writeFieldName(DATE);
        gen.writeString(event.date().toString());
        Optional<Location> location = event.location();
        if (location.isPresent()) {
            gen.writeFieldName(LOCATION);
            LocationSerializer.INSTANCE.write(location.get(), gen);
        }
        List<Participant> participants = event.participants();
        if (!participants.isEmpty()) {
            gen.writeFieldName(PARTICIPANTS);
            gen.writeStartArray();
            for (int i = 0; i < participants.size(); i++) {
                ParticipantSerializer.INSTANCE.write(participants.get(i), gen);
            }
            gen.writeEndArray();
        }
        List<String> reportIds = event.casualtyReportIds();
        if (!reportIds.isEmpty()) {
            gen.writeFieldName(CASUALTY_REPORT_IDS);
            Strings.writeArray(gen, reportIds);
        }
        if (event.isBlocked()) {
            gen.writeFieldName(BLOCKED);
            gen.writeBoolean(true);
        }
        gen.writeFieldName(CAMEO_ROOT_CODE);
        gen.writeString(event.cameoRootCode());
        gen.writeEndObject();
    }
}
