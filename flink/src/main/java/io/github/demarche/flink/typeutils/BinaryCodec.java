package io.github.demarche.flink.typeutils;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.ApproximateDate;
import io.github.demarche.AttributeValue;
import io.github.demarche.CameoCode;
import io.github.demarche.CameoDialect;
import io.github.demarche.CasualtyReport;
import io.github.demarche.Channel;
import io.github.demarche.Coding;
import io.github.demarche.Coordinates;
import io.github.demarche.CountryCode;
import io.github.demarche.Document;
import io.github.demarche.Dossier;
import io.github.demarche.Event;
import io.github.demarche.ExternalId;
import io.github.demarche.Intensity;
import io.github.demarche.Location;
import io.github.demarche.LocationPrecision;
import io.github.demarche.Membership;
import io.github.demarche.PloverContext;
import io.github.demarche.PloverEventType;
import io.github.demarche.PloverMode;
import io.github.demarche.Position;
import io.github.demarche.RelativeDate;
import io.github.demarche.SourceAttribution;
import io.github.demarche.Stance;
import io.github.demarche.StanceTarget;
import io.github.demarche.StanceType;
import io.github.demarche.Statement;
import io.github.demarche.StatementMode;
import io.github.demarche.formats.ProblemCode;
import io.github.demarche.formats.RowProblem;
import io.github.demarche.formats.RowRecords;
import io.github.demarche.jackson.DemarcheJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * The binary form of the Flink serializers. Format 2, which this version writes: every record
 * field by field, statements and actors here, events, casualty reports, documents and dossiers in
 * {@link RecordCodec}. Format 1, which the first release wrote and which a codec created for it
 * still reads and writes: the same for statements and actors, except a statement's relative date,
 * and the other records as their Demarche JSON (format {@value DemarcheJson#FORMAT_VERSION}),
 * length-prefixed. A statement, an actor and a dataset's row say which form they hold (a bit of the
 * mask, the row's kind), so that the codec of format 2 reads their bytes of format 1 as they are.
 *
 * <p>Layout: strings by Flink's {@link StringValue#writeString} (null allowed); counts as unsigned
 * variable-length integers; an enum constant as one byte, its position in the declaration order
 * of Demarche 0.1 (a test pins those orders: a release that changes one must bump the format);
 * optional fields behind a bit mask; attributes in the order of their keys; an actor and a source
 * as a length-prefixed block, so that a reader meets the same bytes for the same value and builds
 * each value once ({@linkplain #actors interning}: values are immutable, so sharing one instance is
 * safe).
 *
 * <p>Reading builds every value through its public builder, so a value read has passed the model's
 * validation. An instance keeps caches and is not thread-safe: each serializer has its own.
 */
final class BinaryCodec {

    /** The most values a cache holds before it is emptied; a pipeline's actors repeat far within it. */
    private static final int CACHE_LIMIT = 8192;

    private final Map<Actor, byte[]> actorBytes = new IdentityHashMap<>();
    private final Map<Bytes, Actor> actors = new HashMap<>();
    private final Map<SourceAttribution, byte[]> sourceBytes = new IdentityHashMap<>();
    private final Map<Bytes, SourceAttribution> sources = new HashMap<>();
    private final Map<String, ApproximateDate> dates = new HashMap<>();
    private final DataOutputSerializer scratch = new DataOutputSerializer(256);
    private final Map<Class<?>, ObjectWriter> writers = new HashMap<>();
    private final Map<Class<?>, ObjectReader> readers = new HashMap<>();
    private final int format;
    private RecordCodec records;
    private ObjectMapper mapper;

    /**
     * Creates a codec that writes the given format; it reads the bytes of every format up to it
     * where they can be told apart (see {@link ModelKind#firstFormatReadAsIs()}).
     *
     * @param format  1 or {@value DemarcheSerializerSnapshot#FORMAT_VERSION}
     */
    BinaryCodec(int format) {
        this.format = format;
    }

    /** Gets the format this codec writes. */
    int format() {
        return format;
    }

    /** Gets the start of this codec's error messages, {@code Demarche binary format 2}. */
    String formatName() {
        return "Demarche binary format " + format;
    }

    /** Gets the part of the codec that writes events, casualty reports, documents and dossiers. */
    RecordCodec records() {
        if (records == null) {
            records = new RecordCodec(this);
        }
        return records;
    }

    ObjectMapper mapper() {
        if (mapper == null) {
            mapper = DemarcheJson.newObjectMapper();
        }
        return mapper;
    }

    // ---- statements ----------------------------------------------------------------------------

    void writeStatement(Statement statement, DataOutputView out) throws IOException {
        // a relative date: in format 1 as its JSON (bit 2), since format 2 in binary (bit 6)
        int relativeDate = format == 1 ? 2 : 6;
        int mask = bit(0, statement.onBehalfOf()) | bit(1, statement.reportedBy())
                | bit(relativeDate, statement.relativeDate()) | bit(3, statement.quote()) | bit(4, statement.summary())
                | bit(5, statement.location());
        writeVarInt(out, mask);
        writeString(out, statement.id());
        writeVarInt(out, statement.speakers().size());
        for (Actor speaker : statement.speakers()) {
            writeActor(speaker, out);
        }
        if (statement.onBehalfOf().isPresent()) {
            writeActor(statement.onBehalfOf().get(), out);
        }
        if (statement.reportedBy().isPresent()) {
            writeActor(statement.reportedBy().get(), out);
        }
        writeString(out, statement.date().toString());
        if (statement.relativeDate().isPresent() && format == 1) {
            writeJson(RelativeDate.class, statement.relativeDate().get(), out);
        } else if (statement.relativeDate().isPresent()) {
            RecordCodec.writeRelativeDate(statement.relativeDate().get(), out);
        }
        out.writeByte(statement.mode().ordinal());
        out.writeByte(statement.channel().ordinal());
        if (statement.quote().isPresent()) {
            writeString(out, statement.quote().get());
        }
        if (statement.summary().isPresent()) {
            writeString(out, statement.summary().get());
        }
        writeVarInt(out, statement.stances().size());
        for (Stance stance : statement.stances()) {
            writeStance(stance, out);
        }
        writeStrings(out, statement.eventIds());
        writeVarInt(out, statement.sources().size());
        for (SourceAttribution source : statement.sources()) {
            writeSource(source, out);
        }
        if (statement.location().isPresent()) {
            writeLocation(statement.location().get(), out);
        }
        writeExternalIds(out, statement.externalIds());
        writeAttributes(out, statement.attributes());
    }

    Statement readStatement(DataInputView in) throws IOException {
        int mask = readVarInt(in);
        Statement.Builder builder = Statement.builder();
        builder.id(readString(in));
        int speakers = readVarInt(in);
        for (int i = 0; i < speakers; i++) {
            builder.addSpeaker(readActor(in));
        }
        if (has(mask, 0)) {
            builder.onBehalfOf(readActor(in));
        }
        if (has(mask, 1)) {
            builder.reportedBy(readActor(in));
        }
        builder.date(readDate(in));
        if (has(mask, 2)) {
            builder.relativeDate(readJson(in, RelativeDate.class));
        } else if (has(mask, 6)) {
            builder.relativeDate(RecordCodec.readRelativeDate(in));
        }
        builder.mode(constant(StatementMode.values(), in));
        builder.channel(constant(Channel.values(), in));
        if (has(mask, 3)) {
            builder.quote(readString(in));
        }
        if (has(mask, 4)) {
            builder.summary(readString(in));
        }
        int stances = readVarInt(in);
        for (int i = 0; i < stances; i++) {
            builder.addStance(readStance(in));
        }
        builder.eventIds(readStrings(in));
        int sourceCount = readVarInt(in);
        for (int i = 0; i < sourceCount; i++) {
            builder.addSource(readSource(in));
        }
        if (has(mask, 5)) {
            builder.location(readLocation(in));
        }
        builder.externalIds(readExternalIds(in));
        builder.attributes(readAttributes(in));
        return builder.build();
    }

    // ---- stances -------------------------------------------------------------------------------

    void writeStance(Stance stance, DataOutputView out) throws IOException {
        int mask = bit(0, stance.statedPosition()) | bit(1, stance.coding()) | bit(2, stance.wording())
                | (stance.isContemplated() ? 1 << 3 : 0);
        writeVarInt(out, mask);
        out.writeByte(stance.type().ordinal());
        writeTarget(stance.target(), out);
        out.writeByte(stance.intensity().ordinal());
        if (stance.statedPosition().isPresent()) {
            out.writeByte(stance.statedPosition().get().ordinal());
        }
        if (stance.coding().isPresent()) {
            writeCoding(stance.coding().get(), out);
        }
        if (stance.wording().isPresent()) {
            writeString(out, stance.wording().get());
        }
    }

    Stance readStance(DataInputView in) throws IOException {
        int mask = readVarInt(in);
        Stance.Builder builder = Stance.builder();
        builder.type(constant(StanceType.values(), in));
        builder.target(readTarget(in));
        builder.intensity(constant(Intensity.values(), in));
        builder.contemplated(has(mask, 3));
        if (has(mask, 0)) {
            builder.statedPosition(constant(Position.values(), in));
        }
        if (has(mask, 1)) {
            builder.coding(readCoding(in));
        }
        if (has(mask, 2)) {
            builder.wording(readString(in));
        }
        return builder.build();
    }

    private void writeTarget(StanceTarget target, DataOutputView out) throws IOException {
        out.writeByte(target.kind().ordinal());
        switch (target.kind()) {
            case ACTOR -> writeActor(target.actor().orElseThrow(), out);
            case TOPIC -> {
                writeString(out, target.label().orElseThrow());
                writeString(out, target.topicKey().orElse(null));
            }
            case EVENT -> writeString(out, target.eventId().orElseThrow());
            case CASUALTY_REPORT -> writeString(out, target.casualtyReportId().orElseThrow());
            case STATEMENT -> writeString(out, target.statementId().orElseThrow());
            case DOCUMENT -> {
                writeString(out, target.documentId().orElseThrow());
                writeString(out, target.passageId().orElse(null));
            }
        }
    }

    private StanceTarget readTarget(DataInputView in) throws IOException {
        StanceTarget.Kind kind = constant(StanceTarget.Kind.values(), in);
        return switch (kind) {
            case ACTOR -> StanceTarget.actor(readActor(in));
            case TOPIC -> {
                String label = readString(in);
                String key = readString(in);
                yield key == null ? StanceTarget.topic(label) : StanceTarget.topic(label, key);
            }
            case EVENT -> StanceTarget.event(readString(in));
            case CASUALTY_REPORT -> StanceTarget.casualtyReport(readString(in));
            case STATEMENT -> StanceTarget.statement(readString(in));
            case DOCUMENT -> {
                String document = readString(in);
                String passage = readString(in);
                yield passage == null ? StanceTarget.document(document) : StanceTarget.passage(document, passage);
            }
        };
    }

    // ---- actors --------------------------------------------------------------------------------

    void writeActor(Actor actor, DataOutputView out) throws IOException {
        byte[] bytes = actorBytes.get(actor);
        if (bytes == null) {
            bytes = encode(actor);
            if (actorBytes.size() >= CACHE_LIMIT) {
                actorBytes.clear();
            }
            actorBytes.put(actor, bytes);
        }
        writeVarInt(out, bytes.length);
        out.write(bytes);
    }

    private byte[] encode(Actor actor) throws IOException {
        // an actor holds actors (affiliation, memberships): encode it on its own buffer
        DataOutputSerializer buffer = new DataOutputSerializer(128);
        writeActorFields(actor, buffer);
        return buffer.getCopyOfBuffer();
    }

    Actor readActor(DataInputView in) throws IOException {
        byte[] bytes = new byte[readVarInt(in)];
        in.readFully(bytes);
        Bytes key = new Bytes(bytes);
        Actor actor = actors.get(key);
        if (actor == null) {
            actor = readActorFields(new DataInputDeserializer(bytes));
            if (actors.size() >= CACHE_LIMIT) {
                actors.clear();
            }
            actors.put(key, actor);
        }
        return actor;
    }

    private void writeActorFields(Actor actor, DataOutputView out) throws IOException {
        int mask = bit(0, actor.name()) | bit(1, actor.description()) | bit(2, actor.country())
                | bit(3, actor.title()) | bit(4, actor.surname()) | bit(5, actor.affiliation())
                | bit(6, actor.wikidataId()) | bit(7, actor.cameoCode()) | (actor.isCollective() ? 1 << 8 : 0);
        writeVarInt(out, mask);
        writeString(out, actor.id());
        out.writeByte(actor.kind().ordinal());
        writeIfPresent(out, actor.name());
        writeIfPresent(out, actor.description());
        if (actor.country().isPresent()) {
            writeString(out, actor.country().get().code());
        }
        writeIfPresent(out, actor.title());
        writeIfPresent(out, actor.surname());
        if (actor.affiliation().isPresent()) {
            writeActor(actor.affiliation().get(), out);
        }
        writeVarInt(out, actor.memberships().size());
        for (Membership membership : actor.memberships()) {
            writeActor(membership.organization(), out);
            writeString(out, membership.role().orElse(null));
            writeString(out, membership.since().map(ApproximateDate::toString).orElse(null));
            writeString(out, membership.until().map(ApproximateDate::toString).orElse(null));
        }
        writeStrings(out, actor.aliases());
        writeStrings(out, actor.commonDescriptions());
        writeIfPresent(out, actor.wikidataId());
        if (actor.cameoCode().isPresent()) {
            writeString(out, actor.cameoCode().get().toString());
        }
        writeStrings(out, actor.sectors());
        writeExternalIds(out, actor.externalIds());
        writeAttributes(out, actor.attributes());
    }

    private Actor readActorFields(DataInputView in) throws IOException {
        int mask = readVarInt(in);
        Actor.Builder builder = Actor.builder();
        builder.id(readString(in));
        builder.kind(constant(ActorKind.values(), in));
        builder.collective(has(mask, 8));
        if (has(mask, 0)) {
            builder.name(readString(in));
        }
        if (has(mask, 1)) {
            builder.description(readString(in));
        }
        if (has(mask, 2)) {
            builder.country(CountryCode.of(readString(in)));
        }
        if (has(mask, 3)) {
            builder.title(readString(in));
        }
        if (has(mask, 4)) {
            builder.surname(readString(in));
        }
        if (has(mask, 5)) {
            builder.affiliation(readActor(in));
        }
        int memberships = readVarInt(in);
        for (int i = 0; i < memberships; i++) {
            Membership.Builder membership = Membership.builder().organization(readActor(in));
            membership.role(Optional.ofNullable(readString(in)));
            String since = readString(in);
            if (since != null) {
                membership.since(date(since));
            }
            String until = readString(in);
            if (until != null) {
                membership.until(date(until));
            }
            builder.addMembership(membership.build());
        }
        builder.aliases(readStrings(in));
        builder.commonDescriptions(readStrings(in));
        if (has(mask, 6)) {
            builder.wikidataId(readString(in));
        }
        if (has(mask, 7)) {
            builder.cameoCode(readString(in));
        }
        builder.sectors(readStrings(in));
        builder.externalIds(readExternalIds(in));
        builder.attributes(readAttributes(in));
        return builder.build();
    }

    // ---- sources -------------------------------------------------------------------------------

    void writeSource(SourceAttribution source, DataOutputView out) throws IOException {
        byte[] bytes = sourceBytes.get(source);
        if (bytes == null) {
            scratch.clear();
            writeSourceFields(source, scratch);
            bytes = scratch.getCopyOfBuffer();
            if (sourceBytes.size() >= CACHE_LIMIT) {
                sourceBytes.clear();
            }
            sourceBytes.put(source, bytes);
        }
        writeVarInt(out, bytes.length);
        out.write(bytes);
    }

    SourceAttribution readSource(DataInputView in) throws IOException {
        byte[] bytes = new byte[readVarInt(in)];
        in.readFully(bytes);
        Bytes key = new Bytes(bytes);
        SourceAttribution source = sources.get(key);
        if (source == null) {
            source = readSourceFields(new DataInputDeserializer(bytes));
            if (sources.size() >= CACHE_LIMIT) {
                sources.clear();
            }
            sources.put(key, source);
        }
        return source;
    }

    private static void writeSourceFields(SourceAttribution source, DataOutputView out) throws IOException {
        int mask = bit(0, source.publication()) | bit(1, source.url()) | bit(2, source.publicationDate())
                | bit(3, source.author()) | bit(4, source.language()) | bit(5, source.headline())
                | bit(6, source.citation()) | bit(7, source.originator()) | bit(8, source.documentId())
                | (source.sentenceNumber().isPresent() ? 1 << 9 : 0) | bit(10, source.excerpt())
                | bit(11, source.coder()) | bit(12, source.codedOn()) | bit(13, source.codedAt());
        writeVarInt(out, mask);
        writeIfPresent(out, source.publication());
        if (source.url().isPresent()) {
            writeString(out, source.url().get().toString());
        }
        if (source.publicationDate().isPresent()) {
            out.writeLong(source.publicationDate().get().toEpochDay());
        }
        writeIfPresent(out, source.author());
        writeIfPresent(out, source.language());
        writeIfPresent(out, source.headline());
        writeIfPresent(out, source.citation());
        writeIfPresent(out, source.originator());
        writeIfPresent(out, source.documentId());
        if (source.sentenceNumber().isPresent()) {
            out.writeInt(source.sentenceNumber().getAsInt());
        }
        writeIfPresent(out, source.excerpt());
        writeIfPresent(out, source.coder());
        if (source.codedOn().isPresent()) {
            out.writeLong(source.codedOn().get().toEpochDay());
        }
        if (source.codedAt().isPresent()) {
            out.writeLong(source.codedAt().get().getEpochSecond());
            out.writeInt(source.codedAt().get().getNano());
        }
    }

    private static SourceAttribution readSourceFields(DataInputView in) throws IOException {
        int mask = readVarInt(in);
        SourceAttribution.Builder builder = SourceAttribution.builder();
        if (has(mask, 0)) {
            builder.publication(readString(in));
        }
        if (has(mask, 1)) {
            builder.url(URI.create(readString(in)));
        }
        if (has(mask, 2)) {
            builder.publicationDate(LocalDate.ofEpochDay(in.readLong()));
        }
        if (has(mask, 3)) {
            builder.author(readString(in));
        }
        if (has(mask, 4)) {
            builder.language(readString(in));
        }
        if (has(mask, 5)) {
            builder.headline(readString(in));
        }
        if (has(mask, 6)) {
            builder.citation(readString(in));
        }
        if (has(mask, 7)) {
            builder.originator(readString(in));
        }
        if (has(mask, 8)) {
            builder.documentId(readString(in));
        }
        if (has(mask, 9)) {
            builder.sentenceNumber(OptionalInt.of(in.readInt()));
        }
        if (has(mask, 10)) {
            builder.excerpt(readString(in));
        }
        if (has(mask, 11)) {
            builder.coder(readString(in));
        }
        if (has(mask, 12)) {
            builder.codedOn(LocalDate.ofEpochDay(in.readLong()));
        }
        if (has(mask, 13)) {
            builder.codedAt(Instant.ofEpochSecond(in.readLong(), in.readInt()));
        }
        return builder.build();
    }

    // ---- places, codings, ids, attributes ------------------------------------------------------

    static void writeLocation(Location location, DataOutputView out) throws IOException {
        int mask = bit(0, location.country()) | bit(1, location.place()) | bit(2, location.coordinates())
                | bit(3, location.featureId()) | bit(4, location.precision());
        writeVarInt(out, mask);
        if (location.country().isPresent()) {
            writeString(out, location.country().get().code());
        }
        writeIfPresent(out, location.place());
        writeStrings(out, location.adminUnits());
        writeStrings(out, location.adminCodes());
        if (location.coordinates().isPresent()) {
            writeString(out, location.coordinates().get().latitude().toString());
            writeString(out, location.coordinates().get().longitude().toString());
        }
        writeIfPresent(out, location.featureId());
        if (location.precision().isPresent()) {
            out.writeByte(location.precision().get().scale().ordinal());
            writeVarInt(out, location.precision().get().code());
        }
    }

    static Location readLocation(DataInputView in) throws IOException {
        int mask = readVarInt(in);
        Location.Builder builder = Location.builder();
        if (has(mask, 0)) {
            builder.country(CountryCode.of(readString(in)));
        }
        if (has(mask, 1)) {
            builder.place(readString(in));
        }
        builder.adminUnits(readStrings(in));
        builder.adminCodes(readStrings(in));
        if (has(mask, 2)) {
            builder.coordinates(Coordinates.of(new BigDecimal(readString(in)), new BigDecimal(readString(in))));
        }
        if (has(mask, 3)) {
            builder.featureId(readString(in));
        }
        if (has(mask, 4)) {
            builder.precision(LocationPrecision.of(constant(LocationPrecision.Scale.values(), in), readVarInt(in)));
        }
        return builder.build();
    }

    static void writeCoding(Coding coding, DataOutputView out) throws IOException {
        int mask = bit(0, coding.cameoCode()) | bit(1, coding.reportedScore()) | bit(2, coding.ploverType())
                | bit(3, coding.ploverMode());
        writeVarInt(out, mask);
        if (coding.cameoCode().isPresent()) {
            out.writeByte(coding.cameoCode().get().dialect().ordinal());
            writeString(out, coding.cameoCode().get().code());
        }
        if (coding.reportedScore().isPresent()) {
            writeString(out, coding.reportedScore().get().toString());
        }
        if (coding.ploverType().isPresent()) {
            out.writeByte(coding.ploverType().get().ordinal());
        }
        if (coding.ploverMode().isPresent()) {
            out.writeByte(coding.ploverMode().get().ordinal());
        }
        writeVarInt(out, coding.ploverContexts().size());
        for (PloverContext context : coding.ploverContexts()) {
            out.writeByte(context.ordinal());
        }
    }

    static Coding readCoding(DataInputView in) throws IOException {
        int mask = readVarInt(in);
        Coding.Builder builder = Coding.builder();
        if (has(mask, 0)) {
            CameoDialect dialect = constant(CameoDialect.values(), in);
            builder.cameoCode(CameoCode.of(dialect, readString(in)));
        }
        if (has(mask, 1)) {
            builder.reportedScore(new BigDecimal(readString(in)));
        }
        if (has(mask, 2)) {
            builder.ploverType(constant(PloverEventType.values(), in));
        }
        if (has(mask, 3)) {
            builder.ploverMode(constant(PloverMode.values(), in));
        }
        int contexts = readVarInt(in);
        for (int i = 0; i < contexts; i++) {
            builder.addPloverContext(constant(PloverContext.values(), in));
        }
        return builder.build();
    }

    static void writeExternalIds(DataOutputView out, List<ExternalId> ids) throws IOException {
        writeVarInt(out, ids.size());
        for (ExternalId id : ids) {
            writeString(out, id.scheme());
            writeString(out, id.value());
        }
    }

    static List<ExternalId> readExternalIds(DataInputView in) throws IOException {
        int count = readVarInt(in);
        List<ExternalId> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(ExternalId.of(readString(in), readString(in)));
        }
        return ids;
    }

    static void writeAttributes(DataOutputView out, Map<String, AttributeValue> attributes)
            throws IOException {
        writeVarInt(out, attributes.size());
        // by key: a map's order is not part of its value, and equal values must give equal bytes
        // (RocksDB finds a key by its bytes)
        Collection<Map.Entry<String, AttributeValue>> entries = attributes.entrySet();
        if (attributes.size() > 1) {
            List<Map.Entry<String, AttributeValue>> sorted = new ArrayList<>(entries);
            sorted.sort(Map.Entry.comparingByKey());
            entries = sorted;
        }
        for (Map.Entry<String, AttributeValue> entry : entries) {
            writeString(out, entry.getKey());
            AttributeValue value = entry.getValue();
            out.writeByte(value.kind().ordinal());
            switch (value.kind()) {
                case TEXT -> writeString(out, value.asText());
                case INTEGER -> out.writeLong(value.asLong());
                case DECIMAL -> writeString(out, value.asDecimal().toString());
                case BOOLEAN -> out.writeBoolean(value.asBoolean());
            }
        }
    }

    static Map<String, AttributeValue> readAttributes(DataInputView in) throws IOException {
        int count = readVarInt(in);
        if (count == 0) {
            return Map.of();
        }
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String key = readString(in);
            AttributeValue.Kind kind = constant(AttributeValue.Kind.values(), in);
            attributes.put(key, switch (kind) {
                case TEXT -> AttributeValue.of(readString(in));
                case INTEGER -> AttributeValue.of(in.readLong());
                case DECIMAL -> AttributeValue.of(new BigDecimal(readString(in)));
                case BOOLEAN -> AttributeValue.of(in.readBoolean());
            });
        }
        return attributes;
    }

    // ---- the JSON form -------------------------------------------------------------------------

    void writeJson(Class<?> type, Object value, DataOutputView out) throws IOException {
        byte[] bytes = writers.computeIfAbsent(type, t -> mapper().writerFor(t)).writeValueAsBytes(value);
        writeVarInt(out, bytes.length);
        out.write(bytes);
    }

    <T> T readJson(DataInputView in, Class<T> type) throws IOException {
        byte[] bytes = new byte[readVarInt(in)];
        in.readFully(bytes);
        return readers.computeIfAbsent(type, t -> mapper().readerFor(t)).readValue(bytes);
    }

    // ---- rows of datasets ----------------------------------------------------------------------

    void writeRow(RowRecords row, DataOutputView out) throws IOException {
        // the row's kind: 0 a statement; in format 1, 1 to 3 an event, a document or a casualty
        // report as their JSON; since format 2, 4 to 6 the same in binary
        out.writeLong(row.line());
        int json = format == 1 ? 0 : 3;
        if (row.statement().isPresent()) {
            out.writeByte(0);
            writeStatement(row.statement().get(), out);
        } else if (row.event().isPresent()) {
            out.writeByte(1 + json);
            writeEvent(row.event().get(), out);
            writeVarInt(out, row.casualtyReports().size());
            for (CasualtyReport report : row.casualtyReports()) {
                writeCasualtyReport(report, out);
            }
        } else if (row.document().isPresent()) {
            out.writeByte(2 + json);
            writeDocument(row.document().get(), out);
        } else {
            out.writeByte(3 + json);
            writeCasualtyReport(row.casualtyReports().get(0), out);
        }
    }

    RowRecords readRow(DataInputView in) throws IOException {
        long line = in.readLong();
        int kind = in.readUnsignedByte();
        if (kind == 0) {
            return RowRecords.of(readStatement(in)).withLine(line);
        }
        if (kind > 6) {
            throw new IOException(formatName() + ": no row kind " + kind);
        }
        int binary = kind > 3 ? 2 : 1;
        RowRecords row = switch (kind > 3 ? kind - 3 : kind) {
            case 1 -> {
                Event event = readEvent(in, binary);
                int count = readVarInt(in);
                List<CasualtyReport> reports = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    reports.add(readCasualtyReport(in, binary));
                }
                yield RowRecords.of(event, reports);
            }
            case 2 -> RowRecords.of(readDocument(in, binary));
            default -> RowRecords.of(readCasualtyReport(in, binary));
        };
        return row.withLine(line);
    }

    // ---- the other records, by format ----------------------------------------------------------

    void writeEvent(Event event, DataOutputView out) throws IOException {
        if (format == 1) {
            writeJson(Event.class, event, out);
        } else {
            records().writeEvent(event, out);
        }
    }

    Event readEvent(DataInputView in, int written) throws IOException {
        return written == 1 ? readJson(in, Event.class) : records().readEvent(in);
    }

    void writeCasualtyReport(CasualtyReport report, DataOutputView out) throws IOException {
        if (format == 1) {
            writeJson(CasualtyReport.class, report, out);
        } else {
            records().writeCasualtyReport(report, out);
        }
    }

    CasualtyReport readCasualtyReport(DataInputView in, int written) throws IOException {
        return written == 1 ? readJson(in, CasualtyReport.class) : records().readCasualtyReport(in);
    }

    void writeDocument(Document document, DataOutputView out) throws IOException {
        if (format == 1) {
            writeJson(Document.class, document, out);
        } else {
            records().writeDocument(document, out);
        }
    }

    Document readDocument(DataInputView in, int written) throws IOException {
        return written == 1 ? readJson(in, Document.class) : records().readDocument(in);
    }

    void writeDossier(Dossier dossier, DataOutputView out) throws IOException {
        if (format == 1) {
            writeJson(Dossier.class, dossier, out);
        } else {
            records().writeDossier(dossier, out);
        }
    }

    Dossier readDossier(DataInputView in, int written) throws IOException {
        return written == 1 ? readJson(in, Dossier.class) : records().readDossier(in);
    }

    static void writeProblem(RowProblem problem, DataOutputView out) throws IOException {
        writeString(out, problem.input());
        out.writeLong(problem.line());
        writeString(out, problem.column().orElse(null));
        writeString(out, problem.value().orElse(null));
        out.writeByte(problem.code().ordinal());
        writeString(out, problem.message());
    }

    static RowProblem readProblem(DataInputView in) throws IOException {
        String input = readString(in);
        long line = in.readLong();
        String column = readString(in);
        String value = readString(in);
        ProblemCode code = constant(ProblemCode.values(), in);
        return RowProblem.of(input, line, column, value, code, readString(in));
    }

    // ---- primitives ----------------------------------------------------------------------------

    private ApproximateDate readDate(DataInputView in) throws IOException {
        return date(readString(in));
    }

    ApproximateDate date(String text) {
        ApproximateDate date = dates.get(text);
        if (date == null) {
            date = ApproximateDate.parse(text);
            if (dates.size() >= CACHE_LIMIT) {
                dates.clear();
            }
            dates.put(text, date);
        }
        return date;
    }

    static int bit(int index, Optional<?> value) {
        return value.isPresent() ? 1 << index : 0;
    }

    static boolean has(int mask, int index) {
        return (mask & (1 << index)) != 0;
    }

    static <E extends Enum<E>> E constant(E[] values, DataInputView in) throws IOException {
        int ordinal = in.readUnsignedByte();
        if (ordinal >= values.length) {
            throw new IOException("Demarche binary format " + DemarcheSerializerSnapshot.FORMAT_VERSION
                    + ": no constant " + ordinal + " in "
                    + values.getClass().getComponentType().getSimpleName() + " (" + values.length + " constants)");
        }
        return values[ordinal];
    }

    static void writeString(DataOutputView out, String text) throws IOException {
        StringValue.writeString(text, out);
    }

    static String readString(DataInputView in) throws IOException {
        return StringValue.readString(in);
    }

    static void writeIfPresent(DataOutputView out, Optional<String> text) throws IOException {
        if (text.isPresent()) {
            writeString(out, text.get());
        }
    }

    static void writeStrings(DataOutputView out, List<String> texts) throws IOException {
        writeVarInt(out, texts.size());
        for (String text : texts) {
            writeString(out, text);
        }
    }

    static List<String> readStrings(DataInputView in) throws IOException {
        int count = readVarInt(in);
        if (count == 0) {
            return List.of();
        }
        String[] texts = new String[count];
        for (int i = 0; i < count; i++) {
            texts[i] = readString(in);
        }
        return Arrays.asList(texts);
    }

    static void writeVarInt(DataOutputView out, int value) throws IOException {
        int rest = value;
        while ((rest & ~0x7F) != 0) {
            out.writeByte((rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.writeByte(rest);
    }

    static int readVarInt(DataInputView in) throws IOException {
        int value = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                if (value < 0) {
                    break;
                }
                return value;
            }
        }
        throw new IOException("Demarche binary format " + DemarcheSerializerSnapshot.FORMAT_VERSION
                + ": a count is not a non-negative 32-bit number");
    }

    /** A byte array as a map key, compared by content. */
    private record Bytes(byte[] bytes, int hash) {

        Bytes(byte[] bytes) {
            this(bytes, Arrays.hashCode(bytes));
        }

        @Override
        public boolean equals(Object obj) {
            return obj instanceof Bytes other && hash == other.hash && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "Bytes[" + bytes.length + "]";
        }
    }
}
