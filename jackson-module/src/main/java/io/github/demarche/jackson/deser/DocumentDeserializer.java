package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.demarche.Actor;
import io.github.demarche.Adoption;
import io.github.demarche.AgreementPoint;
import io.github.demarche.Document;
import io.github.demarche.ExternalId;
import io.github.demarche.Passage;
import io.github.demarche.SourceAttribution;
import io.github.demarche.ValidationException;
import java.io.IOException;

/** Reads a document, {@code {"id":"asean-five-point-consensus","kind":"agreement","title":"Five-Point Consensus",...}}; its fields are {@link DocumentField}. */
final class DocumentDeserializer extends ObjectDeserializer<Document, DocumentField, Document.Builder> {

    private static final long serialVersionUID = 1L;

    final ApproximateDateDeserializer dates;
    final Nested<Actor> actors;
    final Nested<Adoption> adoptions;
    final Nested<Passage> passages;
    final Nested<AgreementPoint> points;
    final Nested<SourceAttribution> sources;
    final Nested<ExternalId> externalIds;

    DocumentDeserializer(ApproximateDateDeserializer dates, ActorDeserializer actors, AdoptionDeserializer adoptions, PassageDeserializer passages, AgreementPointDeserializer points, SourceAttributionDeserializer sources, ExternalIdDeserializer externalIds) {
        super(Document.class, DocumentField.class);
        this.dates = dates;
        this.actors = Nested.of(Actor.class, actors);
        this.adoptions = Nested.of(Adoption.class, adoptions);
        this.passages = Nested.of(Passage.class, passages);
        this.points = Nested.of(AgreementPoint.class, points);
        this.sources = Nested.of(SourceAttribution.class, sources);
        this.externalIds = Nested.of(ExternalId.class, externalIds);
    }

    private DocumentDeserializer(DocumentDeserializer source, DeserializationContext ctxt) throws JsonMappingException {
        super(source);
        this.dates = source.dates;
        this.actors = source.actors.resolve(ctxt);
        this.adoptions = source.adoptions.resolve(ctxt);
        this.passages = source.passages.resolve(ctxt);
        this.points = source.points.resolve(ctxt);
        this.sources = source.sources.resolve(ctxt);
        this.externalIds = source.externalIds.resolve(ctxt);
    }

    @Override
    DocumentDeserializer resolve(DeserializationContext ctxt) throws JsonMappingException {
        return new DocumentDeserializer(this, ctxt);
    }

    @Override
    Document.Builder start() {
        return Document.builder();
    }

    @Override
    void readField(DocumentField field, JsonParser p, DeserializationContext ctxt, Document.Builder reading) throws IOException {
        field.read(this, p, ctxt, reading);
    }

    @Override
    Document build(JsonParser p, DeserializationContext ctxt, Document.Builder builder) throws IOException {
        try {
            return builder.build();
        } catch (ValidationException e) {
            throw Failures.invalid(p, ctxt, Document.class, e, null);
        }
    }
}
