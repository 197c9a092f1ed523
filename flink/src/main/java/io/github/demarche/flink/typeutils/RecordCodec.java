package io.github.demarche.flink.typeutils;

import static io.github.demarche.flink.typeutils.BinaryCodec.bit;
import static io.github.demarche.flink.typeutils.BinaryCodec.constant;
import static io.github.demarche.flink.typeutils.BinaryCodec.has;
import static io.github.demarche.flink.typeutils.BinaryCodec.readAttributes;
import static io.github.demarche.flink.typeutils.BinaryCodec.readCoding;
import static io.github.demarche.flink.typeutils.BinaryCodec.readExternalIds;
import static io.github.demarche.flink.typeutils.BinaryCodec.readLocation;
import static io.github.demarche.flink.typeutils.BinaryCodec.readString;
import static io.github.demarche.flink.typeutils.BinaryCodec.readStrings;
import static io.github.demarche.flink.typeutils.BinaryCodec.readVarInt;
import static io.github.demarche.flink.typeutils.BinaryCodec.writeAttributes;
import static io.github.demarche.flink.typeutils.BinaryCodec.writeCoding;
import static io.github.demarche.flink.typeutils.BinaryCodec.writeExternalIds;
import static io.github.demarche.flink.typeutils.BinaryCodec.writeIfPresent;
import static io.github.demarche.flink.typeutils.BinaryCodec.writeLocation;
import static io.github.demarche.flink.typeutils.BinaryCodec.writeString;
import static io.github.demarche.flink.typeutils.BinaryCodec.writeStrings;
import static io.github.demarche.flink.typeutils.BinaryCodec.writeVarInt;

import io.github.demarche.Actor;
import io.github.demarche.Adoption;
import io.github.demarche.AdoptionMethod;
import io.github.demarche.AgreementPoint;
import io.github.demarche.ApproximateDate;
import io.github.demarche.CasualtyReport;
import io.github.demarche.CasualtyType;
import io.github.demarche.CountQualifier;
import io.github.demarche.DatePrecision;
import io.github.demarche.Document;
import io.github.demarche.DocumentKind;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.EventType;
import io.github.demarche.FigureCertainty;
import io.github.demarche.FigureHedge;
import io.github.demarche.FigureKind;
import io.github.demarche.IncludedGroup;
import io.github.demarche.Participant;
import io.github.demarche.ParticipantRole;
import io.github.demarche.Passage;
import io.github.demarche.PassageStatus;
import io.github.demarche.QualifiedCount;
import io.github.demarche.RelativeDate;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.Statement;
import io.github.demarche.VictimGroup;
import io.github.demarche.Victims;
import io.github.demarche.Vote;
import io.github.demarche.VoteChoice;
import io.github.demarche.VoteCount;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * The binary form, since format 2, of the records other than statements and actors: events,
 * casualty reports, documents and dossiers, and the values only they hold (participants, counts,
 * victims, adoptions, passages, points), plus the relative date that statements share with events.
 * The layout follows {@link BinaryCodec}'s: a bit mask of the optional fields first, then the fields
 * in the order of the model's accessors; actors and sources through the codec's interning.
 *
 * <p>Belongs to one {@link BinaryCodec} and, like it, is not thread-safe.
 */
final class RecordCodec {

    private final BinaryCodec codec;

    RecordCodec(BinaryCodec codec) {
        this.codec = codec;
    }

    // ---- events --------------------------------------------------------------------------------

    void writeEvent(Event event, DataOutputView out) throws IOException {
        int mask = bit(0, event.title()) | bit(1, event.datePrecision()) | bit(2, event.relativeDate())
                | bit(3, event.location()) | bit(4, event.deaths()) | bit(5, event.coding())
                | (event.isBlocked() ? 1 << 6 : 0);
        writeVarInt(out, mask);
        writeString(out, event.id());
        out.writeByte(event.type().ordinal());
        writeIfPresent(out, event.title());
        writeDate(event.date(), out);
        if (event.datePrecision().isPresent()) {
            out.writeByte(event.datePrecision().get().ordinal());
        }
        if (event.relativeDate().isPresent()) {
            writeRelativeDate(event.relativeDate().get(), out);
        }
        if (event.location().isPresent()) {
            writeLocation(event.location().get(), out);
        }
        writeVarInt(out, event.participants().size());
        for (Participant participant : event.participants()) {
            codec.writeActor(participant.actor(), out);
            out.writeByte(participant.role().ordinal());
            out.writeBoolean(participant.location().isPresent());
            if (participant.location().isPresent()) {
                writeLocation(participant.location().get(), out);
            }
        }
        writeStrings(out, event.casualtyReportIds());
        writeSources(event.sources(), out);
        writeExternalIds(out, event.externalIds());
        writeAttributes(out, event.attributes());
        if (event.deaths().isPresent()) {
            writeCount(event.deaths().get(), out);
        }
        if (event.coding().isPresent()) {
            writeCoding(event.coding().get(), out);
        }
    }

