package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Event;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import io.github.demarche.QualifiedCount;
import io.github.demarche.Coding;
import io.github.demarche.SourceAttribution;
import io.github.demarche.ExternalId;
import io.github.demarche.RelativeDate;
import java.io.IOException;

/**
 * Writes an event:
 * {@code {"id":"coup-2021-02-01","type":"coup","title":"...","date":"2021-02-01","location":{...},
 * "participants":[...],"sources":[...]}}; its fields are {@link EventField}.
 */
final class EventSerializer extends ObjectSerializer<Event, EventField> {

    private static final long serialVersionUID = 1L;

    private static final EventField[] FIELDS = EventField.values();

    final NestedWriter<Location> locations;
    final NestedWriter<Participant> participants;
    final NestedWriter<QualifiedCount> counts;
    final NestedWriter<Coding> codings;
    final NestedWriter<SourceAttribution> sources;
    final NestedWriter<ExternalId> externalIds;
    final NestedWriter<RelativeDate> relativeDates;

    EventSerializer(LocationSerializer locations, ParticipantSerializer participants, QualifiedCountSerializer counts,
            CodingSerializer codings, SourceAttributionSerializer sources, ExternalIdSerializer externalIds,
            RelativeDateSerializer relativeDates) {
        super(Event.class);
        this.locations = NestedWriter.of(Location.class, locations);
        this.participants = NestedWriter.of(Participant.class, participants);
        this.counts = NestedWriter.of(QualifiedCount.class, counts);
        this.codings = NestedWriter.of(Coding.class, codings);
        this.sources = NestedWriter.of(SourceAttribution.class, sources);
        this.externalIds = NestedWriter.of(ExternalId.class, externalIds);
        this.relativeDates = NestedWriter.of(RelativeDate.class, relativeDates);
    }

    private EventSerializer(EventSerializer source, SerializerProvider provider) throws JsonMappingException {
        super(source);
        this.locations = source.locations.resolve(provider);
        this.participants = source.participants.resolve(provider);
        this.counts = source.counts.resolve(provider);
        this.codings = source.codings.resolve(provider);
        this.sources = source.sources.resolve(provider);
        this.externalIds = source.externalIds.resolve(provider);
        this.relativeDates = source.relativeDates.resolve(provider);
    }

    @Override
    EventSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new EventSerializer(this, provider);
    }

    @Override
    void writeFields(Event value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (EventField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
