package io.github.demarche.jackson.deser;

import io.github.demarche.Actor;
import io.github.demarche.Adoption;
import io.github.demarche.AgreementPoint;
import io.github.demarche.Document;
import io.github.demarche.Passage;
import io.github.demarche.Vote;
import io.github.demarche.VoteCount;
import io.github.demarche.LocationPrecision;
import io.github.demarche.ExternalId;
import io.github.demarche.FigureHedge;
import io.github.demarche.IncludedGroup;
import io.github.demarche.Coordinates;
import io.github.demarche.Coding;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.Location;
import io.github.demarche.Membership;
import io.github.demarche.Participant;
import io.github.demarche.QualifiedCount;
import io.github.demarche.RelativeDate;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.Statement;
import io.github.demarche.Victims;
import java.util.List;
import java.util.Map;

/** The enum of fields of each object type of the format ({@link ObjectField}), by type. */
final class ObjectFields {

    /** The fields of each object type, in the order they are written. */
    static final Map<Class<?>, List<ObjectField>> BY_TYPE = Map.ofEntries(
            Map.entry(Dossier.class, fields(DossierField.class)),
            Map.entry(Statement.class, fields(StatementField.class)),
            Map.entry(Stance.class, fields(StanceField.class)),
            Map.entry(StanceTarget.class, fields(StanceTargetField.class)),
            Map.entry(Actor.class, fields(ActorField.class)),
            Map.entry(Membership.class, fields(MembershipField.class)),
            Map.entry(Event.class, fields(EventField.class)),
            Map.entry(Participant.class, fields(ParticipantField.class)),
            Map.entry(CasualtyReport.class, fields(CasualtyReportField.class)),
            Map.entry(QualifiedCount.class, fields(QualifiedCountField.class)),
            Map.entry(Victims.class, fields(VictimsField.class)),
            Map.entry(IncludedGroup.class, fields(IncludedGroupField.class)),
            Map.entry(Location.class, fields(LocationField.class)),
            Map.entry(SourceAttribution.class, fields(SourceAttributionField.class)),
            Map.entry(ExternalId.class, fields(ExternalIdField.class)),
            Map.entry(FigureHedge.class, fields(FigureHedgeField.class)),
            Map.entry(RelativeDate.class, fields(RelativeDateField.class)),
            Map.entry(Coding.class, fields(CodingField.class)),
            Map.entry(Coordinates.class, fields(CoordinatesField.class)),
            Map.entry(LocationPrecision.class, fields(LocationPrecisionField.class)),
            Map.entry(Document.class, fields(DocumentField.class)),
            Map.entry(Adoption.class, fields(AdoptionField.class)),
            Map.entry(Vote.class, fields(VoteField.class)),
            Map.entry(VoteCount.class, fields(VoteCountField.class)),
            Map.entry(Passage.class, fields(PassageField.class)),
            Map.entry(AgreementPoint.class, fields(AgreementPointField.class)));

    private ObjectFields() {
    }

    private static <F extends Enum<F> & ObjectField> List<ObjectField> fields(Class<F> type) {
        return List.of(type.getEnumConstants());
    }

    /** Gets the type of the value a field of a type holds: {@code Object} for a text, a number, a flag or no field. */
    static Class<?> valueType(Class<?> type, String field) {
        List<ObjectField> fields = BY_TYPE.get(type);
        if (fields == null) {
            return Object.class;
        }
        for (ObjectField f : fields) {
            if (f.text().equals(field)) {
                return f.json().valueType();
            }
        }
        return Object.class;
    }
}