    Event readEvent(DataInputView in) throws IOException {
        int mask = readVarInt(in);
        Event.Builder builder = Event.builder();
        builder.id(readString(in));
        builder.type(constant(EventType.values(), in));
        if (has(mask, 0)) {
            builder.title(readString(in));
        }
        builder.date(readDate(in));
        if (has(mask, 1)) {
            builder.datePrecision(constant(DatePrecision.values(), in));
        }
        if (has(mask, 2)) {
            builder.relativeDate(readRelativeDate(in));
        }
        if (has(mask, 3)) {
            builder.location(readLocation(in));
        }
        int participants = readVarInt(in);
        for (int i = 0; i < participants; i++) {
            Actor actor = codec.readActor(in);
            ParticipantRole role = constant(ParticipantRole.values(), in);
            builder.addParticipant(in.readBoolean() ? Participant.of(actor, role, readLocation(in))
                    : Participant.of(actor, role));
        }
        builder.casualtyReportIds(readStrings(in));
        builder.sources(readSources(in));
        builder.externalIds(readExternalIds(in));
        builder.attributes(readAttributes(in));
        if (has(mask, 4)) {
            builder.deaths(readCount(in));
        }
        if (has(mask, 5)) {
            builder.coding(readCoding(in));
        }
        builder.blocked(has(mask, 6));
        return builder.build();
    }

    // ---- casualty reports ----------------------------------------------------------------------

    void writeCasualtyReport(CasualtyReport report, DataOutputView out) throws IOException {
        int mask = bit(0, report.perpetrator()) | bit(1, report.originator()) | bit(2, report.reportedBy())
                | bit(3, report.certainty()) | bit(4, report.horizon()) | bit(5, report.location())
                | bit(6, report.origin()) | bit(7, report.destination()) | bit(8, report.periodStart());
        writeVarInt(out, mask);
        writeString(out, report.id());
        out.writeByte(report.type().ordinal());
        writeCount(report.count(), out);
        writeVictims(report.victims(), out);
        writeActorIfPresent(report.perpetrator(), out);
        writeActorIfPresent(report.originator(), out);
        writeActorIfPresent(report.reportedBy(), out);
        if (report.certainty().isPresent()) {
            out.writeByte(report.certainty().get().ordinal());
        }
        writeVarInt(out, report.hedges().size());
        for (FigureHedge hedge : report.hedges()) {
            out.writeByte(hedge.kind().ordinal());
            writeString(out, hedge.wording().orElse(null));
        }
        out.writeByte(report.figureKind().ordinal());
        if (report.horizon().isPresent()) {
            writeDate(report.horizon().get(), out);
        }
        if (report.location().isPresent()) {
            writeLocation(report.location().get(), out);
        }
        if (report.origin().isPresent()) {
            writeLocation(report.origin().get(), out);
        }
        if (report.destination().isPresent()) {
            writeLocation(report.destination().get(), out);
        }
        writeDate(report.asOf(), out);
        if (report.periodStart().isPresent()) {
            writeDate(report.periodStart().get(), out);
        }
        writeSources(report.sources(), out);
        writeExternalIds(out, report.externalIds());
        writeAttributes(out, report.attributes());
    }

    CasualtyReport readCasualtyReport(DataInputView in) throws IOException {
        int mask = readVarInt(in);
        CasualtyReport.Builder builder = CasualtyReport.builder();
        builder.id(readString(in));
        builder.type(constant(CasualtyType.values(), in));
        builder.count(readCount(in));
        builder.victims(readVictims(in));
        if (has(mask, 0)) {
            builder.perpetrator(codec.readActor(in));
        }
        if (has(mask, 1)) {
            builder.originator(codec.readActor(in));
        }
        if (has(mask, 2)) {
            builder.reportedBy(codec.readActor(in));
        }
        if (has(mask, 3)) {
            builder.certainty(constant(FigureCertainty.values(), in));
        }
        int hedges = readVarInt(in);
        for (int i = 0; i < hedges; i++) {
            FigureHedge.Kind kind = constant(FigureHedge.Kind.values(), in);
            String wording = readString(in);
            builder.addHedge(wording == null ? FigureHedge.of(kind) : FigureHedge.of(kind, wording));
        }
        builder.figureKind(constant(FigureKind.values(), in));
        if (has(mask, 4)) {
            builder.horizon(readDate(in));
        }
        if (has(mask, 5)) {
            builder.location(readLocation(in));
        }
        if (has(mask, 6)) {
            builder.origin(readLocation(in));
        }
        if (has(mask, 7)) {
            builder.destination(readLocation(in));
        }
        builder.asOf(readDate(in));
        if (has(mask, 8)) {
            builder.periodStart(readDate(in));
        }
        builder.sources(readSources(in));
        builder.externalIds(readExternalIds(in));
        builder.attributes(readAttributes(in));
        return builder.build();
    }

