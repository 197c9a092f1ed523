package io.github.demarche.jackson.deser;

import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import io.github.demarche.Actor;
import io.github.demarche.Adoption;
import io.github.demarche.AdoptionMethod;
import io.github.demarche.AgreementPoint;
import io.github.demarche.Document;
import io.github.demarche.DocumentKind;
import io.github.demarche.Passage;
import io.github.demarche.PassageStatus;
import io.github.demarche.Vote;
import io.github.demarche.VoteChoice;
import io.github.demarche.VoteCount;
import io.github.demarche.QuadClass;
import io.github.demarche.LocationPrecision;
import io.github.demarche.ExternalId;
import io.github.demarche.FigureCertainty;
import io.github.demarche.FigureHedge;
import io.github.demarche.FigureKind;
import io.github.demarche.IncludedGroup;
import io.github.demarche.DatePrecision;
import io.github.demarche.Coordinates;
import io.github.demarche.Coding;
import io.github.demarche.CameoDialect;
import io.github.demarche.AttributeValue;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.Channel;
import io.github.demarche.CountQualifier;
import io.github.demarche.CountryCode;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.Intensity;
import io.github.demarche.Location;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.PloverEventType;
import io.github.demarche.Position;
import io.github.demarche.QualifiedCount;
import io.github.demarche.RelativeDate;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import java.util.List;

/**
 * The deserializers of the model, as {@link io.github.demarche.jackson.DemarcheModule} registers
 * them. Every deserializer streams tokens and builds through the model's builders and factories,
 * so nothing invalid can be read; see {@link io.github.demarche.jackson.InvalidValueException}.
 *
 * <p>Each call of {@link #valueDeserializers()} wires a new set of deserializers with their own
 * bounded caches of actors, sources, dates and country codes.
 *
 * <p>This class is a set of static methods; it cannot be instantiated.
 *
 * @since 0.1
 */
public final class DemarcheDeserializers {

    /** The enums of the model that the module reads from their lower_snake_case names. */
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(ActorKind.class,
            ApproximateDate.MonthPart.class, ApproximateDate.Precision.class, AttributeValue.Kind.class,
            CameoDialect.class, CasualtyType.class, Channel.class,
            FigureCertainty.class, FigureHedge.Kind.class, FigureKind.class, CountQualifier.class, DatePrecision.class,
            EventType.class, Intensity.class, LocationPrecision.Scale.class, ParticipantRole.class, PloverEventType.class,
            Position.class,
            QuadClass.class, RelativeDate.Anchor.Kind.class, RelativeDate.Relation.class, RelativeDate.Unit.class,
            Stance.Polarity.class, StanceTarget.Kind.class, StanceType.class, StatementMode.class, VictimGroup.class,
            AdoptionMethod.class, DocumentKind.class, PassageStatus.class, VoteChoice.class);

    private DemarcheDeserializers() {
    }

