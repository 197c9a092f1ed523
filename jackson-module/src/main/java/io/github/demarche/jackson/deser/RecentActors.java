package io.github.demarche.jackson.deser;

import io.github.demarche.Actor;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The actors read most recently, by id, in a small direct-mapped table: where an actor's id is
 * read, the actor read before with that id is the candidate that the rest of the input is
 * compared with, character by character, without making strings (see {@link ActorDeserializer}).
 * An actor with another id in the same slot replaces it. Thread-safe; a deserialized table starts
 * empty.
 */
final class RecentActors implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int capacity;
    private transient AtomicReferenceArray<Actor> slots;

    /** Creates a table of {@code capacity} slots, a power of two. */
    RecentActors(int capacity) {
        this.capacity = capacity;
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    /** Gets the actor read before whose id is the given characters, or null. */
    Actor find(char[] text, int offset, int length) {
        int hash = 0;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + text[offset + i];
        }
        Actor actor = slots.get(slot(hash));
        if (actor == null) {
            return null;
        }
        String id = actor.id();
        if (id.length() != length) {
            return null;
        }
        for (int i = 0; i < length; i++) {
            if (id.charAt(i) != text[offset + i]) {
                return null;
            }
        }
        return actor;
    }

    /** Remembers an actor. */
    void put(Actor actor) {
        slots.set(slot(actor.id().hashCode()), actor);
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