    private void writeVictims(Victims victims, DataOutputView out) throws IOException {
        if (victims.group().isPresent()) {
            out.writeByte(0);
            out.writeByte(victims.group().get().ordinal());
        } else {
            out.writeByte(1);
            codec.writeActor(victims.actor().orElseThrow(), out);
        }
        writeVarInt(out, victims.included().size());
        for (IncludedGroup included : victims.included()) {
            out.writeByte(included.group().ordinal());
            out.writeBoolean(included.count().isPresent());
            if (included.count().isPresent()) {
                writeCount(included.count().get(), out);
            }
        }
    }

    private Victims readVictims(DataInputView in) throws IOException {
        int kind = in.readUnsignedByte();
        Victims victims = switch (kind) {
            case 0 -> Victims.of(constant(VictimGroup.values(), in));
            case 1 -> Victims.of(codec.readActor(in));
            default -> throw new IOException(codec.formatName() + ": no kind of victims " + kind);
        };
        int count = readVarInt(in);
        if (count == 0) {
            return victims;
        }
        List<IncludedGroup> included = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            VictimGroup group = constant(VictimGroup.values(), in);
            included.add(in.readBoolean() ? IncludedGroup.of(group, readCount(in)) : IncludedGroup.of(group));
        }
        return victims.withIncluded(included);
    }

    /**
     * A count as stated (qualifier, figures, wording) and, only where they are not the ones the
     * statement implies, its bounds.
     */
    static void writeCount(QualifiedCount count, DataOutputView out) throws IOException {
        boolean derived = count.hasDerivedBounds();
        int mask = bit(0, count.wording()) | (derived ? 0 : 1 << 1) | (count.best().isPresent() ? 1 << 2 : 0)
                | (count.high().isPresent() ? 1 << 3 : 0);
        out.writeByte(count.qualifier().ordinal());
        writeVarInt(out, mask);
        if (count.figure().isPresent()) {
            writeVarLong(out, count.figure().getAsLong());
        }
        if (count.secondFigure().isPresent()) {
            writeVarLong(out, count.secondFigure().getAsLong());
        }
        writeIfPresent(out, count.wording());
        if (!derived) {
            writeVarLong(out, count.low());
            if (count.best().isPresent()) {
                writeVarLong(out, count.best().getAsLong());
            }
            if (count.high().isPresent()) {
                writeVarLong(out, count.high().getAsLong());
            }
        }
    }

    static QualifiedCount readCount(DataInputView in) throws IOException {
        CountQualifier qualifier = constant(CountQualifier.values(), in);
        int mask = readVarInt(in);
        QualifiedCount count;
        if (qualifier.isVague()) {
            count = QualifiedCount.vague(qualifier);
        } else if (qualifier == CountQualifier.BETWEEN) {
            long low = readVarLong(in);
            count = QualifiedCount.between(low, readVarLong(in));
        } else {
            count = QualifiedCount.of(qualifier, readVarLong(in));
        }
        if (has(mask, 0)) {
            count = count.withWording(readString(in));
        }
        if (has(mask, 1)) {
            long low = readVarLong(in);
            OptionalLong best = has(mask, 2) ? OptionalLong.of(readVarLong(in)) : OptionalLong.empty();
            OptionalLong high = has(mask, 3) ? OptionalLong.of(readVarLong(in)) : OptionalLong.empty();
            count = best.isPresent() ? count.withBounds(low, best.getAsLong(), high) : count.withBounds(low, high);
        }
        return count;
    }

    // ---- documents -----------------------------------------------------------------------------

    void writeDocument(Document document, DataOutputView out) throws IOException {
        int mask = bit(0, document.adoptedBy()) | bit(1, document.adoption()) | bit(2, document.draftOf());
        writeVarInt(out, mask);
        writeString(out, document.id());
        out.writeByte(document.kind().ordinal());
        writeString(out, document.title());
        writeDate(document.date(), out);
        writeActorIfPresent(document.adoptedBy(), out);
        writeActors(document.parties(), out);
        if (document.adoption().isPresent()) {
            writeAdoption(document.adoption().get(), out);
        }
        writeIfPresent(out, document.draftOf());
        writeVarInt(out, document.passages().size());
        for (Passage passage : document.passages()) {
            writePassage(passage, out);
        }
        writeVarInt(out, document.points().size());
        for (AgreementPoint point : document.points()) {
            out.writeInt(point.number());
            writeString(out, point.text());
            writeVarInt(out, point.stances().size());
            for (Stance stance : point.stances()) {
                codec.writeStance(stance, out);
            }
        }
        writeSources(document.sources(), out);
        writeExternalIds(out, document.externalIds());
        writeAttributes(out, document.attributes());
    }

    Document readDocument(DataInputView in) throws IOException {
        int mask = readVarInt(in);
        Document.Builder builder = Document.builder();
        builder.id(readString(in));
        builder.kind(constant(DocumentKind.values(), in));
        builder.title(readString(in));
        builder.date(readDate(in));
        if (has(mask, 0)) {
            builder.adoptedBy(codec.readActor(in));
        }
        builder.parties(readActors(in));
        if (has(mask, 1)) {
            builder.adoption(readAdoption(in));
        }
        if (has(mask, 2)) {
            builder.draftOf(readString(in));
        }
        int passages = readVarInt(in);
        for (int i = 0; i < passages; i++) {
            builder.addPassage(readPassage(in));
        }
        int points = readVarInt(in);
        for (int i = 0; i < points; i++) {
            int number = in.readInt();
            String text = readString(in);
            int stanceCount = readVarInt(in);
            List<Stance> stances = new ArrayList<>(stanceCount);
            for (int j = 0; j < stanceCount; j++) {
                stances.add(codec.readStance(in));
            }
            builder.addPoint(AgreementPoint.of(number, text, stances));
        }
        builder.sources(readSources(in));
        builder.externalIds(readExternalIds(in));
        builder.attributes(readAttributes(in));
        return builder.build();
    }

    private void writeAdoption(Adoption adoption, DataOutputView out) throws IOException {
        int mask = (adoption.isAdopted() ? 1 : 0) | bit(1, adoption.count());
        out.writeByte(adoption.method().ordinal());
        writeVarInt(out, mask);
        if (adoption.count().isPresent()) {
            VoteCount count = adoption.count().get();
            writeVarInt(out, count.inFavour());
            writeVarInt(out, count.against());
            writeVarInt(out, count.abstentions());
        }
        writeVarInt(out, adoption.votes().size());
        for (Vote vote : adoption.votes()) {
            codec.writeActor(vote.actor(), out);
            out.writeByte(vote.choice().ordinal());
        }
        writeActors(adoption.objectors(), out);
    }

    private Adoption readAdoption(DataInputView in) throws IOException {
        Adoption.Builder builder = Adoption.builder();
        builder.method(constant(AdoptionMethod.values(), in));
        int mask = readVarInt(in);
        builder.adopted(has(mask, 0));
        if (has(mask, 1)) {
            builder.count(VoteCount.of(readVarInt(in), readVarInt(in), readVarInt(in)));
        }
        int votes = readVarInt(in);
        for (int i = 0; i < votes; i++) {
            Actor actor = codec.readActor(in);
            builder.addVote(Vote.of(actor, constant(VoteChoice.values(), in)));
        }
        builder.objectors(readActors(in));
        return builder.build();
    }

    private void writePassage(Passage passage, DataOutputView out) throws IOException {
        writeVarInt(out, bit(0, passage.label()) | bit(1, passage.text()));
        writeString(out, passage.id());
        writeIfPresent(out, passage.label());
        writeIfPresent(out, passage.text());
        out.writeByte(passage.status().ordinal());
        writeActors(passage.proposedBy(), out);
        writeActors(passage.objectedBy(), out);
    }

    private Passage readPassage(DataInputView in) throws IOException {
        int mask = readVarInt(in);
        Passage.Builder builder = Passage.builder();
        builder.id(readString(in));
        if (has(mask, 0)) {
            builder.label(readString(in));
        }
        if (has(mask, 1)) {
            builder.text(readString(in));
        }
        builder.status(constant(PassageStatus.values(), in));
        builder.proposedBy(readActors(in));
        builder.objectedBy(readActors(in));
        return builder.build();
    }

    // ---- dossiers ------------------------------------------------------------------------------

    void writeDossier(Dossier dossier, DataOutputView out) throws IOException {
        codec.writeSource(dossier.source(), out);
        writeActors(dossier.actors(), out);
        writeVarInt(out, dossier.events().size());
        for (Event event : dossier.events()) {
            writeEvent(event, out);
        }
        writeVarInt(out, dossier.statements().size());
        for (Statement statement : dossier.statements()) {
            codec.writeStatement(statement, out);
        }
        writeVarInt(out, dossier.casualtyReports().size());
        for (CasualtyReport report : dossier.casualtyReports()) {
            writeCasualtyReport(report, out);
        }
        writeVarInt(out, dossier.documents().size());
        for (Document document : dossier.documents()) {
            writeDocument(document, out);
        }
    }

    Dossier readDossier(DataInputView in) throws IOException {
        Dossier.Builder builder = Dossier.builder();
        builder.source(codec.readSource(in));
        builder.actors(readActors(in));
        int events = readVarInt(in);
        for (int i = 0; i < events; i++) {
            builder.addEvent(readEvent(in));
        }
        int statements = readVarInt(in);
        for (int i = 0; i < statements; i++) {
            builder.addStatement(codec.readStatement(in));
        }
        int reports = readVarInt(in);
        for (int i = 0; i < reports; i++) {
            builder.addCasualtyReport(readCasualtyReport(in));
        }
        int documents = readVarInt(in);
        for (int i = 0; i < documents; i++) {
            builder.addDocument(readDocument(in));
        }
        return builder.build();
    }

    // ---- relative dates ------------------------------------------------------------------------

    static void writeRelativeDate(RelativeDate date, DataOutputView out) throws IOException {
        int mask = (date.hasOffset() ? 1 : 0) | bit(1, date.wording());
        writeVarInt(out, mask);
        out.writeByte(date.relation().ordinal());
        out.writeByte(date.anchor().kind().ordinal());
        writeString(out, date.anchor().id());
        if (date.hasOffset()) {
            out.writeInt(date.amount().getAsInt());
            out.writeByte(date.unit().orElseThrow().ordinal());
        }
        writeIfPresent(out, date.wording());
    }

    static RelativeDate readRelativeDate(DataInputView in) throws IOException {
        int mask = readVarInt(in);
        RelativeDate.Relation relation = constant(RelativeDate.Relation.values(), in);
        RelativeDate.Anchor.Kind kind = constant(RelativeDate.Anchor.Kind.values(), in);
        RelativeDate.Anchor anchor = RelativeDate.Anchor.of(kind, readString(in));
        RelativeDate date;
        if (has(mask, 0)) {
            int amount = in.readInt();
            date = RelativeDate.of(relation, anchor, amount, constant(RelativeDate.Unit.values(), in));
        } else {
            date = RelativeDate.of(relation, anchor);
        }
        return has(mask, 1) ? date.withWording(readString(in)) : date;
    }

    // ---- shared parts --------------------------------------------------------------------------

    private static void writeDate(ApproximateDate date, DataOutputView out) throws IOException {
        writeString(out, date.toString());
    }

    private ApproximateDate readDate(DataInputView in) throws IOException {
        return codec.date(readString(in));
    }

    private void writeActorIfPresent(Optional<Actor> actor, DataOutputView out) throws IOException {
        if (actor.isPresent()) {
            codec.writeActor(actor.get(), out);
        }
    }

    private void writeActors(List<Actor> actors, DataOutputView out) throws IOException {
        writeVarInt(out, actors.size());
        for (Actor actor : actors) {
            codec.writeActor(actor, out);
        }
    }

    private List<Actor> readActors(DataInputView in) throws IOException {
        int count = readVarInt(in);
        List<Actor> actors = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            actors.add(codec.readActor(in));
        }
        return actors;
    }

    private void writeSources(List<SourceAttribution> sources, DataOutputView out) throws IOException {
        writeVarInt(out, sources.size());
        for (SourceAttribution source : sources) {
            codec.writeSource(source, out);
        }
    }

    private List<SourceAttribution> readSources(DataInputView in) throws IOException {
        int count = readVarInt(in);
        List<SourceAttribution> sources = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            sources.add(codec.readSource(in));
        }
        return sources;
    }

    /** A long as an unsigned variable-length integer: a count's figures and bounds are small. */
    static void writeVarLong(DataOutputView out, long value) throws IOException {
        long rest = value;
        while ((rest & ~0x7FL) != 0) {
            out.writeByte((int) (rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.writeByte((int) rest);
    }

    static long readVarLong(DataInputView in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("Demarche binary format: a figure is longer than 64 bits");
    }
}
