package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.demarche.Actor;
import io.github.demarche.Adoption;
import io.github.demarche.AgreementPoint;
import io.github.demarche.Document;
import io.github.demarche.ExternalId;
import io.github.demarche.Passage;
import io.github.demarche.SourceAttribution;
import java.io.IOException;

/** Writes a document, {@code {"id":"asean-five-point-consensus","kind":"agreement","title":"Five-Point Consensus",...}}; its fields are {@link DocumentField}. */
final class DocumentSerializer extends ObjectSerializer<Document, DocumentField> {

    private static final long serialVersionUID = 1L;

    private static final DocumentField[] FIELDS = DocumentField.values();

    final NestedWriter<Actor> actors;
    final NestedWriter<Adoption> adoptions;
    final NestedWriter<Passage> passages;
    final NestedWriter<AgreementPoint> points;
    final NestedWriter<SourceAttribution> sources;
    final NestedWriter<ExternalId> externalIds;

    DocumentSerializer(ActorSerializer actors, AdoptionSerializer adoptions, PassageSerializer passages, AgreementPointSerializer points, SourceAttributionSerializer sources, ExternalIdSerializer externalIds) {
        super(Document.class);
        this.actors = NestedWriter.of(Actor.class, actors);
        this.adoptions = NestedWriter.of(Adoption.class, adoptions);
        this.passages = NestedWriter.of(Passage.class, passages);
        this.points = NestedWriter.of(AgreementPoint.class, points);
        this.sources = NestedWriter.of(SourceAttribution.class, sources);
        this.externalIds = NestedWriter.of(ExternalId.class, externalIds);
    }

    private DocumentSerializer(DocumentSerializer source, SerializerProvider provider) throws JsonMappingException {
        super(source);
        this.actors = source.actors.resolve(provider);
        this.adoptions = source.adoptions.resolve(provider);
        this.passages = source.passages.resolve(provider);
        this.points = source.points.resolve(provider);
        this.sources = source.sources.resolve(provider);
        this.externalIds = source.externalIds.resolve(provider);
    }

    @Override
    DocumentSerializer resolve(SerializerProvider provider) throws JsonMappingException {
        return new DocumentSerializer(this, provider);
    }

    @Override
    void writeFields(Document value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        for (DocumentField field : FIELDS) {
            field.write(this, value, gen, provider);
        }
    }
}
