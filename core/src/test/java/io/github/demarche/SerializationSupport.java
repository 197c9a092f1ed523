package io.github.demarche;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;

/** Java-serialization round trips for tests: pipeline engines ship values between machines this way. */
public final class SerializationSupport {

    private SerializationSupport() {
    }

    /**
     * Writes a value with Java serialization and reads it back.
     *
     * @param value  the value, not null
     * @param <T>  its type
     * @return the copy that was read back
     */
    @SuppressWarnings("unchecked")
    public static <T extends Serializable> T roundTrip(T value) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(value);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return (T) in.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
