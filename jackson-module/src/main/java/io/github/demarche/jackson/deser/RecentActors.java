package io.github.demarche.jackson.deser;

import io.github.demarche.Actor;
import io.github.demarche.ActorKind;
import io.github.demarche.CountryCode;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The actors read most recently, by id, in a small direct-mapped table: where an actor's id is
 * read, the actor read before with that id is the candidate that the rest of the input is
 * compared with, character by character, without making strings (see {@link ActorDeserializer}).
 * An actor with another id in the same slot replaces it. Each slot holds the actor's fields
 * unwrapped ({@link Entry}), so that comparing with it makes no {@code Optional}. Thread-safe; a
 * deserialized table starts empty.
 */
final class RecentActors implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The bits of {@link Entry#fields()}: the fields that the JSON of the actor has. */
    static final int ID = 1;
    static final int NAME = 1 << 1;
    static final int KIND = 1 << 2;
    static final int COUNTRY = 1 << 3;
    static final int TITLE = 1 << 4;
    static final int AFFILIATION = 1 << 5;
    static final int ALIASES = 1 << 6;
    static final int WIKIDATA_ID = 1 << 7;
    static final int CAMEO_CODE = 1 << 8;

    /** The number of slots, a power of two. */
    private final int capacity;
    /** The entries by slot; null where none was put. */
    private transient AtomicReferenceArray<Entry> slots;

    /**
     * An actor and its fields, the optional ones null when absent.
     *
     * @param actor  the actor
     * @param country  its country, or null
     * @param title  its title, or null
     * @param affiliation  its affiliation, or null
     * @param wikidataId  its Wikidata id, or null
     * @param cameoCode  its CAMEO code, or null
     * @param fields  the fields its JSON has, as the bits {@link #ID} to {@link #CAMEO_CODE}
     */
    record Entry(Actor actor, CountryCode country, String title, Actor affiliation, String wikidataId,
            String cameoCode, int fields) {

        static Entry of(Actor actor) {
            CountryCode country = actor.country().orElse(null);
            String title = actor.title().orElse(null);
            Actor affiliation = actor.affiliation().orElse(null);
            String wikidataId = actor.wikidataId().orElse(null);
            String cameoCode = actor.cameoCode().orElse(null);
            int fields = ID | NAME | KIND | (country != null ? COUNTRY : 0) | (title != null ? TITLE : 0)
                    | (affiliation != null ? AFFILIATION : 0) | (actor.aliases().isEmpty() ? 0 : ALIASES)
                    | (wikidataId != null ? WIKIDATA_ID : 0) | (cameoCode != null ? CAMEO_CODE : 0);
            return new Entry(actor, country, title, affiliation, wikidataId, cameoCode, fields);
        }

        String id() {
            return actor.id();
        }

        String name() {
            return actor.name();
        }

        ActorKind kind() {
            return actor.kind();
        }

        List<String> aliases() {
            return actor.aliases();
        }
    }

    /** Creates a table of {@code capacity} slots, a power of two. */
    RecentActors(int capacity) {
        this.capacity = capacity;
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    /** Gets the entry of the actor read before whose id is the given characters, or null. */
    Entry find(char[] text, int offset, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + text[offset + i];
        }
        Entry entry = slots.get(slot(hash));
        if (entry == null) {
            return null;
        }
        String id = entry.id();
        if (id.length() != length) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            if (id.charAt(i) != text[offset + i]) {
                return null;
            }
        }
        return entry;
    }

    /** Remembers an actor, unless it is the one in its slot already. */
    void put(Actor actor) {
        int slot = slot(actor.id().hashCode());
        Entry entry = slots.get(slot);
        if (entry == null || entry.actor() != actor) {
            slots.set(slot, Entry.of(actor));
        }
    }

    /** The slot of a hash: the same as {@code String.hashCode()} of the id. */
    private int slot(int hash) {
        return (hash ^ hash >>> 16) & (capacity - 1);
    }

    /** Restores an empty table of the same capacity. */
    private Object readResolve() {
        return new RecentActors(capacity);
    }
}
