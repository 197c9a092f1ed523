package io.github.demarche.flink.examples;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.CameoActorCode;
import io.github.demarche.CameoCode;
import io.github.demarche.Channel;
import io.github.demarche.Coding;
import io.github.demarche.Event;
import io.github.demarche.Intensity;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.formats.icews.IcewsRows;
import java.util.Locale;
import java.util.Optional;

/**
 * The example job's reading of coded events as positions, for GDELT, whose rows
 * {@code demarche-formats} reads as events only: an event whose CAMEO code is verbal and admitted
 * by a {@link StanceType} (the rule of the ICEWS mapping, {@link IcewsRows#stanceType}), with an
 * initiator and a target that both have a CAMEO actor code, is read as the initiator's position
 * toward the target, as ICEWS's rows of verbal codes are.
 *
 * <p>Actors are identified by their CAMEO actor code ({@code RUS}, {@code USAGOV}), the usual unit
 * of GDELT's dyadic analyses: the importers give each row's actors ids of their own
 * ({@code gdelt-881990842-actor1}), so that no two rows would share an actor, and no pair would
 * ever be aligned. The actor of code {@code USAGOV} is {@code Actor[cameo-usagov]}, named by its
 * code, of kind {@code UNSPECIFIED}. This is the example's choice, made explicit by the job's
 * {@code --positions-from-events}; it is not a rule of the model.
 *
 * @since 0.2
 */
public final class EventPositions {

    private EventPositions() {
    }

    /**
     * Reads an event as a position, when it is one.
     *
     * @param event  the event, not null
     * @return the statement {@code <event id>-position}: the initiator's stance toward the target,
     *     reported, on the event's date and sources, coded as the event; empty if the event's code
     *     is material or admitted by no stance type, or it lacks a coded initiator or target
     */
    public static Optional<Statement> position(Event event) {
        Optional<Coding> coding = event.coding();
        Optional<CameoCode> code = coding.flatMap(Coding::cameoCode);
        Optional<StanceType> type = code.filter(c -> !c.quadClass().isMaterial()).flatMap(IcewsRows::stanceType);
        Optional<Actor> initiator = actor(event, ParticipantRole.INITIATOR);
        Optional<Actor> target = actor(event, ParticipantRole.TARGET);
        if (type.isEmpty() || initiator.isEmpty() || target.isEmpty() || event.sources().isEmpty()) {
            return Optional.empty();
        }
        Stance stance = Stance.builder().type(type.get()).target(StanceTarget.actor(target.get()))
                .intensity(Intensity.NORMAL).coding(coding.get()).build();
        Statement.Builder statement = Statement.builder().id(event.id() + "-position").addSpeaker(initiator.get())
                .date(event.date()).mode(StatementMode.REPORTED).channel(Channel.OTHER).addStance(stance)
                .sources(event.sources()).externalIds(event.externalIds());
        // a call, not a method reference: Statement.Builder inherits location(..) from a class of the
        // core's package that this package cannot see, and a reference to it fails to link
        // (LambdaConversionException) when the core comes from its jar
        if (event.location().isPresent()) {
            statement.location(event.location().get());
        }
        return Optional.of(statement.build());
    }

    private static Optional<Actor> actor(Event event, ParticipantRole role) {
        return event.participants().stream().filter(participant -> participant.role() == role)
                .map(Participant::actor).flatMap(actor -> actor.cameoCode().stream()).findFirst()
                .map(EventPositions::byCode);
    }

    private static Actor byCode(CameoActorCode code) {
        String text = code.toString();
        return Actor.builder().id("cameo-" + text.toLowerCase(Locale.ROOT)).name(text).kind(ActorKind.UNSPECIFIED)
                .cameoCode(code).build();
    }
}
