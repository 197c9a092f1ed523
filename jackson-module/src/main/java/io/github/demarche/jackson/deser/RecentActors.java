package io.github.demarche.jackson.deser;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.CameoActorCode;
import io.github.demarche.CountryCode;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The actors read most recently, by id, in a small direct-mapped table: where an actor's id is
 * read, the actor read before with that id is the candidate that the rest of the input is
 * compared with, character by character, without making strings (see {@link ActorDeserializer}).
 * Each id has a pair of slots; a third id of the same pair replaces one of the two. Each slot holds the actor's fields
 * unwrapped ({@link Entry}), so that comparing with it makes no {@code Optional}. Thread-safe; a
 * deserialized table starts empty.
 */
final class RecentActors implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The bits of {@link Entry#fields()}: the fields that the JSON of the actor has, a bit per {@link ActorField}. */
    static final int ID = ActorField.ID.bit();
    static final int NAME = ActorField.NAME.bit();
    static final int KIND = ActorField.KIND.bit();
    static final int COUNTRY = ActorField.COUNTRY.bit();
    static final int TITLE = ActorField.TITLE.bit();
    static final int AFFILIATION = ActorField.AFFILIATION.bit();
    static final int ALIASES = ActorField.ALIASES.bit();
    static final int WIKIDATA_ID = ActorField.WIKIDATA_ID.bit();
    static final int CAMEO_CODE = ActorField.CAMEO_CODE.bit();

    /** The number of slots, a power of two. */
    private final int capacity;
    /** The entries by slot; null where none was put. */
    private transient AtomicReferenceArray<Entry> slots;

    /**
     * An actor and its fields, the optional ones null when absent.
     *
     * @param actor  the actor
     * @param name  its name, or null for an unnamed actor (held unwrapped: it is compared for every
     *     actor read, and the {@code Optional} of {@code actor.name()} was allocated each time)
     * @param country  its country, or null
     * @param title  its title, or null
     * @param affiliation  its affiliation, or null
     * @param wikidataId  its Wikidata id, or null
     * @param cameoCode  its CAMEO code, or null
     * @param fields  the fields its JSON has, as the bits {@link #ID} to {@link #CAMEO_CODE}
     */
    record Entry(Actor actor, String name, CountryCode country, String title, Actor affiliation, String wikidataId,
            String cameoCode, int fields) {

        static Entry of(Actor actor) {
            String name = actor.name().orElse(null);
            CountryCode country = actor.country().orElse(null);
            String title = actor.title().orElse(null);
            Actor affiliation = actor.affiliation().orElse(null);
            String wikidataId = actor.wikidataId().orElse(null);
            String cameoCode = actor.cameoCode().map(CameoActorCode::text).orElse(null);
            int fields = ID | (name != null ? NAME : 0) | KIND | (country != null ? COUNTRY : 0)
                    | (title != null ? TITLE : 0)
                    | (actor.description().isPresent() ? ActorField.DESCRIPTION.bit() : 0)
                    | (actor.isCollective() ? ActorField.COLLECTIVE.bit() : 0)
                    | (actor.surname().isPresent() ? ActorField.SURNAME.bit() : 0)
                    | (actor.memberships().isEmpty() ? 0 : ActorField.MEMBERSHIPS.bit())
                    | (actor.commonDescriptions().isEmpty() ? 0 : ActorField.COMMON_DESCRIPTIONS.bit())
                    | (affiliation != null ? AFFILIATION : 0) | (actor.aliases().isEmpty() ? 0 : ALIASES)
                    | (wikidataId != null ? WIKIDATA_ID : 0) | (cameoCode != null ? CAMEO_CODE : 0)
                    | (actor.sectors().isEmpty() ? 0 : ActorField.SECTORS.bit())
                    | (actor.externalIds().isEmpty() ? 0 : ActorField.EXTERNAL_IDS.bit())
                    | (actor.attributes().isEmpty() ? 0 : ActorField.ATTRIBUTES.bit());
            return new Entry(actor, name, country, title, affiliation, wikidataId, cameoCode, fields);
        }

        String id() {
            return actor.id();
        }

        /** The description, or null if none. */
        String description() {
            return actor.description().orElse(null);
        }

        ActorKind kind() {
            return actor.kind();
        }

        List<String> aliases() {
            return actor.aliases();
        }
    }

    /** Creates a table of {@code capacity} slots, a power of two, at least 2. */
    RecentActors(int capacity) {
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("RecentActors.capacity must be a power of two of at least 2, got "
                    + capacity);
        }
        this.capacity = capacity;
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    /** Gets the entry of the actor read before whose id is the given characters, or null. */
    Entry find(char[] text, int offset, int length) {
        int slot = slot(Texts.hash(text, offset, length));
        Entry entry = slots.get(slot);
        if (entry != null && Texts.matches(entry.id(), text, offset, length)) {
            return entry;
        }
        entry = slots.get(slot ^ 1);
        return entry != null && Texts.matches(entry.id(), text, offset, length) ? entry : null;
    }

    /**
     * Remembers an actor, unless it is there already: in the slot of its id's hash or the other
     * slot of its pair, the one that is free or holds the same id; if neither, it replaces one of
     * the two, chosen by a higher bit of the hash.
     */
    void put(Actor actor) {
        String id = actor.id();
        int hash = id.hashCode();
        int slot = slot(hash);
        Entry first = slots.get(slot);
        Entry second = slots.get(slot ^ 1);
        if (first != null && first.actor() == actor || second != null && second.actor() == actor) {
            return;
        }
        if (first != null && !first.id().equals(id) && (second == null || second.id().equals(id)
                || (hash & 1 << 20) != 0)) {
            slot ^= 1;
        }
        slots.set(slot, Entry.of(actor));
    }

    /**
     * The slot of a hash: the same as {@code String.hashCode()} of the id. Slots come in pairs (a
     * two-way set-associative table), so that two ids of the same slot can both be kept.
     */
    private int slot(int hash) {
        return (hash ^ hash >>> 16) & (capacity - 1);
    }

    /** Restores an empty table of the same capacity. */
    private Object readResolve() {
        return new RecentActors(capacity);
    }
}
