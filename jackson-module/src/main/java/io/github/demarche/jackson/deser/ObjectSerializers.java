package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.databind.JsonSerializer;
import java.util.List;

/**
 * The serializers of the model's object types ({@code Dossier}, {@code Statement}, {@code Actor},
 * …), as {@link io.github.demarche.jackson.ser.DemarcheSerializers#valueSerializers()} registers
 * them. They live in this package because they write from the same lists of fields that the
 * deserializers read with, so that a field's name is written once. Users need not call this class:
 * register {@link io.github.demarche.jackson.DemarcheModule}.
 *
 * <p>This class is a set of static methods; it cannot be instantiated.
 *
 * @since 0.2
 */
public final class ObjectSerializers {

    private ObjectSerializers() {
    }

    /**
     * Obtains the serializers of the model's object types. Each writes the values it nests
     * ({@code Actor}s of a {@code Statement}, …) with the serializer the mapper resolves for them,
     * so that a user's serializer or mix-in for a nested type applies.
     *
     * @return new serializers, one per type, each reporting its type as {@code handledType()}, not null
     */
    public static List<JsonSerializer<?>> all() {
        ActorSerializer actors = new ActorSerializer();
        SourceAttributionSerializer sources = new SourceAttributionSerializer();
        ExternalIdSerializer externalIds = new ExternalIdSerializer();
        CodingSerializer codings = new CodingSerializer();
        CoordinatesSerializer coordinates = new CoordinatesSerializer();
        LocationPrecisionSerializer precisions = new LocationPrecisionSerializer();
        StanceTargetSerializer targets = new StanceTargetSerializer(actors);
        StanceSerializer stances = new StanceSerializer(targets, codings);
        LocationSerializer locations = new LocationSerializer(coordinates, precisions);
        RelativeDateSerializer relativeDates = new RelativeDateSerializer();
        StatementSerializer statements = new StatementSerializer(actors, stances, sources, locations, externalIds,
                relativeDates);
        ParticipantSerializer participants = new ParticipantSerializer(actors, locations);
        QualifiedCountSerializer counts = new QualifiedCountSerializer();
        EventSerializer events = new EventSerializer(locations, participants, counts, codings, sources, externalIds,
                relativeDates);
        IncludedGroupSerializer included = new IncludedGroupSerializer(counts);
        VictimsSerializer victims = new VictimsSerializer(actors, included);
        FigureHedgeSerializer hedges = new FigureHedgeSerializer();
        CasualtyReportSerializer reports = new CasualtyReportSerializer(counts, victims, actors, locations, sources,
                externalIds, hedges);
        VoteCountSerializer voteCounts = new VoteCountSerializer();
        VoteSerializer votes = new VoteSerializer(actors);
        AdoptionSerializer adoptions = new AdoptionSerializer(voteCounts, votes, actors);
        PassageSerializer passages = new PassageSerializer(actors);
        AgreementPointSerializer points = new AgreementPointSerializer(stances);
        DocumentSerializer documents = new DocumentSerializer(actors, adoptions, passages, points, sources, externalIds);
        DossierSerializer dossiers = new DossierSerializer(sources, actors, events, statements, reports, documents);
        return List.of(actors, sources, externalIds, codings, coordinates, precisions, targets, stances, statements,
                locations, participants, events, counts, included, victims, hedges, reports, dossiers,
                new AttributeValueSerializer(), voteCounts, votes, adoptions, passages, points, documents, relativeDates);
    }
}
