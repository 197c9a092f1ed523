package io.github.demarche.jackson.ser;

import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.Serializers;
import io.github.demarche.AdoptionMethod;
import io.github.demarche.DocumentKind;
import io.github.demarche.PassageStatus;
import io.github.demarche.VoteChoice;
import io.github.demarche.ActorKind;
import io.github.demarche.QuadClass;
import io.github.demarche.RelativeDate;
import io.github.demarche.LocationPrecision;
import io.github.demarche.DatePrecision;
import io.github.demarche.CameoDialect;
import io.github.demarche.AttributeValue;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyType;
import io.github.demarche.Channel;
import io.github.demarche.FigureCertainty;
import io.github.demarche.FigureHedge;
import io.github.demarche.FigureKind;
import io.github.demarche.CountQualifier;
import io.github.demarche.CountryCode;
import io.github.demarche.EventType;
import io.github.demarche.Intensity;
import io.github.demarche.ParticipantRole;
import io.github.demarche.PloverEventType;
import io.github.demarche.Position;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.StatementMode;
import io.github.demarche.VictimGroup;
import io.github.demarche.jackson.deser.ObjectSerializers;
import java.util.List;

/**
 * The serializers of the model, as {@link io.github.demarche.jackson.DemarcheModule} registers
 * them. Every serializer streams tokens. The serializers of object types are
 * {@link ObjectSerializers}: they write nested values with the serializers the mapper resolves, so
 * that a user's serializer or mix-in for a nested type applies; dates, country codes and enum names
 * are the format's texts, written by the module itself.
 *
 * <p>This class is a set of static methods; it cannot be instantiated.
 *
 * @since 0.1
 */
public final class DemarcheSerializers {

    /** The enums of the model that the module writes by their lower_snake_case names. */
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(ActorKind.class,
            ApproximateDate.MonthPart.class, ApproximateDate.Precision.class, AttributeValue.Kind.class,
            CameoDialect.class, CasualtyType.class, Channel.class,
            FigureCertainty.class, FigureHedge.Kind.class, FigureKind.class, CountQualifier.class, DatePrecision.class,
            EventType.class, Intensity.class, LocationPrecision.Scale.class, ParticipantRole.class, PloverEventType.class,
            Position.class,
            QuadClass.class, RelativeDate.Anchor.Kind.class, RelativeDate.Relation.class, RelativeDate.Unit.class,
            Stance.Polarity.class, StanceTarget.Kind.class, StanceType.class, StatementMode.class, VictimGroup.class,
            AdoptionMethod.class, DocumentKind.class, PassageStatus.class, VoteChoice.class);

    private DemarcheSerializers() {
    }

    /**
     * Obtains the serializers of the model's values: the value types and their enums.
     *
     * @return new serializers, not null
     */
    public static Serializers valueSerializers() {
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializers(ObjectSerializers.all());
        serializers.addSerializer(ApproximateDate.class, ApproximateDateSerializer.INSTANCE);
        serializers.addSerializer(CountryCode.class, CountryCodeSerializer.INSTANCE);
        for (Class<? extends Enum<?>> type : ENUMS) {
            addEnum(serializers, type);
        }
        return serializers;
    }

    /**
     * Obtains the serializers of the model's enums used as map keys, which write the same names as
     * the values. Country codes and approximate dates need none: Jackson writes a key as its
     * {@code toString()}, which is their text form.
     *
     * @return new key serializers, not null
     */
    public static Serializers keySerializers() {
        SimpleSerializers serializers = new SimpleSerializers();
        for (Class<? extends Enum<?>> type : ENUMS) {
            addEnumKey(serializers, type);
        }
        return serializers;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addEnum(SimpleSerializers serializers, Class<? extends Enum<?>> type) {
        serializers.addSerializer((Class) type, new EnumSerializer(type));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void addEnumKey(SimpleSerializers serializers, Class<? extends Enum<?>> type) {
        serializers.addSerializer((Class) type, new EnumKeySerializer(type));
    }
}