    /**
     * Obtains a new set of deserializers of the model's values: the value types and their enums.
     *
     * @return new deserializers, not null
     */
    public static Deserializers valueDeserializers() {
        CountryCodeDeserializer countries = new CountryCodeDeserializer();
        ApproximateDateDeserializer dates = new ApproximateDateDeserializer();
        SourceAttributionDeserializer sources = new SourceAttributionDeserializer();
        ExternalIdDeserializer externalIds = new ExternalIdDeserializer();
        CodingDeserializer codings = new CodingDeserializer();
        CoordinatesDeserializer coordinates = new CoordinatesDeserializer();
        LocationPrecisionDeserializer precisions = new LocationPrecisionDeserializer();
        AttributeValueDeserializer attributeValues = new AttributeValueDeserializer();
        ActorDeserializer actors = new ActorDeserializer(countries, externalIds, dates);
        StanceTargetDeserializer targets = new StanceTargetDeserializer(actors);
        StanceDeserializer stances = new StanceDeserializer(targets, codings);
        LocationDeserializer locations = new LocationDeserializer(countries, coordinates, precisions);
        RelativeDateDeserializer relativeDates = new RelativeDateDeserializer();
        StatementDeserializer statements = new StatementDeserializer(actors, dates, stances, sources, locations,
                externalIds, relativeDates);
        QualifiedCountDeserializer counts = new QualifiedCountDeserializer();
        IncludedGroupDeserializer included = new IncludedGroupDeserializer(counts);
        VictimsDeserializer victims = new VictimsDeserializer(actors, included);
        FigureHedgeDeserializer hedges = new FigureHedgeDeserializer();
        CasualtyReportDeserializer reports = new CasualtyReportDeserializer(counts, victims, actors, locations, dates,
                sources, externalIds, hedges);
        ParticipantDeserializer participants = new ParticipantDeserializer(actors, locations);
        EventDeserializer events = new EventDeserializer(dates, locations, participants, counts, codings, sources,
                externalIds, relativeDates);
        VoteCountDeserializer voteCounts = new VoteCountDeserializer();
        VoteDeserializer votes = new VoteDeserializer(actors);
        AdoptionDeserializer adoptions = new AdoptionDeserializer(voteCounts, votes, actors);
        PassageDeserializer passages = new PassageDeserializer(actors);
        AgreementPointDeserializer points = new AgreementPointDeserializer(stances);
        DocumentDeserializer documents = new DocumentDeserializer(dates, actors, adoptions, passages, points, sources,
                externalIds);
        DossierDeserializer dossiers = new DossierDeserializer(sources, actors, events, statements, reports, documents);

        SimpleDeserializers deserializers = new SimpleDeserializers();
        deserializers.addDeserializer(Actor.class, actors);
        deserializers.addDeserializer(Adoption.class, adoptions);
        deserializers.addDeserializer(AgreementPoint.class, points);
        deserializers.addDeserializer(Document.class, documents);
        deserializers.addDeserializer(Passage.class, passages);
        deserializers.addDeserializer(Vote.class, votes);
        deserializers.addDeserializer(VoteCount.class, voteCounts);
        deserializers.addDeserializer(AttributeValue.class, attributeValues);
        deserializers.addDeserializer(Coding.class, codings);
        deserializers.addDeserializer(Coordinates.class, coordinates);
        deserializers.addDeserializer(ExternalId.class, externalIds);
        deserializers.addDeserializer(FigureHedge.class, hedges);
        deserializers.addDeserializer(LocationPrecision.class, precisions);
        deserializers.addDeserializer(ApproximateDate.class, dates);
        deserializers.addDeserializer(CasualtyReport.class, reports);
        deserializers.addDeserializer(CountryCode.class, countries);
        deserializers.addDeserializer(Dossier.class, dossiers);
        deserializers.addDeserializer(Event.class, events);
        deserializers.addDeserializer(IncludedGroup.class, included);
        deserializers.addDeserializer(Location.class, locations);
        deserializers.addDeserializer(Participant.class, participants);
        deserializers.addDeserializer(QualifiedCount.class, counts);
        deserializers.addDeserializer(RelativeDate.class, relativeDates);
        deserializers.addDeserializer(SourceAttribution.class, sources);
        deserializers.addDeserializer(Stance.class, stances);
        deserializers.addDeserializer(StanceTarget.class, targets);
        deserializers.addDeserializer(Statement.class, statements);
        deserializers.addDeserializer(Victims.class, victims);
        for (Class<? extends Enum<?>> type : ENUMS) {
            addEnum(deserializers, type);
        }
        return deserializers;
    }

    /**
     * Obtains the deserializers of the model's map keys: enums from their lower_snake_case names,
     * country codes and approximate dates from their text forms.
     *
     * @return new key deserializers, not null
     */
    public static KeyDeserializers keyDeserializers() {
        SimpleKeyDeserializers deserializers = new SimpleKeyDeserializers();
        for (Class<? extends Enum<?>> type : ENUMS) {
            addEnumKey(deserializers, type);
        }
        deserializers.addDeserializer(CountryCode.class, new TextKeyDeserializer(CountryCode.class, CountryCode::of));
        deserializers.addDeserializer(ApproximateDate.class,
                new TextKeyDeserializer(ApproximateDate.class, ApproximateDate::parse));
        return deserializers;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addEnum(SimpleDeserializers deserializers, Class<? extends Enum<?>> type) {
        deserializers.addDeserializer((Class) type, new EnumDeserializer(type));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addEnumKey(SimpleKeyDeserializers deserializers, Class<? extends Enum<?>> type) {
        deserializers.addDeserializer(type, TextKeyDeserializer.forEnum((Class) type));
    }
}
